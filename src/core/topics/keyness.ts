import { stem } from '../index/nlp.js';
import { lexiconByFrequency } from '../index/related-words.js';

/**
 * Keyness: whether some words are over-represented in a text against general English, by
 * Dunning's log-likelihood (G²). General English is the related-words lexicon's frequency order
 * read through Zipf's law, so no reference corpus ships with the bot.
 */

/** Zipf's law for English: the word of frequency rank r is about 0.1/r of running text. */
const ZIPF_CONSTANT = 0.1;
/** G² for p < 0.001 with one degree of freedom (χ² table). */
export const KEY_CRITICAL = 10.83;

/** Words (lower-cased) matched as written, and stems matched through the Porter stem of any word. */
export interface WordKeys {
  words: ReadonlySet<string>;
  stems: ReadonlySet<string>;
}

export function matchesKeys(keys: WordKeys, word: string): boolean {
  return keys.words.has(word) || keys.stems.has(stem(word));
}

let rankedStems: Map<string, number> | undefined;

/**
 * The share of general English running text that the keys match: Zipf's 0.1/rank summed over
 * every lexicon word they match (all inflections of a stem); a key the lexicon lacks counts as
 * the word just past its end. Null when the lexicon is not installed.
 */
export function backgroundRate(keys: WordKeys): number | null {
  const lexicon = lexiconByFrequency();
  if (!lexicon) return null;
  if (rankedStems === undefined) {
    rankedStems = new Map();
    lexicon.forEach((w, k) => {
      const s = stem(w);
      rankedStems!.set(s, (rankedStems!.get(s) ?? 0) + ZIPF_CONSTANT / (k + 1));
    });
  }
  const pastEnd = ZIPF_CONSTANT / (lexicon.length + 1);
  let rate = 0;
  for (const s of keys.stems) rate += rankedStems.get(s) ?? pastEnd;
  for (const w of keys.words) {
    if (keys.stems.has(stem(w))) continue;
    const k = lexicon.indexOf(w);
    rate += k < 0 ? pastEnd : ZIPF_CONSTANT / (k + 1);
  }
  return rate;
}

/** Dunning's G² of `observed` matches in `total` tokens against an expected share `rate`. */
export function logLikelihood(observed: number, total: number, rate: number): number {
  const expected = total * rate;
  const term = (o: number, e: number) => (o > 0 ? o * Math.log(o / e) : 0);
  return 2 * (term(observed, expected) + term(total - observed, total - expected));
}

/** Whether `observed` of `total` tokens is over-represented against `rate` at p < 0.001. */
export function isKey(observed: number, total: number, rate: number): boolean {
  return total > 0 && observed > total * rate && logLikelihood(observed, total, rate) >= KEY_CRITICAL;
}
