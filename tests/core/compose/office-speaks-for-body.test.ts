import { describe, expect, it } from 'vitest';
import { roleGivesWordsOf } from '../../../src/core/facts/role-beside.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';

/**
 * Rule OH (docs/quality.md, "Session 70"): "what did the union say" is answered by the words of the union's secretary, and the
 * briefing does not say the set gives none of the union's words.
 */

/** Made-up: a nurses' union heard only through its regional secretary. */
const WARD = [
  'Nurses at the Tarnfield hospital worked a third week on paper records after the computer failure. "Our members are exhausted, and they are frightened of making a mistake with a handwritten drug chart," said Colette Maguire, the union\'s regional secretary. The hospital said its systems would return next week.',
  'The Tarnfield hospital board approved new spending on Monday. "There is money for software and money for lawyers, and still none for the nurses," said Colette Maguire, the union\'s regional secretary. The board said the spending would come from reserves.',
];

describe('an office speaks for the body it is held in (rule OH)', () => {
  it('answers "what did the union say" with its secretary’s words, and no line saying the set has none', () => {
    const library = createLibrary(
      'ward',
      WARD.map((text, i) => ({ id: `${i}.txt`, text, meta: { published: `2026-03-0${i + 2}` } })),
    );
    const r = library.brief('what did the union say', { length: 'short' });
    if (!r.ok) throw new Error('no briefing');
    expect(r.briefing.unsaid).toBeUndefined();
    expect(r.briefing.summary[0]?.text).toContain('Colette Maguire');
  });

  it('reads an office’s owner, not a relative’s or a firm partner’s', () => {
    expect(roleGivesWordsOf('the chair of the board', 'the board')).toBe(true);
    expect(roleGivesWordsOf('a spokesman for the union', 'union')).toBe(true);
    expect(roleGivesWordsOf('the mother of the victim', 'the victim')).toBe(false);
    expect(roleGivesWordsOf('a partner at Brennan Hale LLP', 'Brennan Hale')).toBe(false);
  });
});
