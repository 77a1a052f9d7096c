import type { Library } from './library.js';
import type { RawDocument } from './document.js';

export interface OpenOptions {
  /** Curated topics; default config/topics.yaml when it names this set. */
  topicsFile?: string;
  /** Clock, for tests. */
  now?: () => Date;
}

/** Reads briefings/<set>/ and answers from it. Broken documents are skipped and reported in problems(). */
export async function openLibrary(_dir: string, _options: OpenOptions = {}): Promise<Library> {
  throw new Error('not built yet');
}

/** The same, from documents already in memory (eval harness, tests). */
export function createLibrary(_set: string, _documents: RawDocument[], _options: OpenOptions = {}): Library {
  throw new Error('not built yet');
}
