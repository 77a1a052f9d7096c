import { sentenceIdsOf, type TermIndex } from '../index/term-index.js';
import type { CuratedTopic } from '../ingest/topics-file.js';
import { addToStories, type Discovery, discover, removeFromStories } from './discover-topics.js';
import { sentenceRelevance, stemsOf, topicRelevance } from './relevance.js';
import type { Topic } from './topic.js';

/**
 * A set's topics with what answering needs from them: each topic's sentence relevance and source
 * count. Built once (discovery is the costly part), then kept up to date document by document.
 */
export interface TopicState {
  curated: Topic[];
  /** Discovered topics, in the order discovery found them. */
  discovered: Topic[];
  /** Slug → sentence id → relevance. */
  relevance: Map<string, Map<number, number>>;
  /** Slug → documents that speak to the topic. */
  sources: Map<string, number>;
  discovery: Discovery;
  /** Every slug in use, so a story found later gets a name of its own. */
  used: Set<string>;
}

export function buildTopicState(index: TermIndex, curatedTopics: readonly CuratedTopic[]): TopicState {
  const curated = curatedTopics.map(curatedTopic);
  const curatedSlugs = new Set(curated.map((t) => t.ref.slug));
  const discovery = discover(index);
  const discovered = discovery.topics.filter((t) => !curatedSlugs.has(t.ref.slug));
  const state: TopicState = { curated, discovered, relevance: new Map(), sources: new Map(), discovery, used: new Set(curatedSlugs) };
  for (const t of [...curated, ...discovered]) {
    state.used.add(t.ref.slug);
    const scores = topicRelevance(index, t);
    state.relevance.set(t.ref.slug, scores);
    state.sources.set(t.ref.slug, sourceCount(index, scores));
  }
  return state;
}

/** Curated topics first, in their file's order; then what was found, most widely covered first. */
export function orderedTopics(state: TopicState): Topic[] {
  const sources = (t: Topic) => state.sources.get(t.ref.slug) ?? 0;
  const found = state.discovered.map((t, order) => ({ t, order })).filter(({ t }) => sources(t) > 0);
  found.sort((a, b) => sources(b.t) - sources(a.t) || a.order - b.order);
  return [...state.curated, ...found.map(({ t }) => t)];
}

/**
 * Documents just appended to the index: each joins its nearest story (or starts one), and its
 * sentences are scored against every topic; nothing already scored is looked at again.
 */
export function addDocuments(index: TermIndex, state: TopicState, docIds: readonly string[]): void {
  const shown = new Set([...state.curated, ...state.discovered]);
  for (const docId of docIds) {
    const joined = addToStories(index, state.discovery, docId, state.used);
    if (joined.topic && joined.created) {
      state.discovered.push(joined.topic);
      const scores = topicRelevance(index, joined.topic);
      state.relevance.set(joined.topic.ref.slug, scores);
      state.sources.set(joined.topic.ref.slug, sourceCount(index, scores));
      shown.add(joined.topic);
      continue;
    }
    const ids = sentenceIdsOf(index, docId);
    for (const topic of shown) {
      if (topic.docIds && !topic.docIds.has(docId)) continue;
      const scores = state.relevance.get(topic.ref.slug)!;
      let speaks = false;
      for (const id of ids) {
        const r = sentenceRelevance(index, topic, id);
        if (r > 0) {
          scores.set(id, r);
          speaks = true;
        }
      }
      if (speaks) state.sources.set(topic.ref.slug, (state.sources.get(topic.ref.slug) ?? 0) + 1);
    }
  }
}

/**
 * After the index was rebuilt without some documents (edited or deleted files), sentence ids
 * have moved: take those documents out of their stories and score every topic again, without
 * rediscovering. Edited documents come back through `addDocuments`.
 */
export function dropDocuments(index: TermIndex, state: TopicState, docIds: ReadonlySet<string>): void {
  removeFromStories(state.discovery, docIds);
  for (const t of [...state.curated, ...state.discovered]) {
    const scores = topicRelevance(index, t);
    state.relevance.set(t.ref.slug, scores);
    state.sources.set(t.ref.slug, sourceCount(index, scores));
  }
}

/** A curated topic as answering reads it: its names and terms as stems. */
export function curatedTopic(t: CuratedTopic): Topic {
  const variants = [t.slug.replace(/-/g, ' '), t.title, ...t.aliases, ...t.terms].map((v) => stemsOf(v)).filter((v) => v.length);
  return { ref: { slug: t.slug, title: t.title, kind: 'curated' }, aliases: [...t.aliases], variants: dedupe(variants) };
}

function dedupe(variants: string[][]): string[][] {
  const seen = new Set<string>();
  return variants.filter((v) => {
    const key = [...v].sort().join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function sourceCount(index: TermIndex, relevance: ReadonlyMap<number, number>): number {
  const docs = new Set<string>();
  for (const id of relevance.keys()) docs.add(index.sentences[id]!.docId);
  return docs.size;
}
