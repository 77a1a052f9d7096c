import type { Sentence } from './document.js';
import { SAME_POINT, sentenceSimilarity } from './similarity.js';

export interface FoundDifference {
  /** The stems both sides speak of. */
  shared: string[];
  sides: [Sentence, Sentence];
}

const NEGATION = /\b(?:not|no|never|nor|neither|without|cannot|can't|won't|wouldn't|didn't|doesn't|don't|isn't|aren't|wasn't|weren't|hasn't|haven't|rejected|rejects|refused|refuses|ruled out|rules out|denied|denies|unacceptable|impossible|failed|fails|failure|opposed|opposes|dismissed|unlikely|unrealistic)\b/i;
const POSITIVE = /\b(?:agreed|agrees|accepted|accepts|success|successful|progress|breakthrough|welcomed|supports|supported|ready|willing|possible|likely|will)\b/i;

/**
 * Pairs of sentences from different documents that speak of the same thing (share its rarer
 * terms) but do not say the same (one denies or refuses what the other affirms, or they give
 * different numbers). A pair that says the same thing is a shared point, not a difference.
 */
export function findDifferences(
  sentences: readonly Sentence[],
  weight: (stem: string) => number,
  limit: number,
): FoundDifference[] {
  const pairs: { score: number; difference: FoundDifference }[] = [];
  const stems = sentences.map((s) => [...new Set(s.stems)]);
  const stemSets = stems.map((list) => new Set(list));
  for (let i = 0; i < sentences.length; i++) {
    const a = sentences[i]!;
    const aStems = stemSets[i]!;
    for (let j = i + 1; j < sentences.length; j++) {
      const b = sentences[j]!;
      if (a.docId === b.docId) continue;
      const shared = stems[j]!.filter((s) => aStems.has(s));
      const sharedWeight = shared.reduce((sum, s) => sum + weight(s), 0);
      if (shared.length < 2 || sharedWeight < 4) continue;
      const similarity = sentenceSimilarity(a, b);
      if (similarity >= SAME_POINT || similarity < 0.12) continue;
      const contrast = contrastOf(a.text, b.text);
      if (!contrast) continue;
      pairs.push({ score: sharedWeight * contrast, difference: { shared: shared.sort((x, y) => weight(y) - weight(x)), sides: [a, b] } });
    }
  }
  pairs.sort((x, y) => y.score - x.score);
  const used = new Set<Sentence>();
  const out: FoundDifference[] = [];
  for (const { difference } of pairs) {
    if (out.length >= limit) break;
    if (difference.sides.some((s) => used.has(s))) continue;
    difference.sides.forEach((s) => used.add(s));
    out.push(difference);
  }
  return out;
}

function contrastOf(a: string, b: string): number {
  const negA = NEGATION.test(a);
  const negB = NEGATION.test(b);
  if (negA !== negB) return POSITIVE.test(negA ? b : a) ? 1.5 : 1;
  const numbers = (t: string) => new Set(t.match(/\d[\d,.]*/g) ?? []);
  const na = numbers(a);
  const nb = numbers(b);
  if (na.size && nb.size && ![...na].some((n) => nb.has(n))) return 0.8;
  return 0;
}
