import type { TermIndex } from '../index/term-index.js';
import type { Sentence } from '../ingest/document.js';
import { partsOf } from '../summary/passages.js';
import { focusFamily, participantFamilies, sameName } from '../topics/question-focus.js';
import type { Question } from '../topics/read-query.js';
import { QUERY_SHARE } from '../topics/relevance.js';
import { focusInMainClause, inMainClause } from './key-points.js';

/**
 * Whether a unit of a question's answer is about what the question asks (docs/quality.md, "only what
 * answers"): it holds the question's head in its main clause, and states the asked event there or holds
 * the question nearly as fully as the leading point; a unit from another story than the lead's must state
 * the event itself. The lead is always about it.
 */
export interface AboutInput {
  index: TermIndex;
  question: Question;
  lead: Sentence;
  units: readonly Sentence[];
  /** Relevance of each unit as ranked for the answer, in `units`' order. */
  scores: ArrayLike<number>;
  /** The story (a group of documents topic discovery found) a document belongs to; undefined when the set has one story or the document none. */
  storyOf?: (docId: string) => string | undefined;
  /** Units that give the asked speaker's words ("…," he said): they hold the head whatever they name, and state what is asked. */
  speaking?: ReadonlySet<Sentence>;
}

/**
 * Of the lead's relevance, the share a unit that does not state the asked event must have: the share of the
 * best match retrieval asks of a sentence that does not hold the question's words outright.
 */
export const ABOUT_SHARE = QUERY_SHARE;

export function aboutQuestion({ index, question, lead, units, scores, storyOf, speaking }: AboutInput): (unit: Sentence) => boolean {
  const score = new Map<Sentence, number>();
  units.forEach((u, i) => score.set(u, scores[i]!));
  const floor = (score.get(lead) ?? 0) * ABOUT_SHARE;
  const heads = headTerms(index, question);
  const focus = question.focus ? focusFamily(index, question.focus).loose : undefined;
  const leadStory = storyOf?.(lead.docId);
  const known = new WeakMap<Sentence, boolean>();
  const holdsHead = (unit: Sentence) => !heads.size || speaking?.has(unit) === true || partsOf(unit).some((p) => inMainClause(p, heads));
  // The asked speaker's words state what "what did X say" asks: X saying, X its subject (the speech reading).
  const statesEvent = (unit: Sentence) => speaking?.has(unit) === true || (!!focus?.size && partsOf(unit).some((p) => focusInMainClause(p, focus)));
  return (unit) => {
    if (unit === lead) return true;
    let about = known.get(unit);
    if (about === undefined) {
      const story = leadStory === undefined ? undefined : storyOf?.(unit.docId);
      const otherStory = story !== undefined && story !== leadStory;
      about = holdsHead(unit) && (statesEvent(unit) || (!otherStory && (score.get(unit) ?? 0) >= floor));
      known.set(unit, about);
    }
    return about;
  };
}

/**
 * The question's head: what its asked verb is done by or to, the common nouns of its asked part with the
 * words close to them in the set ("crew" for "sailors"), and the names it asks about.
 */
function headTerms(index: TermIndex, question: Question): ReadonlySet<string> {
  const terms = new Set<string>();
  for (const family of participantFamilies(index, question, true)) for (const s of family) terms.add(s);
  for (const n of question.names) if (question.asked.some((a) => sameName(a, n))) terms.add(n);
  return terms;
}
