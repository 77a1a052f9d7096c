import { SAME_POINT, sameNumbers, sentenceSimilarity } from '../index/similarity.js';
import type { TermIndex } from '../index/term-index.js';
import type { Sentence } from '../ingest/document.js';
import { its, readDoc, stem } from '../nlp.js';

/**
 * What a recurring phrase's uses say about it as a facet (docs/quality.md, "a facet is the desk's own,
 * told more than once, and a whole name"): how many distinct statements use it in the desk's own words,
 * and whether it is only the front of a longer name.
 */

/** Where the phrase (its stems, in order) starts among the sentence's words, or -1. */
export function phraseAt(words: readonly string[], phrase: readonly string[]): number {
  const lower = words.map((w) => w.toLowerCase());
  return lower.findIndex((_, i) => phrase.every((p, k) => lower[i + k] !== undefined && stem(lower[i + k]!) === p));
}

const QUOTE_MARK = /["“”]/g;

/**
 * Whether the phrase stands inside quotation marks in this sentence: an odd number of them before
 * it (a sentence that opens a quote and closes it after the phrase, or opens one it never closes).
 * Marks around the phrase alone (a “reassurance force”) name a term in the desk's own sentence:
 * that is not a speaker's wording.
 */
export function quotedIn(sentence: { text: string; words: readonly string[] }, phrase: readonly string[]): boolean {
  const at = phraseAt(sentence.words, phrase);
  if (at < 0) return false;
  const written = sentence.words.slice(at, at + phrase.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const found = new RegExp(`(?<![\\p{L}\\p{N}])${written.join('[^\\p{L}\\p{N}]+')}`, 'iu').exec(sentence.text);
  if (!found) return false;
  const before = sentence.text.slice(0, found.index);
  const after = sentence.text.slice(found.index + found[0].length);
  if (/["“]$/.test(before) && /^["”]/.test(after)) return false;
  return (before.match(QUOTE_MARK)?.length ?? 0) % 2 === 1;
}

/**
 * How many distinct statements use the phrase outside quotation marks: sentences that state the same
 * (the briefing's near-duplicate test, as summary/near-duplicates.ts applies it; wire copies among
 * them) are one statement, and a speaker's quoted wording is who said what, not an angle a desk
 * names. A facet's few sentences are compared pairwise. Counts up to `enough` and stops.
 */
export function ownStatements(index: TermIndex, ids: Iterable<number>, phrase: readonly string[], enough: number): number {
  const statements: Sentence[] = [];
  for (const id of ids) {
    const s = index.sentences[id]!;
    if (quotedIn(s, phrase)) continue;
    if (statements.some((t) => t.text === s.text || (sentenceSimilarity(s, t) >= SAME_POINT && sameNumbers(s, t)))) continue;
    statements.push(s);
    if (statements.length >= enough) break;
  }
  return statements.length;
}

/**
 * Whether the phrase is the front of a longer name: in every one of its uses in these sentences the
 * word after it is read as a noun or a name ("largest oil company", "Zarya control module"), so its
 * head is outside it. A name that modifies another in most uses ("cruise missile strikes") stands
 * alone in some.
 */
export function frontOfLongerName(texts: readonly string[], phrase: readonly string[]): boolean {
  let uses = 0;
  let followed = 0;
  for (const text of texts) {
    const tokens = readDoc(text).tokens();
    const words = tokens.out(its.normal) as string[];
    const tags = tokens.out(its.pos) as string[];
    const at = phraseAt(words, phrase);
    if (at < 0) continue;
    uses++;
    const next = tags[at + phrase.length];
    if (next === 'NOUN' || next === 'PROPN') followed++;
  }
  return uses > 0 && followed === uses;
}
