import { analyse } from '../../src/core/index/analysis.js';
import { buildDocument } from '../../src/core/index/build-document.js';
import { mergeSurfaces } from '../../src/core/index/pack-analysis.js';
import { addToIndex, createTermIndex, type TermIndex } from '../../src/core/index/term-index.js';
import type { Document, RawDocument } from '../../src/core/ingest/document.js';
import { article, STORIES } from './made-up-stories.js';

/** A term index over made-up documents, id → text, as the library builds it. */
export function indexOf(documents: Record<string, string>): TermIndex {
  return indexOfDocuments(Object.entries(documents).map(([id, text]) => ({ id, text })));
}

/** The same over raw documents, their front matter (a headline, a date) included. */
export function indexOfDocuments(documents: readonly RawDocument[]): TermIndex {
  const index = createTermIndex();
  for (const raw of documents) {
    const built = buildDocument(raw, index.surfaces);
    if ('document' in built) addToIndex(index, built.document);
  }
  return index;
}

/** A term index over `perStory` articles of each made-up story, built as a first index builds it, with its documents in order. */
export function storiesIndexed(perStory: number): { index: TermIndex; documents: Document[] } {
  const index = createTermIndex();
  const documents: Document[] = [];
  for (const story of Object.keys(STORIES) as (keyof typeof STORIES)[]) {
    for (let n = 0; n < perStory; n++) {
      const a = analyse({ id: `${story}-${n}.txt`, text: article(story, n) });
      if (!('document' in a.built)) throw new Error('expected a document');
      documents.push(a.built.document);
      addToIndex(index, a.built.document);
      mergeSurfaces(index.surfaces, a.surfaces);
    }
  }
  return { index, documents };
}
