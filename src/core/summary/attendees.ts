import { stem } from '../nlp.js';
import { writtenWords } from './written-words.js';

/**
 * "Who attended the meeting" is answered by the names listed with the verb or a gathering noun
 * ("Monday's summit with Zelensky and European leaders", "A, B and C attended"), not by what was said
 * there (docs/quality.md, "Eleventh round"). English gathering nouns and participant markers only.
 */
const GATHERING = /^(?:meeting|meetings|summit|summits|talks|conference|conferences|session|sessions|gathering|gatherings|ceremony|ceremonies|delegation|delegations|visit|visits|negotiations)$/i;
const MARKER = /^(?:with|between|including|by|alongside|among|and)$/i;
/** Words between the gathering and its marker, the marker and a name, and a verb and the names before it, at most. */
const NEAR_GATHERING = 8;
const NEAR_MARKER = 5;
const NAMES_BEFORE = 8;

export function namesAttendees(text: string, isVerb: (stem: string) => boolean, isName: (word: string) => boolean): boolean {
  const words = writtenWords(text);
  const name = (i: number) => !!words[i] && isName(words[i]!.text.replace(/['’]s$/, ''));
  return words.some((w, i) => {
    const verb = isVerb(stem(w.bare));
    if (!verb && !GATHERING.test(w.text)) return false;
    for (let m = i + 1; m <= i + NEAR_GATHERING && m < words.length; m++) {
      if (!MARKER.test(words[m]!.text)) continue;
      for (let k = m + 1; k <= m + NEAR_MARKER && k < words.length; k++) if (name(k)) return true;
    }
    if (!verb) return false;
    // "A, B and C attended": two names or more before the verb, each a name of its own (not two words of one).
    const from = Math.max(0, i - NAMES_BEFORE);
    return words.slice(from, i).filter((_, k) => name(from + k) && !name(from + k - 1)).length >= 2;
  });
}
