import { type FoundFigure, isUnit } from './figures.js';
import { numericValue } from './figures-differ.js';
import { numberPhrase } from './number-phrase.js';

/** Words that tell nothing of what a number counts. */
const FUNCTION_WORD = /^(?:of|the|and|for|were|was|are|had|have|has|been|who|that|which|with|from|into)$/;

/**
 * Keys under which one quantity told twice in a briefing is the same figure: its amount with each
 * content word of what it counts, and of the noun phrase the number opens in its sentence. "fifteen
 * British" (its phrase: "British captured navy personnel"), "15 personnel" and "Fifteen British Royal
 * Navy personnel have been captured" are one count; "15-page draft statement" shares no word and is
 * another. An amount is compared as a value ("Fifteen", "15", "about 15").
 */
export function sameFigureKeys(f: Pick<FoundFigure, 'value' | 'counts' | 'sentence'>): string[] {
  const value = numericValue(f.value);
  const words = [...f.counts.toLowerCase().split(/\s+/), ...numberPhrase(f).map((p) => p.word)].map((w) => w.replace(/['’]s$/, '').replace(/s$/, '')).filter((w) => /^\p{L}{3,}$/u.test(w) && !isUnit(w) && !FUNCTION_WORD.test(w));
  return words.length ? [...new Set(words)].map((w) => `${value}|${w}`) : [`${value}|${f.counts.toLowerCase()}`];
}
