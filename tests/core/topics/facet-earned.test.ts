import { describe, expect, it } from 'vitest';
import { createLibrary } from '../../../src/core/library/open-folder.js';

/** Made-up wire copy, one sentence a paragraph (as wire copy is often laid out). */
const article = (id: string, sentences: readonly string[]) => ({ id, text: sentences.join('\n\n') });

/**
 * One story (a bus strike) whose outlets call one thing "the pension scheme" and "the pension deal":
 * "scheme" and "deal" are in every article, "pension" in three, so a briefing on either draws on the
 * same sentences about the pension.
 */
const strike = [
  ['Bus drivers in Corlow stayed off the roads on Monday as their strike entered a second week.', 'The drivers want the pension scheme restored.', 'City officials said a deal was not close.', 'The mayor said his scheme was fair.'],
  [
    'The Corlow bus strike left commuters walking to work in the rain.',
    'The union said the pension scheme had been cut twice.',
    'The city said the pension deal offered last month still stood.',
    'No new scheme was tabled, and no deal was signed.',
  ],
  ['Union leaders met city negotiators on Wednesday.', 'They discussed a pension deal but not wages, both sides said.', 'The union said any deal must cover overtime.', 'The city said its scheme would cost too much to change.'],
  ['Shops in central Corlow said sales had fallen by a third since the strike began.', 'A business group urged both sides to reach a deal.', 'It said the city scheme was sound.', 'Schools changed their hours.'],
  ['The Corlow council voted on Thursday to hire private coaches during the strike.', 'Drivers called the scheme an insult.', 'The council said a deal was still its aim.', 'Private coaches began running on Friday.'],
  ['Drivers and the city reached a deal on Saturday, ending the Corlow strike.', 'The scheme restores overtime pay from next year.', 'Buses will run again on Monday.', 'The union said the deal was a fair one.'],
].map((sentences, n) => article(`strike-${n}.txt`, sentences));

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
  it('lists one facet for one thing two outlets name differently, and lets no weaker one take the other’s place', () => {
    const titles = titlesOf('one-strike', strike);
    expect(titles).toContain('pension deal');
    expect(titles).not.toContain('pension scheme');
    expect(titles.filter((t) => t.includes('pension'))).toHaveLength(1);
  });

  it('does not name a facet by a lone word the set writes as the head of its own names ("assassination attempt")', () => {
    const titles = titlesOf('one-coalition', talks);
    for (const title of titles) expect(title).not.toMatch(/^attempts?$/);
  });
});
