import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPostgresStore } from '../../../src/store/postgres.js';
import { openSqliteStore } from '../../../src/store/sqlite.js';
import type { Delivery, Store, SubscriptionInput } from '../../../src/store/store.js';
import { freshDatabase, probeTestServer, TEST_DATABASE_ENV } from '../../store/pg-test-db.js';

/** One database the replicas share, as the test sets it up and reads it back. */
export interface ReplicaStore {
  /** What the replica processes need in their environment to open it. */
  env: Record<string, string>;
  seed(subscriptions: readonly SubscriptionInput[]): Promise<void>;
  deliveries(): Promise<Delivery[]>;
  /** Claims not marked sent yet, read while the replicas run (through one connection kept open). */
  openClaims(): Promise<Delivery[]>;
  dispose(): Promise<void>;
}

export interface ReplicaStoreTarget {
  kind: string;
  /** Why this target does not run here; undefined when it does. */
  skip?: string;
  prepare(): Promise<ReplicaStore>;
}

/** Opens the store, does one thing, closes it: the replicas hold their own connections. */
function around(open: () => Promise<Store> | Store) {
  return async <T>(work: (store: Store) => Promise<T>): Promise<T> => {
    const store = await open();
    try {
      return await work(store);
    } finally {
      await store.close();
    }
  };
}

function storeFrom(env: Record<string, string>, open: () => Promise<Store> | Store, dispose: () => Promise<void>): ReplicaStore {
  const withStore = around(open);
  let watching: Promise<Store> | undefined;
  return {
    env,
    seed: (subscriptions) => withStore(async (store) => void (await Promise.all(subscriptions.map((s) => store.putSubscription(s))))),
    deliveries: () => withStore((store) => store.listDeliveries()),
    async openClaims() {
      watching ??= Promise.resolve(open());
      return (await watching).listDeliveries({ status: 'claimed' });
    },
    async dispose() {
      if (watching) await (await watching).close();
      await dispose();
    },
  };
}

/** One SQLite file shared by the three processes (WAL, IMMEDIATE transactions): the same claims, on one machine. */
export const sqliteTarget = (skip?: string): ReplicaStoreTarget => ({
  kind: 'SQLite',
  ...(skip ? { skip } : {}),
  async prepare() {
    const dir = mkdtempSync(join(tmpdir(), 'briefbot-replicas-sqlite-'));
    const path = join(dir, 'briefbot.sqlite');
    return storeFrom(
      { BRIEFBOT_STORE_PATH: path },
      () => openSqliteStore({ path }),
      async () => rmSync(dir, { recursive: true, force: true }),
    );
  },
});

/**
 * A fresh database on the test server (BRIEFBOT_TEST_DATABASE_URL; .ci/run starts one). Without a
 * server it is skipped, with the reason, except under CI, where it fails: a replicas test that did
 * not run must not pass for one that did.
 */
export async function postgresTarget(): Promise<ReplicaStoreTarget> {
  const server = await probeTestServer();
  const missing = server.reachable ? undefined : server.reason;
  return {
    kind: 'PostgreSQL',
    ...(missing && !process.env.CI ? { skip: missing } : {}),
    async prepare() {
      if (missing) throw new Error(`CI must run the replicas test on PostgreSQL, but ${missing}. .ci/run starts a server with .ci/postgres (it sets ${TEST_DATABASE_ENV}).`);
      const db = await freshDatabase();
      return storeFrom(
        { DATABASE_URL: db.url },
        () => openPostgresStore({ url: db.url }),
        () => db.drop(),
      );
    },
  };
}

/**
 * PostgreSQL, what replicas share in production; SQLite only when PostgreSQL does not run here, so
 * a developer without a server still runs the harness, and the test never pays for both.
 */
export async function replicaStores(): Promise<ReplicaStoreTarget[]> {
  const postgres = await postgresTarget();
  return [postgres, sqliteTarget(postgres.skip === undefined ? 'the PostgreSQL run covers the same claims; SQLite runs when no server is reachable' : undefined)];
}
