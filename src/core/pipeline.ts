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
  /** Curated topics file; default config/topics.yaml. A missing file means no curated topics. */
  topicsFile?: string;
  /** Curated topics given directly (tests, eval): no file is read. */
  topics?: CuratedTopic[];
  /** Clock, for tests. */
  now?: () => Date;
  maxDocumentBytes?: number;
}

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
  const set = basename(folder);
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
    const changed: RawDocument[] = [];
    const problems: BriefError[] = [];
    for (const path of files) {
      const id = basename(path);
      const s = await stat(path).catch(() => undefined);
      if (!s) continue;
      const signature = `${s.size}:${s.mtimeMs}`;
      signatures.set(id, signature);
      if (known.get(id) === signature) continue;
      const loaded = await loadDocumentFile(path, options.maxDocumentBytes);
      if (loaded.document) changed.push(loaded.document);
      if (loaded.error) problems.push(loaded.error);
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
