import { describe, expect, it } from 'vitest';
import { nameStory } from '../../../src/core/topics/name-story.js';
import { indexOf } from '../index-of.js';

/** A second story in the set, so the first one's words are distinctive. */
const ANOTHER_STORY = {
  'x.txt': 'A storm flooded farms along the coast on Monday, and the army sent boats. Farmers said the flood was the worst in years.',
  'y.txt': 'Flood water drained from the coast farms on Tuesday as the storm moved out to sea. Boats of the army stayed.',
};

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
