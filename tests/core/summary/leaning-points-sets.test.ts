import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset, toRawDocument } from '../../../eval/dataset.js';
import { howPointOpens, placeOf, sentencesFrom } from '../../../eval/point-opening.js';
import type { Briefing, Point } from '../../../src/core/briefing.js';
import type { Sentence } from '../../../src/core/ingest/document.js';
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
    ...[...b.timeline, ...b.quotes, ...b.figures].filter((x) => !x.shownAt && !x.after).map(item),
    ...b.differences.flatMap((d) => d.sides).filter((s) => !s.shownAt && !s.after),
    ...(b.figuresThatDiffer ?? []).flatMap((d) => d.values).map((v) => ({ text: v.text, ...(v.parts ? { parts: v.parts } : {}), citations: v.citations })),
  ];
}

/**
 * Items printed "(continues summary sentence 2)": their own sentence alone, the one it leans on printed by an earlier item. Each is checked
 * as the passage of the two: the sentence before it must be printed, and together they must open alone.
 */
function printedAfter(b: Briefing, sentencesOf: (docId: string) => readonly Sentence[]): { passage: Point; printed: boolean }[] {
  const sides = b.differences.flatMap((d) => d.sides).map((s) => ({ ...s, citation: s.citations[0]! }));
  const afterNotes = [...b.timeline, ...b.quotes, ...b.figures, ...sides].filter((x) => !x.shownAt && x.after).map((x) => x.text);
  const printed = new Set([...printedPoints(b).flatMap((p) => p.parts ?? [p.text]), ...afterNotes]);
  return [...b.timeline, ...b.quotes, ...b.figures, ...sides]
    .filter((x) => !x.shownAt && x.after)
    .map((x) => {
      const own: Point = { text: x.text, citations: [x.citation] };
      const place = placeOf(own, b.sources, sentencesOf);
      if (!place) return { passage: own, printed: false };
      // The sentences it leans on, back to one that opens alone (a chain: "He …" then "But …").
      const parts = [place.first];
      let passage = own;
      for (let at = place.first.position - 1; at >= 0 && parts.length <= 4; at--) {
        const before = place.doc[at]!;
        parts.unshift(before);
        passage = { text: parts.map((s) => s.text).join(' '), parts: parts.map((s) => s.text), citations: [{ ...x.citation, paragraph: before.paragraph, sentence: before.index }] };
        if (howPointOpens(passage, b.sources, sentencesOf).alone) break;
      }
      return { passage, printed: parts.slice(0, -1).every((s) => printed.has(s.text)) };
    });
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
            const points = printedPoints(result.briefing);
            for (const [i, point] of points.entries()) {
              // Read in order: a description of the story's thing may follow a point that opens on a lead naming it (issue 15sel).
              expect(howPointOpens(point, result.briefing.sources, sentencesOf, points.slice(0, i)), `${cluster.id} "${query}": ${point.text}`).toEqual({ alone: true });
            }
            for (const { passage, printed } of printedAfter(result.briefing, sentencesOf)) {
              expect(printed, `${cluster.id} "${query}": printed before ${passage.text}`).toBe(true);
              expect(howPointOpens(passage, result.briefing.sources, sentencesOf), `${cluster.id} "${query}": ${passage.text}`).toEqual({ alone: true });
            }
          }
        }
      }
    }
  }, 300_000);
});
