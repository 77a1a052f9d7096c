/**
 * The document sets the design questions (docs/quality.md) are asked of, opened as libraries: DUC
 * and TAC clusters read from ../shared/eval (never copied), the bundled set from briefings/.
 */
import { resolve } from 'node:path';
import type { Library } from '../src/core/library/library.js';
import { createLibrary, openLibrary } from '../src/core/library/open-folder.js';
import { loadDataset, toRawDocument } from './dataset.js';

const BUNDLED = 'ukraine-peace-talks';

/** Libraries for these set ids; a set whose data is absent is left out. */
export async function questionLibraries(sets: ReadonlySet<string>): Promise<Map<string, Library>> {
  const libraries = new Map<string, Library>();
  for (const file of ['../shared/eval/duc2004/dev.json', '../shared/eval/tac2011/en.json']) {
    const loaded = loadDataset(file);
    if (!loaded.ok) continue;
    for (const c of loaded.dataset.clusters) if (sets.has(c.id)) libraries.set(c.id, createLibrary(c.id, c.docs.map(toRawDocument)));
  }
  if (sets.has(BUNDLED)) libraries.set(BUNDLED, await openLibrary(resolve(`briefings/${BUNDLED}`)));
  return libraries;
}

/** The day the design questions are asked on, so answers do not change with the clock. */
export const ASKED_ON = new Date('2026-11-29T00:00:00Z');
