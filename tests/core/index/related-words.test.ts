import { describe, expect, it } from 'vitest';
import { relatedStems } from '../../../src/core/index/related-words.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';
import { stem } from '../../../src/core/nlp.js';

/** Made-up wire copy: the set says "killed" and "wounded", never "casualties". */
const ARTICLES = [
  'Rebel shelling of the border town continued on Monday. Eleven soldiers were killed and forty were wounded when shells hit the barracks.',
  'The foreign minister flew to the capital on Tuesday for talks on the border. Talks on a truce are expected to resume next week.',
  'Farmers in the valley said the harvest was the best in a decade. Grain prices fell for a third month.',
];
const library = createLibrary(
  'border',
  ARTICLES.map((text, i) => ({ id: `${i}.txt`, text })),
);

describe('related words', () => {
  it('finds words of related meaning that a set uses, closest first, and none for a word it does not know', () => {
    const related = relatedStems('casualties', () => true).map((r) => r.stem);
    expect(related).toContain(stem('killed'));
    expect(related).toContain(stem('wounded'));
    expect(relatedStems('zqxjv', () => true)).toEqual([]);
    expect(relatedStems('casualties', (s) => s === stem('killed')).map((r) => r.stem)).toEqual([stem('killed')]);
  });

  it('answers a word the set never uses with the sentences that say it in related words', () => {
    const r = library.brief('casualties');
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.briefing.summary[0]!.text).toContain('Eleven soldiers were killed');
  });

  it('lets an exact word outrank related ones, and still says when nothing matches', () => {
    const withWord = createLibrary(
      'border2',
      [...ARTICLES, 'Casualties among the rebels were light, a spokesman said on Friday.'].map((text, i) => ({ id: `${i}.txt`, text })),
    );
    const r = withWord.brief('what were the casualties');
    expect(r.ok && r.briefing.summary[0]!.text).toContain('Casualties among the rebels were light');
    const none = library.brief('zqxjv wvkkp');
    expect(none.ok).toBe(false);
  });
});
