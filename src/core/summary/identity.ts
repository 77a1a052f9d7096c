import { CALENDAR_NAMES } from '../ingest/calendar-words.js';
import { COPULA, isCapitalised, partOfSpeech, type WrittenWord, writtenWords } from './written-words.js';

/**
 * "Who is X" is answered by a unit that says who X is, not one that only names X: an apposition
 * ("X, the ousted deputy prime minister,"), a title or role before the name ("ousted deputy prime
 * minister X", "Former Deputy Prime Minister X"), or a copula ("X is a …", "X, who was …").
 * English determiners and word classes, not words of any story.
 */
const DETERMINER = /^(?:the|a|an|his|her|their|its|one)$/i;
const RELATIVE = /^(?:who|which)$/i;
const DESCRIBING = new Set(['NOUN', 'ADJ', 'NUM', 'DET', 'PROPN']);

export function identifies(text: string, name: readonly string[]): boolean {
  const words = writtenWords(text);
  const own = new Set(name.map((w) => w.toLowerCase()));
  for (let i = 0; i < words.length; i++) {
    if (!own.has(words[i]!.bare) || !isCapitalised(words[i])) continue;
    // The name as written runs over the capitalised words around the asked one.
    let first = i;
    while (first > 0 && isCapitalised(words[first - 1]) && !CALENDAR_NAMES.has(words[first - 1]!.bare) && !/[,;:]/.test(words[first - 1]!.after)) first--;
    let last = i;
    while (last < words.length - 1 && isCapitalised(words[last + 1]) && !/[,;:]/.test(words[last]!.after)) last++;
    let start = first;
    while (!own.has(words[start]!.bare)) start++;
    if (titled(first, start) || describedBefore(words, first) || describedAfter(words, last)) return true;
    i = last;
  }
  return false;
}

/** Capitalised words before the name in its run ("Former Deputy Prime Minister X"), not the sentence's first word alone. */
function titled(first: number, start: number): boolean {
  return start - first >= 2 || (start - first === 1 && first > 0);
}

/** A lower-case noun or adjective right before the name, a comma allowed between ("deputy prime minister X", "minister, X"). */
function describedBefore(words: readonly WrittenWord[], first: number): boolean {
  const before = words[first - 1];
  if (!before || !/^\p{Ll}/u.test(before.text) || !/^[\s,]*$/.test(before.after)) return false;
  const tag = partOfSpeech(words, first - 1);
  return tag === 'NOUN' || tag === 'ADJ';
}

/** An apposition or a copula after the name: "X, the …", "X, Malaysia's …", "X, who was …", "X is a …". */
function describedAfter(words: readonly WrittenWord[], last: number): boolean {
  const next = words[last + 1];
  if (!next) return false;
  if (/^\s*,\s*$/.test(words[last]!.after)) {
    if (DETERMINER.test(next.text) || /['’]s$/.test(next.text)) return true;
    if (RELATIVE.test(next.text)) return COPULA.test(words[last + 2]?.text ?? '') && describes(words, last + 3);
    return /^\p{Ll}/u.test(next.text) && (partOfSpeech(words, last + 1) === 'NOUN' || partOfSpeech(words, last + 1) === 'ADJ');
  }
  return /^\s+$/.test(words[last]!.after) && COPULA.test(next.text) && describes(words, last + 2);
}

/** What follows a copula describes its subject: a determiner, noun or adjective, not a participle ("was arrested"). */
export function describes(words: readonly WrittenWord[], at: number): boolean {
  const w = words[at];
  if (!w) return false;
  if (DETERMINER.test(w.text)) return true;
  const tag = partOfSpeech(words, at);
  return !!tag && DESCRIBING.has(tag);
}
