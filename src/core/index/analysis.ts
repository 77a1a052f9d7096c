import { createHash } from 'node:crypto';
import { deserialize, serialize } from 'node:v8';
import { crc32 } from 'node:zlib';
import type { BriefError } from '../errors.js';
import type { Document, RawDocument } from '../ingest/document.js';
import { dateInFileName } from '../ingest/meta-values.js';
import { buildDocument } from './build-document.js';
import { isNumbers, type PackedAnalysis, packAnalysis, type Surfaces, unpackAnalysis } from './pack-analysis.js';
import type { PhraseSurfaces } from './sentences.js';

/**
 * Bump whenever what buildDocument produces changes (cleaning, sentence splitting, a new field of
 * Sentence, figures.ts's or quotes.ts's readings, which are stored with each sentence) or what is packed
 * with it (passage-readings.ts): every stored analysis is then keyed differently and the whole set is
 * analysed again.
 */
export const ANALYSIS_VERSION = 98;

/** What the NLP pass makes of one document: the built document (or why there is none) and the phrase forms it used. */
export interface Analysis {
  built: { document: Document } | { error: BriefError };
  surfaces: Surfaces;
  /** The document's bodyKey where it was stored with it: a restart then hashes no body (a twentieth of its time at 10,000 articles). */
  bodyKey?: string;
}

/** An analysis as stored: its key and its encoded bytes (encodeAnalysis). */
export interface StoredAnalysis {
  key: string;
  bytes: Uint8Array;
}

/**
 * Where analyses are kept between runs, keyed by analysisKey. The store layer implements it
 * (SQLite by default, PostgreSQL when replicas share one); the core only reads and writes bytes.
 */
export interface AnalysisCache {
  /** The stored bytes of those keys that are held; absent keys are simply missing from the map. */
  get(keys: readonly string[]): Promise<Map<string, Uint8Array>>;
  put(entries: readonly StoredAnalysis[]): Promise<void>;
  /**
   * The same entries handed to `each` one at a time as they are read, in the keys' order where the store reads in turn;
   * settles once all are. Where a store has it, a restart unpacks one part of its stored set while the next is read.
   */
  getEach?(keys: readonly string[], each: (key: string, bytes: Uint8Array) => void): Promise<void>;
}

/**
 * Runs the NLP pass on one document. Phrase forms are counted per document, so a stored analysis carries its own. With
 * `defer` (a worker's first index), the readings only answers read are left for later (deferred-readings.ts).
 */
export function analyse(raw: RawDocument, defer = false): Analysis & { surfaces: PhraseSurfaces } {
  const surfaces: PhraseSurfaces = new Map();
  return { built: buildDocument(raw, surfaces, defer), surfaces };
}

/**
 * A document's content hash under this ANALYSIS_VERSION: its text and front matter (what
 * buildDocument reads, except its id and addedAt, which are set again on every load). Not its
 * file name, but for the date the name writes (rule FD): a renamed file is the same analysis under a new id.
 */
export function analysisKey(raw: RawDocument, version: number = ANALYSIS_VERSION): string {
  const hash = createHash('sha256');
  hash.update(`v${version}\0${JSON.stringify(raw.meta ?? {})}\0${dateInFileName(raw.id) ?? ''}\0`);
  hash.update(raw.text);
  return `${version}:${hash.digest('base64url')}`;
}

const MAGIC = 0x62626131; // "bba1"
const HEADER = 12;

/**
 * The compact form of pack-analysis.ts in v8's structured-clone serialization (fields other
 * developers add to Document or Sentence travel without changes here), framed with a checksum,
 * so a torn or corrupted entry is told apart from a good one.
 */
export function encodeAnalysis(analysis: Analysis & { surfaces: PhraseSurfaces }): Uint8Array {
  return encodePlain(packAnalysis(analysis.built, analysis.surfaces));
}

/** A store entry of which a folder has one, under `kind` (its files, its whole set, its briefings): keyed by the folder's path. */
export function folderEntry(kind: string, folder: string): string {
  return `${kind}:${createHash('sha256').update(folder).digest('base64url')}`;
}

/** Plain data (objects, arrays, Maps, Sets, typed arrays) as checksummed bytes. */
export function encodePlain(value: unknown): Uint8Array {
  const payload = serialize(value);
  // An ArrayBuffer of its own (never Node's shared pool), so a worker can transfer it without copying.
  const out = Buffer.from(new ArrayBuffer(HEADER + payload.length));
  out.writeUInt32BE(MAGIC, 0);
  out.writeUInt32BE(payload.length, 4);
  out.writeUInt32BE(crc32(payload), 8);
  payload.copy(out, HEADER);
  return out;
}

/** What encodePlain stored, or why it cannot be read. */
export function decodePlain(bytes: Uint8Array): { value: unknown } | { corrupt: string } {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.length < HEADER || buffer.readUInt32BE(0) !== MAGIC) return { corrupt: 'not a briefbot record' };
  const length = buffer.readUInt32BE(4);
  if (buffer.length !== HEADER + length) return { corrupt: `truncated: ${buffer.length - HEADER} of ${length} bytes` };
  const payload = buffer.subarray(HEADER);
  if (crc32(payload) !== buffer.readUInt32BE(8)) return { corrupt: 'checksum mismatch' };
  try {
    return { value: deserialize(payload) };
  } catch (e) {
    return { corrupt: `unreadable: ${(e as Error).message}` };
  }
}

/**
 * What encodePlain stored under one key, or why it cannot be read; undefined when nothing is
 * stored there, or when the cache cannot be read (`unreadable` is told why).
 */
export async function readPlainEntry(cache: AnalysisCache | ReadingAhead, key: string, unreadable: (error: unknown) => void): Promise<{ value: unknown } | { corrupt: string } | undefined> {
  let bytes: Uint8Array | undefined;
  try {
    bytes = 'entry' in cache ? await cache.entry(key) : (await cache.get([key])).get(key);
  } catch (error) {
    unreadable(error);
  }
  return bytes ? decodePlain(bytes) : undefined;
}

/** A cache whose entries under the keys read ahead are each handed over as soon as that one is read. */
export interface ReadingAhead extends AnalysisCache {
  /** The entry under one of the keys read ahead (undefined when none is stored), the first time it is asked; else the cache's. */
  entry(key: string): Promise<Uint8Array | undefined>;
}

/**
 * The cache, with the entries under `keys` asked for now and handed over the first time they are asked again (`entry`,
 * or `get` of exactly those keys): a store that reads large entries off the main thread (analysis-sqlite.ts), or over a
 * network, reads them while the caller does other work. Asked for anything else, it asks the cache.
 */
export function readingAhead(cache: AnalysisCache, keys: readonly string[]): ReadingAhead {
  const ahead = new Map<string, Promise<Uint8Array | undefined>>();
  const settle = new Map<string, { resolve: (bytes: Uint8Array | undefined) => void; reject: (error: unknown) => void }>();
  for (const key of keys) ahead.set(key, new Promise((resolve, reject) => settle.set(key, { resolve, reject })));
  const each = (key: string, bytes: Uint8Array) => settle.get(key)?.resolve(bytes);
  (async () => {
    if (cache.getEach) await cache.getEach(keys, each);
    else for (const [key, bytes] of await cache.get(keys)) each(key, bytes);
  })().then(
    () => {
      for (const s of settle.values()) s.resolve(undefined);
    },
    (error) => {
      for (const s of settle.values()) s.reject(error);
    },
  );
  // Its failure is told to whoever asks again; an entry never asked for again fails unheard.
  for (const read of ahead.values()) read.catch(() => {});
  const entry = (key: string): Promise<Uint8Array | undefined> => {
    const read = ahead.get(key);
    ahead.delete(key);
    return read ?? cache.get([key]).then((found) => found.get(key));
  };
  return {
    entry,
    async get(asked) {
      if (!asked.length || !asked.every((k) => ahead.has(k))) return cache.get(asked);
      const read = await Promise.all(asked.map(entry));
      return new Map(asked.flatMap((k, i) => (read[i] ? [[k, read[i]] as const] : [])));
    },
    put: (entries) => cache.put(entries),
  };
}

/**
 * The analysis those bytes hold for this document, or why they cannot be used. The document's id
 * is the one it is loaded under now (the stored one may be an earlier name of the same text).
 */
export function decodeAnalysis(bytes: Uint8Array, raw: Pick<RawDocument, 'id' | 'addedAt'>): { analysis: Analysis } | { corrupt: string } {
  const decoded = decodePlain(bytes);
  if ('corrupt' in decoded) return decoded;
  const packed = decoded.value as Partial<PackedAnalysis> | undefined;
  const built = packed?.built as Partial<{ document: { id?: unknown }; error: BriefError }> | undefined;
  const fits = built?.document ? typeof built.document.id === 'string' : typeof built?.error?.file === 'string';
  if (!fits || !(packed!.strings instanceof Uint8Array) || !isNumbers(packed!.stringLengths) || !isNumbers(packed!.surfaces)) return { corrupt: 'does not describe this document' };
  if (built!.document) built!.document.id = raw.id;
  else built!.error!.file = raw.id;
  let analysis: Analysis;
  try {
    analysis = unpackAnalysis(packed as PackedAnalysis);
  } catch (e) {
    return { corrupt: `does not describe this document: ${(e as Error).message}` };
  }
  // When the file was added is not part of its content: the load that found it says.
  if ('document' in analysis.built && raw.addedAt) analysis.built.document.addedAt = raw.addedAt;
  return { analysis };
}
