import type { Sentence } from '../ingest/document.js';
import { poolRank } from '../summary/select-summary.js';
import { topK } from '../summary/top-k.js';
import { CANDIDATE_POOL } from '../topics/relevance.js';

/**
 * The ids of the sentences a briefing is composed from, in the relevance map's order: all of them
 * up to `limit`; past it, the `limit` that summary selection would weigh first (relevance, a
 * lead's worth more), and the `factReach` most relevant, ties in the map's order, as the fact
 * sections rank them, so those sections read the very sentences they would read among all matches.
 */
export function candidatePool(relevance: ReadonlyMap<number, number>, sentenceOf: (id: number) => Sentence, factReach: number, limit = CANDIDATE_POOL): number[] {
  const ids = [...relevance.keys()];
  if (ids.length <= limit) return ids;
  const scores = new Float64Array(ids.length);
  const ranks = new Float64Array(ids.length);
  let i = 0;
  for (const [id, score] of relevance) {
    scores[i] = score;
    ranks[i++] = poolRank(sentenceOf(id), score);
  }
  const at = Array.from({ length: ids.length }, (_, k) => k);
  const kept = new Uint8Array(ids.length);
  for (const k of topK(at, scores, factReach)) kept[k] = 1;
  for (const k of topK(at, ranks, limit)) kept[k] = 1;
  return ids.filter((_, k) => kept[k] === 1);
}
