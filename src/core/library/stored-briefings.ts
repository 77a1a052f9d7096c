import type { Briefing } from '../briefing.js';
import { type AnalysisCache, encodePlain, folderEntry, readPlainEntry } from '../index/analysis.js';

/**
 * A set's topic briefings, kept for the next start. A topic's briefing is made from the index, the topics, the set's name,
 * its length and passage rules, and the core's code (`now` only stamps it when it is returned), so a restart over the same
 * documents with the same topics and code would compose the same ones again: at 10,000 articles its first answer and the
 * warm pass after it spent seconds of CPU on that (docs/quality.md, "twenty-second round (17restart3)").
 */
interface StoredBriefings {
  /** What they were composed for: the stored topics' key (documents, curated topics, code) and the set's name. */
  key: string;
  briefings: [string, Briefing][];
}

type Warn = (message: string, detail: Record<string, unknown>) => void;

/** The key briefings are stored and read under: the topics' key covers the documents, curated topics and code; the name is in every briefing. */
export function storedBriefingsKey(topicsKey: string, set: string): string {
  return `${topicsKey}\0${set}`;
}

/** One entry a folder, replaced when its set changes, so old ones do not pile up. */
function storedBriefingsEntry(folder: string): string {
  return folderEntry('briefings', folder);
}

/** The folder's stored topic briefings if they were composed under this key; undefined if none or of another set, with a warning if unusable. */
export async function readStoredBriefings(cache: AnalysisCache, folder: string, key: string, warn: Warn): Promise<[string, Briefing][] | undefined> {
  const decoded = await readPlainEntry(cache, storedBriefingsEntry(folder), (error) => warn('stored briefings could not be read; composing them again', { error: String(error) }));
  if (!decoded) return undefined;
  const held = 'value' in decoded ? (decoded.value as Partial<StoredBriefings>) : undefined;
  const fits = typeof held?.key === 'string' && Array.isArray(held.briefings) && held.briefings.every((entry) => Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'object' && entry[1] !== null);
  if (!fits) {
    warn('stored briefings are unusable; composing them again', { reason: 'corrupt' in decoded ? decoded.corrupt : 'not stored briefings' });
    return undefined;
  }
  return held.key === key ? held.briefings! : undefined;
}

export async function storeBriefings(cache: AnalysisCache, folder: string, key: string, briefings: [string, Briefing][], warn: Warn): Promise<void> {
  const stored: StoredBriefings = { key, briefings };
  try {
    await cache.put([{ key: storedBriefingsEntry(folder), bytes: encodePlain(stored) }]);
  } catch (error) {
    warn('briefings could not be stored; the next start composes them again', { error: String(error) });
  }
}
