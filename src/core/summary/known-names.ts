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
