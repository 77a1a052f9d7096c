import { describe, expect, it } from 'vitest';
import { backgroundRate, isKey, logLikelihood } from '../../../src/core/topics/keyness.js';

describe('keyness against general English', () => {
  it("rates a common word's inflections above a rare word's", () => {
    const help = backgroundRate({ words: new Set(), stems: new Set(['help']) });
    const rescuer = backgroundRate({ words: new Set(), stems: new Set(['rescuer']) });
    expect(help).not.toBeNull();
    expect(help!).toBeGreaterThan(rescuer! * 10);
  });

  it('is Dunning’s G², and calls words key only when over-represented past p < 0.001', () => {
    // 10 in 1,000 against an expected 2: 2·(10·ln 5 + 990·ln(990/998)).
    expect(logLikelihood(10, 1000, 0.002)).toBeCloseTo(2 * (10 * Math.log(5) + 990 * Math.log(990 / 998)), 6);
    expect(isKey(10, 1000, 0.002)).toBe(true);
    expect(isKey(4, 1000, 0.002)).toBe(false);
    // As far below the rate is not key, however large its G².
    expect(isKey(0, 10000, 0.01)).toBe(false);
  });
});
