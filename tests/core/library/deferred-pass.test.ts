import { describe, expect, it } from 'vitest';
import type { AnalysePool } from '../../../src/core/index/analyse-pool.js';
import { buildDocument } from '../../../src/core/index/build-document.js';
import { type DeferredInput, holdDeferred, makeDeferred, readingsOf, speechAt } from '../../../src/core/index/deferred-readings.js';
import { nameWritersOf } from '../../../src/core/index/name-writers.js';
import { addToIndex, createTermIndex } from '../../../src/core/index/term-index.js';
import type { Document } from '../../../src/core/ingest/document.js';
import { deferredPass } from '../../../src/core/library/deferred-pass.js';

// The readings a worker's first index defers are made after ready by the same workers (docs/quality.md, "Issue 17,
// thirtieth round (17pool)"): from each document's sentence texts, what is listed and its date.

const TEXT = `Ferry crews walked out on Monday at the harbor in Kells.

"We will not give up," said Mara Lind, a spokeswoman for the crews' union. She said talks with the operator would resume on Friday.

The operator, Harbor Lines, said last week that it had offered a 4 percent raise.
`;

function built(id: string, defer: boolean): Document {
  const b = buildDocument({ id, text: TEXT, meta: { published: '2025-03-04' } }, undefined, defer);
  if (!('document' in b)) throw new Error(b.error.message);
  return b.document;
}

const readingsOfDocument = (d: Document) => d.sentences.map((s) => ({ speech: s.speech, chrono: s.chronoReading }));

/** A pool whose "workers" make the readings from what they are sent, a structured copy as a worker gets it. */
function fakePool(fail = false) {
  const sent: number[] = [];
  let closed = false;
  let unrefed = false;
  const pool: AnalysePool = {
    analyse: async () => [],
    async readings(deferred: readonly DeferredInput[]) {
      sent.push(deferred.length);
      if (fail) throw new Error('an analysis worker stopped');
      return structuredClone(deferred).map(readingsOf);
    },
    unref() {
      unrefed = true;
    },
    async close() {
      closed = true;
    },
  };
  return { pool, sent, closed: () => closed, unrefed: () => unrefed };
}

describe('the deferred readings made on the worker pool after ready', () => {
  it('gives each document the speakers and dates a whole analysis gives, from texts alone, and closes the pool', async () => {
    const documents = Array.from({ length: 40 }, (_, n) => built(`d${n}.md`, true));
    for (const d of documents) holdDeferred(d);
    expect(documents[0]!.sentences.some((s) => s.speech !== undefined)).toBe(false);
    const { pool, sent, closed, unrefed } = fakePool();
    const warnings: string[] = [];
    await deferredPass(pool, documents, (m) => warnings.push(m));
    const whole = readingsOfDocument(built('d0.md', false));
    for (const d of documents) {
      expect(d.deferred).toBeUndefined();
      expect(readingsOfDocument(d)).toEqual(whole);
    }
    expect(JSON.stringify(whole)).toContain('Mara Lind');
    expect(sent.reduce((a, b) => a + b, 0)).toBe(40);
    expect(warnings).toEqual([]);
    expect(unrefed()).toBe(true);
    expect(closed()).toBe(true);
  });

  it('does not send a document an answer attributed meanwhile', async () => {
    const documents = Array.from({ length: 3 }, (_, n) => built(`d${n}.md`, true));
    for (const d of documents) holdDeferred(d);
    speechAt(documents[1]!.sentences[0]!);
    const { pool, sent } = fakePool();
    await deferredPass(pool, documents, () => {});
    expect(sent).toEqual([2]);
    expect(documents.map((d) => d.deferred)).toEqual([undefined, undefined, undefined]);
  });

  it('makes a failed batch on the main thread, with a warning', async () => {
    const documents = Array.from({ length: 20 }, (_, n) => built(`d${n}.md`, true));
    for (const d of documents) holdDeferred(d);
    const { pool, closed } = fakePool(true);
    const warnings: { message: string; detail: Record<string, unknown> }[] = [];
    await deferredPass(pool, documents, (message, detail) => warnings.push({ message, detail }));
    const whole = readingsOfDocument(built('d0.md', false));
    for (const d of documents) expect(readingsOfDocument(d)).toEqual(whole);
    expect(warnings.map((w) => w.message)).toEqual(['a worker failed making deferred readings; making them on the main thread', 'a worker failed making deferred readings; making them on the main thread']);
    expect(warnings.map((w) => w.detail.documents)).toEqual([16, 4]);
    expect(closed()).toBe(true);
  });
});

describe('name writers read from texts', () => {
  it('finds a speaker’s name from the document’s texts, without making its deferred readings', () => {
    const document = built('lind.md', true);
    holdDeferred(document);
    const index = createTermIndex();
    addToIndex(index, document);
    expect(nameWritersOf(index)('Lind')!('lind.md')).toBe(true);
    // The first surname gloss forces no attribution: the document's readings are still left for the workers.
    expect(document.deferred).toBeDefined();
    makeDeferred(document);
    expect(document.sentences.map((s) => s.speech?.speaker).filter(Boolean)).toContain('Mara Lind');
  });
});
