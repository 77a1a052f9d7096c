import { resolve } from 'node:path';
import type { RawDocument, Sentence } from '../src/core/ingest/document.js';
import { listDocumentFiles, loadDocumentFile } from '../src/core/ingest/load.js';
import type { Library } from '../src/core/library/library.js';
import { createLibrary, openLibrary } from '../src/core/library/open-folder.js';
import { loadDataset, toRawDocument } from './dataset.js';
import { sentencesFrom } from './point-opening.js';

export interface EvalLibrary {
  library: Library;
  sentencesOf: (id: string) => readonly Sentence[];
  /** The ids of the set's documents, in the set's order. */
  docIds: readonly string[];
}

/**
 * Each cluster of the DUC 2004 dev and TAC 2011 sets loaded alone, and the bundled set, by id, with their
 * documents' sentences as the library numbers them: the sets the reading checkers go over.
 */
export async function evalLibraries(): Promise<Map<string, EvalLibrary>> {
  const libraries = new Map<string, EvalLibrary>();
  for (const file of ['../shared/eval/duc2004/dev.json', '../shared/eval/tac2011/en.json']) {
    const loaded = loadDataset(resolve(file));
    if (!loaded.ok) continue;
    for (const c of loaded.dataset.clusters) {
      const docs = c.docs.map(toRawDocument);
      libraries.set(c.id, { library: createLibrary(c.id, docs), sentencesOf: sentencesFrom(docs), docIds: docs.map((d) => d.id) });
    }
  }
  const dir = resolve('briefings/ukraine-peace-talks');
  const docs: RawDocument[] = [];
  for (const path of await listDocumentFiles(dir)) {
    const { document } = await loadDocumentFile(path);
    if (document) docs.push(document);
  }
  libraries.set('ukraine-peace-talks', { library: await openLibrary(dir), sentencesOf: sentencesFrom(docs), docIds: docs.map((d) => d.id) });
  return libraries;
}
