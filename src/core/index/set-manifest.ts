import { ANALYSIS_VERSION, type AnalysisCache, decodePlain, encodePlain, folderEntry } from './analysis.js';

/** One file of a set as it was when its analysis was stored. */
export interface ManifestEntry {
  /** Its size and modification time (pipeline.ts's signature). */
  signature: string;
  key: string;
  addedAt: string;
}

/**
 * A set's files by id, kept beside their analyses, so a restart reads and hashes no file whose
 * size and modification time are unchanged: it goes straight to the stored analysis.
 */
export type SetManifest = Map<string, ManifestEntry>;

type Warn = (message: string, detail: Record<string, unknown>) => void;

export function manifestKey(folder: string): string {
  return folderEntry('files', folder);
}

/** The stored manifest of the set in `folder`; empty when there is none, it is unreadable, or it was made by another analysis version. */
export async function readManifest(cache: AnalysisCache, folder: string, warn: Warn): Promise<SetManifest> {
  const manifest: SetManifest = new Map();
  let bytes: Uint8Array | undefined;
  try {
    bytes = (await cache.get([manifestKey(folder)])).get(manifestKey(folder));
  } catch (error) {
    warn('the stored list of files could not be read; reading every file', { error: String(error) });
  }
  if (!bytes) return manifest;
  const decoded = decodePlain(bytes);
  const value = 'value' in decoded ? (decoded.value as { version?: unknown; files?: unknown }) : undefined;
  const files = value?.files;
  if (!Array.isArray(files) || files.length % 4 !== 0 || !files.every((f) => typeof f === 'string')) {
    warn('the stored list of files is unusable; reading every file', { reason: 'corrupt' in decoded ? decoded.corrupt : 'not a list of files' });
    return manifest;
  }
  if (value!.version !== ANALYSIS_VERSION) return manifest;
  for (let i = 0; i < files.length; i += 4) manifest.set(files[i]!, { signature: files[i + 1]!, key: files[i + 2]!, addedAt: files[i + 3]! });
  return manifest;
}

/** Stores the manifest unless it is the one already held. */
export async function storeManifest(cache: AnalysisCache, folder: string, manifest: SetManifest, held: SetManifest, warn: Warn): Promise<void> {
  if (manifest.size === held.size && [...manifest].every(([id, m]) => sameEntry(m, held.get(id)))) return;
  const files: string[] = [];
  for (const [id, m] of manifest) files.push(id, m.signature, m.key, m.addedAt);
  try {
    await cache.put([{ key: manifestKey(folder), bytes: encodePlain({ version: ANALYSIS_VERSION, files }) }]);
  } catch (error) {
    warn('the list of files could not be stored; the next start reads every file', { error: String(error) });
  }
}

function sameEntry(a: ManifestEntry, b: ManifestEntry | undefined): boolean {
  return !!b && a.signature === b.signature && a.key === b.key && a.addedAt === b.addedAt;
}
