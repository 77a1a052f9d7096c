import { afterEach, describe, expect, it } from 'vitest';
import { findFigures } from '../../../src/core/facts/figures.js';
import { findDifferingFigures } from '../../../src/core/facts/figures-differ.js';
import { sentence } from '../../eval/made-up-cluster.js';

/** Figures that differ across made-up documents, one sentence each, all published the same day. */
function differing(texts: string[]) {
  const sentences = texts.map((t, i) => ({ ...sentence(`doc-${i}.md`, 1, t), position: i }));
  return findDifferingFigures(
    findFigures(sentences),
    () => '2024-03-01',
    (id) => Number(/\d+/.exec(id)![0]),
    5,
  );
}

const NativeRegExp = RegExp;
/** Counts the owner patterns built (the counted word between two `\p{L}+` groups), each costly to compile. */
function countOwnerPatterns(): { built: number } {
  const count = { built: 0 };
  globalThis.RegExp = new Proxy(NativeRegExp, {
    construct(target, args) {
      if (String(args[0]).startsWith("(?:(\\p{L}+)['’]s")) count.built++;
      return Reflect.construct(target, args);
    },
  });
  return count;
}
afterEach(() => {
  globalThis.RegExp = NativeRegExp;
});

describe("whose figure a counted word is (a possessive before it, an 'of the' after it)", () => {
  it('builds no owner pattern for figures whose sentences have neither', () => {
    const count = countOwnerPatterns();
    const found = differing(['Border guards detained 15 sailors from the patrol boat near the river mouth on Friday.', 'Border guards detained 16 sailors from the patrol boat near the river mouth on Friday.']);
    expect(found).toHaveLength(1);
    expect(count.built).toBe(0);
  });

  it("still reads the owner where one is written: two owners' figures are kept apart, one owner's differ", () => {
    const count = countOwnerPatterns();
    expect(differing(["The aftershock's magnitude was 5.6, the survey office said.", "The mainshock's magnitude was 5.8, the survey office said."])).toEqual([]);
    expect(differing(['Rescuers freed 40 workers of the mine on Tuesday near Oskarby.', 'Rescuers freed 45 workers of the factory on Tuesday near Oskarby.'])).toEqual([]);
    expect(count.built).toBeGreaterThan(0);
    expect(differing(["The aftershock's magnitude was 5.6, the survey office said.", "The aftershock's magnitude was 5.8, the survey office said."])).toHaveLength(1);
    expect(differing(['Rescuers freed 40 workers of the mine on Tuesday near Oskarby.', 'Rescuers freed 45 workers of the mine on Tuesday near Oskarby.'])).toHaveLength(1);
  });
});
