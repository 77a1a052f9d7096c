import { describe, expect, it } from 'vitest';
import { inspectLibrary } from '../../../src/core/library/library.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';

/** Made-up wire copy in the style of DUC/TAC newswire. */
const rank = (pool: ReadonlyArray<{ text: string }>, words: string) => pool.findIndex((s) => s.text.includes(words));

describe('the asked referent', () => {
  it('ranks the asked noun phrase above the bare head noun ("the victims" of another story)', () => {
    const library = createLibrary('mines', [
      { id: 'a.txt', text: 'The victims, Peter Kane and Paul Hart, were abducted by gunmen in the capital, police said. Their families appealed for calm.' },
      { id: 'b.txt', text: 'Victims of land mines in the north are mostly farmers, a relief group said. Many lost a leg.' },
      { id: 'c.txt', text: 'The victims, mostly farmers, were maimed by land mines left from the war. Clinics are full.' },
      { id: 'd.txt', text: 'Deminers cleared land near the border of mines on Monday. The work is slow.' },
    ]);
    const pool = inspectLibrary(library).queryPool('who are the land mine victims');
    expect(rank(pool, 'abducted by gunmen')).toBeGreaterThan(rank(pool, 'maimed by land mines'));
    expect(rank(pool, 'abducted by gunmen')).toBeGreaterThan(rank(pool, 'Victims of land mines'));
    // "mine" is a noun of the phrase here, not the pronoun: a sentence on land and mines outranks the bare victims.
    expect(rank(pool, 'Deminers cleared land')).toBeGreaterThanOrEqual(0);
    expect(rank(pool, 'abducted by gunmen')).toBeGreaterThan(rank(pool, 'Deminers cleared land'));
    // Lowered, never dropped: a pool with nothing better still holds it.
    expect(rank(pool, 'abducted by gunmen')).toBeGreaterThanOrEqual(0);
  });

  it('answers from the head with another modifier only when no sentence names the asked one', () => {
    const peace = [{ id: 'a.txt', text: 'The Nobel Peace Prize went to a charity on Friday, the committee said.' }];
    const query = 'who won the Nobel literature prize';
    expect(rank(inspectLibrary(createLibrary('peace', peace)).queryPool(query), 'Peace Prize')).toBe(0);
    const both = createLibrary('prizes', [...peace, { id: 'b.txt', text: 'The Nobel literature prize went to a novelist on Thursday, the academy said.' }]);
    const pool = inspectLibrary(both).queryPool(query);
    expect(rank(pool, 'literature prize')).toBe(0);
    expect(rank(pool, 'Peace Prize')).toBe(-1);
  });

  it('lowers what speaks only of the story’s own subject for "other countries"', () => {
    const library = createLibrary('quake', [
      { id: 'a.txt', text: 'The tsunami affected thousands of people in Chile, officials said. Roads were closed.' },
      { id: 'b.txt', text: 'Chile counted its dead on Sunday. The tsunami struck Chile at dawn.' },
      { id: 'c.txt', text: 'The tsunami affected coasts as far as Japan and Hawaii, where ports closed. Waves were small.' },
      { id: 'd.txt', text: 'Chile asked for tents and water. Chile thanked its neighbours.' },
    ]);
    const pool = inspectLibrary(library).queryPool('how did the tsunami affect other countries');
    expect(rank(pool, 'Japan and Hawaii')).toBe(0);
    expect(rank(pool, 'thousands of people in Chile')).toBeGreaterThan(0);
  });

  it('lowers what an article reports before the event a question says "after"', () => {
    const library = createLibrary('kosovo', [
      { id: 'a.txt', text: 'The army shelled villages in the south while NATO watched, monitors said.', meta: { published: '1998-08-10' } },
      { id: 'b.txt', text: 'NATO issued a threat of air strikes against the army on Tuesday.', meta: { published: '1998-10-14' } },
      { id: 'c.txt', text: 'The army pulled its units back to barracks as NATO demanded, diplomats said.', meta: { published: '1998-10-20' } },
    ]);
    const pool = inspectLibrary(library).queryPool('what did the army do after the NATO threat');
    expect(rank(pool, 'back to barracks')).toBeGreaterThanOrEqual(0);
    expect(rank(pool, 'back to barracks')).toBeLessThan(rank(pool, 'shelled villages'));
  });

  it('lowers a sentence that states the asked state negated ("not convicted")', () => {
    const library = createLibrary('fraud', [
      { id: 'a.txt', text: 'The accountant was not convicted of fraud, the jury found on Monday.' },
      { id: 'b.txt', text: 'The trader was convicted of fraud, the jury found on Tuesday.' },
    ]);
    const pool = inspectLibrary(library).queryPool('who was convicted of fraud');
    expect(rank(pool, 'trader was convicted')).toBe(0);
    expect(rank(pool, 'not convicted')).toBe(1);
  });
});
