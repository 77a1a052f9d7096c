import { describe, expect, it } from 'vitest';
import { createLibrary } from '../../../src/core/library/open-folder.js';

/**
 * Made-up wire copy: a who-question is answered by the person standing in the asked relation (docs/quality.md,
 * "Twentieth round (issue 16who)"), not by another person in a sentence that shares the question's other words.
 */
const library = createLibrary(
  'race',
  [
    {
      id: 'a.txt',
      published: '2031-07-28',
      text: 'On Sunday, Pedro Alvarez of Spain has won the 2031 Freedonia Tour general classification at the end of three weeks. The Freedonia Tour ended in the capital on Sunday. Crowds lined the final stage of the Freedonia Tour.',
    },
    {
      id: 'b.txt',
      published: '2031-07-28',
      text: 'In the points contest, Tomas Berg of Norway wins the green jersey. The green jersey rewards the most consistent finisher, and the yellow jersey the fastest rider. A green jersey was handed to the stage winner each day. Riders said the final stage was the hardest of the Freedonia Tour.',
    },
    {
      id: 'c.txt',
      published: '2031-08-19',
      text: 'Russian President Alden Rusk was at the White House meeting. A Russian aide, Ivan Petrov, later praised the meeting as important for diplomacy. European leaders attended the White House meeting on Monday.',
    },
    {
      id: 'd.txt',
      published: '2031-12-10',
      text: 'The U.S. envoy Paula Dobrin, who is heading the U.S. delegation to the Ostia talks, says Washington wants a deal. Prime Minister Gordon Bright stated that the task of the Ostia talks is to launch negotiations leading to a global agreement on fishing.',
    },
  ].map(({ id, text, published }) => ({ id, text, meta: { published } })),
);
const lead = (query: string) => {
  const r = library.brief(query, { length: 'short' });
  expect(r.ok).toBe(true);
  return r.ok ? r.briefing.summary[0]!.text : '';
};

describe('a who-question answered with the person in the asked relation', () => {
  it('reads the asked event as the set states it: "wins" answers "who won"', () => {
    expect(lead('who won the green jersey at the end of the 2031 Freedonia Tour')).toContain('Tomas Berg');
  });

  it("leads with the one who did the asked thing, not a sentence with the question's other words and no one doing it", () => {
    expect(lead('who on the Russian side praised the White House meeting as important for diplomacy')).toContain('Ivan Petrov');
  });

  it('reads the answer as before where the set tells the asked relation in other words ("heading" for "led")', () => {
    expect(lead('who led the US delegation at the Ostia talks')).toContain('Paula Dobrin');
  });

  it('still answers with the winner when the general classification is asked', () => {
    expect(lead('who won the 2031 Freedonia Tour general classification')).toContain('Pedro Alvarez');
  });
});
