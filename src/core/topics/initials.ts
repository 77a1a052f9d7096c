import type { TermIndex } from '../index/term-index.js';
import { queryStems } from './read-query.js';

/**
 * Rule AC (docs/quality.md, "Session 56"): initials typed in capitals that the set never uses ("NTSB"), read as the run of
 * capitalised words the set writes them for ("National Transportation Safety Board"). English function words, no story word.
 */

/** A word typed in capitals, two to six letters ("NTSB", "IMF"); a plural ("MPs", "NGOs") is a common noun, no body's name (AC′). */
const TYPED_INITIALS = /\b([A-Z]{2,6})\b/g;
/** Words a body's name holds that its initials skip. */
const SKIPPED = '(?:of|the|and|for|on|in|de|du|la|des|&)';

/** The runs found for each set of initials, per index and its size: the set's text is scanned once per new initials. */
const found = new WeakMap<TermIndex, { size: number; runs: Map<string, string | undefined> }>();

/** The query with each set of initials the set does not use but writes in full replaced by the full name; as typed otherwise. */
export function withInitialsWritten(index: TermIndex, query: string): string {
  return query.replace(TYPED_INITIALS, (typed, letters: string) => {
    const [own] = queryStems(letters);
    if (!own || index.stemSentences.has(own)) return typed;
    return nameInFull(index, letters) ?? typed;
  });
}

/** The run of capitalised words with these initials the set writes most often, if any. */
function nameInFull(index: TermIndex, letters: string): string | undefined {
  let known = found.get(index);
  if (!known || known.size !== index.sentences.length) found.set(index, (known = { size: index.sentences.length, runs: new Map() }));
  if (known.runs.has(letters)) return known.runs.get(letters);
  const word = (l: string) => `${l}[\\p{Ll}'’-]+`;
  const run = new RegExp(`\\b${[...letters].map(word).join(`(?:\\s+${SKIPPED})*\\s+`)}\\b`, 'gu');
  const counts = new Map<string, number>();
  for (const s of index.sentences) {
    if (!s.text.includes(letters[0]!)) continue;
    for (const m of s.text.matchAll(run)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  known.runs.set(letters, best);
  return best;
}
