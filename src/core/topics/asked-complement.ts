import { its, readDoc, stem } from '../nlp.js';
import { stemsOf } from './relevance.js';

/**
 * The complement that picks which instance a question asks about: "the Nobel prize | for medicine", "the bomber | on the
 * number 30 bus", "the torch relay | in London". A set may tell many prizes, bombers or relays; a point about "the prize for
 * literature" holds the question's other words and answers another question (docs/quality.md, "Thirty-first round (issue
 * 16lead12)", rule C). Read by part of speech: a verb before the preposition ("held in Italy") names no instance.
 */
export interface AskedComplement {
  /** The stem of the noun the complement follows ("prize"). */
  head: string;
  /** The preposition that opens it, lower-cased ("for"). */
  preposition: string;
  /** Stems of its content words ("medicin"). */
  stems: readonly string[];
}

/** Parts of speech a noun phrase after a preposition is made of. */
const NOUN_PHRASE = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN']);
const HEAD = new Set(['NOUN', 'PROPN']);

const complements = new Map<string, AskedComplement | undefined>();

/**
 * The asked complement of a question (its text from the question word), or undefined: its first preposition when a noun
 * stands right before it, with the noun phrase after it. Not "of": after a noun it mostly gives the argument of a
 * relational noun ("the head of the agency"), which the news names in many ways, not the modifier that picks one instance.
 */
export function askedComplementOf(text: string): AskedComplement | undefined {
  if (complements.has(text)) return complements.get(text);
  const complement = readComplement(text);
  if (complements.size > 1000) complements.clear();
  complements.set(text, complement);
  return complement;
}

function readComplement(text: string): AskedComplement | undefined {
  const tokens = readDoc(text).tokens();
  const words = tokens.out() as string[];
  const pos = tokens.out(its.pos) as string[];
  const at = pos.indexOf('ADP');
  if (at < 1) return undefined;
  const preposition = words[at]!.toLowerCase();
  if (preposition === 'of' || !HEAD.has(pos[at - 1]!)) return undefined;
  let end = at + 1;
  // A genitive is a determiner of the noun after it: "bin Laden's camps" is one phrase (wink tags "'s" as a particle).
  while (end < words.length && (NOUN_PHRASE.has(pos[end]!) || /^['’]s$/.test(words[end]!))) end++;
  const stems = stemsOf(words.slice(at + 1, end).join(' '));
  if (!stems.length) return undefined;
  return { head: stem(words[at - 1]!.toLowerCase().replace(/['’]s$/, '')), preposition, stems };
}
