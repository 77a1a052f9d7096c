import { lstatSync } from 'node:fs';

/** A file as last seen: its size and modification time, and its signature made of them. */
export interface SeenFile {
  readonly size: number;
  readonly mtimeMs: number;
  /** `size:mtimeMs`, what the stored list of files keeps (set-manifest.ts). */
  readonly signature: string;
}

export interface FileSignatures {
  /** The file as it is now, or undefined when it is gone or is not a regular file (a folder, a link: the listing leaves those out too). */
  read(path: string, id: string): SeenFile | undefined;
  /** Forgets files no longer in the folder. */
  drop(ids: Iterable<string>): void;
}

/**
 * Signatures of a folder's files, kept from one re-read to the next. A refresh of 10,000 files
 * stats each; making each one's signature string from a floating-point time again cost more than
 * finding the one new file, so a file whose size and time are unchanged keeps its string. Two
 * signatures are equal exactly when the numbers are, so a file is re-read in the same cases.
 */
export function createFileSignatures(): FileSignatures {
  const seen = new Map<string, SeenFile>();
  return {
    read(path, id) {
      // Not followed through a link: a name a watcher reports is then judged as the listing's file types judge it.
      const s = lstatSync(path, { throwIfNoEntry: false });
      if (!s?.isFile()) return undefined;
      const last = seen.get(id);
      if (last && last.size === s.size && last.mtimeMs === s.mtimeMs) return last;
      const now = { size: s.size, mtimeMs: s.mtimeMs, signature: `${s.size}:${s.mtimeMs}` };
      seen.set(id, now);
      return now;
    },
    drop(ids) {
      for (const id of ids) seen.delete(id);
    },
  };
}
