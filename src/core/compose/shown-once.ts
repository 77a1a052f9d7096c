import { type NameGloss, notesOf, type ShownAt } from '../briefing.js';
import { type SameText, standInFor } from '../index/same-text.js';
import { SAME_POINT, samePolarity, sameQuotation, sentenceSimilarity } from '../index/similarity.js';
import type { Sentence } from '../ingest/document.js';
import type { NearDuplicates } from '../summary/near-duplicates.js';
import { carriedBy } from './figures-and-dates.js';
import type { PrintedSentence } from './same-fact-shown.js';

/**
 * Each sentence printed once per briefing: the first section to show a sentence prints it, a
 * later one refers back to it. A near copy (a wire update's) counts as the same sentence, and so does any sentence of the
 * set with the same text (`sameText`): an item that reaches a printed sentence through another wire copy refers back too.
 */
export interface ShownOnce {
  /** Records that a section's n-th item prints these sentences. */
  mark(sentences: readonly Sentence[], section: ShownAt['section'], n: number): void;
  /** `{ shownAt }` when the sentence is already printed; else records it as this item's and gives `{}`. */
  refer(sentence: Sentence, section: ShownAt['section'], n: number): { shownAt?: ShownAt };
  /** `{ shownAt }` when the sentence is already printed, else `{}`; records nothing (a difference's sides stand side by side). */
  find(sentence: Sentence): { shownAt?: ShownAt };
  /**
   * `{ shownAt }` of the first printed sentence this one is a near copy of (stem cosine ≥ SAME_POINT) with other numbers,
   * when every figure and date it states is printed by that sentence or by the item's `label` (a key figure's value, a
   * timeline entry's date): the reader loses nothing when it refers back. Else `{}`; records nothing.
   */
  findCarrying(sentence: Sentence, label: string): { shownAt?: ShownAt };
  /** The sentences printed so far, in printed order, each with where it is printed (near copies are not printed). */
  printed(): readonly PrintedSentence[];
}

export function shownOnce(near: NearDuplicates, sameText?: SameText): ShownOnce {
  const at = new Map<Sentence, ShownAt>();
  /** The sentences printed, in the order they were marked (near copies are not printed). */
  const printed: PrintedSentence[] = [];
  /** The one sentence that stands for every copy with this text. */
  const keyOf = (s: Sentence) => standInFor(s, sameText) ?? s;
  const mark: ShownOnce['mark'] = (sentences, section, n) => {
    for (const s of sentences) printed.push({ sentence: s, shownAt: { section, n } });
    for (const s of sentences) for (const copy of [s, ...near(s)]) for (const key of [copy, keyOf(copy)]) if (!at.has(key)) at.set(key, { section, n });
  };
  const find: ShownOnce['find'] = (sentence) => {
    const shown = at.get(sentence) ?? at.get(keyOf(sentence));
    return shown ? { shownAt: shown } : {};
  };
  const findCarrying: ShownOnce['findCarrying'] = (sentence, label) => {
    // Amendment NR′ (docs/quality.md, "Session 55"): "14 million dollars, not the 12 million dollars cited at trial" carries no
    // "won contracts worth 12 million dollars": a line that denies a figure is no reference for it, as rule NR has it for the rest.
    const shown = printed.find((p) => sentenceSimilarity(sentence, p.sentence) >= SAME_POINT && samePolarity(sentence, p.sentence) && sameQuotation(sentence, p.sentence) && carriedBy(sentence.text, p.sentence.text, label));
    return shown ? { shownAt: shown.shownAt } : {};
  };
  return {
    mark,
    find,
    findCarrying,
    printed: () => printed,
    refer(sentence, section, n) {
      const found = find(sentence);
      if (!found.shownAt) mark([sentence], section, n);
      return found;
    },
  };
}

const SECTION_NAMES: Record<ShownAt['section'], string> = {
  summary: 'summary',
  keyPoints: 'key point',
  quotes: 'quote',
  figures: 'figure',
  timeline: 'timeline entry',
  differences: 'difference',
};

/** "see key point 2", "see summary sentence 3": how a renderer refers back to a sentence already printed. */
export function seeAlso(shownAt: ShownAt): string {
  return `see ${placeOf(shownAt)}`;
}

/**
 * "continues summary sentence 2", "continues key point 1": how every renderer says that an item's sentence follows one printed
 * before it, naming that very sentence (for the summary, its place among the summary's printed sentences). "continues", not
 * "after": in a timeline "after" reads as a time (docs/quality.md, "Twenty-fourth round (issue 16after)").
 */
export function afterNote(shownAt: ShownAt): string {
  return `continues ${placeOf(shownAt)}`;
}

/** "summary sentence 2", "key point 1": a printed item by its section and place (the summary's by its printed sentences). */
function placeOf(shownAt: ShownAt): string {
  return `${SECTION_NAMES[shownAt.section]}${shownAt.section === 'summary' ? ' sentence' : ''} ${shownAt.n}`;
}

/**
 * An item's printed text, as its renderer escapes it: a reference back when already printed, else its text, after the note of
 * what it leans on, with whose view it is when it comes from an opinion piece.
 */
export function printedText(item: { text: string; shownAt?: ShownAt; after?: ShownAt; names?: readonly NameGloss[]; attribution?: string }, escapeText: (text: string) => string): string {
  if (item.shownAt) return `(${seeAlso(item.shownAt)})`;
  return `${item.after ? `(${afterNote(item.after)}) ` : ''}${escapeText(item.text)}${notesOf(item)
    .map((note) => ` (${escapeText(note)})`)
    .join('')}`;
}
