import { describe, expect, it, vi } from 'vitest';
import { sameFigureKeys } from '../../../src/core/facts/same-figure.js';
import { sentence } from '../../eval/made-up-cluster.js';

// Every wink-nlp call goes through nlp.ts's readDoc: the texts it is asked tell how often a figure's words are read.
const nlpCalls = vi.hoisted(() => ({ texts: [] as string[] }));
vi.mock('../../../src/core/nlp.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/core/nlp.js')>();
  return {
    ...original,
    readDoc: (text: string) => {
      nlpCalls.texts.push(text);
      return original.readDoc(text);
    },
  };
});

describe('a key figure of the same words asked again (docs/quality.md, issue 17, nineteenth round, 17adhoc)', () => {
  it('reads the words after its number once, in later answers and in another copy of the sentence, with the same keys', () => {
    const text = 'Fire crews said 42 harbour warehouses burned overnight before the wind dropped.';
    const figure = { value: '42', counts: 'harbour warehouses', sentence: sentence('a', 3, text) };
    const copy = { ...figure, sentence: sentence('b', 7, text) };
    nlpCalls.texts.length = 0;
    const first = sameFigureKeys(figure);
    expect(first).toContain('42|warehouse');
    // Two answers later, and another agency's copy of the sentence: the same keys, no second reading.
    expect(sameFigureKeys(figure)).toEqual(first);
    expect(sameFigureKeys(copy)).toEqual(first);
    expect(nlpCalls.texts.filter((t) => t.startsWith(' harbour warehouses'))).toHaveLength(1);
  });

  it('reads another figure of the same sentence for itself', () => {
    const text = 'The blaze left 3 tugboats sunk and 12 cranes damaged along the quay.';
    expect(sameFigureKeys({ value: '3', counts: 'tugboats', sentence: sentence('c', 1, text) })).not.toEqual(sameFigureKeys({ value: '12', counts: 'cranes', sentence: sentence('c', 1, text) }));
  });
});
