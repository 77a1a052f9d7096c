import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
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

describe('SQLite store that cannot be used', () => {
  it('names the file when it is not a database', () => {
    const path = freshPath();
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, 'these are notes, not a database\n'.repeat(200));
    expect(() => openSqliteStore({ path })).toThrow(`the SQLite store at ${path} cannot be used: file is not a database`);
  });

  it('names the file when it cannot be opened', () => {
    const path = freshPath();
    mkdirSync(path, { recursive: true });
    expect(() => openSqliteStore({ path })).toThrow(`the SQLite store at ${path} cannot be used: unable to open database file`);
  });
});

describe('SQLite store on a full disk', () => {
  /** Writes in a child process limited to `kib` KiB per file (a full disk), then reads back what was saved. */
  function fillDisk(mode: 'subscribe' | 'claim', kib = 300) {
    const path = freshPath();
    mkdirSync(dirname(path), { recursive: true });
    const out = execFileSync('bash', ['-c', `ulimit -f ${kib}; exec "$0" --import tsx tests/store/fixtures/fill-disk.ts "$1" "$2"`, process.execPath, path, mode], { encoding: 'utf8' });
    const { reported, error } = JSON.parse(out) as { reported: string[]; error?: string };
    const db = new Database(path, { readonly: true });
    const saved = mode === 'subscribe' ? (db.prepare('SELECT id FROM subscriptions').all() as { id: string }[]).map((r) => r.id) : (db.prepare('SELECT local_date FROM deliveries').all() as { local_date: string }[]).map((r) => r.local_date);
    db.close();
    return { reported, error, saved };
  }

  it('never reports a subscription saved that was not: the failed write is an error', () => {
    const { reported, error, saved } = fillDisk('subscribe');
    expect(error).toBeDefined();
    expect(reported.length).toBeGreaterThan(0);
    expect(saved.sort()).toEqual(reported.sort());
  });

  it('never reports a digest claimed that was not: the failed write is an error', () => {
    const { reported, error, saved } = fillDisk('claim');
    expect(error).toBeDefined();
    expect(reported.length).toBeGreaterThan(0);
    expect(saved.sort()).toEqual(reported.sort());
  });
});
