import { answerTypeTest } from '../../../src/core/summary/answer-type.js';
import { readQuestion } from '../../../src/core/topics/read-query.js';
import { indexOf } from '../index-of.js';

/** Made-up wire sentences in the style of 1998 newswire; every article dated in 1998: what each sentence says to the question. */
export function typeOf(question: string, documents: Record<string, string>): Record<string, string> {
  const index = indexOf(documents);
  for (const d of index.documents.values()) d.meta.published = '1998-10-30';
  const test = answerTypeTest(index, readQuestion(question)!, (docId) => index.documents.get(docId)?.meta.published)!;
  return Object.fromEntries(index.sentences.map((s) => [s.text, test.of(s)]));
}
