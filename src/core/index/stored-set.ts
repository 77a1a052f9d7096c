import { createHash } from 'node:crypto';
import { coreCodeHash } from '../code-hash.js';
import type { BriefError } from '../errors.js';
import { inSlices } from '../event-loop-slices.js';
import type { Document, Sentence } from '../ingest/document.js';
import { ANALYSIS_VERSION, type Analysis, type AnalysisCache, encodePlain, folderEntry, type ReadingAhead, readingAhead, readPlainEntry } from './analysis.js';
import { bodyKey } from './body-key.js';
import { makeDeferred } from './deferred-readings.js';
import { isPackedIndex, type PackedIndex, packIndex, unpackIndex } from './index-snapshot.js';
import { isNumbers, NO_SURFACES, type Numbers, type PackedDocument, packDocument, stringOf, stringTable, unpackDocument, unpackStrings } from './pack-analysis.js';
import { packExtras, unpackExtras } from './pack-extras.js';
import type { TermIndex } from './term-index.js';

/**
 * A whole set as a few stored entries: its documents with one string table for all of them, and its
 * term index. A restart over unchanged files reads these instead of ten thousand analyses (each with
 * its own table of the same words) and builds no index: that reading, interning and indexing were
 * most of a restart's CPU. The analyses stay stored one by one too, for a set that changed.
 *
 * The head holds all but the indexed documents, which follow in DOCUMENT_PARTS parts under keys of
 * their own: a store that hands entries over as it reads them (AnalysisCache.getEach) lets a restart
 * unpack one part while the next is read, where one entry of tens of MB left it waiting.
 */
interface StoredSet {
  key: string;
  strings: Uint8Array;
  stringLengths: Numbers;
  /** Documents left out of the index because an earlier one has their text (same-text-copies.ts), in the set's order. */
  copies: StoredDocument[];
  /** Each document's bodyKey, the indexed ones then the copies. */
  bodyKeys: string[];
  /** Documents that could not be analysed, as reported. */
  errors: BriefError[];
  index: PackedIndex;
  /** How many indexed documents each part holds, in order. */
  parts: number[];
}

/** One part of the indexed documents, in the index's order; `key` is the head's, so parts of another stored set are told apart. */
interface StoredPart {
  key: string;
  documents: StoredDocument[];
}

const DOCUMENT_PARTS = 4;

/** A packed document whose sentence extras of known shapes are numbers (pack-extras.ts), the rest left in `rest`. */
type StoredDocument = PackedDocument & { extras: Float64Array };

type Warn = (message: string, detail: Record<string, unknown>) => void;

/**
 * What a stored set was built from: every document's id and analysis key in the set's order, and
 * the core's code. Any file added, removed, renamed or changed, or any change to how documents are
 * indexed, gives another key, and the stored set is not used.
 */
export function storedSetKey(documents: readonly { id: string; key: string }[]): string {
  const hash = createHash('sha256');
  hash.update(`v${ANALYSIS_VERSION}\0${coreCodeHash()}\0`);
  for (const { id, key } of documents) hash.update(`${id}\0${key}\n`);
  return hash.digest('base64url');
}

/** One stored set a folder, replaced when the set changes, so old ones do not pile up (each is tens of MB at 10,000 articles). */
export function storedSetEntry(folder: string): string {
  return folderEntry('set', folder);
}

/** The stored set's entries in the order they are read: its head, then its parts of documents. */
export function storedSetEntries(folder: string): string[] {
  const head = storedSetEntry(folder);
  return [head, ...Array.from({ length: DOCUMENT_PARTS }, (_, i) => `${head}#${i + 1}`)];
}

/**
 * The folder's stored set if it was built from exactly these documents (ids and addedAt as loaded
 * now), or from the first of them in the same order (files added since, named after every stored
 * one): their analyses in order, the index over them, and how many of the documents it holds.
 * Undefined when there is none or it is of another set; undefined with a warning when it is unusable.
 */
export async function readStoredSet(
  cache: AnalysisCache | ReadingAhead,
  folder: string,
  documents: readonly { id: string; key: string; addedAt: string }[],
  warn: Warn,
): Promise<{ analyses: Analysis[]; index: TermIndex; size: number } | undefined> {
  const [entry, ...partEntries] = storedSetEntries(folder);
  // Every part is asked for at once, so a store reads on while the head and each part are unpacked.
  const ahead = 'entry' in cache ? cache : readingAhead(cache, [entry!, ...partEntries]);
  const unreadable = (error: unknown) => warn('the stored set could not be read; reading each analysis', { error: String(error) });
  const decoded = await readPlainEntry(ahead, entry!, unreadable);
  if (!decoded) return undefined;
  const unusable = (reason: string) => {
    warn('the stored set is unusable; reading each analysis', { reason });
    return undefined;
  };
  const held = 'value' in decoded ? (decoded.value as Partial<StoredSet>) : undefined;
  if (!held || typeof held.key !== 'string' || !(held.strings instanceof Uint8Array) || !isNumbers(held.stringLengths) || !Array.isArray(held.errors) || !isPackedIndex(held.index)) {
    return unusable('corrupt' in decoded ? decoded.corrupt : 'not a stored set');
  }
  const { copies, bodyKeys, parts } = held;
  if (!Array.isArray(copies) || !Array.isArray(bodyKeys) || !Array.isArray(parts) || parts.length !== partEntries.length || !parts.every((n) => Number.isInteger(n) && n >= 0)) {
    return unusable('its copies, keys or parts are not lists');
  }
  const indexed = parts.reduce((sum, n) => sum + n, 0);
  const size = indexed + copies.length + held.errors.length;
  if (!size || size > documents.length || held.key !== storedSetKey(documents.slice(0, size))) return undefined;
  try {
    const strings = unpackStrings(held.strings, held.stringLengths);
    const at = stringOf(strings);
    const addedAt = new Map(documents.slice(0, size).map((d) => [d.id, d.addedAt]));
    // The index's sentences in its order, and each one's first of its text: a copy shares that sentence's lists (unpackDocument).
    const made: Sentence[] = [];
    const firstOfText = held.index.firstOfText;
    const earlier = (i: number) => {
      const f = firstOfText[made.length + i];
      return f !== undefined && f < made.length + i ? made[f] : undefined;
    };
    const unpack = ({ extras, ...packed }: StoredDocument, indexed: boolean): Document => {
      if (!(extras instanceof Float64Array)) throw new Error('a document without its sentence extras');
      const document = unpackDocument(packed, strings, (sentences) => unpackExtras(extras, at, sentences), indexed ? earlier : undefined);
      if (indexed) for (const s of document.sentences) made.push(s);
      const added = addedAt.get(document.id);
      if (added === undefined) throw new Error(`document ${document.id} is not in the set`);
      if (added) document.addedAt = added;
      return document;
    };
    const built: Document[] = [];
    for (const [i, partEntry] of partEntries.entries()) {
      const part = await readPlainEntry(ahead, partEntry, unreadable);
      if (!part) {
        // Every part is stored, an empty one too; one holding none of the documents adds nothing when it is gone.
        if (parts[i]) return unusable(`its part ${i + 1} is missing`);
        continue;
      }
      if ('corrupt' in part) return unusable(`its part ${i + 1}: ${part.corrupt}`);
      const value = part.value as Partial<StoredPart> | undefined;
      if (value?.key !== held.key || !Array.isArray(value.documents) || value.documents.length !== parts[i]) return unusable(`its part ${i + 1} is of another stored set`);
      for (const d of value.documents) built.push(unpack(d, true));
    }
    const index = unpackIndex(held.index, built);
    // The copies come after every indexed document, so each finds the one with its text served and is skipped again.
    const read = [...built, ...copies.map((d) => unpack(d, false))];
    const keys = bodyKeys.length === read.length && bodyKeys.every((k) => typeof k === 'string') ? bodyKeys : undefined;
    const analyses: Analysis[] = read.map((document, i): Analysis => ({ built: { document }, surfaces: NO_SURFACES, ...(keys ? { bodyKey: keys[i] } : {}) }));
    for (const error of held.errors) analyses.push({ built: { error }, surfaces: NO_SURFACES });
    return { analyses, index, size };
  } catch (error) {
    return unusable((error as Error).message);
  }
}

/** Stores the set's documents (the index's, in order, then the copies left out of it) and index under the key of the documents it was built from. */
export async function storeSet(cache: AnalysisCache, folder: string, key: string, index: TermIndex, errors: readonly BriefError[], warn: Warn, copies: readonly Document[] = []): Promise<void> {
  try {
    const table = stringTable();
    const pack = (d: Document): StoredDocument => {
      // What is still deferred is made now, so a restart reads every reading stored (the background preparation has
      // usually made them already: deferred-readings.ts).
      makeDeferred(d);
      const packed = packDocument(d, table.idOf);
      return { ...packed, ...packExtras(packed.rest, table.idOf) };
    };
    // Packed a slice at a time: 10,000 documents in one go held the event loop for three seconds after ready. The index
    // may grow meanwhile (an article added): what was packed is then no longer the set, and is not stored.
    const all = [...index.documents.values()];
    const documents: StoredDocument[] = [];
    await inSlices(all, (d) => documents.push(pack(d)));
    if (index.documents.size !== all.length) return;
    const packedCopies = copies.map(pack);
    const bodyKeys = [...all, ...copies].map(bodyKey);
    const [entry, ...partEntries] = storedSetEntries(folder);
    const per = Math.ceil(documents.length / partEntries.length);
    const parts = partEntries.map((_, i) => documents.slice(i * per, (i + 1) * per));
    // The string table is taken after every document, copies too, is packed into it.
    const head: StoredSet = { key, ...table.packed(), copies: packedCopies, bodyKeys, errors: [...errors], index: packIndex(index), parts: parts.map((p) => p.length) };
    await cache.put([{ key: entry!, bytes: encodePlain(head) }, ...parts.map((documents, i) => ({ key: partEntries[i]!, bytes: encodePlain({ key, documents } satisfies StoredPart) }))]);
  } catch (error) {
    warn('the set could not be stored whole; the next start reads each analysis', { error: String(error) });
  }
}
