import { describe, expect, it, vi } from 'vitest';

const questionLibraries = vi.fn(async () => new Map());
vi.mock('../../eval/question-sets.js', () => ({ questionLibraries, ASKED_ON: new Date('2026-11-29T00:00:00Z') }));

describe('eval/questions.ts', () => {
  it('reads the questions table without answering them when imported', async () => {
    const { questionsOf } = await import('../../eval/questions.js');
    expect(questionLibraries).not.toHaveBeenCalled();
    const rows = questionsOf('### Questions\n| # | cluster | query |\n|---|---|---|\n| 7 | d30001t | who won? |\n| 8 | what next? |\n\n## Next part\n');
    expect(rows).toEqual([
      { n: 7, set: 'd30001t', query: 'who won?' },
      { n: 8, set: 'ukraine-peace-talks', query: 'what next?' },
    ]);
  });

  it('reads only the question tables: a tally whose rows open on a question number is not a question', async () => {
    const { questionsOf } = await import('../../eval/questions.js');
    const docs = ['### Questions', '| # | cluster | query |', '|---|---|---|', '| 7 | d30001t | who won? |', '', '| # | before | after | read |', '|---|---|---|---|', '| 7 | a sentence | another | better |', '', '## Next part'].join('\n');
    expect(questionsOf(docs)).toEqual([{ n: 7, set: 'd30001t', query: 'who won?' }]);
  });
});
