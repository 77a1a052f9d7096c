import { findFigures } from '../facts/figures.js';
import { countKey, numericValue } from '../facts/figures-differ.js';
import { findQuotes } from '../facts/quotes.js';
import { findDates } from '../facts/timeline.js';
import type { Sentence } from '../ingest/document.js';
import { hasQuotationMark, quotationSpans } from '../ingest/quotation.js';

/**
 * The facts a sentence states, as the product's own extractors find them: a figure with what it
 * counts (figures.ts), a quote with a speaker (quotes.ts), a resolved date (timeline.ts). A fact
 * is its keys: another sentence states the same fact when it has one of them (a figure: the same
 * value and a counted word in common; a quote: the same quoted words; a date: the same day).
 * The digest prefers sentences whose facts no earlier document states (select-update.ts).
 */
export type FactKeys = readonly string[];

export interface FactContext {
  /** Every sentence of a document: a quote's speaker may be named sentences away. */
  ofDocument: (docId: string) => readonly Sentence[];
  publishedOf: (docId: string) => string | undefined;
  /** The year an undated article most likely means (timeline.ts storyDateOf). */
  storyDate?: string;
}

/** The facts each sentence states, in order. */
export function statedFacts(sentences: readonly Sentence[], context: FactContext): FactKeys[][] {
  const out = new Map<Sentence, FactKeys[]>(sentences.map((s) => [s, figureFacts(s)]));
  for (const q of findQuotes(sentences, context.ofDocument)) {
    const words = quotedWords(q.sentence);
    if (q.speaker && words) out.get(q.sentence)!.push([`q${words}`]);
  }
  for (const d of findDates(sentences, context.publishedOf, context.storyDate)) if (d.date !== null) out.get(d.sentence)!.push([`d${d.date}`]);
  return sentences.map((s) => dedupe(out.get(s)!));
}

/**
 * Keys of the facts earlier documents state, cheap enough for every earlier sentence: figures
 * (stored with each sentence) and quoted words (a scan for quotation marks). Dates need the date
 * parser, so only `dated` sentences are read for them (a topic's most relevant earlier ones).
 */
export function knownFactKeys(sentences: Iterable<Sentence>, dated: readonly Sentence[], context: FactContext, into: Set<string> = new Set()): Set<string> {
  for (const s of sentences) for (const k of plainKeysOf(s)) into.add(k);
  for (const d of findDates(dated, context.publishedOf, context.storyDate)) if (d.date !== null) into.add(`d${d.date}`);
  return into;
}

/** A sentence's figure and quote keys, kept: every digest reads all earlier sentences for them. */
const plainKeys = new WeakMap<Sentence, readonly string[]>();

function plainKeysOf(sentence: Sentence): readonly string[] {
  let keys = plainKeys.get(sentence);
  if (!keys) {
    const words = quotedWords(sentence);
    plainKeys.set(sentence, (keys = [...figureFacts(sentence).flat(), ...(words ? [`q${words}`] : [])]));
  }
  return keys;
}

function figureFacts(sentence: Sentence): FactKeys[] {
  return findFigures([sentence]).flatMap((f) => {
    const value = numericValue(f.value);
    const keys = [...countKey(f)].map((c) => `f${value}|${c}`);
    // A number whose sentence does not say what it counts is no fact a reader can place.
    return keys.length ? [keys] : [];
  });
}

/** The words inside a sentence's quotation marks (all of it inside a quotation that runs on), folded. */
function quotedWords(sentence: Sentence): string {
  const text = sentence.text;
  if (!hasQuotationMark(text)) return '';
  const inside = quotationSpans(text, false)
    .spans.map((span) => text.slice(span.start, span.end))
    .join(' ');
  return (inside.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

function dedupe(facts: readonly FactKeys[]): FactKeys[] {
  const seen = new Set<string>();
  return facts.filter((keys) => {
    const id = keys.join(' ');
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
