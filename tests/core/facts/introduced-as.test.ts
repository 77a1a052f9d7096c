import { describe, expect, it } from 'vitest';
import { introducedAs } from '../../../src/core/facts/introduced-as.js';

// Issue 17, twenty-sixth round (17index), rule I1 with amendment A: only a text that writes the name after a possessive and
// one or two lower-case words is scanned. The answers a reader sees must stay those of scanning every text.
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

  it('is read after a comma, and past a possessive whose words are no description', () => {
    expect(introducedAs('Erik', ['The skipper was lost at sea.', "Dahl's younger brother, Erik, flew home."])).toBe("Dahl's younger brother");
    expect(introducedAs('Karin', ["Dahl's father told Karin the news.", "Later, Dahl's sister Karin spoke."])).toBe("Dahl's sister");
  });

  it('is none when the name is written only in another case, or not at all', () => {
    const shouted = article.map((text) => text.replaceAll('Karin', 'KARIN'));
    expect(introducedAs('Karin', shouted)).toBeUndefined();
    expect(introducedAs('Nils', article)).toBeUndefined();
  });
});
