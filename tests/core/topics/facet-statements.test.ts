import { describe, expect, it } from 'vitest';
import { createLibrary } from '../../../src/core/library/open-folder.js';
import { frontOfLongerName, quotedIn } from '../../../src/core/topics/facet-statements.js';

/**
 * One story (a river flood) told by six made-up wire articles. Four carry the governor's one quote
 * ("a terrible ordeal"), and the mill is "the region's largest steel mill"; the relief camps are the
 * desk's own angle, told in several statements.
 */
const QUOTE = '"This is a terrible ordeal for every family," Governor Ilse Marten said.';
const QUOTED_LAST = 'Governor Ilse Marten said: "This is a terrible ordeal for every family."';
const flood = [
  `The Vessa river burst its banks at Korrin on Monday, flooding 2,000 homes. ${QUOTE} Relief camps opened in three schools.`,
  `Floodwater rose through Korrin overnight as rain kept falling. ${QUOTED_LAST} The region's largest steel mill shut its furnaces.`,
  'Thousands of families slept in relief camps outside Korrin on Tuesday. Army trucks carried drinking water to the town.',
  `Workers at the region's largest steel mill were sent home as water reached the gates. ${QUOTE} Volunteers cooked for the relief camps.`,
  "Korrin's mayor asked for more tents for the relief camps, which hold 6,000 people. The river crested on Wednesday.",
  `Owners of the region's largest steel mill said repairs would take weeks. ${QUOTED_LAST} The relief camps will stay open until the roads dry.`,
].map((text, n) => ({ id: `flood-${n}.txt`, text }));

const titles = () =>
  createLibrary('one-flood', flood)
    .topics()
    .topics.map((t) => t.title.toLowerCase());

describe('a facet is the desk’s own, told more than once, and a whole name', () => {
  it('names no facet by a quote every outlet repeats, nor by the front of a longer name', () => {
    const found = titles();
    expect(found).toContain('camps');
    for (const title of found) {
      expect(title).not.toMatch(/\bordeal\b/);
      expect(title).not.toMatch(/\blargest\b/);
    }
  });

  it('reads a phrase as quoted only between quotation marks', () => {
    const words = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];
    const at = (text: string) => quotedIn({ text, words: words(text) }, ['terribl', 'ordeal']);
    expect(at(QUOTE)).toBe(true);
    expect(at(QUOTED_LAST)).toBe(true);
    expect(at('“And it is a terrible ordeal for every family.')).toBe(true);
    expect(at('The governor spoke of a terrible ordeal for every family.')).toBe(false);
    expect(at('"It is bad," she said of the terrible ordeal of every family.')).toBe(false);
    expect(at('Families spoke of a “terrible ordeal” at the camps.')).toBe(false);
  });

  it('tells the front of a longer name from a whole one by the word after it', () => {
    expect(frontOfLongerName(["Workers at the region's largest steel mill went home.", 'The largest steel mill shut.'], ['largest', 'steel'])).toBe(true);
    expect(frontOfLongerName(['Families slept in relief camps.', 'The relief camps were full on Tuesday.'], ['relief', 'camp'])).toBe(false);
  });
});
