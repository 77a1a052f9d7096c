import type { Document } from '../ingest/document.js';
import { stem } from '../nlp.js';
import { holdsId, type TermIndex } from './term-index.js';

/**
 * Rule HL (docs/quality.md, session 51): a story's headline says what its lead is about. For a word's stem, the first
 * sentences of the documents whose headline holds it and whose first sentence does not. A document without a headline has
 * its first sentence as its title, and gives none.
 */
export function headlineLeads(index: TermIndex, stem: string): readonly number[] {
  // A Porter stem is its word's opening letters but for a last one it may change ("compani" of "company"): titles without
  // them are passed over unread, so a query reads each headline by a substring test, and stems only the few that may hold it.
  const opening = stem.slice(0, Math.max(3, stem.length - 1));
  const holders = index.stemSentences.get(stem) ?? [];
  const out: number[] = [];
  for (const [docId, doc] of index.documents) {
    const title = lowerTitle(doc);
    if (!title.includes(opening) || !headlineStems(doc).has(stem)) continue;
    const lead = index.firstSentence.get(docId);
    if (lead !== undefined && !holdsId(holders, lead)) out.push(lead);
  }
  return out;
}

const lowered = new WeakMap<Document, string>();
const stemmed = new WeakMap<Document, ReadonlySet<string>>();

function lowerTitle(doc: Document): string {
  let title = lowered.get(doc);
  if (title === undefined) lowered.set(doc, (title = doc.meta.title.toLowerCase()));
  return title;
}

/**
 * A headline's words by their Porter stems, as sentence words are stemmed but without the tagger's normal forms: reading those
 * costs a pass of the tagger a title (some 0.15 ms), which a common word's first query would pay for thousands of titles at once,
 * and a word whose normal form differs from itself (a contraction, a spelling variant) is rare in a headline and only lends nothing.
 */
function headlineStems(doc: Document): ReadonlySet<string> {
  let stems = stemmed.get(doc);
  if (!stems) stemmed.set(doc, (stems = new Set(Array.from(doc.meta.title.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [], (w) => stem(w.toLowerCase().replace(/['’]s$/, ''))))));
  return stems;
}
