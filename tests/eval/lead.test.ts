import { describe, expect, it } from 'vitest';
import { lead } from '../../eval/lead.js';
import { harbourFire } from './made-up-cluster.js';

describe('LEAD baseline on a tiny made-up cluster', () => {
  it('takes the first sentences of the most recent article, in order', () => {
    const chosen = lead(harbourFire.sentences, harbourFire.published, { bytes: 90 });
    expect(chosen.map((s) => [s.docId, s.position])).toEqual([
      ['c', 0],
      ['c', 1],
    ]);
  });

  it('keeps whole sentences until the budget is reached, the last one crossing it', () => {
    const first = harbourFire.sentences.find((s) => s.docId === 'c' && s.position === 0)!;
    expect(lead(harbourFire.sentences, harbourFire.published, { bytes: first.text.length })).toHaveLength(1);
    expect(lead(harbourFire.sentences, harbourFire.published, { bytes: first.text.length + 1 })).toHaveLength(2);
  });

  it('with a large budget, the whole article and nothing from the others', () => {
    const chosen = lead(harbourFire.sentences, harbourFire.published, { bytes: 10_000 });
    expect(chosen.map((s) => s.docId)).toEqual(['c', 'c', 'c']);
  });
});
