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
 * The least ratio of two adjacent doublings, n → 2n and, only if that one is past the limit, 2n → 4n (`sizeWithin` keeps 4n
 * within bounds). A heap or cache threshold crossed between two sizes steps the work up once, at one doubling; work that
 * grows faster than its input steps up at every doubling, so it still fails here.
 */
function scalingOverTwoDoublings(make: (n: number) => string, n: number) {
  const first = bestScaling(make, processDocument, n, LIMIT, { repetitions: 3, floorMs: 10 });
  if (first.ratio < LIMIT) return first;
  const next = bestScaling(make, processDocument, 2 * n, LIMIT, { repetitions: 3, floorMs: 10 });
  return next.ratio < first.ratio ? next : first;
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
