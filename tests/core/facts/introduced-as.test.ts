import { describe, expect, it } from 'vitest';
import { introducedAs } from '../../../src/core/facts/introduced-as.js';

// Issue 17, twenty-sixth round (17index), rule I1: a text that does not write the name is not scanned. The answers a reader
// sees must stay those of reading every text.
describe('the description an article introduces a one-word name with', () => {
  const article = [
    'The ferry Nordlys sank off the coast on Friday with 40 people aboard.',
    "Rescuers said the skipper's brother had warned of the storm.",
    'The skipper, Anders Dahl, was lost at sea.',
    "On Saturday, Dahl's sister Karin, 34, thanked the crews who searched through the night.",
    '"He loved that boat," Karin said.',
  ];

  it('is found in the one sentence that writes it, after sentences that do not name the person', () => {
    expect(introducedAs('Karin', article)).toBe("Dahl's sister");
  });

  it('is the first the article writes, in its order', () => {
    expect(introducedAs('Karin', ["Dahl's younger sister, Karin, spoke first.", ...article])).toBe("Dahl's younger sister");
  });

  it('is none when the name is written only in another case, or not at all', () => {
    expect(introducedAs('Karin', article.map((text) => text.replaceAll('Karin', 'KARIN')))).toBeUndefined();
    expect(introducedAs('Nils', article)).toBeUndefined();
  });
});
