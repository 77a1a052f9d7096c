import type { Sentence } from '../ingest/document.js';
import { WRITTEN_WORD } from '../nlp.js';

/** Numbers written as words, as news copy writes them ("fifteen sailors", "twenty-five dead"). */
const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/** The value of one number word or a hyphened pair ("fifteen", "twenty-five", "hundred"); undefined for anything else. */
export function numberWordValue(word: string): number | undefined {
  const lower = word.toLowerCase();
  if (lower in UNITS) return UNITS[lower];
  if (lower in TENS) return TENS[lower];
  if (lower === 'hundred') return 100;
  const [tens, unit] = lower.split('-');
  if (tens && unit && tens in TENS && unit in UNITS && UNITS[unit]! > 0 && UNITS[unit]! < 10) return TENS[tens]! + UNITS[unit]!;
  return undefined;
}

/** Scales news copy writes as words ("thousands of homes", "two dozen"). */
const SCALE = /^(?:hundreds|thousands?|millions?|billions?|dozens?|scores)$/;
/** Fractions written as words ("half", "a quarter", "two-thirds"). */
const FRACTION = /^(?:half|halves|quarters?|thirds?)$/;

const DENOMINATOR_OF: Record<string, number> = { half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4 };

/** The value of a fraction written out, alone or joined to its numerator ("half", "one-half", "three-quarters"); undefined for anything else. */
export function fractionValue(word: string): number | undefined {
  const [first, second] = word.toLowerCase().split('-');
  if (second === undefined) return first! in DENOMINATOR_OF ? 1 / DENOMINATOR_OF[first!]! : undefined;
  const numerator = numberWordValue(first!);
  return numerator !== undefined && second in DENOMINATOR_OF ? numerator / DENOMINATOR_OF[second]! : undefined;
}

/** Whether a word is a fraction written out, alone or joined to its numerator ("quarter", "one-quarter", "two-thirds"). */
export function isFractionWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (FRACTION.test(lower)) return true;
  const [numerator, fraction] = lower.split('-');
  return !!fraction && numberWordValue(numerator!) !== undefined && FRACTION.test(fraction);
}

/** Whether a word is a number written out: a cardinal ("ninety", "twenty-five"), a scale ("thousands") or a fraction ("quarter"). */
export function isNumberWord(word: string): boolean {
  return numberWordValue(word) !== undefined || SCALE.test(word.toLowerCase()) || isFractionWord(word);
}

/** A number in digits or in words ("12", "1.5", "fifteen", "twenty-five", "half"). */
export function amountOf(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  if (/^\d+(?:\.\d+)?$/.test(word)) return Number(word);
  if (word === 'half') return 0.5;
  return numberWordValue(word);
}

const numberWords = new WeakMap<Sentence, string>();
/** Words that spell a number but mostly stand for something else ("one of the men", "no one"). */
const NOT_A_COUNT = new Set(['one']);

/** The values a sentence writes as number words ("four", "twenty-five"), in order, as one key; '' when it writes none. */
function numberWordsOf(s: Sentence): string {
  let out = numberWords.get(s);
  if (out === undefined) {
    const values = new Set<number>();
    for (const m of s.text.matchAll(WRITTEN_WORD)) {
      if (NOT_A_COUNT.has(m[0].toLowerCase())) continue;
      const v = numberWordValue(m[0]);
      if (v !== undefined) values.add(v);
    }
    out = [...values].sort((a, b) => a - b).join(' ');
    numberWords.set(s, out);
  }
  return out;
}

/**
 * Rule NW (docs/quality.md, "Session 59"): two sentences that both write numbers as words state the same only with the same
 * values ("Four of the sick people were taken to hospital" is not "Nine people have been taken to hospital"); one that writes
 * none is a copy told without the count.
 */
export function sameNumberWords(a: Sentence, b: Sentence): boolean {
  const x = numberWordsOf(a);
  const y = numberWordsOf(b);
  return !x || !y || x === y;
}
