import type { Sentence } from '../ingest/document.js';
import { isVerb, stem, taggedWords } from '../nlp.js';
import type { Question } from '../topics/read-query.js';
import { partsOf } from './passages.js';

/**
 * Rule W (docs/quality.md, "Answer first, session 34 (16lead14)"): "which taxes is Cardoso expected to raise" asks which
 * taxes, and is answered by the taxes named ("fuel and bank transaction taxes", "a tax on financial transactions"), not by
 * the story's other facts that write the word ("tax hikes", "more taxes"). English function words, not words of any story.
 */

/** "which"/"what", one to three words (no "of": "which of the winners" picks among named ones; no auxiliary), then an auxiliary. */
const AUXILIARY = 'is|are|was|were|do|does|did|has|have|had|will|would|can|could|should|may|might|must';
const WHICH_NOUN = new RegExp(`^(?:which|what)\\s+((?:(?!(?:of|${AUXILIARY})\\b)\\p{L}[\\p{L}'’-]*\\s+){0,2}(?!(?:of|${AUXILIARY})\\b)\\p{L}[\\p{L}'’-]*)\\s+(?:${AUXILIARY})\\b`, 'iu');
/** Prepositions after which a noun says which one ("the trade of car mechanic", "a tax on fuel"). */
const SPECIFYING = /^(?:of|on)$/;
/** Words after the preposition in which what specifies the noun is looked for. */
const SPECIFIER_SPAN = 3;
const NOUNISH = new Set(['NOUN', 'PROPN']);
const CLAUSE_END = /^[.;:!?—–]$/;

/** The stem of the noun a kind-less "which N" question asks an instance of, or undefined. */
export function askedNounOf(question: Question): string | undefined {
  if (question.kind) return undefined;
  const text = question.text.trim();
  const found = WHICH_NOUN.exec(text);
  const head = found?.[1];
  if (!head) return undefined;
  // "Which company is buying Mobil" asks who did it, a name: the auxiliary opens a verb, not a clause about someone else.
  const after = taggedWords(text.slice(found[0].length))[0];
  if (!after || isVerb(after)) return undefined;
  const last = head.split(/\s+/).at(-1)!.toLowerCase();
  const s = stem(last);
  return question.asked.includes(s) ? s : undefined;
}

/** Whether a unit writes the asked noun as a head with what tells one of it from another: a noun before it, or "of"/"on" and a noun after. */
export function namesAskedNoun(unit: Sentence, noun: string, question: Question): boolean {
  return partsOf(unit).some((part) => part.stems.includes(noun) && namedIn(part.text, noun, question));
}

function namedIn(text: string, noun: string, question: Question): boolean {
  const words = taggedWords(text);
  const other = (i: number) => !question.words.has(words[i]!.lower);
  return words.some((w, i) => {
    if (stem(w.lower) !== noun || NOUNISH.has(words[i + 1]?.pos ?? '')) return false;
    const before = words[i - 1];
    if (before && NOUNISH.has(before.pos) && other(i - 1)) return true;
    if (!SPECIFYING.test(words[i + 1]?.lower ?? '')) return false;
    for (let j = i + 2; j <= i + 1 + SPECIFIER_SPAN && words[j] && !CLAUSE_END.test(words[j]!.word); j++) {
      if ((NOUNISH.has(words[j]!.pos) || words[j]!.pos === 'NUM') && other(j)) return true;
    }
    return false;
  });
}
