import { stem } from '../nlp.js';
import type { Question } from '../topics/read-query.js';

/**
 * The short forms of names ("Cardoso", "Trump") the reader of an answer knows without an introduction
 * (docs/quality.md, "Twelfth round"): the question writes them. A sentence that needs no other name
 * introduced may then be shown alone, and lead. A name most of the set's documents use is not enough:
 * in a set of one or two articles that is every name, and the reader has not read them.
 */
export function knownToReader(question: Question): (shortForm: string) => boolean {
  return (shortForm) => question.words.has(shortForm.toLowerCase());
}

/**
 * The descriptions the reader of an answer has been introduced to (issue 16desc): the question writes a word of the
 * head's stem ("how much did the one-day delay … cost" → "The one-day delay cost …" needs no earlier sentence).
 */
export function describedToReader(question: Question): (head: string) => boolean {
  const stems = new Set([...question.words].map(stem));
  return (head) => stems.has(stem(head));
}
