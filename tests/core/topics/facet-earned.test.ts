import { describe, expect, it } from 'vitest';
import { createLibrary } from '../../../src/core/library/open-folder.js';

/** Made-up wire copy, one sentence a paragraph (as wire copy is often laid out). */
const article = (id: string, sentences: readonly string[]) => ({ id, text: sentences.join('\n\n') });

/**
 * One story (coalition talks) in which "attempt" is mostly the head of the set's own names for things
 * ("assassination attempt", "coup attempt"), each told in two articles; the rest of each article is
 * the returns of its districts, so the set is past a hundred sentences.
 */
const talks = [
  ['Coalition talks between President Oran Veld and opposition leader Mira Kast stalled on Sunday in Tessaly.', 'Veld spoke of an assassination attempt in the capital.', 'Election monitors said the vote was largely fair.'],
  ['Coalition talks in Tessaly resumed on Monday without progress.', 'Kast cited a coup attempt last year and the arrests of her aides.', 'Street protests grew in the capital.'],
  ['Veld and Kast held more coalition talks on Tuesday.', 'Veld said the assassination attempt was organized by the opposition.', 'Election monitors said the count was slow.'],
  ['Coalition talks in Tessaly broke off on Wednesday.', 'The coup attempt of last year still divides the army, officers said.', 'Thousands marched against Veld.'],
  ['Coalition talks between Veld and Kast resumed on Thursday.', 'Kast said Veld used the attempts on his life to justify arrests.', 'Police said two attempts to storm a polling station had failed.'],
  ['Veld and Kast ended their coalition talks with a deal on Friday.', 'The king had offered to mediate.', 'Foreign donors welcomed the deal after months of protests.'],
].map((lines, n) => article(`talks-${n}.txt`, [...lines, ...Array.from({ length: 14 }, (_, k) => `Turnout in district ${n * 20 + k + 1} was ${40 + ((n * 7 + k * 3) % 50)} percent, the commission said.`)]));

const titlesOf = (name: string, docs: { id: string; text: string }[]) =>
  createLibrary(name, docs)
    .topics()
    .topics.map((t) => t.title.toLowerCase());

describe('the facets a one-story set earns', () => {
  it('does not name a facet by a lone word the set writes as the head of its own names ("assassination attempt")', () => {
    const titles = titlesOf('one-coalition', talks);
    for (const title of titles) expect(title).not.toMatch(/^attempts?$/);
  });
});
