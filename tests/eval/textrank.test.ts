import { describe, expect, it } from 'vitest';
import { textRank, textRankScores } from '../../eval/textrank.js';
import { harbourFire, sentence } from './made-up-cluster.js';

describe('TextRank baseline on a tiny made-up cluster', () => {
  it('ranks a sentence that shares words with many others above the stray one', () => {
    const scores = textRankScores(harbourFire.sentences);
    const best = harbourFire.sentences[scores.indexOf(Math.max(...scores))]!;
    const weather = harbourFire.sentences.findIndex((s) => s.text.startsWith('The weather'));
    expect(best.text).toMatch(/harbour fire|destroyed/);
    expect(scores[weather]).toBe(Math.min(...scores));
  });

  it('scores sum to one, as PageRank does', () => {
    const sum = textRankScores(harbourFire.sentences).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 3);
  });

  it('skips a sentence that repeats one already taken', () => {
    const copy = sentence('d', 0, 'A fire destroyed three warehouses at the harbour on Friday night.');
    const chosen = textRank([...harbourFire.sentences, copy], { bytes: 10_000 });
    const texts = chosen.map((s) => s.text);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('stops once the byte budget is reached', () => {
    const chosen = textRank(harbourFire.sentences, { bytes: 100 });
    const beforeLast = chosen.slice(0, -1).reduce((n, s) => n + s.text.length + 1, 0);
    expect(beforeLast).toBeLessThan(100);
    expect(chosen.length).toBeLessThan(harbourFire.sentences.length);
  });
});
