import type { Sentence } from '../ingest/document.js';
import { partsOf } from '../summary/passages.js';
import type { Question } from '../topics/read-query.js';

/**
 * Two tests a point after a question's lead passes (docs/quality.md, "Thirty-second round (issue 16qfocus)"): blind rounds
 * judged most points after the lead "another fact of the same story", shown because the summary had room.
 */

/**
 * Rule Q1: the point holds one of the question's words that the lead holds and that fewer than half of the question's
 * candidate units hold. A word most candidates hold is the story's (its names, its place, a speech question's speaker); what
 * the lead holds of the question beyond those is what it was chosen for. Undefined when the lead holds no such word.
 */
export function holdsLeadsAskedWordTest(question: Question, lead: Sentence, candidates: readonly Sentence[]): ((unit: Sentence) => boolean) | undefined {
  const questionWords = new Set([...question.asked, ...question.setting]);
  const stemsOf = (unit: Sentence) => new Set(partsOf(unit).flatMap((p) => p.stems));
  const holding = new Map<string, number>();
  for (const unit of candidates) for (const s of stemsOf(unit)) if (questionWords.has(s)) holding.set(s, (holding.get(s) ?? 0) + 1);
  // Fewer than half: "what the story shares" is what most of its candidates hold, the majority line.
  const leadsOwn = [...stemsOf(lead)].filter((s) => questionWords.has(s) && (holding.get(s) ?? 0) * 2 < candidates.length);
  if (!leadsOwn.length) return undefined;
  return (unit) => {
    const stems = stemsOf(unit);
    return leadsOwn.some((s) => stems.has(s));
  };
}

/**
 * Rule Q2: the point's score in the answer ranking is at least `NEAR_LEAD_RELEVANCE` of the lead's. A point far below the lead
 * holds less of what was asked (the ranking weighs the focus, the participants and the asked name). A unit the ranking does not
 * hold, or a lead it does not score, is not held.
 */
export function nearLeadRelevanceTest(lead: Sentence, ranked: { units: readonly Sentence[]; scores: ArrayLike<number> }): (unit: Sentence) => boolean {
  const scoreOf = new Map<Sentence, number>();
  ranked.units.forEach((u, i) => scoreOf.set(u, ranked.scores[i]!));
  const leads = scoreOf.get(lead);
  if (leads === undefined || leads <= 0) return () => true;
  return (unit) => {
    const score = scoreOf.get(unit);
    return score === undefined || score >= NEAR_LEAD_RELEVANCE * leads;
  };
}

/** Chosen by leave-one-round-out cross-validation over blind rounds 25–29 (grid 0.5–0.9; every fold chose 0.7). */
export const NEAR_LEAD_RELEVANCE = 0.7;
