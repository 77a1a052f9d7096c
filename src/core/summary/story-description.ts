import { descriptionHead, leansOnBefore } from '../index/stands-alone.js';
import type { Sentence } from '../ingest/document.js';
import { stem } from '../nlp.js';

/**
 * A sentence that takes up its story's main thing by a definite description (docs/quality.md, "Nineteenth round (issue
 * 15sel)"): "The fast-spreading fire gutted the building…" after its article's lead "A fire turned a dance hall…". It
 * leans on the sentence before only by that description's head (16l), yet what it takes up is what the lead tells, so a
 * lead of any article that names the same thing, shown before it, tells the reader what it is.
 */

/**
 * The head of the description sentence `k` of `doc` opens on, when the head's own word in the sentence before is all it
 * leans on there (were the word absent it would not lean: no question, collective, event noun, name family, named thing,
 * anaphoric noun or count leans it too) and its document's lead holds that word; otherwise null.
 */
export function storyDescription(doc: readonly Sentence[], k: number): string | null {
  const sentence = doc[k];
  const before = doc[k - 1];
  if (!sentence || !before) return null;
  const head = descriptionHead(sentence.text.trim());
  if (head === null) return null;
  const own = stem(head);
  if (!doc[0]!.stems.includes(own) || !leansOnBefore(sentence.text, before)) return null;
  return leansOnBefore(sentence.text, { text: before.text, stems: before.stems.filter((s) => s !== own) }) ? null : head;
}

/** A word written in lower case: a common noun, where a capitalised one may be part of a name. */
const COMMON_WORD = /(?<![\p{L}'’-])\p{Ll}[\p{Ll}'’-]*/gu;

/**
 * Whether a shown unit tells the reader the story's thing a description's head names: it opens on a document's lead
 * whose noun phrases hold the head's stem ("A fire turned…" for "the fire"; "police fired" does not), written as a
 * common noun, in lower case. A body sentence that itself takes the thing up ("The cause of the fire…") introduces
 * nothing: it leans as the held sentence does; nor does a name that holds the word ("the Human Rights Torch Relay"
 * for "the torch"): it names one particular thing, not the one the description's own lead told of.
 */
export function leadNames(opening: Sentence, head: string): boolean {
  const own = stem(head);
  return opening.position === 0 && opening.phrases.includes(own) && (opening.text.match(COMMON_WORD) ?? []).some((w) => stem(w) === own);
}
