import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, it } from 'vitest';

/**
 * A real PostgreSQL server for tests, reached through BRIEFBOT_TEST_DATABASE_URL (`.ci/postgres`
 * starts one and exports it). Every caller gets its own fresh database on that server, so test
 * files, runs and parallel CI jobs never see each other's rows.
 *
 *   await describeWithPostgres('my suite', () => { it(…, async () => { const db = await freshDatabase(); … await db.drop(); }) });
 */
export const TEST_DATABASE_ENV = 'BRIEFBOT_TEST_DATABASE_URL';

export type TestServer = { reachable: true; url: string } | { reachable: false; reason: string };

let probed: Promise<TestServer> | undefined;

/** Whether the server answers; asked once per test file. */
export function probeTestServer(): Promise<TestServer> {
  probed ??= probe();
  return probed;
}

async function probe(): Promise<TestServer> {
  const url = process.env[TEST_DATABASE_ENV]?.trim();
  if (!url) return { reachable: false, reason: `${TEST_DATABASE_ENV} is not set (run the tests under .ci/run, or start a server and set it)` };
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return { reachable: true, url };
  } catch (error) {
    return { reachable: false, reason: `no PostgreSQL answers at ${TEST_DATABASE_ENV} (${(error as Error).message || String(error)})` };
  } finally {
    await client.end().catch(() => undefined);
  }
}

export interface FreshDatabase {
  /** Connection string of an empty database of its own; give it to openPostgresStore or DATABASE_URL. */
  url: string;
  name: string;
  /** Drops the database, closing any connection still open to it. */
  drop(): Promise<void>;
}

/** Creates an empty database on the test server; throws when there is no server (use describeWithPostgres). */
export async function freshDatabase(): Promise<FreshDatabase> {
  const server = await probeTestServer();
  if (!server.reachable) throw new Error(`PostgreSQL tests need a server: ${server.reason}`);
  const name = `briefbot_test_${process.pid}_${randomBytes(6).toString('hex')}`;
  await admin(server.url, `CREATE DATABASE ${name}`);
  const url = new URL(server.url);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: () => admin(server.url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

async function admin(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Declares `body` as a describe block when the server answers. Without one it FAILS under CI
 * (`CI` set: a skipped PostgreSQL suite must not pass for a tested one) and skips with the reason
 * elsewhere. Call it at the top level of a test file with `await`.
 */
export async function describeWithPostgres(name: string, body: () => void): Promise<void> {
  const server = await probeTestServer();
  if (server.reachable) {
    describe(name, body);
    return;
  }
  if (process.env.CI) {
    describe(name, () => {
      it('has a PostgreSQL server to run against', () => {
        throw new Error(`CI must run the PostgreSQL tests, but ${server.reason}. .ci/run starts one with .ci/postgres.`);
      });
    });
    return;
  }
  console.warn(`[skipped] ${name}: ${server.reason}`);
  describe.skip(`${name} (skipped: ${server.reason})`, body);
}
