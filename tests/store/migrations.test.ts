import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pendingMigrations, readMigrations } from '../../src/store/migrations.js';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const folder = (files: Record<string, string>) => {
  dir = mkdtempSync(join(tmpdir(), 'briefbot-migrations-'));
  for (const [name, sql] of Object.entries(files)) writeFileSync(join(dir, name), sql);
  return dir;
};

describe('readMigrations', () => {
  it('reads numbered .sql files in order and ignores anything else', () => {
    const found = readMigrations(folder({ '002-add-index.sql': 'B', '001-initial.sql': 'A', 'README.md': 'x' }));
    expect(found).toEqual([
      { version: 1, name: 'initial', sql: 'A' },
      { version: 2, name: 'add-index', sql: 'B' },
    ]);
  });

  it('refuses a gap in the numbering', () => {
    expect(() => readMigrations(folder({ '001-a.sql': '', '003-c.sql': '' }))).toThrow(/without gaps/);
  });

  it("ships the repository's own migrations numbered from 001", () => {
    dir = mkdtempSync(join(tmpdir(), 'briefbot-migrations-'));
    expect(readMigrations().map((m) => m.version)[0]).toBe(1);
  });
});

describe('pendingMigrations', () => {
  const all = [
    { version: 1, name: 'a', sql: '' },
    { version: 2, name: 'b', sql: '' },
  ];
  it('is what the database has not applied yet', () => {
    expect(pendingMigrations(all, [1]).map((m) => m.version)).toEqual([2]);
    expect(pendingMigrations(all, [1, 2])).toEqual([]);
  });
  it('refuses a database newer than the code', () => {
    expect(() => pendingMigrations(all, [1, 2, 3])).toThrow(/schema version 3/);
  });
});
