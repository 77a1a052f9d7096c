import type { Sentence } from './document.js';

/**
 * A transcript's turns (docs/quality.md, "Session 64", rule TT): paragraphs opened by a speaker's label in capitals ("SEN.
 * MARGARET OYELOWO (Chair): …", "SECRETARY PRENTICE: …"). The words after a label, to the paragraph's end, are that speaker's.
 * Layout of hearings and interviews, never words of a story.
 */

/**
 * Two to five words in capitals, the last of two letters or more, maybe a role in brackets, then a colon and the words. One word
 * alone ("LONDON:") opens a wire roundup's paragraphs by their places (amendment TT′).
 */
const TURN_LABEL = /^((?:\p{Lu}[\p{Lu}.'’-]*\s+){1,4}\p{Lu}[\p{Lu}'’-]*\p{Lu}\.?)(?:\s*\([^()]{1,40}\))?:\s+\S/u;
/**
 * One word in capitals, maybe a role in brackets (amendment TT″): in a transcript by its longer labels, a speaker's surname
 * ("REYES:") or a questioner with a role ("REPORTER (Rádio Serra):").
 */
const ONE_WORD_LABEL = /^(\p{Lu}[\p{Lu}'’-]*\p{Lu})(\s*\([^()]{1,40}\))?:\s+\S/u;
/** A newsroom's labels, which open a paragraph the same way and name no one. */
const NEWSROOM_LABEL = /^(?:UPDATE|UPDATED|CORRECTION|CLARIFICATION|EDITOR'?S NOTE|NOTE|BREAKING|BREAKING NEWS|WATCH|READ MORE|RELATED|PHOTOS?|VIDEO|SOURCE|SOURCES|CONTACT|MEDIA CONTACT|ABOUT|BACKGROUND|SUMMARY)$/;
/** Turns of this many speakers at least make a transcript: one label alone may be a heading's. */
const SPEAKERS = 2;

const turnsRead = new WeakMap<readonly Sentence[], ReadonlyMap<Sentence, string>>();
const NONE: ReadonlyMap<Sentence, string> = new Map();

/** The speaker each sentence of a transcript's turn is by, as its label writes them; empty for a document that is no transcript. */
export function transcriptTurns(document: readonly Sentence[]): ReadonlyMap<Sentence, string> {
  let turns = turnsRead.get(document);
  if (!turns) turnsRead.set(document, (turns = readTurns(document)));
  return turns;
}

function readTurns(document: readonly Sentence[]): ReadonlyMap<Sentence, string> {
  const labelOf = new Map<number, string>();
  for (const s of document) {
    if (s.index !== 0) continue;
    const label = TURN_LABEL.exec(s.text)?.[1];
    if (label && !NEWSROOM_LABEL.test(label)) labelOf.set(s.paragraph, label);
  }
  const labels = new Set(labelOf.values());
  if (labelOf.size < 2 || labels.size < SPEAKERS) return NONE;
  const surnames = new Set([...labels].map((l) => l.split(/\s+/).at(-1)!));
  for (const s of document) {
    if (s.index !== 0 || labelOf.has(s.paragraph)) continue;
    const m = ONE_WORD_LABEL.exec(s.text);
    if (m && !NEWSROOM_LABEL.test(m[1]!) && (surnames.has(m[1]!) || m[2] !== undefined)) labelOf.set(s.paragraph, m[1]!);
  }
  // "SEN. OYELOWO" after "SEN. MARGARET OYELOWO": the short label is the longer one it ends like, by title and surname.
  const fullest = (label: string) => [...labels].find((l) => l.length > label.length && sameEnds(l, label)) ?? label;
  const out = new Map<Sentence, string>();
  for (const s of document) {
    const label = labelOf.get(s.paragraph);
    if (label) out.set(s, fullest(label));
  }
  return out;
}

/** A turn's own words, after its speaker's label ("DR. RAMAN: It is possible." → "It is possible."). */
export function afterTurnLabel(text: string): string {
  const m = TURN_LABEL.exec(text) ?? ONE_WORD_LABEL.exec(text);
  return m ? text.slice(m[0].length - 1) : text;
}

/** Two labels of one speaker: the same last word, and the shorter's first word (a title) the longer's first too. */
function sameEnds(longer: string, shorter: string): boolean {
  const a = longer.split(/\s+/);
  const b = shorter.split(/\s+/);
  return a.at(-1) === b.at(-1) && (b.length === 1 || a[0] === b[0]);
}
