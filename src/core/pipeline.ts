import { statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { Library } from './library.js';
import type { RawDocument } from './document.js';
import type { BriefError } from './errors.js';
import { formatBriefError } from './errors.js';
import { createLibraryFrom } from './create-library.js';
import { listDocumentFiles, loadDocumentFile } from './load.js';
import { readTopicsFile, type CuratedTopic } from './topics-file.js';

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
}

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
  const reload = async (known: ReadonlyMap<string, string>) => {
    const files = await listDocumentFiles(folder);
    const signatures = new Map<string, string>();
    const toRead: string[] = [];
    for (let i = 0; i < files.length; i += STAT_BATCH) {
      // Synchronous stats are several times faster than 10,000 promises; batches keep the event loop turning between them.
      if (i > 0) await new Promise((next) => setImmediate(next));
      for (const path of files.slice(i, i + STAT_BATCH)) {
        const s = statSync(path, { throwIfNoEntry: false });
        if (!s) continue;
        const id = basename(path);
        const signature = `${s.size}:${s.mtimeMs}`;
        signatures.set(id, signature);
        if (known.get(id) !== signature) toRead.push(path);
      }
    }
    const changed: RawDocument[] = [];
    const problems: BriefError[] = [];
    for (let i = 0; i < toRead.length; i += READ_BATCH) {
      const loaded = await Promise.all(toRead.slice(i, i + READ_BATCH).map((path) => loadDocumentFile(path, options.maxDocumentBytes)));
      for (const l of loaded) {
        if (l.document) changed.push(l.document);
        if (l.error) problems.push(l.error);
      }
    }
    const removed = [...known.keys()].filter((id) => !signatures.has(id));
    return { changed, removed, problems, signatures };
  };
  const first = await reload(new Map());
  return createLibraryFrom(first.changed, { set, curated, now: options.now ?? (() => new Date()), signatures: first.signatures, reload }, first.problems);
}

/** The same, from documents already in memory (eval harness, tests). */
export function createLibrary(set: string, documents: RawDocument[], options: OpenOptions = {}): Library {
  return createLibraryFrom(documents, { set, curated: options.topics ?? [], now: options.now ?? (() => new Date()) });
}
