import type { Sentence } from '../ingest/document.js';
import { poolRank } from '../summary/select-summary.js';
import { topK } from '../summary/top-k.js';
import { CANDIDATE_POOL } from '../topics/relevance.js';

/** What each step after retrieval weighs at most (docs/quality.md, "Seventeenth round (issue 17tail)"). */
export interface PoolBounds {
  /** Matches the briefing is composed from, the ones summary selection ranks first, besides those the fact sections read (rule 1). */
  pool: number;
  /** Units key points weigh, the most relevant: the details under the summary are mostly body sentences, which a lead's extra worth would crowd out (rule 2). */
  keyPoints: number;
  /** Sentences of the topic's documents searched for one statement told two ways (rule 3). */
  topicDocuments: number;
  /** Sentences compared for figures that differ: the most relevant, then the rest of the fact pool's documents (rule 3). */
  wideDiffer: number;
}

/**
 * An ad-hoc answer costs what it needs, not what the set holds. Each bound is above the largest eval set's sentences (some
 * 480), so a set of a few dozen articles is answered from every match; a broad phrase in a large archive matches tens of
 * thousands, mostly tied, and is answered from a sample either way.
 */
export const QUERY_BOUNDS: PoolBounds = { pool: 600, keyPoints: 600, topicDocuments: 1000, wideDiffer: 600 };
/** A topic's briefing is composed once per index version, before anyone asks: its pools cost no answer, and stay wide. */
export const TOPIC_BOUNDS: PoolBounds = { pool: CANDIDATE_POOL, keyPoints: Number.POSITIVE_INFINITY, topicDocuments: 4000, wideDiffer: 1200 };

/**
 * The ids of the sentences a briefing is composed from, in the relevance map's order: all of them
 * up to `limit`; past it, the `limit` that summary selection would weigh first (relevance, a
 * lead's worth more), and the `factReach` most relevant, ties in the map's order, as the fact
 * sections rank them, so those sections read the very sentences they would read among all matches.
 */
export function candidatePool(relevance: ReadonlyMap<number, number>, sentenceOf: (id: number) => Sentence, factReach: number, limit = QUERY_BOUNDS.pool): number[] {
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
