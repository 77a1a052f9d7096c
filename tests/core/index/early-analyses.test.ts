import { expect, it } from 'vitest';
import type { AnalysePool } from '../../../src/core/index/analyse-pool.js';
import { analyseInOrder, earlyAnalyses } from '../../../src/core/index/analyse-set.js';
import { type Analysis, type AnalysisCache, analyse, analysisKey, encodeAnalysis } from '../../../src/core/index/analysis.js';
import type { RawDocument } from '../../../src/core/ingest/document.js';
import { article, STORIES } from '../made-up-stories.js';

// Enough documents for analyseInOrder to use the workers.
const raws: RawDocument[] = (Object.keys(STORIES) as (keyof typeof STORIES)[]).flatMap((story) =>
  Array.from({ length: 70 }, (_, n) => ({ id: `${story}-${n}.txt`, text: `${article(story, n)} Filed as report ${n + 1} of the ${story} desk.` })),
);

/** A pool that analyses on this thread and records each document it was asked for; `failing` batches reject. */
function recordingPool(failing = (_raws: readonly RawDocument[]) => false) {
  const asked: string[] = [];
  const pool: AnalysePool = {
    async analyse(batch) {
      asked.push(...batch.map((r) => r.id));
      if (failing(batch)) throw new Error('a worker stopped');
      return batch.map((raw) => encodeAnalysis(analyse(raw)));
    },
    async readings() {
      return [];
    },
    unref() {},
    async close() {},
  };
  return { pool, asked };
}

const titles = (analyses: Analysis[]) => analyses.map((a) => ('document' in a.built ? `${a.built.document.id}: ${a.built.document.sentences.map((s) => s.text).join(' ')}` : a.built.error.code));

it('documents handed to the workers while the set is read are analysed once, and delivered in the set order with the rest', async () => {
  const { pool, asked } = recordingPool();
  const early = earlyAnalyses(Promise.resolve(pool));
  // The first half is read (and handed over) before the rest, as a first index reads its files.
  early.add(raws.slice(0, 100));
  const got: Analysis[] = [];
  await analyseInOrder(raws, (a) => got.push(a), { pool: Promise.resolve(pool), early, workers: 2 });
  expect([...asked].sort()).toEqual(raws.map((r) => r.id).sort());
  expect(asked.slice(0, 100)).toEqual(raws.slice(0, 100).map((r) => r.id));
  const onMain: Analysis[] = [];
  await analyseInOrder(raws, (a) => onMain.push(a), { workers: 0 });
  expect(titles(got)).toEqual(titles(onMain));
});

it('a document whose analysis is stored is not handed to the workers early', async () => {
  const { pool, asked } = recordingPool();
  const stored = raws[3]!;
  const cache: AnalysisCache = {
    async get(keys) {
      return new Map(keys.filter((k) => k === analysisKey(stored)).map((k) => [k, encodeAnalysis(analyse(stored))]));
    },
    async put() {},
  };
  const early = earlyAnalyses(Promise.resolve(pool), cache);
  early.add(raws.slice(0, 8));
  await early.handedOver();
  expect(asked).toEqual(raws.slice(0, 8).flatMap((r) => (r === stored ? [] : [r.id])));
});

it('documents whose early batch failed in a worker are analysed on the main thread, with a warning', async () => {
  const { pool } = recordingPool((batch) => batch.some((r) => r.id === raws[2]!.id));
  const early = earlyAnalyses(Promise.resolve(pool));
  early.add(raws.slice(0, 8));
  const got: Analysis[] = [];
  const warnings: string[] = [];
  await analyseInOrder(raws, (a) => got.push(a), { pool: Promise.resolve(pool), early, workers: 2, warn: (m) => warnings.push(m) });
  expect(titles(got)).toEqual(titles(raws.map((raw) => analyse(raw))));
  expect(warnings).toContain('an analysis worker failed; analysing its documents on the main thread');
});
