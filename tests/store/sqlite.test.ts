import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { readMigrations } from '../../src/store/migrations.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { describeStoreContract, subscriptionInput } from './contract.js';

const root = mkdtempSync(join(tmpdir(), 'briefbot-sqlite-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const freshPath = () => join(root, `db-${++n}`, 'briefbot.sqlite');

describeStoreContract('sqlite', {
  open: async () => openSqliteStore({ path: freshPath() }),
  openShared: async (count) => {
    const path = freshPath();
    return Array.from({ length: count }, () => openSqliteStore({ path }));
  },
});

describe('SQLite store on disk', () => {
  it('creates the file and its folder on first start, and keeps subscriptions across a restart', async () => {
    const path = join(root, 'first-start', 'nested', 'briefbot.sqlite');
    expect(existsSync(path)).toBe(false);
    const first = openSqliteStore({ path });
    await first.putSubscription(subscriptionInput({ topics: ['ceasefire'] }));
    await first.close();
    expect(existsSync(path)).toBe(true);

    const second = openSqliteStore({ path });
    expect((await second.listSubscriptions()).map((s) => [s.id, s.topics])).toEqual([['sub-1', ['ceasefire']]]);
    await second.close();
  });

  it('applies each migration once, however often it starts', async () => {
    const path = freshPath();
    await openSqliteStore({ path }).close();
    await openSqliteStore({ path }).close();
    const db = new Database(path, { readonly: true });
    const rows = db.prepare('SELECT version, name FROM schema_migrations').all();
    db.close();
    expect(rows).toEqual(readMigrations().map(({ version, name }) => ({ version, name })));
  });

  it('refuses a database written by a newer briefbot instead of guessing', async () => {
    const path = freshPath();
    await openSqliteStore({ path }).close();
    const db = new Database(path);
    db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'future', '2030-01-01T00:00:00.000Z')").run();
    db.close();
    expect(() => openSqliteStore({ path })).toThrow(/schema version 99, newer than this briefbot knows/);
  });
});
