import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAME_POINT, sameNumbers, sentenceSimilarity } from '../../../src/core/index/similarity.js';
import { nearDuplicateFinder } from '../../../src/core/summary/near-duplicates.js';
import { indexOf } from '../index-of.js';

const SEED = 'briefings/ukraine-peace-talks';
const seed = indexOf(
  Object.fromEntries(
    readdirSync(SEED)
      .filter((f) => /\.(md|txt)$/.test(f))
      .map((f) => [f, readFileSync(join(SEED, f), 'utf8')]),
  ),
);

/** Every other sentence of the pool compared with this one: what the finder must agree with. */
function bruteForce(id: number, inPool: (id: number) => boolean): number[] {
  const s = seed.sentences[id]!;
  return seed.sentences.flatMap((other, j) => (j !== id && inPool(j) && sentenceSimilarity(s, other) >= SAME_POINT && sameNumbers(s, other) ? [j] : []));
}

describe('finding near-duplicate sentences through the index', () => {
  it('finds exactly what comparing with every sentence finds, on the seed set', () => {
    const all = () => true;
    const near = nearDuplicateFinder(seed, all);
    let pairs = 0;
    seed.sentences.forEach((s, id) => {
      const found = near(s).map((t) => seed.sentences.indexOf(t));
      expect(found, s.text).toEqual(bruteForce(id, all));
      pairs += found.length;
    });
    expect(pairs).toBeGreaterThan(0);
  });

  it('only looks among the pool it is given', () => {
    const even = (id: number) => id % 2 === 0;
    const near = nearDuplicateFinder(seed, even);
    seed.sentences.forEach((s, id) => expect(near(s).map((t) => seed.sentences.indexOf(t))).toEqual(bruteForce(id, even)));
  });

  it('finds every copy of a sentence that several documents print word for word', () => {
    const wire = 'The harbour authority said the new ferry terminal would open to passengers in the spring.';
    const index = indexOf({ 'a.txt': `${wire} Crews were testing the ramps.`, 'b.txt': `Work went on all winter. ${wire}`, 'c.txt': wire, 'd.txt': 'A different story about the city budget and its deficit this year.' });
    const near = nearDuplicateFinder(index, () => true);
    expect(near(index.sentences[0]!).map((s) => s.docId)).toEqual(['b.txt', 'c.txt']);
    // Each copy, found from what its text matched before, lists the others and not itself.
    const copyIn = (docId: string) => index.sentences.find((s) => s.docId === docId && s.text === wire)!;
    expect(near(copyIn('b.txt')).map((s) => s.docId)).toEqual(['a.txt', 'c.txt']);
    expect(near(copyIn('c.txt')).map((s) => s.docId)).toEqual(['a.txt', 'b.txt']);
  });
});
