import { describe, expect, it } from 'vitest';
import { MAX_FACT_SENTENCE_CHARS } from '../../src/core/facts/fact-bounds.js';
import { PATHOLOGICAL, processDocument } from './pathological-inputs.js';
import { bestScaling } from './scaling.js';

/** Work on an input twice as long must stay under this multiple of the work on the shorter one. */
const LIMIT = 2.5;

/** The largest power of two n whose 2n-sized text stays within `chars`. */
function sizeWithin(make: (n: number) => string, chars: number): number {
  let n = 1;
  while (make(4 * n).length <= chars) n *= 2;
  return n;
}

/**
 * Work per doubling, read from n → 2n and, if that is past the limit, from n → 4n as the square root of the ratio
 * (`sizeWithin` keeps 4n within bounds). A heap or cache threshold crossed between two sizes steps the work up once, and
 * the two doublings share it; work that grows faster than its input stays past the limit over both (n^1.5 reads 2.83 a
 * doubling, n² reads 4), so it still fails here.
 */
function scalingOverTwoDoublings(make: (n: number) => string, n: number) {
  const first = bestScaling(make, processDocument, n, LIMIT, { repetitions: 3, floorMs: 10, attempts: 5 });
  if (first.ratio < LIMIT) return first;
  // scaling() runs sizes n and 2n: here 2n stands for 4n.
  const overTwo = bestScaling((k: number) => make(k === n ? n : 4 * n), processDocument, n, LIMIT ** 2, { repetitions: 3, floorMs: 10, attempts: 5 });
  const perDoubling = Math.sqrt(overTwo.ratio);
  return perDoubling < first.ratio ? { ...overTwo, ratio: perDoubling } : first;
}

describe('one document of hostile text costs work in proportion to its length', () => {
  const cases = Object.entries(PATHOLOGICAL);

  // Sentences the fact extractors scan: any pattern there that is worse than linear shows here.
  it.each(cases)('%s, in a sentence the fact extractors scan', (_, make) => {
    const n = sizeWithin(make, MAX_FACT_SENTENCE_CHARS);
    const s = scalingOverTwoDoublings(make, n);
    expect(s.ratio, `n=${n}: ${s.small.toFixed(1)} ms, 2n: ${s.large.toFixed(1)} ms`).toBeLessThan(LIMIT);
  });

  // Long text: cleaning, sentence splitting and analysis, and the bound that keeps the extractors out.
  it.each(cases)('%s, 16,000 to 32,000 characters', (_, make) => {
    const n = sizeWithin(make, 64_000);
    const s = scalingOverTwoDoublings(make, n);
    expect(s.ratio, `n=${n}: ${s.small.toFixed(1)} ms, 2n: ${s.large.toFixed(1)} ms`).toBeLessThan(LIMIT);
  });
});
