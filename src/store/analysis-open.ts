import { dirname, join } from 'node:path';
import type { Config } from '../config/schema.js';
import { type ClosableAnalysisCache, openSqliteAnalysisCache } from './analysis-sqlite.js';

export type AnalysisCacheConfig = Pick<Config, 'store'> & { credentials: Pick<Config['credentials'], 'databaseUrl'> };

/** Where analyses are kept: PostgreSQL when DATABASE_URL is set, else store.analysisPath (default analyses.sqlite beside the store file). */
export function analysisCachePlace(config: AnalysisCacheConfig): string {
  if (config.credentials.databaseUrl) return 'postgres';
  return config.store.analysisPath ?? (config.store.path === ':memory:' ? ':memory:' : join(dirname(config.store.path), 'analyses.sqlite'));
}

export async function openAnalysisCache(config: AnalysisCacheConfig, options: { warn?: (message: string, detail: Record<string, unknown>) => void; onConnectionError?: (error: Error) => void } = {}): Promise<ClosableAnalysisCache> {
  const url = config.credentials.databaseUrl;
  if (url) {
    // Loaded only for a PostgreSQL store, as openStore does: a SQLite service never loads pg.
    const { openPostgresAnalysisCache } = await import('./analysis-postgres.js');
    return openPostgresAnalysisCache({ url, ...(options.onConnectionError ? { onIdleError: options.onConnectionError } : {}) });
  }
  return openSqliteAnalysisCache({ path: analysisCachePlace(config), ...(options.warn ? { warn: options.warn } : {}) });
}
