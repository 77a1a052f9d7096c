import type { Document } from '../ingest/document.js';

/**
 * Each document's distinct stems and how often each occurs, counted when the document is added to
 * the index. Topic discovery weighs every document's stems once the whole set is in (a stem's
 * weight needs its document count); the counting itself needs only the document, so a first index
 * does it while it still waits on its workers, not in the serial tail after the last of them
 * (docs/quality.md, "twenty-first round (17disc)").
 */
export interface StemTable {
  /** Each stem's number, and back. */
  numbers: Map<string, number>;
  stems: string[];
  /** A document's stems by number, in the order they first occur, and each one's count. */
  byDocument: WeakMap<Document, DocumentStems>;
  /** Counts by stem number while one document is counted; zero between documents. */
  scratch: Int32Array;
}

export interface DocumentStems {
  numbers: Int32Array;
  counts: Int32Array;
}

/**
 * Held beside the index, not in it, keyed by the index: an index built another way (a restored
 * snapshot) has none, and each of its documents is counted when first asked for.
 */
const tables = new WeakMap<object, StemTable>();

export function stemTable(index: object): StemTable {
  let table = tables.get(index);
  if (!table) tables.set(index, (table = { numbers: new Map(), stems: [], byDocument: new WeakMap(), scratch: new Int32Array(1024) }));
  return table;
}

/** A document's counted stems, counted now (and kept) if they were not when it was indexed. */
export function stemCounts(table: StemTable, document: Document): DocumentStems {
  return table.byDocument.get(document) ?? countStems(table, document);
}

/** Counts a document's stems (every occurrence, in every sentence) and keeps them. */
export function countStems(table: StemTable, document: Document): DocumentStems {
  const firstSeen: number[] = [];
  for (const s of document.sentences) {
    for (const st of s.stems) {
      let n = table.numbers.get(st);
      if (n === undefined) {
        n = table.stems.push(st) - 1;
        table.numbers.set(st, n);
        if (n >= table.scratch.length) {
          const grown = new Int32Array(table.scratch.length * 2);
          grown.set(table.scratch);
          table.scratch = grown;
        }
      }
      const seen = table.scratch[n]!;
      table.scratch[n] = seen + 1;
      if (seen === 0) firstSeen.push(n);
    }
  }
  const counts = new Int32Array(firstSeen.length);
  firstSeen.forEach((n, i) => {
    counts[i] = table.scratch[n]!;
    table.scratch[n] = 0;
  });
  const counted = { numbers: Int32Array.from(firstSeen), counts };
  table.byDocument.set(document, counted);
  return counted;
}
