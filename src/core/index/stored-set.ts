import { createHash } from 'node:crypto';
import { coreCodeHash } from '../code-hash.js';
import type { BriefError } from '../errors.js';
import { inSlices } from '../event-loop-slices.js';
import type { Document, Sentence } from '../ingest/document.js';
import { ANALYSIS_VERSION, type Analysis, type AnalysisCache, encodePlain, folderEntry, readPlainEntry } from './analysis.js';
import { makeDeferred } from './deferred-readings.js';
import { isPackedIndex, type PackedIndex, packIndex, unpackIndex } from './index-snapshot.js';
import { isNumbers, NO_SURFACES, type Numbers, type PackedDocument, packDocument, stringOf, stringTable, unpackDocument, unpackStrings } from './pack-analysis.js';
import { packExtras, unpackExtras } from './pack-extras.js';
import type { TermIndex } from './term-index.js';

/**
 * A whole set as one stored entry: its documents with one string table for all of them, and its
 * term index. A restart over unchanged files reads this one entry instead of ten thousand analyses
 * (each with its own table of the same words) and builds no index: that reading, interning and
 * indexing were most of a restart's CPU. The analyses stay stored one by one too, for a set that
 * changed.
 */
interface StoredSet {
  key: string;
  strings: Uint8Array;
  stringLengths: Numbers;
  documents: StoredDocument[];
  /** Documents left out of the index because an earlier one has their text (same-text-copies.ts), in the set's order; absent before they were stored. */
  copies?: StoredDocument[];
  /** Documents that could not be analysed, as reported. */
  errors: BriefError[];
  index: PackedIndex;
}

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

/**
 * The folder's stored set if it was built from exactly these documents (ids and addedAt as loaded
 * now), or from the first of them in the same order (files added since, named after every stored
 * one): their analyses in order, the index over them, and how many of the documents it holds.
 * Undefined when there is none or it is of another set; undefined with a warning when it is unusable.
 */
export async function readStoredSet(cache: AnalysisCache, folder: string, documents: readonly { id: string; key: string; addedAt: string }[], warn: Warn): Promise<{ analyses: Analysis[]; index: TermIndex; size: number } | undefined> {
  const entry = storedSetEntry(folder);
  const decoded = await readPlainEntry(cache, entry, (error) => warn('the stored set could not be read; reading each analysis', { error: String(error) }));
  if (!decoded) return undefined;
  const held = 'value' in decoded ? (decoded.value as Partial<StoredSet>) : undefined;
  if (!held || typeof held.key !== 'string' || !(held.strings instanceof Uint8Array) || !isNumbers(held.stringLengths) || !Array.isArray(held.documents) || !Array.isArray(held.errors) || !isPackedIndex(held.index)) {
    warn('the stored set is unusable; reading each analysis', { reason: 'corrupt' in decoded ? decoded.corrupt : 'not a stored set' });
    return undefined;
  }
  const copies = held.copies ?? [];
  if (!Array.isArray(copies)) {
    warn('the stored set is unusable; reading each analysis', { reason: 'its copies are not a list' });
    return undefined;
  }
  const size = held.documents.length + copies.length + held.errors.length;
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
    const built = held.documents.map((d) => unpack(d, true));
    const index = unpackIndex(held.index, built);
    // The copies come after every indexed document, so each finds the one with its text served and is skipped again.
    const analyses: Analysis[] = [...built, ...copies.map((d) => unpack(d, false))].map((document): Analysis => ({ built: { document }, surfaces: NO_SURFACES }));
    for (const error of held.errors) analyses.push({ built: { error }, surfaces: NO_SURFACES });
    return { analyses, index, size };
  } catch (error) {
    warn('the stored set is unusable; reading each analysis', { reason: (error as Error).message });
    return undefined;
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
    // The string table is taken after every document, copies too, is packed into it.
    const value: StoredSet = { key, ...table.packed(), documents, ...(packedCopies.length ? { copies: packedCopies } : {}), errors: [...errors], index: packIndex(index) };
    await cache.put([{ key: storedSetEntry(folder), bytes: encodePlain(value) }]);
  } catch (error) {
    warn('the set could not be stored whole; the next start reads each analysis', { error: String(error) });
  }
}
