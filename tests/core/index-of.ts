import { buildDocument } from '../../src/core/index/build-document.js';
import { addToIndex, createTermIndex, type TermIndex } from '../../src/core/index/term-index.js';

/** A term index over made-up documents, id → text, as the library builds it. */
export function indexOf(documents: Record<string, string>): TermIndex {
  const index = createTermIndex();
  for (const [id, text] of Object.entries(documents)) {
    const built = buildDocument({ id, text }, index.surfaces);
    if ('document' in built) addToIndex(index, built.document);
  }
  return index;
}
