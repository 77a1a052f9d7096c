import { describe, expect, it } from 'vitest';
import { createLibrary } from '../../../src/core/library/open-folder.js';
import { readQuestion } from '../../../src/core/topics/read-query.js';

/** Made-up wire copy: the lead of a question gives the asked fact, read from the question's own event. */
describe('the asked event of a question, and its lead', () => {
  it('reads a clause of time inside the question as its setting, not as what it asks', () => {
    const q = readQuestion('how many villagers died when soldiers fired rockets at the market')!;
    expect(q.focus?.word).toBe('died');
    expect(q.asked).toEqual(['villag', 'di']);
    expect(q.setting).toContain('fire');
    // A preposition still opens the setting as before.
    expect(readQuestion('how many villagers died in the attack on the market')!.focus?.word).toBe('died');
  });

  it('leads "how many died when …" with the count of the dead, not a count the clause names', () => {
    const library = createLibrary('kesra', [
      { id: 'wire-1.txt', text: 'Soldiers fired more than 40 rockets at the market in Kesra on Sunday, witnesses said. The army said rebels had attacked a patrol near the market.', meta: { published: '2026-03-02' } },
      { id: 'wire-2.txt', text: 'Government soldiers fired on the crowded market in Kesra on Sunday, killing 12 villagers, a local official said. The army denied that soldiers fired at civilians.', meta: { published: '2026-03-03' } },
      { id: 'wire-3.txt', text: 'Villagers fled Kesra after the rockets hit the market. Aid groups said the town had no doctor.', meta: { published: '2026-03-03' } },
    ]);
    const r = library.brief('how many villagers died when soldiers fired rockets at the market', { length: 'short' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.briefing.summary[0]!.text).toContain('killing 12 villagers');
  });
  it('leads "when … before this" with the earlier time, and "when" alone with the story\'s own', () => {
    const library = createLibrary('dam', [
      { id: 'wire-1.txt', text: 'Rebels seized the Kora dam on Monday, cutting power to the capital, officials said. The army sent troops to the dam.', meta: { published: '2026-03-02' } },
      { id: 'wire-2.txt', text: 'In May 2019, rebels seized the Kora dam for three weeks before the army retook it. Engineers say the dam is old.', meta: { published: '2026-03-03' } },
    ]);
    const lead = (q: string) => {
      const r = library.brief(q, { length: 'short' });
      return r.ok ? r.briefing.summary[0]!.text : '';
    };
    expect(lead('when had rebels seized the Kora dam before this')).toContain('In May 2019');
    expect(lead('when did rebels seize the Kora dam')).toContain('on Monday');
  });
});
