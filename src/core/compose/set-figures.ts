import { type FoundFigure, findFigures } from '../facts/figures.js';
import type { TermIndex } from '../index/term-index.js';

const known = new WeakMap<TermIndex, { sentences: number; figures: FoundFigure[] }>();

/**
 * Every figure of the set, in the index's order, as `findFigures(index.sentences)` gives it: found
 * once per index and extended by the sentences added since (an index only grows in place; an edit
 * or removal makes a new one), not gathered again for every answer.
 */
export function setFigures(index: TermIndex): readonly FoundFigure[] {
  let entry = known.get(index);
  if (!entry) known.set(index, (entry = { sentences: 0, figures: [] }));
  if (entry.sentences < index.sentences.length) {
    for (const f of findFigures(index.sentences.slice(entry.sentences))) entry.figures.push(f);
    entry.sentences = index.sentences.length;
  }
  return entry.figures;
}
