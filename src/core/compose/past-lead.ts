import type { Sentence } from '../ingest/document.js';
import { stem } from '../nlp.js';
import { partsOf } from '../summary/passages.js';
import { LIGHT_VERB, sameName } from '../topics/question-focus.js';
import type { Question } from '../topics/read-query.js';

/**
 * A test a point after a question's lead passes (docs/quality.md, "Thirty-second round (issue 16qfocus)"): blind rounds
 * judged most points after the lead "another fact of the same story", shown because the summary had room. (Rule Q2, a
 * point's relevance within a ratio of the lead's, did not ship: the docs say why.)
 */

/**
 * Rule Q1 (amendment A): the point holds one of the question's words that the lead holds and that at most half of the
 * question's candidate units hold. A word more than half of them hold is the story's (its names, its place, a speech
 * question's speaker), the line adds-to-question.ts draws; what the lead holds of the question beyond those is what it was
 * chosen for. A verb that names no event ("come", "make") is no asked word; a word is held in another form of the same name
 * ("Egypt's" for "Egyptian"). Undefined when the lead holds no such word.
 */
export function holdsLeadsAskedWordTest(question: Question, lead: Sentence, candidates: readonly Sentence[]): ((unit: Sentence) => boolean) | undefined {
  const light = (s: string) => [...question.words].some((w) => LIGHT_VERB.test(w) && stem(w) === s);
  const questionWords = [...new Set([...question.asked, ...question.setting])].filter((s) => !light(s));
  const stemsOf = (unit: Sentence) => partsOf(unit).flatMap((p) => p.stems);
  const holds = (unit: Sentence, word: string) => stemsOf(unit).some((s) => sameName(word, s));
  const leadsOwn = questionWords.filter((w) => holds(lead, w) && candidates.filter((u) => holds(u, w)).length * 2 <= candidates.length);
  if (!leadsOwn.length) return undefined;
  return (unit) => leadsOwn.some((w) => holds(unit, w));
}
