import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { AnalysisCache } from '../../src/core/index/analysis.js';
import { analyse, decodeAnalysis, encodeAnalysis } from '../../src/core/index/analysis.js';
import { openPostgresAnalysisCache } from '../../src/store/analysis-postgres.js';
import { openSqliteAnalysisCache } from '../../src/store/analysis-sqlite.js';
import { describeWithPostgres, freshDatabase } from './pg-test-db.js';

const folder = mkdtempSync(join(tmpdir(), 'briefbot-analysis-store-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const raw = { id: 'ferry.txt', text: 'Ferry workers in Port Halden walked off the job on Monday. The union said the strike would go on.' };
const entry = () => ({ key: 'k1', bytes: encodeAnalysis(analyse(raw)) });

async function roundTrip(cache: AnalysisCache): Promise<void> {
  expect(await cache.get(['k1', 'k2'])).toEqual(new Map());
  await cache.put([entry()]);
  await cache.put([entry()]);
  const got = await cache.get(['k1', 'k2']);
  expect([...got.keys()]).toEqual(['k1']);
  const decoded = decodeAnalysis(got.get('k1')!, raw);
  expect('analysis' in decoded && decoded.analysis.built).toEqual(analyse(raw).built);
  // A whole stored set is tens of MB, stored beside small entries in one call.
  const large = Uint8Array.from({ length: 3 * 2 ** 20 }, (_, i) => (i * 31) & 0xff);
  await cache.put([
    { key: 'set:a', bytes: large },
    { key: 'k2', bytes: entry().bytes },
  ]);
  const both = await cache.get(['set:a', 'k2']);
  expect(Buffer.from(both.get('set:a')!).equals(Buffer.from(large))).toBe(true);
  expect(both.has('k2')).toBe(true);
}

describe('SQLite analysis cache', () => {
  it('stores and reads analyses back across a reopen', async () => {
    const path = join(folder, 'a.sqlite');
    const cache = openSqliteAnalysisCache({ path });
    await roundTrip(cache);
    await cache.close();
    const reopened = openSqliteAnalysisCache({ path });
    expect([...(await reopened.get(['k1'])).keys()]).toEqual(['k1']);
    await reopened.close();
  });

  it('entries of tens of MB are read on a thread of their own, beside small ones read at once', async () => {
    const path = join(folder, 'large.sqlite');
    const cache = openSqliteAnalysisCache({ path, warn: (message) => expect.fail(message) });
    const large = Buffer.alloc(20 * 2 ** 20);
    for (let i = 0; i < large.length; i += 4096) large[i] = (i / 4096) & 0xff;
    await cache.put([
      { key: 'set:a', bytes: large },
      { key: 'k1', bytes: entry().bytes },
    ]);
    const got = await cache.get(['set:a', 'k1', 'k2']);
    expect([...got.keys()].sort()).toEqual(['k1', 'set:a']);
    expect(Buffer.from(got.get('set:a')!).equals(large)).toBe(true);
    expect(Buffer.from(got.get('k1')!).equals(Buffer.from(entry().bytes))).toBe(true);
    await cache.close();
  });

  it('a stored set in parts is handed over a part at a time, in the order asked', async () => {
    const path = join(folder, 'parts.sqlite');
    const cache = openSqliteAnalysisCache({ path, warn: (message) => expect.fail(message) });
    const part = (n: number) => Buffer.alloc(9 * 2 ** 20, n);
    await cache.put([
      { key: 'set:a#2', bytes: part(2) },
      { key: 'set:a', bytes: part(0) },
      { key: 'set:a#1', bytes: part(1) },
      { key: 'k1', bytes: entry().bytes },
    ]);
    const handed: [string, number][] = [];
    await cache.getEach!(['set:a', 'set:a#1', 'set:a#2', 'set:a#3', 'k1'], (key, bytes) => handed.push([key, bytes.length > 2 ** 20 ? bytes[bytes.length - 1]! : -1]));
    // In the order asked (not as stored), the missing one left out.
    expect(handed).toEqual([
      ['set:a', 0],
      ['set:a#1', 1],
      ['set:a#2', 2],
      ['k1', -1],
    ]);
    await cache.close();
  });

  it('a file that is not a database is moved aside with a warning, and a fresh one is used', async () => {
    const path = join(folder, 'garbage.sqlite');
    writeFileSync(path, 'this is not a database, just text that was written over it '.repeat(200));
    const warnings: string[] = [];
    const cache = openSqliteAnalysisCache({ path, warn: (message) => warnings.push(message) });
    await roundTrip(cache);
    await cache.close();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/moving it aside/);
    expect(readFileSync(`${path}.corrupt`, 'utf8')).toMatch(/^this is not a database/);
    expect(existsSync(path)).toBe(true);
  });
});

await describeWithPostgres('PostgreSQL analysis cache', () => {
  it('stores and reads analyses back, shared by every process on the database', async () => {
    const db = await freshDatabase();
    try {
      const one = await openPostgresAnalysisCache({ url: db.url });
      await roundTrip(one);
      const other = await openPostgresAnalysisCache({ url: db.url });
      expect([...(await other.get(['k1'])).keys()]).toEqual(['k1']);
      await Promise.all([one.close(), other.close()]);
    } finally {
      await db.drop();
    }
  });
});
