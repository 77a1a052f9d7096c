import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { AnalysisCache } from '../core/index/analysis.js';
import { readOnThread } from './sqlite-read-thread.js';

export interface SqliteAnalysisCacheOptions {
  path: string;
  /** Told when the file was unreadable and was set aside to start afresh. */
  warn?: (message: string, detail: Record<string, unknown>) => void;
}

export interface ClosableAnalysisCache extends AnalysisCache {
  close(): Promise<void>;
}

/** Same columns as migration 003 (the PostgreSQL table); this file holds nothing else. */
const SCHEMA = 'CREATE TABLE IF NOT EXISTS analyses (key TEXT PRIMARY KEY, data BLOB NOT NULL, stored_at TEXT NOT NULL)';
const GET_BATCH = 1000;
/** Entries this large, together, are read on a thread of their own (sqlite-read-thread.ts): a stored set, not analyses. */
const THREAD_BYTES = 16 * 2 ** 20;
const CORRUPT = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_CORRUPT_INDEX', 'SQLITE_CANTOPEN']);

/**
 * Stored analyses in a SQLite file of their own: a cache, so a file that turns out damaged is
 * moved aside (`<path>.corrupt`) and started afresh, logged, instead of stopping the bot.
 */
export function openSqliteAnalysisCache(options: SqliteAnalysisCacheOptions): ClosableAnalysisCache {
  const { path, warn = () => {} } = options;
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  let db = open(path, warn);

  const recover = <T>(work: () => T, fallback: T): T => {
    try {
      return work();
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      if (!CORRUPT.has(code) && !/malformed|not a database/i.test(String(error))) throw error;
      warn('the analysis cache file is damaged; moving it aside and starting afresh', { path, error: String(error) });
      db.close();
      setAside(path);
      db = open(path, warn);
      return fallback;
    }
  };

  /** Those of the keys whose entries are large enough, together, to be read on a thread (a size is read without the entry). */
  const largeKeys = (keys: readonly string[]): string[] =>
    recover(() => {
      const sizes = db.prepare<[string], { key: string; size: number }>('SELECT key, length(data) AS size FROM analyses WHERE key IN (SELECT value FROM json_each(?))').all(JSON.stringify(keys));
      return sizes.reduce((sum, r) => sum + r.size, 0) >= THREAD_BYTES ? sizes.map((r) => r.key) : [];
    }, []);

  const read = (keys: readonly string[]) =>
    recover(() => {
      const out = new Map<string, Uint8Array>();
      // Many keys a query: a restart reads ten thousand analyses, and one query each was most of its reading.
      const statement = db.prepare<[string], { key: string; data: Buffer }>('SELECT key, data FROM analyses WHERE key IN (SELECT value FROM json_each(?))');
      for (let i = 0; i < keys.length; i += GET_BATCH) {
        for (const row of statement.iterate(JSON.stringify(keys.slice(i, i + GET_BATCH)))) out.set(row.key, row.data);
      }
      return out;
    }, new Map());

  const getEach = async (keys: readonly string[], each: (key: string, bytes: Uint8Array) => void): Promise<void> => {
    const large = new Set(path === ':memory:' || keys.length > GET_BATCH ? [] : largeKeys(keys));
    if (!large.size) {
      for (const [key, bytes] of read(keys)) each(key, bytes);
      return;
    }
    const given = new Set<string>();
    // Awaited only after the rest is read: the caller goes on with its own work meanwhile (a restart asks for its stored set ahead).
    const onThread = readOnThread(
      path,
      keys.filter((k) => large.has(k)),
      (key, bytes) => {
        given.add(key);
        each(key, bytes);
      },
    ).catch((error) => {
      warn('the analysis cache could not be read on a thread of its own; reading it here', { path, error: String(error) });
      for (const [key, bytes] of read([...large].filter((k) => !given.has(k)))) each(key, bytes);
    });
    for (const [key, bytes] of read(keys.filter((k) => !large.has(k)))) each(key, bytes);
    await onThread;
  };

  return {
    async get(keys) {
      const out = new Map<string, Uint8Array>();
      await getEach(keys, (key, bytes) => out.set(key, bytes));
      return out;
    },
    getEach,
    async put(entries) {
      recover(() => {
        const insert = db.prepare('INSERT INTO analyses (key, data, stored_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET data = excluded.data, stored_at = excluded.stored_at');
        const now = new Date().toISOString();
        db.transaction(() => {
          for (const e of entries) insert.run(e.key, e.bytes, now);
        })();
      }, undefined);
    },
    async close() {
      db.close();
    },
  };
}

function open(path: string, warn: NonNullable<SqliteAnalysisCacheOptions['warn']>): Database.Database {
  try {
    return prepare(new Database(path));
  } catch (error) {
    if (path === ':memory:') throw error;
    warn('the analysis cache file is unreadable; moving it aside and starting afresh', { path, error: String(error) });
    setAside(path);
    return prepare(new Database(path));
  }
}

function prepare(db: Database.Database): Database.Database {
  try {
    db.pragma('journal_mode = WAL');
    // A crash loses at most the last analyses stored, which are simply made again: no fsync per write.
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    db.exec(SCHEMA);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function setAside(path: string): void {
  if (path === ':memory:') return;
  for (const suffix of ['-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
  if (existsSync(path)) renameSync(path, `${path}.corrupt`);
}
