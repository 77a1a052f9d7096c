import type { Document } from '../ingest/document.js';
import { stem } from '../nlp.js';
import { holdsId, type TermIndex } from './term-index.js';

/**
 * Rule HL (docs/quality.md, session 51): a story's headline says what its lead is about. For a word's stem, the first
 * sentences of the documents whose headline holds it and whose first sentence does not. A document without a headline has
 * its first sentence as its title, and gives none.
 */
export function headlineLeads(index: TermIndex, stem: string): readonly number[] {
  const holders = index.stemSentences.get(stem) ?? [];
  const out: number[] = [];
  for (const doc of titledWith(index).get(stem) ?? []) {
    const lead = index.firstSentence.get(doc.id);
    if (lead !== undefined && !holdsId(holders, lead)) out.push(lead);
  }
  return out;
}

/**
 * The documents whose headline holds each stem, in the index's order (docs/quality.md, "Session 69": a query's every word read
 * every title otherwise). Made once per index and extended by the documents added since: an index only grows in place (an
 * edit or removal makes a new one).
 */
const titled = new WeakMap<TermIndex, { read: number; byStem: Map<string, Document[]> }>();
function titledWith(index: TermIndex): ReadonlyMap<string, readonly Document[]> {
  let entry = titled.get(index);
  if (!entry) titled.set(index, (entry = { read: 0, byStem: new Map() }));
  if (entry.read < index.documents.size) {
    let at = 0;
    for (const doc of index.documents.values()) {
      if (at++ < entry.read) continue;
      for (const s of headlineStems(doc)) {
        const docs = entry.byStem.get(s);
        if (docs) docs.push(doc);
        else entry.byStem.set(s, [doc]);
      }
    }
    entry.read = index.documents.size;
  }
  return entry.byStem;
}

/**
 * A headline's words by their Porter stems, as sentence words are stemmed but without the tagger's normal forms: reading those
 * costs a pass of the tagger a title (some 0.15 ms), which a set's first query would pay for thousands of titles at once, and a
 * word whose normal form differs from itself (a contraction, a spelling variant) is rare in a headline and only lends nothing.
 */
function headlineStems(doc: Document): ReadonlySet<string> {
  return new Set(Array.from(doc.meta.title.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [], (w) => stem(w.toLowerCase().replace(/['’]s$/, ''))));
}
