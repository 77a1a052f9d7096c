import type { Sentence } from '../ingest/document.js';
import { partsOf } from '../summary/passages.js';
import type { Question } from '../topics/read-query.js';

/**
 * After a question's lead, an item that holds only the question's own words and the words most of its story writes tells
 * the reader what the question already says ("police broke up the demonstrations" under "how many were killed when police
 * broke up the demonstrations"): it adds nothing, and is not shown. The story is the documents of the sentences that speak
 * to the question; a word more than half of them write is what the story is about, not news of the asked fact.
 */
export interface AddsToQuestionInput {
  question: Question;
  /** The sentences that speak to the question (the candidate pool): their documents are the story. */
  story: readonly Sentence[];
  ofDocument: (docId: string) => readonly Sentence[];
}

export function addsToQuestionTest({ question, story, ofDocument }: AddsToQuestionInput): (unit: Sentence) => boolean {
  const documents = new Set(story.map((s) => s.docId));
  const documentsWith = new Map<string, number>();
  for (const docId of documents) for (const s of stemsOf(ofDocument(docId))) documentsWith.set(s, (documentsWith.get(s) ?? 0) + 1);
  const asked = new Set([...question.asked, ...question.setting]);
  // More than half: "most of the story's articles", the plain reading of a story's common words.
  const adds = (stem: string) => !asked.has(stem) && (documentsWith.get(stem) ?? 0) * 2 <= documents.size;
  return (unit) => partsOf(unit).some((p) => p.stems.some(adds));
}

/**
 * A document's distinct stems, kept with its sentence list: a question's story is hundreds of documents, and the next question
 * on it reads the same ones. The index holds one list per document and version, so a replaced document is read afresh.
 */
const distinctStems = new WeakMap<readonly Sentence[], readonly string[]>();
function stemsOf(doc: readonly Sentence[]): readonly string[] {
  let known = distinctStems.get(doc);
  if (!known) {
    const seen = new Set<string>();
    for (const s of doc) for (const t of s.stems) seen.add(t);
    distinctStems.set(doc, (known = [...seen]));
  }
  return known;
}
