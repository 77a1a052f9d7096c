import type pg from 'pg';
import { type Migration, pendingMigrations, readMigrations } from './migrations.js';

/**
 * One number for every briefbot: replicas starting together queue on it, so exactly one applies
 * the pending migrations and the others find nothing left to do. Advisory locks are per database,
 * so briefbots on other databases of the same server do not wait for each other.
 */
export const MIGRATION_LOCK_KEY = 0x62726266; // "brbf"

/**
 * Applies the pending migrations in one transaction, holding the advisory lock until it commits.
 * PostgreSQL runs DDL inside transactions, so a failed migration leaves the schema as it was.
 * Resolves to the versions it applied (empty when another replica had done it).
 */
export async function migratePostgres(pool: pg.Pool, all: readonly Migration[] = readMigrations()): Promise<number[]> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    const applied = (await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version);
    const pending = pendingMigrations(all, applied);
    for (const m of pending) {
      // No parameters: the simple protocol runs a file of several statements in one call.
      await client.query(m.sql);
      await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, new Date().toISOString()]);
    }
    await client.query('COMMIT');
    return pending.map((m) => m.version);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/**
 * Where a connection string points, without user or password: safe for logs and error messages.
 * "postgres 127.0.0.1:5432/briefbot".
 */
export function describePostgresUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const database = decodeURIComponent(parsed.pathname.replace(/^\//, '')) || '(default database)';
    return `postgres ${parsed.hostname || '(local socket)'}${parsed.port ? `:${parsed.port}` : ''}/${database}`;
  } catch {
    return 'postgres (unparsable DATABASE_URL)';
  }
}
