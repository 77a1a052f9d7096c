import type { Sentence } from '../ingest/document.js';
import { partsOf } from '../summary/passages.js';
import { KEY_POINT_SHARE } from './key-points.js';

/**
 * Rule N (docs/quality.md, "On the question, session 33 (16onq)"): a question's quotes, key figures, dated events and
 * differences come from the sentences that bear on what was asked, not from the story around it. Blind rounds judged those
 * sections the story's nine times in ten: a reader who asked one thing was given the story's other voices, figures and days.
 *
 * An item's sentence is on the question when the unit it would print holds one of the question's focus words (`focus`:
 * rule Q1's reading, past-lead.ts — the question's words held by some and at most half of its candidate units, the asked
 * thing beyond the story's common words), when the summary or key points print it already (the item refers back to the
 * answer and prints nothing of its own), or when it gives the asked speaker's words (a speech question's answer rarely
 * repeats its subject). Amendment N-B: the unit also scores at least half the lead's score in the answer ranking
 * (`answerScore`: the question's words it holds, weighed by rarity, where the asked form stands), the share a key point needs
 * of the best unit (key-points.ts): these items are details under the answer, as key points are. A section left with nothing
 * on the question is shorter or left out, never refilled.
 * Undefined when the question has no focus word (it asks what the whole story is about): the sections are as before.
 */
export function onQuestionTest(
  focus: ((unit: Sentence) => boolean) | undefined,
  printed: (sentence: Sentence) => boolean,
  spoken: ReadonlySet<Sentence>,
  answerScore: (unit: Sentence) => number,
  lead: number,
): ((sentence: Sentence, unit: Sentence | null | undefined) => boolean) | undefined {
  if (!focus) return undefined;
  const relevant = (unit: Sentence) => answerScore(unit) >= lead * KEY_POINT_SHARE;
  return (sentence, unit) => printed(sentence) || spoken.has(sentence) || (!!unit && focus(unit) && relevant(unit));
}

/** The sentences of a speech question's answering units: the asked speaker's words. */
export function spokenSentences(speaking: ReadonlySet<Sentence> | undefined): Set<Sentence> {
  return new Set([...(speaking ?? [])].flatMap(partsOf));
}
