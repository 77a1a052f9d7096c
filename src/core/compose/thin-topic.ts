import type { Sentence } from '../ingest/document.js';
import type { Topic } from '../topics/topic.js';

/**
 * Whether a topic whose summary holds one point is only a detail of the articles it stands in (rule A,
 * docs/quality.md "Twenty-eighth round (issue 16thin)"): named by a phrase (every variant two words or
 * more), and no word of that name written, outside the sentences the topic's relevance reaches, in more
 * than half of the documents those sentences come from. Then the articles are about something else, and
 * their other sentences (the fact pool's fill) are that other story's facts, not the topic's. Where a word
 * of the name runs through the articles ("oil" in a merger story's "big oil"), they are the topic's own.
 * A lone word is left alone: its sentences are its word's, so the test cannot read it.
 */
export function detailOfItsDocuments(topic: Topic, summaryPoints: number, reached: readonly Sentence[], ofDocument: (docId: string) => readonly Sentence[]): boolean {
  if (summaryPoints !== 1 || topic.angle || topic.docIds || topic.ref.kind === 'query') return false;
  if (!topic.variants.length || topic.variants.some((v) => v.length < 2)) return false;
  const own = new Set(reached);
  const documents = [...new Set(reached.map((s) => s.docId))];
  if (!documents.length) return false;
  // For each word of the name, the documents that write it in a sentence the topic does not reach.
  const usingWord = new Map<string, number>();
  for (const docId of documents) {
    const written = new Set<string>();
    for (const s of ofDocument(docId)) if (!own.has(s)) for (const st of s.stems) written.add(st);
    for (const st of new Set(topic.variants.flat())) if (written.has(st)) usingWord.set(st, (usingWord.get(st) ?? 0) + 1);
  }
  return [...usingWord.values()].every((n) => n * 2 <= documents.length);
}
