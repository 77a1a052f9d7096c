import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Beside this file; a compiled build must copy the .sql files along with the JavaScript. */
export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

const FILE_NAME = /^(\d{3})-([a-z0-9-]+)\.sql$/;

/**
 * The numbered .sql files, in order. Shared by every SQL backend so their schemas cannot drift.
 * Throws on a gap or a duplicate number: that is a bug in the repository, not a runtime condition.
 */
export function readMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  const migrations = readdirSync(dir)
    .map((file) => ({ file, match: FILE_NAME.exec(file) }))
    .filter((entry): entry is { file: string; match: RegExpExecArray } => entry.match !== null)
    .map(({ file, match }) => ({ version: Number(match[1]), name: match[2]!, sql: readFileSync(`${dir}/${file}`, 'utf8') }))
    .sort((a, b) => a.version - b.version);
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migrations in ${dir} must be numbered 001, 002, … without gaps; found ${m.version} at position ${i + 1}`);
  });
  return migrations;
}

/** What to apply to a database that has `applied`; refuses a database newer than this code. */
export function pendingMigrations(all: readonly Migration[], applied: readonly number[]): Migration[] {
  const newest = all.length;
  const ahead = applied.filter((v) => v > newest);
  if (ahead.length > 0) {
    throw new Error(`the database has schema version ${Math.max(...ahead)}, newer than this briefbot knows (${newest}); run a newer briefbot`);
  }
  const done = new Set(applied);
  return all.filter((m) => !done.has(m.version));
}
