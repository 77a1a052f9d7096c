import { describe, expect, it } from 'vitest';
import { createLibrary } from '../../../src/core/library/open-folder.js';
import { nameStory } from '../../../src/core/topics/name-story.js';
import { indexOf } from '../index-of.js';

/** A second story in the set, so the first one's words are distinctive. */
const ANOTHER_STORY = {
  'x.txt': 'A storm flooded farms along the coast on Monday, and the army sent boats. Farmers said the flood was the worst in years.',
  'y.txt': 'Flood water drained from the coast farms on Tuesday as the storm moved out to sea. Boats of the army stayed.',
};

describe('story names a desk would use', () => {
  it('does not name a story by a place only a few of its leads mention', () => {
    const leads = {
      'a.txt': 'Donations for the cyclone victims will be tax deductible this year, the treasury said on Monday. Charities welcomed the rule.',
      'b.txt': 'Tourists from Dunmore gave the largest donations for the cyclone victims, and the tax rule covers them. Banks in Dunmore matched the gifts.',
      'c.txt': 'Charities said cyclone donations doubled after the tax rule was announced. Families in Dunmore sent clothes.',
      'd.txt': 'The tax rule for cyclone donations ends in April, the treasury warned. Charities asked for more time.',
      'e.txt': 'Schools collected cyclone donations before the tax deadline. Pupils brought coins and blankets.',
      ...ANOTHER_STORY,
    };
    const named = nameStory(indexOf(leads), ['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt'], new Set());
    expect(named.slug).not.toContain('dunmore');
    expect(named.slug).toMatch(/donation|cyclone|tax/);
  });

  it('keeps a name whole when its last word is a common noun the leads also write in lower case', () => {
    // Further down, the articles write the name capitalised, as a prize's articles do.
    const PAST = 'Past Nobel Prize winners in chemistry include many enzyme chemists. Each Nobel Prize is announced in October, and a Nobel Prize winner gives a lecture. The Nobel Prize medal is gold.';
    const leads = {
      'a.txt': `Three chemists won the Nobel Prize in chemistry on Wednesday for work on enzymes. Winning the prize surprised them. ${PAST}`,
      'b.txt': `The Nobel Prize in chemistry went to three enzyme chemists, the academy said. They will share the prize money. ${PAST}`,
      'c.txt': `Enzyme research earned its chemists the Nobel Prize on Wednesday. Their Nobel Prize lecture is in December. ${PAST}`,
      ...ANOTHER_STORY,
    };
    const named = nameStory(indexOf(leads), ['a.txt', 'b.txt', 'c.txt'], new Set());
    expect(named.slug).not.toMatch(/^prize/);
    expect(named.slug).toMatch(/^nobel/);
  });
});

describe('a story is named by its actor and what happened to them', () => {
  it('names the event the leads tell, as a noun or a verb, not a thing one article repeated by its copies', () => {
    // The first article ran three times; each copy repeats where the teacher was found.
    const FOUND = 'Tomas Reyhill, a young teacher, was found tied to a bridge railing near Carrow on Sunday. Tomas Reyhill lay by the bridge for hours.';
    const leads = {
      'a1.txt': FOUND,
      'a2.txt': FOUND,
      'a3.txt': FOUND,
      'b.txt': 'Tomas Reyhill, who was beaten by two men near a bridge, died in hospital on Tuesday. Doctors said the beating broke his ribs.',
      'c.txt': 'Police said the beating of Tomas Reyhill began outside a bar in Carrow. Two men were held.',
      'd.txt': 'Hundreds marched in Carrow on Wednesday for Tomas Reyhill, the teacher beaten and left at a bridge. Students carried candles.',
      'e.txt': 'The men charged over the beating of Tomas Reyhill appeared in court on Friday. Tomas Reyhill was buried on Saturday.',
      ...ANOTHER_STORY,
    };
    const named = nameStory(indexOf(leads), ['a1.txt', 'a2.txt', 'a3.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt'], new Set());
    expect(named.slug).toBe('tomas-reyhill-beating');
  });

  it('does not name a story by a person one article puts in its lead', () => {
    const leads = {
      'a.txt': 'Shares fell sharply in Velmar on Monday as the selloff spread to banks. Traders said the selloff was the worst this year.',
      'b.txt': 'The selloff in Velmar shares deepened on Tuesday, and the bank index lost a tenth. Brokers sold bonds too.',
      'c.txt': 'Finance Minister Arvo Kelling said the selloff would not last. Arvo Kelling asked traders for calm, and Arvo Kelling met the banks.',
      ...ANOTHER_STORY,
    };
    const named = nameStory(indexOf(leads), ['a.txt', 'b.txt', 'c.txt'], new Set());
    expect(named.slug).not.toContain('kelling');
    expect(named.slug).toContain('selloff');
  });
});

describe('facet names a desk would use', () => {
  const quake = Array.from({ length: 6 }, (_, n) => ({
    id: `quake-${n}.txt`,
    text: [
      `An earthquake of magnitude ${6 + n / 10} struck Port Sela on Tuesday, shaking the coastal town.`,
      n % 2 ? `Its centre lay ${90 + n} kilometers southwest of the city.` : 'A Wikinews reporter saw the damage.',
      ['Fishermen pulled their boats from the harbour after the tsunami warning.', 'Schools in the coastal town sent pupils home.', 'Power lines fell across the coast road.'][n % 3]!,
      ['Rescue teams searched collapsed houses for survivors.', 'The fishing fleet stayed in the harbour overnight.', 'Cracked roads slowed the rescue teams.'][n % 3]!,
    ].join(' '),
  }));

  it('names no facet by a byline or a lone adjective: its last word is a noun a reader asks for', () => {
    const titles = createLibrary('one-quake', quake)
      .topics()
      .topics.map((t) => t.title.toLowerCase());
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) {
      expect(title).not.toMatch(/reporter$/);
      expect(title).not.toBe('coastal');
    }
    expect(titles).toContain('coastal town');
  });
});
