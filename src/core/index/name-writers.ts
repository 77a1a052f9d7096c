import { holdsId, type TermIndex } from './term-index.js';

/**
 * Which of an index's documents write a capitalised word, known once per index rather than read from every document a
 * briefing cites (docs/quality.md, "Issue 17, twenty-fourth round (17gloss)"). A document "writes" a word when one of its
 * sentences' texts holds it with no letter either side: then each of the word's letter runs is a maximal run of
 * letters there, so the word's first run, which opens on a capital in a name, finds every such document (and maybe a few
 * more, which a caller's own test turns away).
 */
export type NameWriters = (word: string) => ((docId: string) => boolean) | undefined;

interface Kept {
  /** How many of the index's documents, in the order they were added, are read into `byRun`. */
  read: number;
  /** Each capitalised letter run → the first-sentence ids of the documents writing it, ascending. */
  byRun: Map<string, number[]>;
}

/** A rebuilt index is a new object; otherwise documents are only appended, so the documents read stay right. */
const kept = new WeakMap<TermIndex, Kept>();

const CAPITALISED_RUN = /(?<!\p{L})\p{Lu}\p{L}*/gu;
const FIRST_RUN = /^\p{L}+/u;

export function nameWritersOf(index: TermIndex): NameWriters {
  return (word) => {
    const run = FIRST_RUN.exec(word)?.[0];
    if (!run || !/^\p{Lu}/u.test(run)) return undefined;
    const firsts = upToDate(index).byRun.get(run) ?? [];
    return (docId) => {
      const first = index.firstSentence.get(docId);
      return first !== undefined && holdsId(firsts, first);
    };
  };
}

function upToDate(index: TermIndex): Kept {
  readNameWriters(index, Number.POSITIVE_INFINITY);
  return kept.get(index)!;
}

/** Documents read between two looks at the clock. */
const BETWEEN_CHECKS = 16;

/**
 * Reads the index's documents into its writers table until the clock passes `until` (`performance.now()`); whether the table
 * now holds every document. The set's background preparation calls it in slices, so the first answer that glosses a name
 * after a restart (whose topic briefings are read back, not composed) finds the table made instead of reading 10,000
 * documents itself (docs/quality.md, "Issue 17, session 47").
 */
export function readNameWriters(index: TermIndex, until: number): boolean {
  let k = kept.get(index);
  if (!k || k.read > index.documents.size) {
    k = { read: 0, byRun: new Map() };
    kept.set(index, k);
  }
  if (k.read === index.documents.size) return true;
  let at = 0;
  for (const document of index.documents.values()) {
    if (at++ < k.read) continue;
    const first = index.firstSentence.get(document.id)!;
    const runs = new Set<string>();
    for (const s of document.sentences) {
      // Texts alone, not speakers: a speaker is named in its document's words (17defer's P2: 8,632 speakers, no capitalised
      // run missing from their documents' texts), and reading speakers would make every deferred document's readings at
      // the first surname gloss (docs/quality.md, "Issue 17, thirtieth round (17pool)").
      for (const m of s.text.matchAll(CAPITALISED_RUN)) runs.add(m[0]);
    }
    for (const run of runs) {
      const list = k.byRun.get(run);
      if (list) list.push(first);
      else k.byRun.set(run, [first]);
    }
    k.read++;
    if (k.read % BETWEEN_CHECKS === 0 && performance.now() >= until) break;
  }
  return k.read === index.documents.size;
}
