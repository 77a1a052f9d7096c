import { describe, expect, it } from 'vitest';
import { createLibrary } from '../../../src/core/library/open-folder.js';
import { readQuestion } from '../../../src/core/topics/read-query.js';

// docs/quality.md, "Session 77", rule AH.

/** Made-up copy on a bank rescue: the bid, told twice, and the date it is now expected, told once. */
const library = createLibrary('bank-rescue', [
  {
    id: 'a.txt',
    text: 'Norhaven Bank has made a rescue offer for the failed cooperative, the administrator said on Monday. The Norhaven rescue offer covers all 41 branches and insured deposits.',
    meta: { published: '2025-03-10' },
  },
  {
    id: 'b.txt',
    text: 'Shares in Norhaven rose after the rescue offer was announced. Norhaven Bank said on Wednesday it now expected to make its rescue offer binding by April 25.',
    meta: { published: '2025-03-14' },
  },
]);

describe('"what happens next with …" is answered by what is still ahead (rule AH)', () => {
  it('reads the question as asking what is ahead for its subject, without its frame', () => {
    const question = readQuestion('what happens next with the norhaven rescue?')!;
    expect(question.ahead).toBe(true);
    expect(question.asked).toEqual(['norhaven', 'rescu']);
    expect(readQuestion("what's next for the inquiry?")!.ahead).toBe(true);
    expect(readQuestion('what happened at the bank?')!.ahead).toBeUndefined();
  });

  it('leads with the date still ahead, not with the bid told again', () => {
    const r = library.brief('what happens next with the norhaven rescue?', { length: 'short', now: new Date('2025-03-20T00:00:00Z') });
    if (!r.ok) throw new Error('no answer');
    expect(r.briefing.summary[0]?.text).toMatch(/April 25/);
  });
});
