import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset, toRawDocument } from '../../../eval/dataset.js';
import { howPointOpens, sentencesFrom } from '../../../eval/point-opening.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';

/** The development sets, read from ../shared and never copied; absent, the test is skipped. */
const SETS = ['../shared/eval/duc2004/dev.json', '../shared/eval/tac2011/en.json'].filter((f) => existsSync(f));

describe.skipIf(SETS.length === 0)('no shown point of a real set opens leaning on a sentence it does not show', () => {
  it('holds for every topic briefing and a question on each topic of every DUC and TAC set loaded alone', () => {
    for (const file of SETS) {
      const loaded = loadDataset(file);
      if (!loaded.ok) throw new Error(loaded.message);
      for (const cluster of loaded.dataset.clusters) {
        const docs = cluster.docs.map(toRawDocument);
        const library = createLibrary(cluster.id, docs);
        const sentencesOf = sentencesFrom(docs);
        for (const topic of library.topics().topics) {
          for (const query of [topic.slug, `why ${topic.title}`]) {
            const result = library.brief(query, { length: 'standard' });
            if (!result.ok) continue;
            for (const point of [...result.briefing.summary, ...result.briefing.keyPoints]) {
              expect(howPointOpens(point, result.briefing.sources, sentencesOf), `${cluster.id} "${query}": ${point.text}`).toEqual({ alone: true });
            }
          }
        }
      }
    }
  }, 300_000);
});
