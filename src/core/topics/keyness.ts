import { lexiconByFrequency } from '../index/related-words.js';
import { stem } from '../nlp.js';

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

/** Each stem's share of running text, summed over the lexicon words that stem to it; filled per prefix as keys ask. */
const stemRates = new Map<string, number>();
/** Lexicon ranks by `prefixOf` the word, in rank order; built on the first call. */
let byPrefix: Map<string, number[]> | undefined;
const stemmedPrefixes = new Set<string>();

/**
 * A word's first two letters, a second y read as i: the Porter stemmer rewrites only a word's
 * ending, and of its first two letters only a y after the first ("eyed" → "ei"). So a stem is
 * found among the lexicon words of its own prefix, and a cold start stems a few hundred of the
 * 40,000 words instead of all of them (tests/core/topics/keyness.test.ts checks every lexicon word).
 */
export function prefixOf(word: string): string {
  return word.length < 2 ? word : word[0]! + (word[1] === 'y' ? 'i' : word[1]!);
}

/** Zipf's share of the lexicon words that stem to `s`, summed in rank order; 0 when none does. */
function stemRate(lexicon: readonly string[], s: string): number {
  const known = stemRates.get(s);
  if (known !== undefined) return known;
  // A stem shorter than two letters has no prefix to look in: the whole lexicon is read for such stems.
  const short = s.length < 2;
  const prefix = short ? '' : prefixOf(s);
  if (!stemmedPrefixes.has(prefix)) {
    stemmedPrefixes.add(prefix);
    byPrefix ??= ranksByPrefix(lexicon);
    const ranks = short ? lexicon.keys() : (byPrefix.get(prefix) ?? []);
    for (const k of ranks) {
      const own = stem(lexicon[k]!);
      if (own.length < 2 === short) stemRates.set(own, (stemRates.get(own) ?? 0) + ZIPF_CONSTANT / (k + 1));
    }
  }
  return stemRates.get(s) ?? 0;
}

function ranksByPrefix(lexicon: readonly string[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  lexicon.forEach((w, k) => {
    const p = prefixOf(w);
    const list = out.get(p);
    if (list) list.push(k);
    else out.set(p, [k]);
  });
  return out;
}

/**
 * The share of general English running text that the keys match: Zipf's 0.1/rank summed over
 * every lexicon word they match (all inflections of a stem); a key the lexicon lacks counts as
 * the word just past its end. Null when the lexicon is not installed.
 */
export function backgroundRate(keys: WordKeys): number | null {
  const lexicon = lexiconByFrequency();
  if (!lexicon) return null;
  const pastEnd = ZIPF_CONSTANT / (lexicon.length + 1);
  let rate = 0;
  for (const s of keys.stems) rate += stemRate(lexicon, s) || pastEnd;
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
