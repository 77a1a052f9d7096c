import type { SetConfig } from '../config/schema.js';
import { type OpenOptions, openLibrary } from '../core/library/open-folder.js';
import type { ServedSet } from './directory.js';

/** What every set is opened with, whichever desk it is: the same analysis cache, workers and warnings as the default set. */
export type SharedOpenOptions = Pick<OpenOptions, 'analysisCache' | 'workers' | 'warn'>;

/** Loads every configured set, in order; a missing folder or a bad topics file stops the start, naming the set. */
export async function openSets(configs: readonly SetConfig[], shared: SharedOpenOptions = {}): Promise<ServedSet[]> {
  const served: ServedSet[] = [];
  for (const config of configs) {
    try {
      const library = await openLibrary(config.dir, { ...shared, name: config.name, ...(config.topicsFile ? { topicsFile: config.topicsFile } : {}) });
      served.push({ config, library });
    } catch (error) {
      throw new Error(`set ${config.name}: ${(error as Error).message}`, { cause: error });
    }
  }
  return served;
}
