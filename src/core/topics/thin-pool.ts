/**
 * The depth a question's pool is filled to when the relative entry test leaves it thinner: the top ten, the depth ranked
 * passage retrieval is conventionally read at, one sentence per article of a ten-article set (docs/quality.md,
 * "Thirtieth round (issue 16pool3)"). Chosen before measuring; a pool that already holds it is untouched.
 */
export const POOL_FLOOR = 10;

/**
 * Fills a question's thin pool with the sentences the relative test kept out. When the best sentence restates the
 * question, holding less than QUERY_SHARE of its share keeps out nearly everything, and the pool is left with the
 * question's paraphrases; the sentence that answers holds the setting's words and says the asked thing, so it holds less.
 * `belowBar`: each sentence that held two of the question's words but failed the entry tests, with its share of the best
 * share. They enter the highest share first (ties in sentence order) until the pool holds POOL_FLOOR, each scored below
 * every sentence already in it: the lowest score × its share of the best × what it keeps for what it lacks (`about`); one
 * that keeps nothing, or that `excluded` rules out, does not enter. Returns the sentences that entered.
 */
export function fillThinPool(scores: Map<number, number>, belowBar: ReadonlyMap<number, number>, about: (id: number) => number, excluded: (id: number) => boolean): number[] {
  if (!scores.size || scores.size >= POOL_FLOOR || !belowBar.size) return [];
  let lowest = Number.POSITIVE_INFINITY;
  for (const score of scores.values()) lowest = Math.min(lowest, score);
  const candidates = [...belowBar].filter(([id]) => !scores.has(id)).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const entered: number[] = [];
  for (const [id, share] of candidates) {
    if (scores.size >= POOL_FLOOR) break;
    const keeps = about(id);
    if (keeps <= 0 || excluded(id)) continue;
    scores.set(id, lowest * share * keeps);
    entered.push(id);
  }
  return entered;
}
