import { sameName } from '../topics/question-focus.js';
import type { Question } from '../topics/read-query.js';

/**
 * The short forms of names ("Cardoso", "Trump") the reader of an answer knows without an introduction
 * (docs/quality.md, "Twelfth round"): the question writes them, also spelt a little otherwise ("Zelensky" for the set's
 * "Zelenskyy", by `sameName`: rule N2 of "Twenty-sixth round (issue 16lead7)"). A sentence that needs no other name
 * introduced may then be shown alone, and lead. A name most of the set's documents use is not enough:
 * in a set of one or two articles that is every name, and the reader has not read them.
 */
export function knownToReader(question: Question): (shortForm: string) => boolean {
  const written = [...question.words];
  return (shortForm) => {
    const form = shortForm.toLowerCase();
    return question.words.has(form) || written.some((w) => sameName(w, form));
  };
}
