import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/core/index/build-document.js';
import { createLibrary } from '../../src/core/library/open-folder.js';
import { mereMention, statesTerm, stemsOf } from '../../src/core/topics/relevance.js';

/** Made-up wire copy in the style of 1998 newswire on a border dispute. */
const ARTICLES = [
  'Peru and Ecuador agreed on Monday to an exchange of territory along the disputed border. No foreign troops will be stationed on Peruvian territory, officials said.',
  'The border deal gives Ecuador a square kilometre of territory at Tiwinza in exchange for a new trade route. Tiwinza was the scene of heavy fighting in 1995.',
  'Both presidents signed the border treaty in Brasilia on Monday. The treaty ends the last territorial dispute in the Americas.',
  'Under the exchange of territory, Peru keeps sovereignty over Tiwinza while Ecuador may use it. Critics in Lima called the land swap a surrender of territory.',
];
const library = createLibrary(
  'border',
  ARTICLES.map((text, i) => ({ id: `${i}.txt`, text })),
  {
    topics: [{ slug: 'territory', title: 'Territorial exchange', aliases: ['land swap'], terms: ['exchange of territory', 'Tiwinza'] }],
  },
);

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

describe('statesTerm', () => {
  const words = (text: string) => ({ text, words: text.toLowerCase().match(/[\p{L}\p{N}'’]+/gu) ?? [] });
  it('matches a term of several words as a phrase, in any inflection or order, a few small words between', () => {
    expect(statesTerm(words('Both sides agreed to an exchange of territory.'), stemsOf('exchange of territory'))).toBe(true);
    expect(statesTerm(words('The territory exchanges were signed.'), stemsOf('exchange of territory'))).toBe(true);
    expect(statesTerm(words('The exchange rate fell while troops held the territory.'), stemsOf('exchange of territory'))).toBe(false);
  });

  it('does not take a word that only names the place of a prepositional phrase, unless it is a name', () => {
    expect(statesTerm(words('No foreign troops will be stationed on Peruvian territory.'), ['territori'])).toBe(false);
    expect(statesTerm(words('The dispute over territory dragged on.'), ['territori'])).toBe(true);
    expect(statesTerm(words('Critics said he made good on his promised territory deal.'), ['territori'])).toBe(true);
    expect(statesTerm(words('Its fate in NATO is undecided.'), ['nato'])).toBe(true);
  });
});

describe('mereMention', () => {
  const topic = { ref: { slug: 'territory', title: 'Territorial exchange', kind: 'curated' as const }, aliases: [], variants: [['territori'], stemsOf('exchange of territory'), ['tiwinza']] };
  const sentence = (text: string) => {
    const built = buildDocument({ id: 'x', text });
    if (!('document' in built)) throw new Error('empty');
    return built.document.sentences[0]!;
  };
  it('tells a sentence holding one of the topic’s words from one that states it in several', () => {
    const mere = mereMention(topic);
    expect(mere(sentence('No foreign troops will be stationed on Peruvian territory, officials said.'))).toBe(true);
    expect(mere(sentence('Peru and Ecuador agreed on Monday to an exchange of territory along the border.'))).toBe(false);
    expect(mere(sentence('Ecuador gets territory at Tiwinza under the deal.'))).toBe(false);
  });
  it('never applies to a topic of one term', () => {
    expect(mereMention({ ...topic, variants: [['territori']] })(sentence('Troops left Peruvian territory on Monday.'))).toBe(false);
  });
});
