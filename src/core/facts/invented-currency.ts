import { lexiconByFrequency } from '../index/related-words.js';
import { isCurrencyWord, MONEY_WORD } from './figures.js';

/**
 * Rule IC (docs/quality.md, "Session 78"): the currencies a document names that no list does ("96 million ostrins"), each with
 * a listed currency's name the figure reader reads it as: a lower-case word right after an amount, no word of the English
 * lexicon and no listed currency, in a sentence of the document that holds a word of money. Its singular ("a 640 million
 * ostrin budget") too. Only the document's own words are read, so its analysis is the same whatever else a set holds.
 */
export function inventedCurrencies(paragraphs: readonly string[]): ReadonlyMap<string, string> {
  const found = new Map<string, string>();
  for (const paragraph of paragraphs) {
    if (!/\d\s+\p{Ll}/u.test(paragraph)) continue;
    for (const sentence of paragraph.split(SENTENCE_BREAK)) {
      const words = sentence.toLowerCase().match(/[\p{L}]+/gu) ?? [];
      if (!words.some((w) => MONEY_WORD.test(w))) continue;
      for (const m of sentence.matchAll(AMOUNT_THEN_WORD)) {
        const word = m[1]!;
        if (found.has(word) || isCurrencyWord(word) || isCurrencyWord(word.slice(0, -1)) || english(word) || english(word.slice(0, -1))) continue;
        found.set(word, STANDS_FOR_PLURAL);
        found.set(word.slice(0, -1), STANDS_FOR_SINGULAR);
      }
    }
  }
  return found;
}

/** An amount, its scale word if any, and the plural lower-case word right after it. */
const AMOUNT_THEN_WORD = /(?<![\p{L}\d.,])\d[\d,]*(?:\.\d+)?(?:\s+(?:thousand|million|billion|trillion|bn|m))?\s+(\p{Ll}{3,}s)\b/gu;
const SENTENCE_BREAK = /(?<=[.!?]["”’)]?)\s+(?=["“‘(]?\p{Lu})/u;
/** The listed currency whose name the reader takes in an invented one's place: one that is no English word either. */
const STANDS_FOR_PLURAL = 'dinars';
const STANDS_FOR_SINGULAR = 'dinar';

let lexicon: ReadonlySet<string> | null | undefined;
/** Whether a word is one of the lexicon's English words; with no lexicon installed, every word is (nothing is invented). */
function english(word: string): boolean {
  if (lexicon === undefined) {
    const words = lexiconByFrequency();
    lexicon = words ? new Set(words) : null;
  }
  return lexicon === null || lexicon.has(word);
}
