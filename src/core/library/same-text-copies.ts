import { createHash } from 'node:crypto';
import type { BriefError } from '../errors.js';
import type { Analysis } from '../index/analysis.js';
import type { Document } from '../ingest/document.js';

/**
 * What makes two documents the same article: the cleaned body (what cleaning leaves of the text, without the
 * headline, dateline or front matter), every run of whitespace folded to one space. A briefing cites and counts
 * sentences of the body, so a second document with the same body adds nothing a reader could see; a re-sent wire
 * item is often retitled and re-wrapped without a word of its text changed. Held as a hash, not the text, so the
 * set's bodies are not kept twice.
 */
export function bodyKey(document: Pick<Document, 'paragraphs'>): string {
  const body = document.paragraphs.join(' ');
  return createHash('sha256')
    .update(isFolded(body) ? body : body.replace(/\s+/g, ' ').trim())
    .digest('base64url');
}

/**
 * Whether the text has no whitespace but single spaces between words: cleaning leaves most bodies so, and one scan
 * of char codes costs a fraction of the replace (at 10,000 articles a start pays the key of each).
 */
function isFolded(text: string): boolean {
  if (text.charCodeAt(0) === 32 || text.charCodeAt(text.length - 1) === 32) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (text.charCodeAt(i + 1) === 32) return false;
    } else if (c < 32 ? c >= 9 && c <= 13 : c >= 160 && isUnicodeSpace(c)) return false;
  }
  return true;
}

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

/** The code units besides ASCII's that `\s` matches. */
function isUnicodeSpace(c: number): boolean {
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
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
