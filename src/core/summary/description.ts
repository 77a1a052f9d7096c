import { stem } from '../nlp.js';
import { describes } from './identity.js';
import { COPULA, type WrittenWord, writtenWords } from './written-words.js';

/**
 * "Who were the victims" asks what the victims were, not their names: a unit where the asked noun
 * is the subject of a copula ("most of the victims were teenagers", not "the victims were taken") or of
 * an apposition ("the victims, mostly teenagers,"). English closed classes, not words of any story.
 */
const DEGREE = /^(?:mostly|mainly|largely|chiefly|all|both|almost|nearly|overwhelmingly|predominantly)$/i;
const APPOSITION = /^(?:mostly|mainly|largely|chiefly|all|most|many|some|both|several|aged|including|among|a|an|the|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds)$/i;
const INCLUDE = /^(?:included|include|includes)$/i;
const RELATIVE = /^(?:who|which)$/i;

export function describesGroup(text: string, noun: string): boolean {
  const words = writtenWords(text);
  return words.some((w, i) => stem(w.bare) === noun && /^\p{Ll}/u.test(w.text) && describedAt(words, i));
}

function describedAt(words: readonly WrittenWord[], i: number): boolean {
  const gap = words[i]!.after;
  let k = i + 1;
  if (/^\s*,\s*$/.test(gap)) {
    if (APPOSITION.test(words[k]?.text ?? '')) return true;
    if (!RELATIVE.test(words[k]?.text ?? '')) return false;
    k++;
  } else if (!/^\s+$/.test(gap)) return false;
  if (DEGREE.test(words[k]?.text ?? '')) k++;
  const verb = words[k]?.text ?? '';
  if (INCLUDE.test(verb)) return true;
  if (!COPULA.test(verb)) return false;
  k++;
  if (DEGREE.test(words[k]?.text ?? '')) k++;
  return describes(words, k);
}
