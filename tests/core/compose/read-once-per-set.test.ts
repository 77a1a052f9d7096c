import { describe, expect, it, vi } from 'vitest';
import { addsToQuestionTest } from '../../../src/core/compose/adds-to-question.js';
import { findFigures } from '../../../src/core/facts/figures.js';
import { sameFigureKeys } from '../../../src/core/facts/same-figure.js';
import { buildDocument } from '../../../src/core/index/build-document.js';
import type { Document, RawDocument, Sentence } from '../../../src/core/ingest/document.js';
import { readQuestion } from '../../../src/core/topics/read-query.js';

// Every wink-nlp call goes through nlp.ts's readDoc: counting it tells whether an answer read a text with the model.
const nlpCalls = vi.hoisted(() => ({ texts: [] as string[] }));
vi.mock('../../../src/core/nlp.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/core/nlp.js')>();
  return {
    ...original,
    readDoc: (text: string) => {
      nlpCalls.texts.push(text);
      return original.readDoc(text);
    },
  };
});

/** Made-up wire copy: a ferry runs aground; agencies count its passengers. */
const doc = (id: string, text: string): Document => {
  const raw: RawDocument = { id, meta: { title: id, published: '2026-03-02' }, addedAt: '2026-03-02T12:00:00Z', text };
  const built = buildDocument(raw);
  if (!('document' in built)) throw new Error('not built');
  return built.document;
};
const FERRY = [
  doc('ferry-1.txt', 'The ferry Kestrel ran aground off Skarholm on Sunday with 212 passengers on board. Coast guard boats took everyone ashore by nightfall.'),
  doc('ferry-2.txt', 'All 212 passengers of the Kestrel were safe, the coast guard said. The ferry operator blamed a broken rudder.'),
  doc('ferry-3.txt', 'Divers inspected the hull of the Kestrel on Monday. The operator said the ferry would be towed to Skarholm harbour.'),
];

// Issue 17ans: an ad-hoc answer at 10,000 articles weighs thousands of sentences; what it read of them for one question it keeps for the next.
describe('what every answer reads of a set again is read once (issue 17ans)', () => {
  it('a story document’s distinct words are gathered once, whichever question asks', () => {
    let stemReads = 0;
    // The index's sentence list of each document, its sentences counting each time their words are read.
    const lists = new Map<string, Sentence[]>(
      FERRY.map((d) => [
        d.id,
        d.sentences.map((s) => {
          const counted = { ...s };
          Object.defineProperty(counted, 'stems', { get: () => (stemReads++, s.stems), enumerable: true });
          return counted;
        }),
      ]),
    );
    const story = [...lists.values()].flat();
    const ofDocument = (id: string) => lists.get(id) ?? [];
    const first = addsToQuestionTest({ question: readQuestion('how many passengers were on the ferry Kestrel')!, story, ofDocument });
    const afterFirst = stemReads;
    const second = addsToQuestionTest({ question: readQuestion('why did the ferry Kestrel run aground')!, story, ofDocument });
    expect(afterFirst).toBeGreaterThan(0);
    expect(stemReads).toBe(afterFirst);

    // The same verdicts as a test made over fresh lists.
    const fresh = (q: string) => addsToQuestionTest({ question: readQuestion(q)!, story, ofDocument: (id) => FERRY.find((d) => d.id === id)?.sentences.slice() ?? [] });
    const verdicts = (test: (s: Sentence) => boolean) => story.map(test);
    expect(verdicts(first)).toEqual(verdicts(fresh('how many passengers were on the ferry Kestrel')));
    expect(verdicts(second)).toEqual(verdicts(fresh('why did the ferry Kestrel run aground')));
  });

  it('the words after a figure are read with the model once, however many answers rank it', () => {
    const figure = findFigures(FERRY[0]!.sentences).find((f) => f.value === '212');
    if (!figure) throw new Error('expected the passengers figure');
    nlpCalls.texts.length = 0;
    const first = sameFigureKeys(figure);
    const reads = nlpCalls.texts.length;
    expect(reads).toBeGreaterThan(0);
    expect(sameFigureKeys(figure)).toEqual(first);
    expect(sameFigureKeys({ ...figure })).toEqual(first);
    expect(nlpCalls.texts.length).toBe(reads);
    expect(first).toContain('212|passenger');
  });
});
