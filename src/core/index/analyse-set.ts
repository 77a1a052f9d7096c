import type { BriefError } from '../errors.js';
import type { RawDocument } from '../ingest/document.js';
import type { AnalysePool } from './analyse-pool.js';
import { type Analysis, type AnalysisCache, analyse, analysisKey, decodeAnalysis, encodeAnalysis, type StoredAnalysis } from './analysis.js';

/**
 * A document whose file is unchanged since its analysis was stored (same size and modification
 * time, as the set's manifest says): only where its analysis is, not its text. The file is read
 * only when that analysis turns out missing or unusable.
 */
export interface StoredDocument {
  id: string;
  /** Its analysis key when it was last read. */
  key: string;
  addedAt: string;
  read: () => Promise<RawDocument | BriefError>;
}

/** A document of a set as it is handed to analysis: read, or known from its stored analysis. */
export type SetDocument = RawDocument | StoredDocument;

export const isStored = (d: SetDocument): d is StoredDocument => 'read' in d;

export interface AnalyseOptions {
  /** Analyses kept from earlier runs; without one, everything is analysed. */
  cache?: AnalysisCache;
  /** Worker threads for a large first analysis (default one a core, at most 4); 0 analyses on the main thread. */
  workers?: number;
  /** Told how far the pass is, after each step. */
  onProgress?: (done: number, total: number) => void;
  /** Told about a stored analysis that could not be used (and is rebuilt), or a cache that failed. */
  warn?: (message: string, detail: Record<string, unknown>) => void;
  /**
   * Workers started early (startPool), loading their models while the files were read; used
   * if there is enough to analyse, and closed either way.
   */
  pool?: Promise<AnalysePool | undefined>;
  /** Documents already handed to those workers while the set was read (earlyAnalyses): their analyses are awaited, not asked again. */
  early?: EarlyAnalyses;
  /**
   * Given the worker pool, if one was used, instead of closing it: a first index keeps it for the readings its workers
   * deferred (library/deferred-pass.ts), which then closes it.
   */
  keep?: (pool: AnalysePool) => void;
}

/** Fewer documents to analyse than this are done on the main thread: starting workers (and their models) costs more. */
const POOL_FROM = 200;
/**
 * Text to analyse past which the pool is used however few the documents: tagging runs at about
 * half a megabyte a second, so more than this on the main thread would keep it from answering
 * (and /healthz from its probes) for a second or more. One 5 MB document alone is a minute.
 */
const POOL_FROM_CHARS = 512 * 1024;
const BATCH = 8;
/** Whether this much to analyse is worth starting worker threads for. */
export function wantsPool(documents: number, chars: number, workers?: number): boolean {
  return (documents >= POOL_FROM || chars >= POOL_FROM_CHARS) && workers !== 0;
}

/** The worker pool, loaded only for a large analysis: a small set or a restart starts no thread and loads none of it. */
export async function startPool(workers?: number): Promise<AnalysePool> {
  const { createAnalysePool, defaultWorkerCount } = await import('./analyse-pool.js');
  return createAnalysePool(workers ?? defaultWorkerCount());
}

/**
 * Analyses started while a first index still reads its files: the workers would otherwise wait,
 * models loaded, for the last of 10,000 files to be read before the first is tagged.
 */
export interface EarlyAnalyses {
  /** Hands documents just read to the workers, in the set's order, unless their analyses are stored. */
  add(raws: readonly RawDocument[]): void;
  /** The analysis key of a document handed here, worked out as it was handed; once. */
  keyOf(raw: RawDocument): string | undefined;
  /** Resolves once every document handed so far is with the workers or known to be stored. */
  handedOver(): Promise<void>;
  /** The encoded analysis of a document sent to the workers (rejects if they failed); once. */
  take(raw: RawDocument): Promise<Uint8Array> | undefined;
}

export function earlyAnalyses(pool: Promise<AnalysePool | undefined>, cache?: AnalysisCache): EarlyAnalyses {
  const keys = new Map<RawDocument, string>();
  const sent = new Map<RawDocument, Promise<Uint8Array>>();
  // One hand-over at a time, so the workers' queue keeps the set's order.
  let chain = Promise.resolve();
  return {
    add(raws) {
      const keyed = raws.map((raw) => analysisKey(raw));
      raws.forEach((raw, k) => keys.set(raw, keyed[k]!));
      chain = chain.then(async () => {
        const workers = await pool.catch(() => undefined);
        if (!workers) return;
        // Analyses the cache holds are read back by analyseInOrder, which also says when the cache fails.
        const held = cache ? await cache.get([...new Set(keyed)]).catch(() => new Map<string, Uint8Array>()) : new Map<string, Uint8Array>();
        const toAnalyse = raws.filter((_, k) => !held.has(keyed[k]!));
        // This thread's model is loaded while the workers load theirs (it runs on the turn after), not once the last analysis is in.
        if (toAnalyse.length) setImmediate(warmUp);
        for (let b = 0; b < toAnalyse.length; b += BATCH) {
          const batch = toAnalyse.slice(b, b + BATCH);
          const encoded = workers.analyse(batch);
          // Awaited by analyseInOrder, which analyses the batch on the main thread if it failed; never left unhandled meanwhile.
          encoded.catch(() => {});
          batch.forEach((raw, k) => {
            const one = encoded.then((all) => all[k]!);
            one.catch(() => {});
            sent.set(raw, one);
          });
        }
      });
    },
    keyOf(raw) {
      // Asked once a document, by analyseInOrder: its text is not held here after.
      const key = keys.get(raw);
      keys.delete(raw);
      return key;
    },
    handedOver: () => chain,
    take(raw) {
      const encoded = sent.get(raw);
      sent.delete(raw);
      return encoded;
    },
  };
}

/** Documents handed on between two turns of the event loop, so answers are served while a set is indexed. */
const SLICE = 64;
const PUT_BATCH = 256;

/**
 * Analyses a set's documents and hands each analysis to `use` in the documents' order (the
 * index's ids depend on it). Stored analyses are read back instead of re-running NLP; the rest
 * runs in worker threads when there are many, and is stored for the next run. A stored entry that
 * is corrupt or partial is reported through `warn` and analysed again; a failing cache is
 * reported, never fatal.
 */
export async function analyseInOrder(documents: readonly SetDocument[], use: (analysis: Analysis) => void, options: AnalyseOptions = {}): Promise<{ stored: number; analysed: number; keys: string[] }> {
  const { cache, warn = () => {} } = options;
  const total = documents.length;
  // A stored document whose analysis cannot be used is read after all, and takes its place here.
  const raws = [...documents] as RawDocument[];
  const keys = documents.map((d) => (isStored(d) ? d.key : (options.early?.keyOf(d) ?? analysisKey(d))));
  let held = new Map<string, Uint8Array>();
  if (cache) {
    try {
      held = await cache.get([...new Set(keys)]);
    } catch (error) {
      warn('stored analyses could not be read; analysing every document', { error: String(error) });
    }
  }

  const ready: (Analysis | undefined)[] = new Array(total);
  const missing: number[] = [];
  const toRead: number[] = [];
  for (let i = 0; i < total; i++) {
    const bytes = held.get(keys[i]!);
    const decoded = bytes ? decodeAnalysis(bytes, documents[i]!) : undefined;
    if (decoded && 'analysis' in decoded) ready[i] = decoded.analysis;
    else {
      if (decoded) warn('stored analysis is unusable; analysing the document again', { file: documents[i]!.id, reason: decoded.corrupt });
      (isStored(documents[i]!) ? toRead : missing).push(i);
    }
  }
  held.clear();
  for (const i of toRead) {
    const read = await (documents[i] as StoredDocument).read();
    if ('text' in read) {
      raws[i] = read;
      keys[i] = analysisKey(read);
      missing.push(i);
    } else ready[i] = { built: { error: read }, surfaces: new Map() };
  }
  missing.sort((a, b) => a - b);

  let next = 0;
  let sinceYield = 0;
  const deliver = async () => {
    while (next < total && ready[next]) {
      use(ready[next]!);
      ready[next++] = undefined;
      if (++sinceYield >= SLICE) {
        sinceYield = 0;
        options.onProgress?.(next, total);
        await new Promise((go) => setImmediate(go));
      }
    }
    options.onProgress?.(next, total);
  };

  const toStore: StoredAnalysis[] = [];
  const flush = async (all = false) => {
    if (!cache || !toStore.length || (!all && toStore.length < PUT_BATCH)) return;
    const entries = toStore.splice(0);
    try {
      await cache.put(entries);
    } catch (error) {
      warn('analyses could not be stored; the next start analyses them again', { error: String(error), documents: entries.length });
    }
  };
  const analysed = (i: number, bytes: Uint8Array) => {
    toStore.push({ key: keys[i]!, bytes });
    const decoded = decodeAnalysis(bytes, raws[i]!);
    ready[i] = 'analysis' in decoded ? decoded.analysis : analyse(raws[i]!);
  };
  const onMain = async (batch: readonly number[]) => {
    for (const i of batch) {
      const analysis = analyse(raws[i]!);
      if (cache) toStore.push({ key: keys[i]!, bytes: encodeAnalysis(analysis) });
      ready[i] = analysis;
    }
  };

  let pool: AnalysePool | undefined;
  const early = await options.pool?.catch(() => undefined);
  try {
    const chars = missing.reduce((n, i) => n + raws[i]!.text.length, 0);
    if (wantsPool(missing.length, chars, options.workers)) pool = early ?? (await startPool(options.workers));
  } catch (error) {
    warn('analysis workers could not start; analysing on the main thread', { error: String(error) });
  }
  if (early && early !== pool) await early.close();
  const usedPool = pool !== undefined;
  try {
    await deliver();
    if (pool) {
      const workers = pool;
      await options.early?.handedOver();
      // Documents already with the workers are awaited; the rest are sent now, in batches, in order.
      const sent = new Map<number, Promise<Uint8Array>>();
      for (const i of missing) {
        const encoded = options.early?.take(raws[i]!);
        if (encoded) sent.set(i, encoded);
      }
      const batches: number[][] = [];
      for (let b = 0; b < missing.length; ) {
        const batch: number[] = [];
        const withWorkers = sent.has(missing[b]!);
        while (b < missing.length && batch.length < BATCH && sent.has(missing[b]!) === withWorkers) batch.push(missing[b++]!);
        batches.push(batch);
      }
      await Promise.all(
        batches.map(async (batch) => {
          try {
            const encoded = sent.has(batch[0]!) ? await Promise.all(batch.map((i) => sent.get(i)!)) : await workers.analyse(batch.map((i) => raws[i]!));
            batch.forEach((i, k) => analysed(i, encoded[k]!));
          } catch (error) {
            warn('an analysis worker failed; analysing its documents on the main thread', { error: String(error), documents: batch.length });
            await onMain(batch);
          }
          await deliver();
          await flush();
        }),
      );
    } else {
      for (let b = 0; b < missing.length; b += SLICE) {
        await onMain(missing.slice(b, b + SLICE));
        await deliver();
        await flush();
      }
    }
    await deliver();
    await flush(true);
    if (pool && options.keep) {
      options.keep(pool);
      pool = undefined;
    }
  } finally {
    await pool?.close();
  }
  if (usedPool) warmUp();
  return { stored: total - missing.length, analysed: missing.length, keys };
}

let warm = false;

/**
 * The workers do the tagging: the main thread's first own analysis (naming the topics found, a refresh, a query's stems)
 * would pay wink's first-call cost, a second under load. Paid while indexing, once a process: a first index pays it while
 * its workers load their models (earlyAnalyses), where it used to be paid after the last analysis, with a core idle.
 */
function warmUp(): void {
  if (warm) return;
  warm = true;
  analyse({ id: 'warm-up', text: 'The main thread tags one sentence now, so the first article added later is quick.' });
}
