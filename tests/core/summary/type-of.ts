import { answerTypeTest } from '../../../src/core/summary/answer-type.js';
import { readQuestion } from '../../../src/core/topics/read-query.js';
import { indexOf } from '../index-of.js';

/** Made-up wire sentences in the style of 1998 newswire; every article dated in 1998 unless told: what each sentence says to the question. */
export function typeOf(question: string, documents: Record<string, string>, published: string | null = '1998-10-30'): Record<string, string> {
  const index = indexOf(documents);
  // `null`: undated articles, as a set without front matter holds.
  if (published !== null) for (const d of index.documents.values()) d.meta.published = published;
  const test = answerTypeTest(index, readQuestion(question)!, (docId) => index.documents.get(docId)?.meta.published)!;
  return Object.fromEntries(index.sentences.map((s) => [s.text, test.of(s)]));
}
