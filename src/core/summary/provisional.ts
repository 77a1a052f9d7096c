import type { Sentence } from '../ingest/document.js';
import { partsOf } from './passages.js';

/**
 * Rule PN (docs/quality.md, "Session 47"): a report that something is not yet known ("The cause of the fire was not immediately
 * known.", "No deaths have yet been reported", "There were no immediate reports of damage", "… were not available for comment")
 * is news only until a later report, which in a set of several days' copy usually knows it. Closed classes of English: a
 * negation, an adverb of provisional time (yet, immediately, so far) and a verb of knowing or reporting.
 */
const KNOWN = '(?:known|reported|confirmed|clear|certain|identified|determined|released|disclosed|available)';
const PROVISIONAL = new RegExp(
  [
    // "was not immediately known", "is not yet clear", "had not yet been identified", "haven't been confirmed so far"
    String.raw`\b(?:not|n't)\s+(?:yet|immediately)\s+(?:been\s+)?${KNOWN}\b`,
    String.raw`\b(?:not|n't)\s+(?:been\s+)?${KNOWN}\s+(?:yet|immediately|so\s+far)\b`,
    // "No deaths have yet been reported", "no one was immediately reported hurt", "no casualties were reported so far"
    String.raw`\bno\b[^.;:,]{0,40}?\b(?:yet|immediately)\s+(?:been\s+)?${KNOWN}\b`,
    String.raw`\bno\b[^.;:,]{0,40}?\b${KNOWN}\s+so\s+far\b`,
    // "have yet to be identified", "no immediate reports of damage", "not available for comment"
    String.raw`\byet\s+to\s+be\s+${KNOWN}\b`,
    String.raw`\bno\s+immediate\s+(?:reports?|word|information|details|confirmation|comment|indication)\b`,
    String.raw`\b(?:not|n't)\s+(?:immediately\s+)?available\s+for\s+comment\b`,
  ].join('|'),
  'i',
);

/**
 * Amendment PN″ (docs/quality.md, "Session 72"): "We have not established a cause": a present perfect denied is not known as
 * yet. Not inside a relative clause ("organized by eight party-arrangers whom police have not identified"): that describes a
 * noun of a sentence that tells something else.
 */
const PERFECT_DENIED = /\b(?:have|has)\s*(?:not|n't)\s+(?:yet\s+)?(?:established|determined|identified|confirmed)\b/gi;
const RELATIVE_BEFORE = /\b(?:whom|which|who|that|whose)\s+(?:[\w'’-]+\s+){0,3}$/i;
function perfectDenied(text: string): boolean {
  for (const m of text.matchAll(PERFECT_DENIED)) if (!RELATIVE_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) return true;
  return false;
}

const read = new WeakMap<Sentence, boolean>();

/** Whether a sentence reports something as not yet known (rule PN); a passage, by its first sentence, which the rest lean on (PN′). */
export function reportsNotYetKnown(unit: Sentence): boolean {
  const first = partsOf(unit)[0]!;
  let found = read.get(first);
  if (found === undefined) read.set(first, (found = PROVISIONAL.test(first.text) || perfectDenied(first.text)));
  return found;
}

/**
 * Of the sentences a selection weighs, those that report as not yet known what a document published after their own, among
 * them, may know: they are left out. From the newest document (or one with no date), such a report is what is known.
 */
export function staleReports(weighed: Iterable<Sentence>, publishedOf: (docId: string) => string | undefined): (s: Sentence) => boolean {
  let newest = '';
  for (const s of weighed) {
    const published = publishedOf(s.docId) ?? '';
    if (published > newest) newest = published;
  }
  return (s) => {
    if (!reportsNotYetKnown(s)) return false;
    const published = publishedOf(s.docId);
    return published !== undefined && published < newest;
  };
}
