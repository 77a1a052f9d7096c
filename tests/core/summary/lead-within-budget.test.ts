import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../../src/core/ingest/document.js';
import { answerFirst } from '../../../src/core/summary/answer-first.js';

/**
 * Rule B1 (docs/quality.md, "Twenty-seventh round (issue 16lead8)"): a question's lead is chosen among the units the
 * briefing's word budget can show. A longer one, chosen first, was then dropped by the budget, and the summary's first point
 * in reading order led in place of the best answer that fits.
 */
const sentence = (text: string) => ({ text, docId: 'made-up.txt', stems: [] }) as unknown as Sentence;

const LONG = sentence(`The mayor said the harbour wall would be rebuilt ${'stone by stone, '.repeat(40)}before the winter storms arrive.`);
const FITS = sentence('The mayor said the harbour wall would be rebuilt before the winter storms.');
const SUMMARY_POINT = sentence('Storm waves cracked the harbour wall on Monday.');

describe("a question's lead is a unit the word budget can show (16lead8 B1)", () => {
  const rank = new Map([
    [LONG, 0.9],
    [FITS, 0.6],
    [SUMMARY_POINT, 0.3],
  ]);
  const pool = { units: [LONG, FITS, SUMMARY_POINT], scores: [0.9, 0.6, 0.3] };

  it('leads with the best answer that fits, not one longer than the budget', () => {
    expect(LONG.text.split(/\s+/).length).toBeGreaterThan(120);
    expect(answerFirst([SUMMARY_POINT], pool, (u) => rank.get(u) ?? 0, undefined, 120)[0]).toBe(FITS);
  });

  it('still leads with the longer unit when the budget shows it', () => {
    expect(answerFirst([SUMMARY_POINT], pool, (u) => rank.get(u) ?? 0, undefined, 300)[0]).toBe(LONG);
  });
});
