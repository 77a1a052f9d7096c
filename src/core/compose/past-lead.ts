import { relatedStems } from '../index/related-words.js';
import type { Sentence } from '../ingest/document.js';
import { stem } from '../nlp.js';
import { partsOf } from '../summary/passages.js';
import { LIGHT_VERB, RELATED_IN_CONTEXT, sameName } from '../topics/question-focus.js';
import type { Question } from '../topics/read-query.js';

/**
 * Tests a point after a question's lead passes (docs/quality.md, "Thirty-second round (issue 16qfocus)" and "A question's
 * points beyond its story, session 34 (16qitems)"): blind rounds judged most points after the lead "another fact of the same
 * story", shown because the summary had room. (Rule Q2, a point's relevance within a ratio of the lead's, did not ship: the
 * docs say why.)
 */

/** The question's words, its asked part and setting, as stems: a verb that names no event ("come", "make") is no asked word. */
function questionWordsOf(question: Question): string[] {
  const light = (s: string) => [...question.words].some((w) => LIGHT_VERB.test(w) && stem(w) === s);
  return [...new Set([...question.asked, ...question.setting])].filter((s) => !light(s));
}

/** Whether a sentence of the unit holds the word, in any form of the same name ("Egypt's" for "Egyptian"). */
function holds(unit: Sentence, word: string): boolean {
  return partsOf(unit).some((p) => p.stems.some((s) => sameName(word, s)));
}

/**
 * Rule Q1 (amendments B and C; compose-briefing.ts reads it for person, amount, time, place and reason questions): the point holds one of the question's words that at least one and at most half of the question's
 * candidate units hold. A word more than half of them hold is the story's (its names, its place, a speech question's
 * speaker), the line adds-to-question.ts draws; the question's words beyond those are what was asked, whether or not the lead
 * holds them. Undefined when no question word is held that way.
 */
export function holdsAskedWordTest(question: Question, candidates: readonly Sentence[]): ((unit: Sentence) => boolean) | undefined {
  const asked = questionWordsOf(question).filter((w) => {
    const holding = candidates.filter((u) => holds(u, w)).length;
    return holding > 0 && holding * 2 <= candidates.length;
  });
  if (!asked.length) return undefined;
  return (unit) => asked.some((w) => holds(unit, w));
}

/**
 * Rule B (compose-briefing.ts reads it for every question, after its lead): the point holds one of the question's words that
 * its story does not write throughout, a word that is not a story word (`isStoryWord`: more than half of the story's
 * documents write it, story-words.ts) and that some candidate unit holds. The story's words say which story is asked of
 * ("Haiti", "quake"); the others say what of it is asked ("prisoners", "broke out"), and a point that writes none of them is
 * another fact of the story. Amendment B-1: a word close in meaning to such a word stands in for it ("images" for "photos",
 * at the bar a word stands in where the rest of the question anchors it), unless the story writes it throughout too.
 * Undefined when every question word the candidates hold is the story's: the question then asks what the story is, and any
 * of its facts bears on it.
 */
export function beyondStoryTest(question: Question, candidates: readonly Sentence[], isStoryWord: (stem: string) => boolean, inSet: (stem: string) => boolean, unsaidVerb?: string): ((unit: Sentence) => boolean) | undefined {
  // Amendment B-2: a verb no sentence states of what was asked marks no point that answers; the briefing answers from the rest.
  const unsaid = unsaidVerb && stem(unsaidVerb.toLowerCase());
  const beyond = questionWordsOf(question).filter((w) => w !== unsaid && !isStoryWord(w) && candidates.some((u) => holds(u, w)));
  if (!beyond.length) return undefined;
  const standIns = new Set<string>();
  for (const word of question.words) {
    if (!beyond.includes(stem(word))) continue;
    for (const r of relatedStems(word, inSet)) if (r.similarity >= RELATED_IN_CONTEXT && !isStoryWord(r.stem)) standIns.add(r.stem);
  }
  return (unit) => beyond.some((w) => holds(unit, w)) || partsOf(unit).some((p) => p.stems.some((s) => standIns.has(s)));
}
