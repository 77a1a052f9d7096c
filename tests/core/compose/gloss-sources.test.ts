import { describe, expect, it } from 'vitest';
import { GLOSS_DOCUMENTS_PER_ITEM, glossSources } from '../../../src/core/compose/gloss-sources.js';
import { nameGlosses } from '../../../src/core/compose/name-glosses.js';
import { buildDocument } from '../../../src/core/index/build-document.js';
import type { Sentence } from '../../../src/core/ingest/document.js';

/** A briefing's cited parts only: the sources in citation order and the items citing them. */
type Cited = Parameters<typeof glossSources>[0];
const sourcesOf = (n: number) => Array.from({ length: n }, (_, i) => ({ n: i + 1, docId: `copy-${i + 1}.txt`, title: `copy ${i + 1}` }));
const cites = (...sources: number[]) => sources.map((source) => ({ source, paragraph: 0, sentence: 0 }));
const point = (...sources: number[]) => ({ text: 'Kovacs said the worst was over.', citations: cites(...sources) });
const briefing = (parts: Partial<Cited> & Pick<Cited, 'sources'>): Cited => ({ summary: [], keyPoints: [], quotes: [], figures: [], timeline: [], differences: [], figuresThatDiffer: [], ...parts }) as Cited;
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('the surname gloss reads at most ten of each printed item’s cited documents (17adhoc9, rule B)', () => {
  it('reads the first ten documents a point cites and not the copies after them', () => {
    const read = glossSources(briefing({ sources: sourcesOf(14), summary: [point(...range(1, 14))] }));
    expect(GLOSS_DOCUMENTS_PER_ITEM).toBe(10);
    expect(read).toEqual(range(1, 10).map((n) => `copy-${n}.txt`));
  });

  it('reads a late copy of one point when another item cites it among its first ten', () => {
    const read = glossSources(briefing({ sources: sourcesOf(14), summary: [point(...range(1, 14))], quotes: [{ speaker: 'Kovacs', text: 'The worst is over.', citation: cites(13)[0]! }] as Cited['quotes'] }));
    expect(read).toContain('copy-13.txt');
    expect(read).not.toContain('copy-12.txt');
  });

  it('reads every source of a set of ten documents or fewer, as every judged set is', () => {
    const read = glossSources(briefing({ sources: sourcesOf(10), summary: [point(...range(1, 10))], keyPoints: [point(10, 9, 8, 7, 6, 5, 4, 3, 2, 1)] }));
    expect(read).toEqual(sourcesOf(10).map((s) => s.docId));
  });

  it('keeps a source no item cites', () => {
    expect(glossSources(briefing({ sources: sourcesOf(3), summary: [point(1)] }))).toEqual(['copy-1.txt', 'copy-2.txt', 'copy-3.txt']);
  });
});

function doc(id: string, text: string): readonly Sentence[] {
  const built = buildDocument({ id, text });
  if (!('document' in built)) throw new Error(built.error.message);
  return built.document.sentences;
}

describe('what a large archive gives up: evidence for a name only in a point’s late copies', () => {
  const STORY = 'Rescue teams reached three villages cut off by the water. Kovacs said the worst was over.';
  /** Fourteen copies of one story; only copy `at` writes who Kovacs is. */
  const gloss = (at: number) => {
    const docs = new Map(range(1, 14).map((n) => [`copy-${n}.txt`, doc(`copy-${n}.txt`, n === at ? `Regional governor Maria Kovacs toured the town. ${STORY}` : STORY)]));
    const of = (id: string) => docs.get(id) ?? [];
    const unit = [of('copy-1.txt').find((s) => s.text.startsWith('Kovacs said'))!];
    const read = glossSources(briefing({ sources: sourcesOf(14), summary: [point(...range(1, 14))] }));
    return nameGlosses([unit], of, read);
  };

  it('glosses the name when a copy among the point’s first ten writes it in full', () => {
    expect(gloss(3)).toEqual([[{ name: 'Kovacs', full: 'Maria Kovacs' }]]);
  });

  it('does not when only its twelfth copy does', () => {
    expect(gloss(12)).toEqual([[]]);
  });
});
