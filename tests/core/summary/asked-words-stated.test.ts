import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/core/index/build-document.js';
import type { Sentence } from '../../../src/core/ingest/document.js';
import { askedWordsStated } from '../../../src/core/summary/answer-first.js';
import { readQuestion } from '../../../src/core/topics/read-query.js';

/** Made-up copy: a mayor's trip, and a sentence where "go" stands beside a place that is not where she was going. */
const built = buildDocument({
  id: 'holt.txt',
  meta: { title: 'holt', published: '2026-06-10' },
  addedAt: '2026-06-10T12:00:00Z',
  text: 'Mayor Holt cut short her visit to Lisbon on Monday because of a cold. Mayor Holt spent the day at her house in Brampton and will not go into the office this week.',
});
const sentences: Sentence[] = 'document' in built ? built.document.sentences : [];
const pool = { units: sentences, scores: sentences.map(() => 1) };
const story = (s: string) => s === 'holt' || s === 'mayor';

describe('rule A1 reads no verb that names no event as an asked word (amendment A, answer-first.ts)', () => {
  it('leaves "where was Mayor Holt going" to every asked word: "go" beside Brampton is not where she was going', () => {
    expect(sentences).toHaveLength(2);
    expect(askedWordsStated(readQuestion('where was Mayor Holt going')!, story, [], pool)).toBeUndefined();
  });

  it('reads an asked word that names an event: "where did Mayor Holt spend the day" is answered beside "spent"', () => {
    expect(askedWordsStated(readQuestion('where did Mayor Holt spend the day')!, story, [], pool)?.stems).toEqual(new Set(['spend', 'dai']));
  });
});
