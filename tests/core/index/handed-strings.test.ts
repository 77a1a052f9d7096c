import { expect, it } from 'vitest';
import { createAnalysePool } from '../../../src/core/index/analyse-pool.js';
import { analyse, decodeAnalysis, encodeAnalysis } from '../../../src/core/index/analysis.js';
import { handedStrings } from '../../../src/core/index/handed-strings.js';
import type { RawDocument } from '../../../src/core/ingest/document.js';
import { article, STORIES } from '../made-up-stories.js';

const raws: RawDocument[] = (Object.keys(STORIES) as (keyof typeof STORIES)[]).flatMap((story) => [0, 1].map((n) => ({ id: `${story}-${n}.txt`, text: article(story, n) })));

it("a worker's analyses, read with the strings it handed over, are the main thread's, batch after batch and after its numbering starts again", { timeout: 60_000 }, async () => {
  // A few dozen strings a worker: a made-up article holds more, so the numbering starts again on the next batch.
  const pool = createAnalysePool(1, { maxStrings: 40 });
  try {
    for (const batch of [raws.slice(0, 2), raws.slice(2, 3), raws.slice(3)]) {
      const done = await pool.analyse(batch);
      batch.forEach((raw, k) => {
        const handed = decodeAnalysis(done[k]!.bytes, raw, done[k]!.strings);
        expect(handed).toEqual(decodeAnalysis(encodeAnalysis(analyse(raw)), raw));
        expect(decodeAnalysis(done[k]!.bytes, raw)).toEqual(handed);
      });
    }
  } finally {
    await pool.close();
  }
});

it('strings handed over are read on from those before, dropped when the worker numbers afresh, and a number past them is an error', () => {
  const read = handedStrings();
  expect(read({ reset: false, fresh: ['ferry', 'strike'], tables: [Uint32Array.of(1, 0)] })).toEqual([['strike', 'ferry']]);
  expect(read({ reset: false, fresh: ['union'], tables: [Uint32Array.of(2, 0), Uint32Array.of(1)] })).toEqual([['union', 'ferry'], ['strike']]);
  expect(read({ reset: true, fresh: ['ash'], tables: [Uint32Array.of(0)] })).toEqual([['ash']]);
  expect(() => read({ reset: false, fresh: [], tables: [Uint32Array.of(1)] })).toThrow(/string 1 of 1/);
});
