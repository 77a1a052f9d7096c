import { stem } from '../nlp.js';
import { ACTIVE_AUXILIARY, type WrittenWord, writtenWords } from './written-words.js';

/**
 * "Who built the module" is answered by the verb's agent, not by any name near the module: "built by
 * X", "X-built", "X built", "X has built", "X's construction" (docs/quality.md, "Eleventh round").
 * `isVerb` tells the stems by which the set states the verb; `isName` a word that may name someone
 * (capitalised, not the question's own). English prepositions and auxiliaries only.
 */
const DETERMINER = /^(?:the|a|an)$/i;
/** Words between a verb and its "by", and between "by" and the agent's name, at most. */
const NEAR_BY = 3;
/** A form of be, or "became", that ties a name to what it is ("X was the only person to warn"). */
const COPULA = /^(?:is|was|are|were|be|been|became|becomes)$/i;
/** Words between "the" and "to" in "the only person to warn", at most. */
const NEAR_TO = 3;

export function namesAgent(text: string, isVerb: (stem: string) => boolean, isName: (word: string) => boolean): boolean {
  const words = writtenWords(text);
  const verbAt = (w: string) => isVerb(stem(w.toLowerCase().replace(/['’]s$/, '')));
  return words.some((w, i) => {
    const parts = w.text.split('-');
    // "Russian-built": a name joined to the verb's participle.
    if (parts.length === 2 && verbAt(parts[1]!) && isName(parts[0]!)) return true;
    if (!verbAt(w.bare)) return false;
    // "built by the Russians".
    const by = words.slice(i + 1, i + 1 + NEAR_BY).findIndex((x) => x.bare === 'by');
    if (by >= 0) {
      const after = words
        .slice(i + 2 + by)
        .filter((x) => !DETERMINER.test(x.text))
        .slice(0, NEAR_BY);
      if (after.some((x) => isName(x.text.replace(/['’]s$/, '')))) return true;
    }
    if (namedAsOneTo(words, i, isName)) return true;
    // "Russia built", "Russia has built", "Russia's construction": the name right before, past active auxiliaries only.
    let k = i - 1;
    while (k >= 0 && ACTIVE_AUXILIARY.test(words[k]!.text)) k--;
    const before = words[k];
    return !!before && isName(before.text.replace(/['’]s$/, '')) && (k === i - 1 || !/['’]s$/.test(before.text));
  });
}

/**
 * "Ana Ortis was the only person to warn", "Varga became the first to sign": the name before a form of be,
 * then "the" or "a" and a few words, then "to" and the asked verb at `verb`. X did what the verb says.
 */
function namedAsOneTo(words: readonly WrittenWord[], verb: number, isName: (word: string) => boolean): boolean {
  if (words[verb - 1]?.bare !== 'to') return false;
  for (let k = verb - 2; k >= Math.max(0, verb - 2 - NEAR_TO); k--) {
    if (!DETERMINER.test(words[k]!.text) || words[k]!.bare === 'an') continue;
    const copula = words[k - 1];
    const name = words[k - 2];
    return !!copula && COPULA.test(copula.text) && !!name && isName(name.text.replace(/['’]s$/, ''));
  }
  return false;
}
