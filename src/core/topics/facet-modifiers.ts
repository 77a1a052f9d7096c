import type { TermIndex } from '../index/term-index.js';
import { its, readDoc, stem } from '../nlp.js';

/**
 * Whether a facet named by one word is, in the set, mostly the first word of compounds
 * (docs/quality.md, "Twenty-sixth round (issue 16facets3)", rule M): "12 crew members", "child
 * trafficking". What those sentences talk about is the compound's head; the word alone names the
 * thing only through it, and relevance would take any compound of it ("search crews" for Crew).
 */

/** Distinct sentences read, at most: tagging is the cost, and a dozen uses show how a word is written. */
const TEXTS_READ = 12;

/** Whether a tagged sentence writes the word (its stem) as a noun, and if so whether a noun follows it; undefined when it does not. */
export function modifiesNextNoun(text: string, word: string): boolean | undefined {
  const tokens = readDoc(text).tokens();
  const tags = tokens.out(its.pos) as string[];
  const normals = tokens.out(its.normal) as string[];
  const at = normals.findIndex((w, i) => tags[i] === 'NOUN' && stem(w.replace(/['’]s$/, '')) === word);
  if (at < 0) return undefined;
  return tags[at + 1] === 'NOUN';
}

/**
 * Whether in more than half of the distinct sentences that write it as a noun, a lone word stands
 * before a noun it modifies: the share of `headOfTheSetsNames`, its mirror (the word as the head
 * of the set's two-word names).
 */
export function writtenAsModifier(index: TermIndex, word: string, ids: ReadonlySet<number>): boolean {
  const texts = new Set<string>();
  let nouns = 0;
  let modifiers = 0;
  for (const id of ids) {
    const text = index.sentences[id]!.text;
    if (texts.has(text)) continue;
    texts.add(text);
    const modifies = modifiesNextNoun(text, word);
    if (modifies === undefined) continue;
    nouns++;
    if (modifies) modifiers++;
    if (nouns >= TEXTS_READ) break;
  }
  return modifiers * 2 > nouns;
}
