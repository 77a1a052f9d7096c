import type { TermIndex } from '../index/term-index.js';
import type { Sentence } from '../ingest/document.js';
import { focusFamily } from '../topics/question-focus.js';
import type { Question } from '../topics/read-query.js';
import { type PassageRules, partsOf, passage, type SentencesOf, shownWithin, unitOf } from './passages.js';
import { topK } from './top-k.js';

/**
 * "Why" is answered by a cause, and news mostly tells an event's cause in a sentence of its own next
 * to it ("…amid worries about…", "citing threats…, said they could not…"; docs/quality.md, ninth and
 * tenth rounds). A unit gives a cause when a causal connective links its clauses; a sentence of the
 * asked event is also offered with the neighbour of its paragraph that gives one, as one passage.
 * English causal connectives, a closed class, not words of any story.
 */
const CAUSE =
  /\b(?:because|due\s+to|owing\s+to|as\s+a\s+result|amid|amidst|citing|cited|in\s+protest|for\s+fear|fearing|so\s+that|in\s+order\s+to|in\s+response\s+to|in\s+retaliation|the\s+reasons?|blamed|caused\s+by|prompted\s+by|triggered\s+by|on\s+the\s+grounds)\b/i;
/** Sentences a passage holds at most, as in passages.ts. */
const MAX_PARTS = 3;
/** Units read for a neighbour's cause: the most relevant, as many as an answer's lead is chosen from. */
const CAUSE_POOL = 150;

export function givesCause(text: string): boolean {
  return CAUSE.test(text);
}

/**
 * The units to choose from, with each of the most relevant units that tells the asked event without
 * a cause also offered together with the next or previous sentence of its paragraph that gives one,
 * scored as the event's unit.
 */
export function withCauses(
  index: TermIndex,
  question: Question,
  choices: { units: readonly Sentence[]; scores: ArrayLike<number> },
  sentencesOf: SentencesOf,
  rules: Exclude<PassageRules, false>,
): { units: Sentence[]; scores: Float64Array } {
  const event = question.focus ? focusFamily(index, question.focus).near : new Set(question.asked);
  const score = new Map(choices.units.map((u, i) => [u, choices.scores[i]!]));
  const added: Sentence[] = [];
  const addedScores: number[] = [];
  for (const unit of topK(choices.units, choices.scores, CAUSE_POOL)) {
    // A sentence shown only within its passage is no unit of its own: its passage is offered instead.
    if (shownWithin(unit, rules) || givesCause(unit.text) || !unit.stems.some((s) => event.has(s))) continue;
    const parts = partsOf(unit);
    const doc = sentencesOf(unit.docId);
    const first = parts[0]!;
    const last = parts.at(-1)!;
    for (const [neighbour, span] of [
      [doc[last.position + 1], (n: Sentence) => [...parts, n]],
      [doc[first.position - 1], (n: Sentence) => [n, ...parts]],
    ] as const) {
      if (!neighbour || neighbour.paragraph !== (neighbour.position > last.position ? last : first).paragraph || parts.length >= MAX_PARTS) continue;
      if (!givesCause(neighbour.text) || unitOf(neighbour, sentencesOf, rules) !== neighbour) continue;
      added.push(passage(span(neighbour)));
      addedScores.push(score.get(unit)!);
    }
  }
  return { units: [...choices.units, ...added], scores: Float64Array.from([...Array.from(choices.scores), ...addedScores]) };
}
