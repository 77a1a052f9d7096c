import type { TermIndex } from '../index/term-index.js';
import { its, readDoc, stem } from '../nlp.js';

/**
 * Whether a facet phrase is what any clause of its set is about (docs/quality.md, "Session 33
 * (16facets5)", rule C): the head of some sentence's subject or object, not only the object of a
 * preposition ("in deep waters", "the size of a football field"), a copula's complement ("not a
 * normal fire"), a comparison's term or a word inside a longer name ("the largest oil company").
 * A phrase no clause is about names a setting, a medium or a fragment, not an angle a reader asks for.
 */

/** How a sentence writes a phrase at its first mention: as a clause's argument, before a noun it modifies (its stem), or otherwise. */
export type Mention = { kind: 'argument' } | { kind: 'modifier'; of: string } | { kind: 'other' };

/** Tags a noun phrase is made of, walking back from its head (possessive pronouns are checked apart). */
const NOUN_PHRASE = new Set(['DET', 'ADJ', 'ADV', 'NOUN', 'PROPN', 'NUM', 'PART']);
const POSSESSIVES = new Set(['its', 'his', 'her', 'their', 'our', 'my', 'your']);
/** English verb particles: after a verb they belong to it ("hook up the connections"), they open no phrase. */
const PARTICLES = new Set(['up', 'down', 'out', 'off', 'away', 'back']);
/** Forms of "be": a noun phrase after one says what something is. */
const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'am']);
/** Words that open the term of a comparison, whatever the tagger reads them as. */
const COMPARISON = new Set(['than', 'as', 'like']);

/** How a tagged sentence writes a phrase (its stems, space-separated) at its first mention; undefined when it does not. */
export function mentionOf(text: string, phrase: string): Mention | undefined {
  const stems = phrase.split(' ');
  const tokens = readDoc(text).tokens();
  const tags = tokens.out(its.pos) as string[];
  const normals = tokens.out(its.normal) as string[];
  const wordStems = normals.map((w) => stem(w.replace(/['’]s$/, '')));
  const at = wordStems.findIndex((_, i) => stems.every((s, k) => wordStems[i + k] === s));
  if (at < 0) return undefined;
  const next = at + stems.length;
  if (tags[next] === 'NOUN' || tags[next] === 'PROPN') return { kind: 'modifier', of: wordStems[next]! };
  let k = at - 1;
  while (k >= 0 && (NOUN_PHRASE.has(tags[k]!) || (tags[k] === 'PRON' && POSSESSIVES.has(normals[k]!)))) {
    if (COMPARISON.has(normals[k]!)) break;
    k--;
  }
  if (k < 0) return { kind: 'argument' };
  const gate = normals[k]!;
  if (COMPARISON.has(gate)) return { kind: 'other' };
  if (tags[k] === 'ADP') return PARTICLES.has(gate) && (tags[k - 1] === 'VERB' || tags[k - 1] === 'AUX') ? { kind: 'argument' } : { kind: 'other' };
  // A copula's complement: "is not a normal fire" (adverbs and "not" between are walked over above).
  let g = k;
  while (g >= 0 && (tags[g] === 'ADV' || tags[g] === 'PART')) g--;
  if (BE.has(gate) || (g >= 0 && g < k && BE.has(normals[g]!))) return { kind: 'other' };
  return { kind: 'argument' };
}

/**
 * Whether no distinct sentence of the set writes the phrase as a clause's subject or object. Uses
 * before a noun count as the phrase's own when the nouns differ (the commonest takes at most half:
 * "human rights groups", "human rights treaty"): a thing named attributively, not a fragment of one name.
 */
export function noClauseIsAbout(index: TermIndex, phrase: string, ids: ReadonlySet<number>): boolean {
  const texts = new Set<string>();
  const modified = new Map<string, number>();
  let modifiers = 0;
  for (const id of ids) {
    const text = index.sentences[id]!.text;
    if (texts.has(text)) continue;
    texts.add(text);
    const mention = mentionOf(text, phrase);
    if (mention?.kind === 'argument') return false;
    if (mention?.kind !== 'modifier') continue;
    modifiers++;
    modified.set(mention.of, (modified.get(mention.of) ?? 0) + 1);
  }
  const commonest = Math.max(0, ...modified.values());
  return !(modifiers > 0 && commonest * 2 <= modifiers);
}
