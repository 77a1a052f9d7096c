import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatConfigError } from '../../src/config/errors.js';
import { parseConfig } from '../../src/config/load.js';
import { describeStore, openStore } from '../../src/store/open.js';
import { describeWithPostgres, freshDatabase } from './pg-test-db.js';

const root = mkdtempSync(join(tmpdir(), 'briefbot-open-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const configOf = (env: Record<string, string>) => {
  const result = parseConfig(null, null, env);
  if (!result.ok) throw new Error(result.error.map(formatConfigError).join('\n'));
  return result.value;
};

describe('openStore: the store the environment asks for', () => {
  it('opens the SQLite file at the configured path when DATABASE_URL is unset or empty', async () => {
    const path = join(root, 'default', 'briefbot.sqlite');
    const config = configOf({ BRIEFBOT_STORE_PATH: path, DATABASE_URL: '' });
    const store = await openStore(config);
    expect(store.kind).toBe('sqlite');
    expect(describeStore(config)).toBe(`sqlite ${path}`);
    await store.close();
  });

  it('refuses a DATABASE_URL that is not a PostgreSQL URL, without echoing it', () => {
    for (const value of ['mysql://bot:s3cret-pass@db/briefbot', 'db.internal:5432', 'postgres://bot:s3cret-pass@ db/briefbot']) {
      const result = parseConfig(null, null, { DATABASE_URL: value });
      expect(result.ok, value).toBe(false);
      if (result.ok) continue;
      const text = result.error.map(formatConfigError).join('\n');
      expect(text).toMatch(/DATABASE_URL.*expected a PostgreSQL URL/);
      expect(text).not.toContain('s3cret-pass');
    }
  });

  it('names where a PostgreSQL store is without its user or password', () => {
    const config = configOf({ DATABASE_URL: 'postgresql://bot:s3cret-pass@db.internal:5433/briefbot?sslmode=require' });
    expect(describeStore(config)).toBe('postgres db.internal:5433/briefbot');
  });
});

await describeWithPostgres('openStore with DATABASE_URL', () => {
  it('opens PostgreSQL, migrated and ready, when DATABASE_URL is set', async () => {
    const db = await freshDatabase();
    try {
      const store = await openStore(configOf({ DATABASE_URL: db.url, BRIEFBOT_STORE_PATH: join(root, 'unused', 'x.sqlite') }));
      expect(store.kind).toBe('postgres');
      expect(await store.listSubscriptions()).toEqual([]);
      await store.close();
    } finally {
      await db.drop();
    }
  });
});
