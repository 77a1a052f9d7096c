import { writtenWords } from './written-words.js';

/**
 * "Which airline flew the first flight" asks for one of a kind by a mark that sets it apart: a unit
 * holding a name not the question's own and, when the question asks by an ordinal or superlative
 * ("first", "largest"), that word too. A list of the kind's members without the mark does not say which.
 */
export function namesWhich(text: string, modifier: string | undefined, isNameWord: (word: string) => boolean): boolean {
  const words = writtenWords(text);
  const named = words.some((w, i) => i > 0 && isNameWord(w.text.replace(/['’]s$/, '')));
  return named && (!modifier || words.some((w) => w.bare === modifier));
}
