import { relatedStems } from '../index/related-words.js';
import { stem } from '../nlp.js';

/**
 * Whether two head nouns of what figures count may name one thing in other words ("a $17 billion package", "a $22.6
 * billion loan"): one is among the other's related words, or the two have a related word in common. "Related" is the
 * lexicon's own (related-words.ts: the 25 nearest words, cosine at least 0.55); the shared neighbour is the weakest link it
 * gives, taken because a broad word's near-synonym (package) often lies outside a narrow word's 25 nearest (loan)
 * (docs/quality.md, twenty-fourth round, issue 16conf3, rule M). A count's nouns cannot be each other's opposites the way
 * verbs of judgment can (approve, reject), so the vectors' habit of putting opposites nearest does not reach them.
 */
export function nounsOfOneMeaning(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  const sx = stem(x);
  const sy = stem(y);
  if (sx === sy) return false;
  const nearX = new Set(relatedStems(x, () => true).map((r) => r.stem));
  if (nearX.has(sy)) return true;
  const nearY = relatedStems(y, () => true).map((r) => r.stem);
  return nearY.includes(sx) || nearY.some((s) => nearX.has(s));
}
