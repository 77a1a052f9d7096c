import { describe, expect, it, vi } from 'vitest';
import { queryDate } from '../../../src/core/topics/read-query.js';

// Every chrono reading goes through readChrono, which loads chrono on its first call: counting its calls tells who asked.
const chrono = vi.hoisted(() => ({ reads: 0 }));
vi.mock('../../../src/core/ingest/chrono-reading.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/core/ingest/chrono-reading.js')>();
  return {
    ...original,
    readChrono: (...args: Parameters<typeof original.readChrono>) => {
      chrono.reads++;
      return original.readChrono(...args);
    },
  };
});

describe('the day a query names, chrono asked only when the query can name one (docs/quality.md, issue 17, twenty-third round, 17adhoc4, rule 2)', () => {
  it('does not ask chrono for a query with no digit and no weekday', () => {
    chrono.reads = 0;
    expect(queryDate('what did the central bank say about financial instability', '2026-11-20')).toBeUndefined();
    expect(queryDate('who won the vote last week', '2026-11-20')).toBeUndefined();
    expect(chrono.reads).toBe(0);
  });

  it('still reads the day of a query that names a weekday or a date', () => {
    chrono.reads = 0;
    // 2026-11-20 is a Friday: "on Tuesday" is the Tuesday just past.
    expect(queryDate('what did the council decide on Tuesday', '2026-11-20')?.date).toBe('2026-11-17');
    expect(queryDate('what happened on March 3, 2026', '2026-11-20')?.date).toBe('2026-03-03');
    expect(queryDate('what happened on 2026-10-05', '2026-11-20')?.date).toBe('2026-10-05');
    expect(chrono.reads).toBe(3);
  });
});
