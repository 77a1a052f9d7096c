import { describe, expect, it } from 'vitest';
import { createLibrary } from '../../src/core/pipeline.js';

/** Made-up wire copy in the style of 1998 newswire on a border dispute. */
const ARTICLES = [
  'Peru and Ecuador agreed on Monday to an exchange of territory along the disputed border. No foreign troops will be stationed on Peruvian territory, officials said.',
  'The border deal gives Ecuador a square kilometre of territory at Tiwinza in exchange for a new trade route. Tiwinza was the scene of heavy fighting in 1995.',
  'Both presidents signed the border treaty in Brasilia on Monday. The treaty ends the last territorial dispute in the Americas.',
];
const library = createLibrary('border', ARTICLES.map((text, i) => ({ id: `${i}.txt`, text })), {
  topics: [{ slug: 'territory', title: 'Territorial exchange', aliases: ['land swap'], terms: ['exchange of territory', 'Tiwinza'] }],
});

describe('a curated topic by its terms, not one word', () => {
  it('leads with sentences that state the topic in several of its terms; one that merely contains a word is at most a key point', () => {
    const r = library.brief('territory', { length: 'short' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const summary = r.briefing.summary.map((p) => p.text);
    expect(summary.join(' ')).toContain('exchange of territory along the disputed border');
    expect(summary.some((t) => t.startsWith('No foreign troops will be stationed on Peruvian territory'))).toBe(false);
  });
});
