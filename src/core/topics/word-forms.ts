import { lexiconWordsBeginning } from '../index/related-words.js';
import type { TermIndex } from '../index/term-index.js';
import { stem } from '../nlp.js';
import { RELATED_IN_CONTEXT } from './question-focus.js';

/**
 * Another form of a question's word that the stemmer does not join to it ("pleas" for "plead", "economy" for "economic",
 * "Lebanon" for "Lebanese"): docs/quality.md, "Nineteenth round (issue 16pool2)". Derivation in English keeps a word's first
 * part and changes its ending; a shared first part alone joins unrelated words ("state", "statement") and closeness alone
 * joins other words ("Syria" for "Lebanon"), so a form must be both: close in the lexicon and written alike.
 */

/** Letters a form shares with the word at least, and the most it may differ in after them (of the shorter stem). */
const SHARED_LETTERS = 4;
const CHANGED_ENDING = 2;

/** Endings that make a doer's noun or a comparative of a word ("rescuer", "dancer", "later"): another thing than the word's, not its form. */
const DOER_ENDING = /^(?:e?r|or|ist)$/;

/** Whether one stem is the other with a doer's or comparative ending added ("late" and "later": the stemmer keeps the "e"). */
function addsDoerEnding(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.startsWith(short) && DOER_ENDING.test(long.slice(short.length));
}

/** Whether two stems share a first part covering all but the last CHANGED_ENDING letters of the shorter (and at least SHARED_LETTERS). */
export function writtenAlike(a: string, b: string): boolean {
  let shared = 0;
  while (shared < a.length && shared < b.length && a[shared] === b[shared]) shared++;
  return shared >= SHARED_LETTERS && shared >= Math.min(a.length, b.length) - CHANGED_ENDING;
}

/**
 * For each of a question's words (lower-cased), the stems the set uses (`has`) that are another form of it, by the word's
 * stem; words with none are left out. Each word is looked up once a process: readers ask the same words.
 */
export function otherForms(words: Iterable<string>, has: (stem: string) => boolean): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const word of words) {
    const own = stem(word);
    const forms = formsOf(word).filter((s) => s !== own && has(s));
    if (forms.length) out.set(own, [...new Set([...(out.get(own) ?? []), ...forms])]);
  }
  return out;
}

const CACHED_WORDS = 5000;
const known = new Map<string, string[]>();

function formsOf(word: string): string[] {
  let forms = known.get(word);
  if (forms) return forms;
  const own = stem(word);
  forms =
    word.length < SHARED_LETTERS
      ? []
      : lexiconWordsBeginning(word.slice(0, SHARED_LETTERS), word).flatMap((w) => {
          const s = stem(w.word);
          return w.similarity >= RELATED_IN_CONTEXT && s !== own && writtenAlike(own, s) && !addsDoerEnding(own, s) ? [s] : [];
        });
  if (known.size >= CACHED_WORDS) known.delete(known.keys().next().value!);
  known.set(word, forms);
  return forms;
}

/** The sentences that hold a stem or one of its other forms, each once, in rising order (posting lists are). */
export function sentencesWithForms(index: TermIndex, s: string, forms: readonly string[] | undefined): readonly number[] {
  const own = index.stemSentences.get(s) ?? [];
  if (!forms?.length) return own;
  const all = new Set(own);
  for (const f of forms) for (const id of index.stemSentences.get(f) ?? []) all.add(id);
  return [...all].sort((a, b) => a - b);
}
