import type { Sentence } from '../ingest/document.js';
import type { TermIndex } from './term-index.js';

/**
 * The sentence of a set that stands for every sentence with the same text (wire copies,
 * reprints), or undefined: what depends on a sentence's text alone (its slots, its quotation
 * marks, who it reports speaking) is worked out once for all its copies.
 */
export type SameText = (s: Sentence) => Sentence | undefined;

export function sameTextIn(index: TermIndex): SameText {
  return (s) => index.sentences[index.textIds.get(s.text) ?? -1];
}

/** Another sentence with this one's text, whose text-only readings this one can take. */
export function standInFor(s: Sentence, sameText: SameText | undefined): Sentence | undefined {
  const first = sameText?.(s);
  return first && first !== s && first.text === s.text ? first : undefined;
}
