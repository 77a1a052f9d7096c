import { describe, expect, it } from 'vitest';
import { isNumberWord } from '../../../src/core/facts/number-words.js';
import { buildDocument } from '../../../src/core/index/build-document.js';
import { holdsKind } from '../../../src/core/summary/answer-first.js';
import { readQuestion } from '../../../src/core/topics/read-query.js';
import { typeOf } from './type-of.js';

/** The first sentence of made-up wire copy, as the index reads it. */
function sentenceOf(text: string) {
  const built = buildDocument({ id: 'wire.txt', text });
  if (!('document' in built)) throw new Error('not built');
  return built.document.sentences[0]!;
}

describe('amounts written in words (seventeenth round, issue 16numw, rule 1)', () => {
  it('reads cardinals, scales and fractions as number words, from one list', () => {
    for (const w of ['ninety', 'sixteen', 'twenty-five', 'thousands', 'quarter', 'one-quarter', 'two-thirds', 'half']) expect(isNumberWord(w)).toBe(true);
    for (const w of ['quartet', 'thirty-second', 'halfway', 'point']) expect(isNumberWord(w)).toBe(false);
  });

  it('reads "one-quarter percentage point" as the amount a "how much" question asks for, and "the third quarter" as none', () => {
    const question = readQuestion('how much did the central bank cut interest rates')!;
    expect(holdsKind(sentenceOf('The central bank lowered its key lending rate by one-quarter percentage point on Tuesday.'), question)).toBe(true);
    expect(holdsKind(sentenceOf('The central bank lowered its key lending rate by a quarter of a percentage point.'), question)).toBe(true);
    expect(holdsKind(sentenceOf('The central bank said lending slowed in the third quarter.'), question)).toBe(false);
  });
});

describe('"how much time" asks for a duration (seventeenth round, issue 16numw, rule 2)', () => {
  const question = readQuestion('how much time did the prison dog handler get')!;
  it('reads "ninety days" as the answer, and an age or a number of soldiers as none', () => {
    expect(holdsKind(sentenceOf('Sergeant Lee Marlow, a prison dog handler, was sentenced to ninety days in a military jail.'), question)).toBe(true);
    expect(holdsKind(sentenceOf('Two prison dog handler soldiers stand accused of abuse.'), question)).toBe(false);
    expect(holdsKind(sentenceOf('The prison dog handler, 32, faced a court martial in Texas.'), question)).toBe(false);
  });

  it('takes a figure in a unit of time as the answer type', () => {
    const found = typeOf('how much time did the prison dog handler get', {
      a: 'Sergeant Lee Marlow, a prison dog handler, was sentenced to 90 days in a military jail. Two prison dog handler soldiers stand accused of abuse.',
    });
    expect(found['Sergeant Lee Marlow, a prison dog handler, was sentenced to 90 days in a military jail.']).toBe('answers');
    expect(found['Two prison dog handler soldiers stand accused of abuse.']).not.toBe('answers');
  });
});
