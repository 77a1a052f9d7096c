import { describe, expect, it } from 'vitest';
import { leansOnPrevious } from '../../../src/core/index/stands-alone.js';

/** Rule HP (docs/quality.md, "Session 69"): a fronted "his" or "her" points back unless the subject after it can own it. */
describe('a personal possessive in a phrase before the subject (rule HP)', () => {
  it('points back when the subject names no one it could belong to', () => {
    expect(leansOnPrevious('By his estimate, the strike is costing the regional economy closer to 20 million euros a day.')).toBe(true);
    expect(leansOnPrevious('Under his command, soldiers photographed the prisoners.')).toBe(true);
  });

  it("is the subject's own when a name, a pronoun or a person's title follows", () => {
    expect(leansOnPrevious('For his part, Saramago said he was happy.')).toBe(false);
    expect(leansOnPrevious('In his speech, Hun Sen attacked the opposition.')).toBe(false);
    expect(leansOnPrevious('In her statement, the minister said the port would reopen on Monday.')).toBe(false);
    expect(leansOnPrevious('In his 1895 will, Nobel endowed the prizes.')).toBe(false);
  });
});
