import { describe, expect, it } from 'vitest';
import { isQuestion, readQuestion } from '../../../src/core/topics/read-query.js';
import { queryRelevance, stemsOf } from '../../../src/core/topics/relevance.js';
import type { Topic } from '../../../src/core/topics/topic.js';
import { otherForms } from '../../../src/core/topics/word-forms.js';
import { indexOf } from '../index-of.js';

/**
 * Made-up wire copy: the answer writes a question's word in another form the stemmer does not join ("economy" for
 * "economic"), and questions open on a preposition (docs/quality.md, "Nineteenth round (issue 16pool2)").
 */
const index = indexOf({
  'wire-1.txt': ['The prime minister named a new cabinet on Monday after weeks of talks.', 'Her first task is to mend the economy, which shrank for a third year, the finance minister said.'].join('\n\n'),
  'wire-2.txt': ['The finance minister faces an economic task without equal, the opposition said.', 'They called for an early vote.'].join('\n\n'),
  'wire-3.txt': 'The defence minister said the task of the army was to guard the border.',
  'wire-4.txt': 'The foreign minister said his task was to mend ties with the neighbours.',
});
const scoresOf = (text: string) => {
  const question = readQuestion(text)!;
  const topic: Topic = { ref: { kind: 'query', slug: text, title: text }, aliases: [], variants: [stemsOf(text, true)] };
  return queryRelevance(index, topic, undefined, question);
};
const of = (scores: ReadonlyMap<number, number>, needle: string) => scores.get(index.sentences.findIndex((s) => s.text.includes(needle))) ?? 0;

describe("a question's word in another form", () => {
  it('reads the word in another form as the word: the answer that writes "economy" holds all of the question', () => {
    const scores = scoresOf('what did the finance minister say about the economic task');
    expect(of(scores, 'Her first task is to mend the economy')).toBeGreaterThanOrEqual(of(scores, 'faces an economic task'));
    expect(of(scores, 'Her first task is to mend the economy')).toBeGreaterThan(of(scores, 'his task was to mend ties'));
  });

  it('joins a form only when the lexicon also holds it close: not words that are only written alike', () => {
    const forms = otherForms(['economic', 'state', 'austria'], () => true);
    expect(forms.get(stemsOf('economic')[0]!)).toContain(stemsOf('economy')[0]);
    expect(forms.get(stemsOf('state')[0]!) ?? []).not.toContain(stemsOf('statement')[0]);
    expect(forms.get(stemsOf('austria')[0]!) ?? []).not.toContain(stemsOf('australia')[0]);
  });

  it('does not join a doer to the act ("rescuers" are not the rescue)', () => {
    const forms = otherForms(['rescue', 'dance'], () => true);
    expect(forms.get(stemsOf('rescue')[0]!) ?? []).not.toContain(stemsOf('rescuer')[0]);
    expect(forms.get(stemsOf('dance')[0]!) ?? []).not.toContain(stemsOf('dancer')[0]);
  });
});

describe('a question that opens on a preposition', () => {
  it('is read as the question from its question word', () => {
    expect(isQuestion('until when has the search been extended')).toBe(true);
    expect(readQuestion('until when has the search been extended')?.kind).toBe('time');
    expect(readQuestion('in which village were the civilians killed')?.text).toBe('which village were the civilians killed');
    expect(readQuestion('by how much did prices rise')?.kind).toBe('amount');
  });

  it('asks for a time when a preposition of time opens "which"', () => {
    expect(readQuestion('until which date will the talks run')?.kind).toBe('time');
  });

  it('leaves a topic that opens on a preposition a topic', () => {
    expect(isQuestion('in the wake of the floods')).toBe(false);
  });
});
