import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/core/index/build-document.js';
import type { Sentence } from '../../../src/core/ingest/document.js';
import { answerScore } from '../../../src/core/summary/answer-first.js';
import { passage } from '../../../src/core/summary/passages.js';
import { readQuestion } from '../../../src/core/topics/read-query.js';

/** Made-up wire copy (docs/quality.md, "Twenty-first round (issue 16rank)"): a passage gathers the question from two sentences. */
function sentencesOf(id: string, text: string): readonly Sentence[] {
  const built = buildDocument({ id, text, meta: { title: id, published: '2026-03-10' } });
  if (!('document' in built)) throw new Error('not built');
  return built.document.sentences;
}

describe('a passage holds the question as its best sentence does (twenty-first round, issue 16rank)', () => {
  const opening = sentencesOf('opening.txt', 'The Veldran parliament met on Tuesday after its speaker resigned over a loan scandal. Members said they would vote for a new speaker soon.');
  const [answering] = sentencesOf('date.txt', 'Members of the Veldran parliament will vote on March 28, the clerk said.');
  const question = readQuestion('when will the Veldran parliament vote for a new speaker')!;
  const score = (u: Sentence) => answerScore(u, question, () => 1, '2026-03-10');

  it('ranks the one sentence that gives the date with the asked vote above the opening passage that holds the same words in two sentences', () => {
    expect(score(answering!)).toBeGreaterThan(score(passage(opening)));
  });
  it('scores a one-sentence unit as its words say: the passage adds only context to its best sentence', () => {
    expect(score(passage(opening))).toBeGreaterThan(score(opening[0]!));
    expect(score(passage(opening))).toBeGreaterThan(score(opening[1]!));
  });
});
