import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset, toRawDocument } from '../../../eval/dataset.js';
import { howPointOpens, sentencesFrom } from '../../../eval/point-opening.js';
import type { Briefing, Point } from '../../../src/core/briefing.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';

/**
 * Every item a briefing prints as a point of its own: the summary, key points, and (issue 16tl) the timeline, who said
 * what, key figures and where sources differ, each as a point citing where it opens. An item that refers back to
 * another section ("see summary") prints nothing of its own.
 */
function printedPoints(b: Briefing): Point[] {
  const item = (x: { text: string; parts?: string[]; citation: Point['citations'][number] }): Point => ({ text: x.text, ...(x.parts ? { parts: x.parts } : {}), citations: [x.citation] });
  return [
    ...b.summary,
    ...b.keyPoints,
    ...[...b.timeline, ...b.quotes, ...b.figures].filter((x) => !x.shownAt).map(item),
    ...b.differences.flatMap((d) => d.sides).filter((s) => !s.shownAt),
    ...(b.figuresThatDiffer ?? []).flatMap((d) => d.values).map((v) => ({ text: v.text, ...(v.parts ? { parts: v.parts } : {}), citations: v.citations })),
  ];
}

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
            for (const point of printedPoints(result.briefing)) {
              expect(howPointOpens(point, result.briefing.sources, sentencesOf), `${cluster.id} "${query}": ${point.text}`).toEqual({ alone: true });
            }
          }
        }
      }
    }
  }, 300_000);
});
