import { stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { BriefError } from '../errors.js';
import { formatBriefError } from '../errors.js';
import type { AnalysePool } from '../index/analyse-pool.js';
import { analyseInOrder, type EarlyAnalyses, earlyAnalyses, isStored, type SetDocument, type StoredDocument as StoredSetDocument, startPool, wantsPool } from '../index/analyse-set.js';
import { type Analysis, type AnalysisCache, readingAhead } from '../index/analysis.js';
import { readManifest, type SetManifest, storeManifest } from '../index/set-manifest.js';
import { readStoredSet, storedSetEntries, storedSetKey, storeSet } from '../index/stored-set.js';
import type { RawDocument } from '../ingest/document.js';
import { isDocumentFileName, listDocumentFiles, loadDocumentFile } from '../ingest/load.js';
import { type CuratedTopic, readTopicsFile } from '../ingest/topics-file.js';
import { readTopicState, storeTopicState, topicStateKey } from '../topics/topic-snapshot.js';
import { createGrowingLibrary, createLibraryFrom } from './create-library.js';
import { deferredPass, makeDeferredReadings } from './deferred-pass.js';
import { createFileSignatures } from './file-signatures.js';
import { watchFolder } from './folder-watch.js';
import type { Library } from './library.js';
import { readStoredBriefings, storeBriefings, storedBriefingsKey } from './stored-briefings.js';

export interface OpenOptions {
  /** The set's name in answers and in the topics file; default the folder's name. */
  name?: string;
  /** Curated topics file; default config/topics.yaml. A missing file means no curated topics. */
  topicsFile?: string;
  /** Curated topics given directly (tests, eval): no file is read. */
  topics?: CuratedTopic[];
  /** Clock, for tests. */
  now?: () => Date;
  maxDocumentBytes?: number;
  /** Files served from one set at most; default MAX_SET_DOCUMENTS. */
  maxDocuments?: number;
  /** Analyses (and topics) kept from earlier runs, read instead of running NLP again; new ones are stored. */
  analysisCache?: AnalysisCache;
  /** Worker threads for a large first analysis (default one a core, at most 4); 0: the main thread only. */
  workers?: number;
  /** Told how far indexing is: documents done of the set's. */
  onProgress?: (done: number, total: number) => void;
  /** Told about stored analyses that could not be used (they are rebuilt) and a cache that failed. */
  warn?: (message: string, detail: Record<string, unknown>) => void;
  /**
   * Works out every sentence's readings between answers once the set is ready; default true. false for a process that
   * answers once and ends (the CLI): nothing would be answered after the work (prepare-set.ts, `noPreparation`).
   */
  prepare?: boolean;
}

/** A library that answers while its set is still being indexed. */
export interface StartedLibrary {
  library: Library;
  /** Documents indexed so far, of the set's readable files. */
  progress(): { done: number; total: number };
  /** Resolves once every document is indexed and the set's topics are known; rejects only on a bug. */
  ready: Promise<void>;
  /**
   * Resolves once what the next start reads back (the set whole, its topics) is stored, soon
   * after `ready`: a first index answers before that is written. Never rejects; a store that
   * fails is told to `warn`.
   */
  stored: Promise<void>;
  /**
   * Resolves once, after `ready`, every sentence's summary facts are worked out: the set's last
   * background work, done in slices between answers (about 25 s of CPU at 10,000 articles). Never rejects.
   */
  prepared: Promise<void>;
  /**
   * Stores the topic briefings the library keeps (call it after the warm pass), for the next start over the same documents,
   * topics and code to hold again (stored-briefings.ts). Stores nothing without a store, once the index has changed since
   * it was ready, or when it holds no briefing beyond those read back. Never rejects.
   */
  storeBriefings(): Promise<void>;
}

/**
 * Files one set serves at most, the first by name; the rest are reported, not read. Well past
 * the 10,000 articles the bench measures, and short of the memory a set of tiny files can take.
 */
export const MAX_SET_DOCUMENTS = 20_000;

/** Files stat'ed between two turns of the event loop, and read at once. */
const STAT_BATCH = 1000;
const READ_BATCH = 32;

/** A topics file that cannot be used: the bot refuses to start rather than guess. */
export class TopicsFileError extends Error {
  override readonly name = 'TopicsFileError';
  constructor(readonly problem: BriefError) {
    super(formatBriefError(problem));
  }
}

/**
 * Reads briefings/<set>/ and answers from it. Broken documents are skipped and reported in
 * problems(); a folder that does not exist, or a bad topics file, is an error.
 */
export async function openLibrary(dir: string, options: OpenOptions = {}): Promise<Library> {
  const started = await startLibrary(dir, options);
  await started.ready;
  await started.stored;
  return started.library;
}

/**
 * Lists and reads the set, then resolves at once with a library that answers from what is
 * indexed so far while the rest is analysed (stored analyses first, then worker threads).
 */
export async function startLibrary(dir: string, options: OpenOptions = {}): Promise<StartedLibrary> {
  const folder = resolve(dir);
  const set = options.name ?? basename(folder);
  const info = await stat(folder).catch(() => undefined);
  if (!info?.isDirectory()) throw new Error(`${dir}: no such document set folder (expected briefings/<set>/ with .txt or .md files)`);
  let curated = options.topics;
  if (!curated) {
    const read = await readTopicsFile(options.topicsFile ?? resolve('config/topics.yaml'), set);
    if (!read.ok) throw new TopicsFileError(read.error);
    curated = read.value;
  }
  const maxDocuments = options.maxDocuments ?? MAX_SET_DOCUMENTS;
  const { analysisCache: cache, warn = () => {} } = options;
  const fileSignatures = createFileSignatures();
  /**
   * Compares the folder's files with `known`: every listed file, or only the `named` ones (a watcher's report: the others
   * are as known). `toRead` is told how much is to be read, before it is read; `read`, each batch of documents as it is read.
   */
  const reload = async (known: ReadonlyMap<string, string>, named?: readonly string[], toReadIs?: (files: number, bytes: number) => void, read?: (raws: RawDocument[]) => void) => {
    const listed = named ?? (await listDocumentFiles(folder));
    const files = named ?? listed.slice(0, maxDocuments);
    const signatures = named ? new Map(known) : new Map<string, string>();
    const toRead: string[] = [];
    let bytes = 0;
    for (let i = 0; i < files.length; i += STAT_BATCH) {
      // Synchronous stats are several times faster than 10,000 promises; batches keep the event loop turning between them.
      if (i > 0) await new Promise((next) => setImmediate(next));
      for (const path of files.slice(i, i + STAT_BATCH)) {
        const id = basename(path);
        const seen = fileSignatures.read(path, id);
        if (!seen) {
          signatures.delete(id);
          continue;
        }
        signatures.set(id, seen.signature);
        if (known.get(id) !== seen.signature) {
          toRead.push(path);
          bytes += seen.size;
        }
      }
    }
    toReadIs?.(toRead.length, bytes);
    const changed: RawDocument[] = [];
    const problems: BriefError[] = [];
    for (let i = 0; i < toRead.length; i += READ_BATCH) {
      // Files are read synchronously (load.ts): a turn of the event loop between batches lets answers, and the workers' results, in.
      if (i > 0) await new Promise((next) => setImmediate(next));
      const loaded = await Promise.all(toRead.slice(i, i + READ_BATCH).map((path) => loadDocumentFile(path, options.maxDocumentBytes)));
      const documents: RawDocument[] = [];
      for (const l of loaded) {
        if (l.document) documents.push(l.document);
        if (l.error) problems.push(l.error);
      }
      changed.push(...documents);
      read?.(documents);
    }
    if (!named && listed.length > maxDocuments) {
      problems.push({ code: 'too-many-documents', file: set, message: `${listed.length} document files; only the first ${maxDocuments} by name are served (from ${basename(listed[maxDocuments]!)} on, none are read)` });
    }
    const removed = (named ? named.map((path) => basename(path)).filter((id) => known.has(id)) : [...known.keys()]).filter((id) => !signatures.has(id));
    fileSignatures.drop(removed);
    return { changed, removed, problems, signatures, whole: !named };
  };
  // Watched from the first refresh on: that refresh re-reads the folder whole, and later ones only what the watcher names.
  const watch = watchFolder(folder, { warn, now: options.now ?? (() => new Date()) });
  const refreshReload = async (known: ReadonlyMap<string, string>) => {
    // One turn of the event loop lets in the events of writes finished just before (intake writes a file and refreshes).
    await new Promise((next) => setImmediate(next));
    const changes = watch.changes();
    // Near the set's limit the listing decides which files are served; a report of names cannot.
    if (changes === 'whole' || known.size + changes.size > maxDocuments) return reload(known);
    // In name order, as the listing orders them: the index takes what changed in the same order either way.
    const paths = [...changes]
      .filter(isDocumentFileName)
      .sort()
      .map((name) => join(folder, name));
    return reload(known, paths);
  };
  // Asked for before the files are listed and stat'ed, so that a store that can read it meanwhile does: the set is tens of MB.
  let setAhead = cache ? readingAhead(cache, storedSetEntries(folder)) : undefined;
  // Files unchanged since their analyses were stored are neither read nor hashed.
  const manifest = cache ? await readManifest(cache, folder, warn) : new Map<string, never>();
  // A first index starts its workers as soon as it knows there is much to read: they load their
  // models while the files are read, and analyse each file read while the rest are read.
  let pool: Promise<AnalysePool | undefined> | undefined;
  let early: EarlyAnalyses | undefined;
  const first = await reload(
    new Map([...manifest].map(([id, m]) => [id, m.signature])),
    undefined,
    (files, bytes) => {
      if (!wantsPool(files, bytes, options.workers)) return;
      pool = startPool(options.workers).catch(() => undefined);
      early = earlyAnalyses(pool, cache);
    },
    (raws) => early?.add(raws),
  );
  const documents = inSetOrder(first, manifest, (id) => readOne(join(folder, id), options.maxDocumentBytes));
  first.changed = [];
  const analyseOptions = { ...(cache ? { cache } : {}), ...(options.workers !== undefined ? { workers: options.workers } : {}), warn };
  const growing = createGrowingLibrary(
    {
      set,
      curated,
      now: options.now ?? (() => new Date()),
      signatures: first.signatures,
      reload: refreshReload,
      analyse: (raws, use) => analyseInOrder(raws, use, analyseOptions),
      ...(options.prepare === false ? { prepare: false } : {}),
    },
    first.problems,
  );
  let done = 0;
  const total = documents.length;
  /** The first index's workers, kept after its last analysis for the readings they deferred (deferred-pass.ts). */
  let kept: AnalysePool | undefined;
  let passEnded = () => {};
  /** Settles once the readings a worker's first index deferred are made: the set is stored, and prepared, after that. */
  const readingsMade = new Promise<void>((ended) => {
    passEnded = ended;
  });
  /** What is left to store once the set is ready. */
  let storeLater: (() => Promise<void>) | undefined;
  /** Under which key the topic briefings are stored, for which version of the index, and how many were read back. */
  let briefingsFor: { key: string; version: number; held: number } | undefined;
  const ready = (async () => {
    // A restart over files all unchanged reads the whole set back, its index built; over files added since it was stored
    // and named after every stored one, it reads the stored part back so and analyses (or reads back) only the new ones.
    const leading = documents.findIndex((d) => !isStored(d));
    const candidates = (leading < 0 ? documents : documents.slice(0, leading)) as StoredSetDocument[];
    const held = setAhead && candidates.length ? await readStoredSet(setAhead, folder, candidates, warn) : undefined;
    setAhead = undefined;
    /** The documents that could not be analysed, stored with the set: those of the part read back, then those analysed now. */
    const errors: BriefError[] = [];
    if (held) {
      growing.restore(held.analyses, held.index);
      for (const analysis of held.analyses) if ('error' in analysis.built) errors.push(analysis.built.error);
    }
    const use = (analysis: Analysis) => {
      if ('error' in analysis.built) errors.push(analysis.built.error);
      growing.add(analysis);
    };
    let keys: string[] = [];
    const after = held ? documents.slice(held.size) : documents;
    const readWhole = held !== undefined && !after.length;
    if (readWhole) {
      await (await pool)?.close();
      done = total;
      options.onProgress?.(total, total);
    } else {
      const before = held?.size ?? 0;
      ({ keys } = await analyseInOrder(after, use, {
        ...analyseOptions,
        ...(pool ? { pool } : {}),
        ...(early ? { early } : {}),
        keep: (workers) => {
          kept = workers;
        },
        onProgress: (n) => {
          done = before + n;
          options.onProgress?.(done, total);
        },
      }));
    }
    if (held) keys = [...candidates.slice(0, held.size).map((d) => d.key), ...keys];
    const stored = documents.map((d, i) => ({ id: d.id, key: keys[i]!, addedAt: d.addedAt ?? '' }));
    // Every text is analysed: the library's closures outlive this pass and must not keep 10,000 articles' text alive.
    documents.length = 0;
    early = undefined;
    if (!cache) {
      growing.finish(undefined, readingsMade);
      return;
    }
    const now: SetManifest = new Map(stored.map((d) => [d.id, { signature: first.signatures.get(d.id) ?? '', key: d.key, addedAt: d.addedAt }]));
    await storeManifest(cache, folder, now, manifest, warn);
    const key = topicStateKey(stored, curated);
    const topics = await readTopicState(cache, key, warn);
    growing.finish(topics, readingsMade);
    // Topics are found now (unless stored): ready means a /topics or /brief answers at once.
    const state = growing.topicState();
    const index = growing.index();
    const copies = growing.copies();
    // Briefings stored for these topics are theirs only: topics found again may differ, and their briefings with them.
    const briefingsKey = storedBriefingsKey(key, set);
    const briefings = topics && (await readStoredBriefings(cache, folder, briefingsKey, warn));
    if (briefings) growing.holdBriefings(briefings);
    briefingsFor = { key: briefingsKey, version: growing.keptBriefings().version, held: briefings ? briefings.length : 0 };
    const size = index.documents.size;
    storeLater = async () => {
      // A set read back only in part is stored again whole, once the workers have made the readings they left for after
      // ready (deferred-pass.ts): packing makes any still left, on this thread.
      if (!readWhole) {
        // The pass's workers are unref'd (they must not keep a process alive); the store must happen, so the wait holds the
        // process open as the store's own write did.
        const open = setInterval(() => {}, 60_000);
        try {
          await readingsMade;
        } finally {
          clearInterval(open);
        }
        // The index changed meanwhile (a refresh): these documents are no longer the set; the next start reads each analysis.
        if (growing.index() === index && index.documents.size === size) await storeSet(cache, folder, storedSetKey(stored), index, errors, warn, copies);
      }
      if (!topics) await storeTopicState(cache, key, state, warn);
    };
  })();
  // The readings workers deferred are made once the set is ready, on the turn after, so whoever awaited ready answers first:
  // by the first index's workers, or, for analyses read back one by one, as makeDeferredReadings says; a first index that
  // failed closes its workers.
  ready.then(
    () =>
      setImmediate(() => {
        const workers = kept;
        kept = undefined;
        const documents = [...growing.index().documents.values(), ...growing.copies()];
        void (workers ? deferredPass(workers, documents, warn) : makeDeferredReadings(documents, options.workers, warn)).finally(passEnded);
      }),
    () => {
      void kept?.close();
      passEnded();
    },
  );
  // Stored after the set is ready and its deferred readings made (unless the index changed meanwhile): the whole set's entry is a second
  // or two of packing and writing at 10,000 articles, which users need not wait for. A start that ends before then
  // reads each analysis next time, as after a crash.
  const stored = ready.then(
    () => new Promise<void>((done) => setImmediate(() => void (storeLater?.() ?? Promise.resolve()).finally(done))),
    () => undefined,
  );
  // A refresh waits for the first indexing: it compares against the complete set.
  const refresh = growing.library.refresh.bind(growing.library);
  const library: Library = Object.assign(growing.library, { refresh: async () => (await ready, refresh()) });
  const prepared = ready.then(
    () => growing.prepared(),
    () => undefined,
  );
  const keepBriefings = async () => {
    await stored;
    if (!cache || !briefingsFor) return;
    const { version, briefings } = growing.keptBriefings();
    if (version !== briefingsFor.version || briefings.length <= briefingsFor.held) return;
    await storeBriefings(cache, folder, briefingsFor.key, briefings, warn);
  };
  return { library, progress: () => ({ done, total }), ready, stored, prepared, storeBriefings: keepBriefings };
}

/** The set's files in order: those read, and those the manifest says are unchanged, by their stored analysis. */
function inSetOrder(first: { changed: RawDocument[]; signatures: Map<string, string> }, manifest: SetManifest, read: (id: string) => Promise<RawDocument | BriefError>): SetDocument[] {
  const readNow = new Map(first.changed.map((raw) => [raw.id, raw]));
  const out: SetDocument[] = [];
  for (const [id, signature] of first.signatures) {
    const raw = readNow.get(id);
    const held = manifest.get(id);
    if (raw) out.push(raw);
    else if (held?.signature === signature) out.push({ id, key: held.key, addedAt: held.addedAt, read: () => read(id) });
  }
  return out;
}

async function readOne(path: string, maxBytes?: number): Promise<RawDocument | BriefError> {
  const loaded = await loadDocumentFile(path, maxBytes);
  return loaded.document ?? loaded.error ?? { code: 'unreadable', file: basename(path), message: 'the file could not be read' };
}

/** The same, from documents already in memory (eval harness, tests). */
export function createLibrary(set: string, documents: RawDocument[], options: OpenOptions = {}): Library {
  return createLibraryFrom(documents, { set, curated: options.topics ?? [], now: options.now ?? (() => new Date()) });
}
