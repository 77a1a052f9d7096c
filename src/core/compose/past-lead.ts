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
 * Rule Q1 (amendments B and C; compose-briefing.ts reads it for person, amount, time, place and reason questions): the point holds one of the question's words that at least one and at most half of the question's
 * candidate units hold. A word more than half of them hold is the story's (its names, its place, a speech question's
 * speaker), the line adds-to-question.ts draws; the question's words beyond those are what was asked, whether or not the lead
 * holds them. A verb that names no event ("come", "make") is no asked word; a word is held in another form of the same name
 * ("Egypt's" for "Egyptian"). Undefined when no question word is held that way.
 */
export function holdsAskedWordTest(question: Question, candidates: readonly Sentence[]): ((unit: Sentence) => boolean) | undefined {
  const asked = questionWordsOf(question).filter((w) => {
    const holding = candidates.filter((u) => holds(u, w)).length;
    return holding > 0 && holding * 2 <= candidates.length;
  });
  if (!asked.length) return undefined;
  return (unit) => asked.some((w) => holds(unit, w));
}

/** Stems of the question's asked part and setting, without a verb that names no event ("come", "make"). */
export function questionWordsOf(question: Question): string[] {
  const light = (s: string) => [...question.words].some((w) => LIGHT_VERB.test(w) && stem(w) === s);
  return [...new Set([...question.asked, ...question.setting])].filter((s) => !light(s));
}

/** Whether a unit writes a word, in its own form or another form of the same name ("Egypt's" for "Egyptian"). */
export function holds(unit: Sentence, word: string): boolean {
  return partsOf(unit).some((p) => p.stems.some((s) => sameName(word, s)));
}
