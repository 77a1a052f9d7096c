import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/core/index/build-document.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';
import { holdsKind } from '../../../src/core/summary/answer-first.js';
import { readQuestion } from '../../../src/core/topics/read-query.js';

// docs/quality.md, "Session 77", rule SH.

/** The first sentence of made-up wire copy, as the index reads it. */
function sentenceOf(text: string) {
  const built = buildDocument({ id: 'wire.txt', text });
  if (!('document' in built)) throw new Error('not built');
  return built.document.sentences[0]!;
}

describe('"what share of" asks for a share (rule SH)', () => {
  it('reads the words of the share as the frame, and asks for an amount', () => {
    const question = readQuestion('what share of deposits will the state guarantee cover?')!;
    expect(question.kind).toBe('amount');
    expect(question.asked).not.toContain('share');
    expect(readQuestion('What percentage of voters backed the plan?')!.kind).toBe('amount');
  });

  it('is answered by a percentage or a fraction, not by another amount beside the asked words', () => {
    const question = readQuestion('what share of deposits will the guarantee cover?')!;
    expect(holdsKind(sentenceOf('The guarantee covers deposits of up to 100,000 dalens per person, the fund said.'), question)).toBe(false);
    expect(holdsKind(sentenceOf('The fund said the guarantee will cover about 78% of the money held at the bank.'), question)).toBe(true);
    expect(holdsKind(sentenceOf('The fund said the guarantee will cover about 78 percent of deposits.'), question)).toBe(true);
    expect(holdsKind(sentenceOf('The fund said the guarantee will cover two-thirds of deposits.'), question)).toBe(true);
    expect(holdsKind(sentenceOf('The fund said the guarantee will cover about a third of deposits.'), question)).toBe(true);
  });

  it('leads the answer with the share, not with the limit the guarantee sets', () => {
    const library = createLibrary('bank-guarantee', [
      { id: 'a.txt', text: 'The state guarantee covers deposits of up to 100,000 dalens per person per bank, the fund said on Tuesday. Depositors queued outside the branches.', meta: { published: '2025-03-04' } },
      { id: 'b.txt', text: 'Savers protested outside the head office. The fund estimates that the guarantee will cover about 78% of the deposits held at the bank.', meta: { published: '2025-03-06' } },
    ]);
    const r = library.brief('what share of deposits will the state guarantee cover?', { length: 'short', now: new Date('2025-03-10T00:00:00Z') });
    if (!r.ok) throw new Error('no answer');
    expect(r.briefing.summary[0]?.text).toMatch(/78%/);
  });
});
