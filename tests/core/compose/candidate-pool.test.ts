import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Briefing } from '../../../src/core/briefing.js';
import { candidatePool, QUERY_BOUNDS } from '../../../src/core/compose/candidate-pool.js';
import { composeBriefing } from '../../../src/core/compose/compose-briefing.js';
import type { TermIndex } from '../../../src/core/index/term-index.js';
import type { Sentence } from '../../../src/core/ingest/document.js';
import * as selection from '../../../src/core/summary/select-summary.js';
import { queryRelevance, stemsOf } from '../../../src/core/topics/relevance.js';
import type { Topic } from '../../../src/core/topics/topic.js';
import { indexOf } from '../index-of.js';
import { article, STORIES } from '../made-up-stories.js';

// The summary's and key points' selections are watched, not replaced: what they are given is the stage's input size.
vi.mock('../../../src/core/summary/select-summary.js', async (original) => {
  const real = await original<typeof selection>();
  return { ...real, selectSummary: vi.fn((input: selection.SummaryInput) => real.selectSummary(input)) };
});
const selectSummary = vi.mocked(selection.selectSummary);
beforeEach(() => {
  selectSummary.mockClear();
});

const FACT_REACH = 400;

function queryTopic(text: string): Topic {
  return { ref: { kind: 'query', slug: text, title: text }, aliases: [], variants: [stemsOf(text)] };
}

function brief(index: TermIndex, text: string, candidateLimit?: number): Briefing {
  const topic = queryTopic(text);
  const relevance = queryRelevance(index, topic);
  return composeBriefing({ set: 't', index, topic, relevance, length: 'standard', now: new Date('2024-05-01T00:00:00Z'), ...(candidateLimit === undefined ? {} : { candidateLimit }) });
}

/** What each fact section shows, by its text: source numbers follow the order the summary cites, so they are left out. */
function facts(b: Briefing) {
  return {
    quotes: b.quotes.map((q) => [q.speaker, q.text]),
    figures: b.figures.map((f) => [f.value, f.counts, f.text]),
    timeline: b.timeline.map((e) => [e.date, e.text]),
    differences: b.differences.map((d) => [d.question, d.sides.map((s) => s.text)]),
    figuresThatDiffer: (b.figuresThatDiffer ?? []).map((d) => [d.counts, d.values.map((v) => [v.value, v.text])]),
  };
}

describe('the pool a briefing is composed from', () => {
  const sentence = (position: number) => ({ position }) as Sentence;

  it('is every match, in its order, up to the bound', () => {
    const relevance = new Map(Array.from({ length: QUERY_BOUNDS.pool }, (_, k) => [QUERY_BOUNDS.pool - k, (k % 7) / 7] as const));
    expect(candidatePool(relevance, () => sentence(3), FACT_REACH)).toEqual([...relevance.keys()]);
  });

  it('past the bound keeps the most relevant, leads first among equals, and every sentence the fact sections read', () => {
    const matches = 30_000;
    // Relevance falls with the id; every tenth sentence is a document's lead.
    const relevance = new Map(Array.from({ length: matches }, (_, id) => [id, 1 - Math.floor(id / 100) / 1000] as const));
    const kept = candidatePool(relevance, (id) => sentence(id % 10), FACT_REACH);
    expect(kept.length).toBeLessThanOrEqual(QUERY_BOUNDS.pool + FACT_REACH);
    expect(kept.length).toBeGreaterThanOrEqual(QUERY_BOUNDS.pool);
    // In the map's order, and holding the 400 most relevant.
    expect(kept).toEqual([...kept].sort((a, b) => a - b));
    for (let id = 0; id < FACT_REACH; id++) expect(kept).toContain(id);
    // A lead worth five times a body sentence's mention comes in ahead of more relevant body sentences.
    expect(kept.filter((id) => id % 10 === 0).length).toBeGreaterThan(kept.length / 5);
  });
});

describe('a broad query over a large set', () => {
  // Hundreds of articles, many of whose sentences hold the word asked about; the bound is lowered so that a test set passes it.
  const index = indexOf(Object.fromEntries(Array.from({ length: 900 }, (_, n) => [`a${String(n).padStart(3, '0')}.md`, article((['ferry', 'bridge', 'volcano'] as const)[n % 3]!, n)])));
  const query = 'said';
  const limit = 100;
  const matches = queryRelevance(index, queryTopic(query)).size;
  /** The most distinct sentences one selection weighed (a passage's sentences each count). */
  const weighed = () => Math.max(...selectSummary.mock.calls.map(([input]) => new Set(input.sentences.flatMap((s) => `${s.docId}#${s.position}`)).size));

  it('does not hand every matching sentence to summary selection', () => {
    expect(matches).toBeGreaterThan(limit + FACT_REACH + 100);
    brief(index, query, limit);
    expect(selectSummary).toHaveBeenCalled();
    expect(weighed()).toBeLessThanOrEqual(limit + FACT_REACH);
    selectSummary.mockClear();
    brief(index, query, Infinity);
    expect(weighed()).toBeGreaterThan(limit + FACT_REACH);
  });

  it('is answered from at most QUERY_BOUNDS.pool matches and the ones the fact sections read, however many match', () => {
    expect(matches).toBeGreaterThan(QUERY_BOUNDS.pool);
    brief(index, query);
    expect(weighed()).toBeLessThan(matches);
    expect(weighed()).toBeLessThanOrEqual(QUERY_BOUNDS.pool + FACT_REACH);
  });

  it('has its key points weigh at most QUERY_BOUNDS.keyPoints units, the summary more', () => {
    brief(index, query);
    // Key points are the selection that may take sentences which do not stand alone.
    const units = (standAlone: boolean) => Math.max(...selectSummary.mock.calls.filter(([input]) => (input.standAlone !== false) === standAlone).map(([input]) => input.sentences.length));
    expect(units(false)).toBeLessThanOrEqual(QUERY_BOUNDS.keyPoints);
    expect(units(true)).toBeGreaterThan(QUERY_BOUNDS.keyPoints);
  });

  it("leaves a topic's briefing, composed before anyone asks, its wide pool", () => {
    const topic: Topic = { ...queryTopic(query), ref: { kind: 'discovered', slug: query, title: query } };
    composeBriefing({ set: 't', index, topic, relevance: queryRelevance(index, topic), length: 'standard', now: new Date('2024-05-01T00:00:00Z') });
    expect(weighed()).toBeGreaterThanOrEqual(matches);
  });

  it('shows the same quotes, figures, dates and disagreements as when every match is weighed', () => {
    expect(facts(brief(index, query, limit))).toEqual(facts(brief(index, query, Infinity)));
  });
});

describe('a set of a few dozen articles', () => {
  const index = indexOf(Object.fromEntries((Object.keys(STORIES) as (keyof typeof STORIES)[]).flatMap((story) => Array.from({ length: 10 }, (_, n) => [`${story}-${n}.md`, article(story, n)]))));

  it.each(['ferry strike', 'bridge', 'ash', 'said', 'island commuters'])('answers "%s" as it does weighing every match', (query) => {
    const bounded = brief(index, query);
    expect(bounded.summary.length).toBeGreaterThan(0);
    expect(bounded).toEqual(brief(index, query, Infinity));
  });
});
