import { basename, resolve } from 'node:path';
import type { Config, SetConfig } from '../config/schema.js';

/**
 * The sets this process serves, the default first. A config without `sets` serves documents.dir
 * as its one set, named after its folder, exactly as before sets existed.
 */
export function configuredSets(config: Pick<Config, 'sets' | 'documents'>): SetConfig[] {
  if (config.sets?.length) return config.sets;
  return [
    {
      name: basename(resolve(config.documents.dir)),
      dir: config.documents.dir,
      ...(config.documents.topicsFile ? { topicsFile: config.documents.topicsFile } : {}),
      feeds: [],
    },
  ];
}
