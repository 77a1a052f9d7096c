import pg from 'pg';
import { afterAll, expect, it } from 'vitest';
import { readMigrations } from '../../src/store/migrations.js';
import { openPostgresStore } from '../../src/store/postgres.js';
import { describeStoreContract, subscriptionInput } from './contract.js';
import { describeWithPostgres, type FreshDatabase, freshDatabase } from './pg-test-db.js';

const databases: FreshDatabase[] = [];
const fresh = async () => {
  const db = await freshDatabase();
  databases.push(db);
  return db;
};
afterAll(async () => {
  await Promise.all(databases.splice(0).map((db) => db.drop()));
});

const query = async <R extends pg.QueryResultRow>(url: string, sql: string): Promise<R[]> => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(sql)).rows;
  } finally {
    await client.end();
  }
};

await describeWithPostgres('PostgreSQL store', () => {
  describeStoreContract('postgres', {
    open: async () => openPostgresStore({ url: (await fresh()).url }),
    // Separate pools of one connection each: as many sessions as there are handles, like replicas.
    openShared: async (count) => {
      const { url } = await fresh();
      return Promise.all(Array.from({ length: count }, () => openPostgresStore({ url, maxConnections: 1 })));
    },
  });

  it('applies each migration once when several replicas start on an empty database together', async () => {
    const { url } = await fresh();
    const stores = await Promise.all(Array.from({ length: 6 }, () => openPostgresStore({ url, maxConnections: 1 })));
    await Promise.all(stores.map((s) => s.close()));
    const rows = await query<{ version: number; name: string }>(url, 'SELECT version, name FROM schema_migrations ORDER BY version');
    expect(rows).toEqual(readMigrations().map(({ version, name }) => ({ version, name })));
  });

  it('keeps subscriptions across a restart', async () => {
    const { url } = await fresh();
    const first = await openPostgresStore({ url });
    await first.putSubscription(subscriptionInput({ topics: ['ceasefire'] }));
    await first.close();
    const second = await openPostgresStore({ url });
    expect((await second.listSubscriptions()).map((s) => [s.id, s.topics, s.channel])).toEqual([['sub-1', ['ceasefire'], subscriptionInput().channel]]);
    expect(second.kind).toBe('postgres');
    await second.close();
  });

  it('refuses a database written by a newer briefbot instead of guessing', async () => {
    const { url } = await fresh();
    await (await openPostgresStore({ url })).close();
    await query(url, "INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'future', '2030-01-01T00:00:00.000Z')");
    await expect(openPostgresStore({ url })).rejects.toThrow(/schema version 99, newer than this briefbot knows/);
  });

  it('says where it could not connect without showing the password', async () => {
    // Port 1 on the loopback: nothing listens there, so the connection is refused at once.
    const failure = openPostgresStore({ url: 'postgres://bot:hunter2-secret@127.0.0.1:1/briefbot', connectTimeoutMs: 2_000 });
    await expect(failure).rejects.toThrow(/could not open the store at postgres 127\.0\.0\.1:1\/briefbot: .*ECONNREFUSED/);
    await expect(failure).rejects.not.toThrow(/hunter2/);
  });
});
