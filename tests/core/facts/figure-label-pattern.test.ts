import { afterEach, describe, expect, it } from 'vitest';
import { labelNamesFigure } from '../../../src/core/facts/same-figure.js';

// Patterns built at run time go through the RegExp constructor (literals do not): counted by a stand-in for it.
const Original = globalThis.RegExp;
let built = 0;
const counting = new Proxy(Original, {
  construct(target, args) {
    built++;
    return Reflect.construct(target, args);
  },
});
afterEach(() => {
  globalThis.RegExp = Original;
});

describe("a figure label's pattern (docs/quality.md, issue 17, twenty-second round, 17adhoc3, rule 3)", () => {
  it('is not built for a label that does not hold the figure in any case, and the answer is the same', () => {
    globalThis.RegExp = counting;
    built = 0;
    expect(labelNamesFigure('64 of the 122 seats won', { value: '40', counts: 'ports closed' })).toBe(false);
    expect(built).toBe(0);
    // A label that holds the words is read by the pattern as before: the number as a whole, in any case.
    expect(labelNamesFigure('64 of the 122 Seats won', { value: '122', counts: 'seats' })).toBe(true);
    expect(labelNamesFigure('64 of the 1122 seats won', { value: '122', counts: 'seats' })).toBe(false);
    expect(built).toBe(2);
  });

  it('builds it where a character folds to the figure’s letters, as the long s does', () => {
    globalThis.RegExp = counting;
    built = 0;
    expect(labelNamesFigure('122 ſeats', { value: '122', counts: 'seats' })).toBe(true);
    expect(built).toBe(1);
  });
});
