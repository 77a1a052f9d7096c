import pg from 'pg';
import type { AnalysisCache } from '../core/index/analysis.js';
import type { ClosableAnalysisCache } from './analysis-sqlite.js';
import { describePostgresUrl, migratePostgres } from './postgres-migrate.js';

/** Keys asked for in one query. */
const GET_BATCH = 500;
/** Entries larger than this are stored one a query. */
const ALONE_FROM = 1 << 20;

/**
 * Stored analyses in the shared PostgreSQL database (table `analyses`, migration 003), so
 * replicas analyse a set once between them. Content-addressed: two replicas storing the same key
 * store the same bytes, and the later one simply wins.
 */
export async function openPostgresAnalysisCache(options: { url: string; onIdleError?: (error: Error) => void }): Promise<ClosableAnalysisCache> {
  const pool = new pg.Pool({ connectionString: options.url, max: 2, connectionTimeoutMillis: 10_000, application_name: 'briefbot-analyses' });
  pool.on('error', (error) => options.onIdleError?.(error));
  try {
    await migratePostgres(pool);
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new Error(`could not open the analysis cache at ${describePostgresUrl(options.url)}: ${String((error as Error).message ?? error)}`, { cause: error });
  }
  return { ...postgresAnalysisCache(pool), close: () => pool.end() };
}

export function postgresAnalysisCache(pool: pg.Pool): AnalysisCache {
  return {
    async get(keys) {
      const out = new Map<string, Uint8Array>();
      for (let i = 0; i < keys.length; i += GET_BATCH) {
        const { rows } = await pool.query<{ key: string; data: Buffer }>('SELECT key, data FROM analyses WHERE key = ANY($1::text[])', [keys.slice(i, i + GET_BATCH)]);
        for (const row of rows) out.set(row.key, row.data);
      }
      return out;
    },
    async put(entries) {
      if (!entries.length) return;
      const now = new Date().toISOString();
      const bytes = (e: (typeof entries)[number]) => Buffer.from(e.bytes.buffer, e.bytes.byteOffset, e.bytes.byteLength);
      const small = entries.filter((e) => e.bytes.byteLength <= ALONE_FROM);
      if (small.length) {
        await pool.query(
          `INSERT INTO analyses (key, data, stored_at) SELECT k, d, $3 FROM unnest($1::text[], $2::bytea[]) AS t(k, d)
           ON CONFLICT (key) DO UPDATE SET data = excluded.data, stored_at = excluded.stored_at`,
          [small.map((e) => e.key), small.map(bytes), now],
        );
      }
      // A whole set (tens of MB) goes alone: a Buffer parameter is sent as binary, while one inside an array is written out in hex, twice its size as a string.
      for (const e of entries.filter((x) => x.bytes.byteLength > ALONE_FROM)) {
        await pool.query('INSERT INTO analyses (key, data, stored_at) VALUES ($1, $2, $3) ON CONFLICT (key) DO UPDATE SET data = excluded.data, stored_at = excluded.stored_at', [e.key, bytes(e), now]);
      }
    },
  };
}
