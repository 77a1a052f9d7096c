import { describe, expect, it } from 'vitest';
import { findDifferingFigures } from '../../src/core/figures-differ.js';
import { findFigures } from '../../src/core/figures.js';
import { sentence } from '../eval/made-up-cluster.js';

/** Figures that differ across made-up documents, one sentence each, all published the same day. */
function differing(texts: string[]) {
  const sentences = texts.map((t, i) => ({ ...sentence(`doc-${i}.md`, 1, t), position: i }));
  return findDifferingFigures(findFigures(sentences), () => '2024-03-01', (id) => Number(/\d+/.exec(id)![0]), 5);
}

describe('figures that differ count the same thing', () => {
  it('shows one quantity reported with two values', () => {
    const found = differing([
      'The flood in the river valley forced 300 families from their homes, officials said.',
      'The flood in the river valley forced 450 families from their homes, officials said.',
    ]);
    expect(found.map((d) => d.values.map((v) => v.value).sort())).toEqual([['300', '450']]);
  });

  it('keeps apart a count added to another one ("another 12 provinces")', () => {
    const found = differing([
      'Eight provinces across the north have banned the pesticide outright.',
      'Another 12 provinces across the north have banned the pesticide for orchards only.',
    ]);
    expect(found).toEqual([]);
  });

  it('keeps apart a count of what is not so from a count of what is', () => {
    const found = differing([
      'Nine airlines flying from the capital have not raised their fares this winter.',
      'Fourteen airlines flying from the capital have raised their fares this winter.',
    ]);
    expect(found).toEqual([]);
  });

  it('keeps apart the counted subject and a place the number only locates ("clinics in 30 towns")', () => {
    const found = differing([
      'Vaccine clinics operating in 30 towns have run short of doses, health officials said.',
      'Twelve towns have run short of vaccine doses at their clinics, health officials said.',
    ]);
    expect(found).toEqual([]);
  });
});
