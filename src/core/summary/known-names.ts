import type { TermIndex } from '../index/term-index.js';
import { stem } from '../nlp.js';
import { isSetSubject } from '../topics/asked-referent.js';
import type { Question } from '../topics/read-query.js';

/**
 * The short forms of names ("Cardoso", "Trump") the reader of an answer knows without an introduction
 * (docs/quality.md, "Twelfth round"): the question writes them, or they are the set's own subject. A
 * sentence that needs no other name introduced may then be shown alone, and lead.
 */
export function knownToReader(index: TermIndex, question: Question): (shortForm: string) => boolean {
  return (shortForm) => {
    const word = shortForm.toLowerCase();
    return question.words.has(word) || isSetSubject(index, stem(word));
  };
}
