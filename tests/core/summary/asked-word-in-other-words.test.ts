import { describe, expect, it } from 'vitest';
import { idf } from '../../../src/core/index/term-index.js';
import { answerFirst, answerScore } from '../../../src/core/summary/answer-first.js';
import { readQuestion } from '../../../src/core/topics/read-query.js';
import { indexOf } from '../index-of.js';

/**
 * Made-up wire copy: the answer to "who kidnapped the aid workers" says "abducted"; background repeats "kidnapped" and names
 * someone far from it. The lead's word share counts a word close in meaning to an asked word in part (docs/quality.md,
 * "Twentieth round (issue 16lead)").
 */
const index = indexOf({
  'wire-1.txt': [
    'Rebels led by Omar Vasquez abducted two aid workers in the northern city of Marvale.',
    'Aid workers kidnapped in the region have in most cases been released unharmed within a few weeks, according to a report by Anna Berg.',
  ].join('\n\n'),
});
const sentence = (needle: string) => index.sentences.find((s) => s.text.includes(needle))!;
const question = readQuestion('who kidnapped the aid workers')!;

describe('an asked word told in other words', () => {
  it('leads the answer over background that repeats the question’s words', () => {
    const units = [sentence('released unharmed'), sentence('abducted two aid workers')];
    const lead = answerFirst(units, { units, scores: [1, 1] }, (u) => answerScore(u, question, (s) => idf(index, s)))[0];
    expect(lead?.text).toContain('abducted two aid workers');
  });

  it('leaves a name the question gives to be written, not stood in for', () => {
    const named = indexOf({ 'wire-2.txt': 'Officials in Marvale met on Monday.\n\nOfficials in the capital met on Monday.' });
    const q = readQuestion('when did officials in Marvale meet')!;
    const of = (needle: string) => answerScore(named.sentences.find((s) => s.text.includes(needle))!, q, (s) => idf(named, s));
    expect(of('in Marvale')).toBeGreaterThan(of('in the capital'));
  });
});
