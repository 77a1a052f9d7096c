import type { TermIndex } from '../index/term-index.js';
import type { Sentence } from '../ingest/document.js';
import { partsOf } from '../summary/passages.js';

/**
 * The story's own words, for a question's answer (rule A1, docs/quality.md "Answer first, session 33 (16answer)"): a stem
 * that more than half of the documents the question's candidate units come from hold, and at least two of them. Those documents tell the story the
 * question is asked of; a word most of them write ("Tour de France", "torch relay") is what the story is, not what was asked.
 */
export function storyWordTest(index: TermIndex, candidates: readonly Sentence[]): (stem: string) => boolean {
  const documents = new Set(candidates.flatMap((u) => partsOf(u).map((p) => p.docId)));
  const known = new Map<string, boolean>();
  return (stem) => {
    let story = known.get(stem);
    if (story === undefined) {
      const holding = new Set<string>();
      for (const id of index.stemSentences.get(stem) ?? []) {
        const docId = index.sentences[id]!.docId;
        if (documents.has(docId)) holding.add(docId);
      }
      // One article cannot show that a word is common to a story (rule OD).
      known.set(stem, (story = holding.size >= 2 && holding.size * 2 > documents.size));
    }
    return story;
  };
}
