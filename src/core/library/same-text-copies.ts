import type { BriefError } from '../errors.js';
import type { Analysis } from '../index/analysis.js';
import type { Document } from '../ingest/document.js';

/** A document left out because another one the set serves has its text: its analysis, kept to serve it again. */
export interface SkippedCopy {
  analysis: Analysis & { built: { document: Document } };
  /** The id of the served document with the same text. */
  holder: string;
}

/** The report of a skipped copy, naming both documents by file and title, as `duplicate-id` does. */
export function copyProblem(copy: Document, holder: Document | undefined, holderId: string): BriefError {
  return { code: 'duplicate-text', file: copy.id, copyOf: holderId, message: `${named(copy)} has the same text as ${holder ? named(holder) : holderId}; it is skipped as a copy` };
}

function named(d: Document): string {
  const title = d.meta.title;
  return title ? `${d.id} ("${title.length > 60 ? `${title.slice(0, 59)}…` : title}")` : d.id;
}

/**
 * The served documents by the key of their text, and the copies skipped for each: which document a new one copies,
 * and which copies a document's leaving brings back.
 */
export interface SameTextCopies {
  /** The id of the served document whose text has this key, or undefined. */
  servedWith(key: string): string | undefined;
  /** Records a document as served: its text is now taken. */
  serve(id: string, key: string): void;
  /** Records a skipped copy of a served document. */
  skip(copy: SkippedCopy): void;
  /** Whether this id is a skipped copy. */
  isSkipped(id: string): boolean;
  /** The skipped copies, in the order they were skipped. */
  skipped(): readonly SkippedCopy[];
  /**
   * Forgets the documents of these ids, served or skipped; returns the analyses of the skipped copies whose served
   * document left, to be added again (in the set's order, with the rest of a refresh's documents).
   */
  drop(ids: ReadonlySet<string>): SkippedCopy['analysis'][];
}

export function sameTextCopies(): SameTextCopies {
  const servedByKey = new Map<string, string>();
  const keyOf = new Map<string, string>();
  const copies = new Map<string, SkippedCopy>();
  return {
    servedWith: (key) => servedByKey.get(key),
    serve(id, key) {
      servedByKey.set(key, id);
      keyOf.set(id, key);
    },
    skip(copy) {
      copies.set(copy.analysis.built.document.id, copy);
    },
    isSkipped: (id) => copies.has(id),
    skipped: () => [...copies.values()],
    drop(ids) {
      for (const id of ids) {
        copies.delete(id);
        const key = keyOf.get(id);
        if (key === undefined) continue;
        keyOf.delete(id);
        if (servedByKey.get(key) === id) servedByKey.delete(key);
      }
      const orphans: SkippedCopy['analysis'][] = [];
      for (const [id, copy] of copies) {
        if (!ids.has(copy.holder)) continue;
        copies.delete(id);
        orphans.push(copy.analysis);
      }
      return orphans;
    },
  };
}
