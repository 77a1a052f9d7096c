import type { Config } from '../config/schema.js';
import { describePostgresUrl } from './postgres-migrate.js';
import { openSqliteStore } from './sqlite.js';
import type { Store } from './store.js';

/** What openStore needs of the config: the SQLite path, and DATABASE_URL when set. */
export type StoreConfig = Pick<Config, 'store'> & { credentials: Pick<Config['credentials'], 'databaseUrl'> };

export interface OpenStoreOptions {
  /** Told about a broken idle PostgreSQL connection (the pool replaces it); e.g. a logger's warn. */
  onConnectionError?: (error: Error) => void;
}

/**
 * The store the config asks for: PostgreSQL when DATABASE_URL is set (several replicas share it),
 * else the SQLite file at store.path (one process). Resolves once migrations are applied.
 */
export async function openStore(config: StoreConfig, options: OpenStoreOptions = {}): Promise<Store> {
  const url = config.credentials.databaseUrl;
  if (url) {
    // Loaded only for a PostgreSQL store: pg costs about 45 ms of CPU at every start that would never use it.
    const { openPostgresStore } = await import('./postgres.js');
    return openPostgresStore({ url, ...(options.onConnectionError ? { onIdleError: options.onConnectionError } : {}) });
  }
  return openSqliteStore({ path: config.store.path });
}

/** Where the store is, for logs and health: "postgres db.internal:5432/briefbot" (no credentials) or "sqlite data/briefbot.sqlite". */
export function describeStore(config: StoreConfig): string {
  const url = config.credentials.databaseUrl;
  return url ? describePostgresUrl(url) : `sqlite ${config.store.path}`;
}
