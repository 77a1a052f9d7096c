import { its, readDoc, WRITTEN_WORD } from '../nlp.js';

/** A word as written in a text, with what follows it up to the next word ("," or " "). */
export interface WrittenWord {
  text: string;
  /** Lower-cased, without a possessive "'s". */
  bare: string;
  /** The characters between this word and the next. */
  after: string;
}

export function writtenWords(text: string): WrittenWord[] {
  const found = [...text.matchAll(WRITTEN_WORD)];
  return found.map((m, i) => ({
    text: m[0],
    bare: m[0].toLowerCase().replace(/['’]s$/, ''),
    after: text.slice(m.index + m[0].length, found[i + 1]?.index ?? text.length),
  }));
}

/** The tagger's part of speech of the word `at` read in the words around it. */
export function partOfSpeech(words: readonly WrittenWord[], at: number): string | undefined {
  const from = Math.max(0, at - 3);
  const window = words.slice(from, at + 2).map((w) => w.text.replace(/['’]s$/, ''));
  const tokens = readDoc(window.join(' ')).tokens();
  const values = tokens.out(its.value) as string[];
  const tags = tokens.out(its.pos) as string[];
  // The tagger may split a word before it ("U.S.", "teen-age"), never merge two: the word stands at its place or later.
  const k = values.indexOf(window[at - from]!, at - from);
  return k < 0 ? undefined : tags[k];
}

/** Whether words[i] is capitalised: a name's word, or the first word of a sentence. */
export const isCapitalised = (w: WrittenWord | undefined): boolean => !!w && /^\p{Lu}/u.test(w.text);

/** A copula or its negation's first part: what ties a subject to what it is. */
export const COPULA = /^(?:is|are|was|were|remains|remained|became|becomes)$/i;

/** An auxiliary of an active verb ("has built", "will attend"); not a form of "be", which makes a passive. */
export const ACTIVE_AUXILIARY = /^(?:has|have|had|will|would|shall|should|could|might|may|can|must|did|does|do)$/i;
