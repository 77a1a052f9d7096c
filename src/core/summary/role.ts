import { stem } from '../nlp.js';
import { type WrittenWord, writtenWords } from './written-words.js';

/**
 * "Who will run the merged company" asks for the person given the role, not any name: a unit that
 * names a person within a few words of a role noun that is itself next to what is run ("Lee Raymond,
 * the chairman of Exxon", "Mobil's chief executive, Lucio Noto"). A closed list of role nouns.
 */
const ROLE = /^(?:chairman|chairwoman|chairperson|chair|chief|executive|ceo|president|head|leader|director|manager|commander|governor|secretary|minister|officer|boss)$/i;
/** Words between a name and its role, and between the role and what it is held over, at most. */
const NEAR_NAME = 3;
const NEAR_ROLE = 4;

export function namesRoleHolder(text: string, of: readonly string[], isNameWord: (word: string) => boolean): boolean {
  const words = writtenWords(text);
  const held = new Set(of);
  const names = personAt(words, isNameWord);
  return words.some((w, r) => {
    if (!ROLE.test(w.bare)) return false;
    const near = (at: number, span: number) => Math.abs(at - r) <= span;
    const tied = words.some((x, k) => k !== r && near(k, NEAR_ROLE) && held.has(stem(x.bare)));
    return tied && names.some((n) => near(n, NEAR_NAME));
  });
}

/** Where the words of persons' names stand: two name words running together. */
function personAt(words: readonly WrittenWord[], isNameWord: (word: string) => boolean): number[] {
  const name = (w: WrittenWord | undefined) => !!w && isNameWord(w.text.replace(/['’]s$/, ''));
  return words.flatMap((w, i) => (name(w) && (name(words[i + 1]) || name(words[i - 1])) ? [i] : []));
}
