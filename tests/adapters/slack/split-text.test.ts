import { describe, expect, it } from 'vitest';
import { escapeMrkdwn } from '../../../src/adapters/slack/escape.js';
import { splitEscaped, truncatePlain } from '../../../src/adapters/slack/split-text.js';

describe('splitEscaped', () => {
  it('GIVEN text that fits THEN one piece', () => {
    expect(splitEscaped('One. Two.', 100)).toEqual(['One. Two.']);
  });

  it('GIVEN sentences over the limit THEN splits between them, never inside', () => {
    expect(splitEscaped('First sentence here. Second one here. Third.', 25)).toEqual(['First sentence here.', 'Second one here. Third.']);
  });

  it('GIVEN one sentence longer than the limit THEN splits between words', () => {
    expect(splitEscaped('alpha beta gamma delta', 11)).toEqual(['alpha beta', 'gamma delta']);
  });

  it('GIVEN a run with no spaces THEN cuts it, never inside an escape like &amp;', () => {
    const pieces = splitEscaped('&&&&&&&', 12);
    expect(pieces).toEqual(['&amp;&amp;', '&amp;&amp;', '&amp;&amp;', '&amp;']);
    expect(pieces.join('')).toBe(escapeMrkdwn('&&&&&&&'));
  });
});

describe('truncatePlain', () => {
  it('GIVEN text one character over THEN cuts at a word and adds an ellipsis, within the limit', () => {
    const cut = truncatePlain('alpha beta gamma', 15);
    expect(cut).toBe('alpha beta…');
    expect(cut.length).toBeLessThanOrEqual(15);
    expect(truncatePlain('alpha beta gamm', 15)).toBe('alpha beta gamm');
  });
});
