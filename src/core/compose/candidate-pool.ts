import type { Sentence } from '../ingest/document.js';
import { poolRank } from '../summary/select-summary.js';
import { topK } from '../summary/top-k.js';

/**
 * Matches a briefing is composed from at most (besides the ones the fact sections read): an answer costs what it needs,
 * not what the set holds. Above the largest eval set's sentences (some 480), so a set of a few dozen articles is answered
 * from every match; a broad phrase in a large archive matches tens of thousands, mostly tied, and is answered from a
 * sample either way (docs/quality.md, "Seventeenth round (issue 17tail)", rule 1).
 */
export const BRIEFING_POOL = 600;
/** Units key points weigh at most, the most relevant: the details under the summary are mostly body sentences, which a lead's extra worth would crowd out (rule 2). */
export const KEY_POINT_POOL = 600;

/**
 * The ids of the sentences a briefing is composed from, in the relevance map's order: all of them
 * up to `limit`; past it, the `limit` that summary selection would weigh first (relevance, a
 * lead's worth more), and the `factReach` most relevant, ties in the map's order, as the fact
 * sections rank them, so those sections read the very sentences they would read among all matches.
 */
export function candidatePool(relevance: ReadonlyMap<number, number>, sentenceOf: (id: number) => Sentence, factReach: number, limit = BRIEFING_POOL): number[] {
  const ids = [...relevance.keys()];
  if (ids.length <= limit) return ids;
  const scores = new Float64Array(ids.length);
  const ranks = new Float64Array(ids.length);
  let i = 0;
  for (const [id, score] of relevance) {
    scores[i] = score;
    ranks[i++] = poolRank(sentenceOf(id), score);
  }
  const kept = new Uint8Array(ids.length);
  for (const k of bestPlaces(scores, factReach)) kept[k] = 1;
  for (const k of bestPlaces(ranks, limit)) kept[k] = 1;
  return ids.filter((_, k) => kept[k] === 1);
}

/** Of a pool's units, those a later step weighs: all up to `limit`; past it, the `limit` most relevant, in the pool's order. */
export function bestUnits(pool: { units: Sentence[]; scores: ArrayLike<number> }, limit: number): { units: Sentence[]; scores: ArrayLike<number> } {
  if (pool.units.length <= limit) return pool;
  const places = bestPlaces(Float64Array.from(pool.scores), limit).sort((a, b) => a - b);
  return { units: places.map((k) => pool.units[k]!), scores: Float64Array.from(places, (k) => pool.scores[k]!) };
}

/** The places of the `limit` highest values, ties in order of place. */
function bestPlaces(values: Float64Array, limit: number): number[] {
  return topK(
    Array.from({ length: values.length }, (_, k) => k),
    values,
    limit,
  );
}
