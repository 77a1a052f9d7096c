import { describe, expect, it } from 'vitest';
import type { DocVector } from '../../../src/core/topics/cluster-documents.js';
import { mergeStories } from '../../../src/core/topics/merge-stories.js';

/** A unit vector over these terms, each weighted 1 before normalising. */
function vector(terms: string[]): DocVector {
  const w = 1 / Math.sqrt(terms.length);
  return { terms, weights: Float64Array.from(terms, () => w) };
}

/**
 * Four first-pass stories: one ferry sinking told by two outlets (each outlet's own words, the
 * story's shared ones), a bridge collapse and a budget vote. Each article adds words of its own.
 */
function firstPass(): { stories: string[][]; vectors: Map<string, DocVector> } {
  const shared: Record<string, string[]> = {
    'ferry-ap': ['ferry', 'sank', 'harbour', 'passengers', 'coastguard', 'wire'],
    'ferry-nyt': ['ferry', 'sank', 'harbour', 'passengers', 'rescuers', 'times'],
    bridge: ['bridge', 'collapse', 'river', 'engineers', 'traffic', 'steel'],
    budget: ['budget', 'vote', 'parliament', 'deficit', 'taxes', 'spending'],
  };
  const vectors = new Map<string, DocVector>();
  const stories = Object.entries(shared).map(([story, words]) =>
    Array.from({ length: 4 }, (_, n) => {
      const id = `${story}-${n}`;
      vectors.set(id, vector([...words, `${story}-own-${n}`, `${story}-detail-${n}`]));
      return id;
    }),
  );
  return { stories, vectors };
}

describe('merging first-pass stories', () => {
  it('makes one story of one event told in two outlets’ words, and keeps other stories apart', () => {
    const { stories, vectors } = firstPass();
    const merged = mergeStories(stories, vectors).map((ids) => [...new Set(ids.map((id) => id.split('-')[0]))].sort());
    expect(merged).toEqual([['ferry'], ['bridge'], ['budget']]);
  });

  it('leaves stories that share nothing apart, whatever their number', () => {
    const vectors = new Map<string, DocVector>();
    const stories = Array.from({ length: 5 }, (_, s) =>
      Array.from({ length: 3 }, (_, n) => {
        const id = `s${s}-${n}`;
        vectors.set(id, vector([`story${s}-a`, `story${s}-b`, `story${s}-c`, `${id}-own`]));
        return id;
      }),
    );
    expect(mergeStories(stories, vectors)).toHaveLength(5);
  });

  it('adds a lone article to the story it belongs to', () => {
    const { stories, vectors } = firstPass();
    vectors.set('late', vector(['bridge', 'collapse', 'river', 'inspectors']));
    const merged = mergeStories([...stories, ['late']], vectors);
    expect(merged.find((ids) => ids.includes('late'))).toEqual(expect.arrayContaining(['bridge-0', 'bridge-3']));
  });
});
