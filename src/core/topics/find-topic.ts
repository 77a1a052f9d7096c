import { distance } from 'fastest-levenshtein';
import type { TopicRef } from '../briefing.js';
import { type RelatedStem, relatedStems } from '../index/related-words.js';
import type { TermIndex } from '../index/term-index.js';
import { angleNamed } from './news-angles.js';
import { queryStems, queryWords } from './read-query.js';
import { unknownStems } from './relevance.js';
import { slugify, type Topic } from './topic.js';

export type TopicMatch = { kind: 'topic'; topic: Topic } | { kind: 'query'; topic: Topic } | { kind: 'none'; suggestions: TopicRef[] };

/**
 * What a user meant by what they typed: a topic by slug, title or alias; else free text as an
 * ad-hoc query; else, when words are unknown to the set, the closest topics ("did you mean").
 */
export function findTopic(index: TermIndex, topics: readonly Topic[], query: string): TopicMatch {
  const named = namedTopic(topics, query);
  if (named) return named;
  // Rule ON: "what happens next?" names an angle of any story, listed or not.
  const angle = angleNamed(index, query);
  if (angle) return { kind: 'topic', topic: angle };
  const key = slugify(query);
  const stems = queryStems(query);
  const unknown = unknownStems(index, stems);
  const close = closestTopics(topics, query, SUGGESTED);
  // A word the set never uses stands for the words of related meaning it does use, for less.
  const related: Record<string, RelatedStem[]> = {};
  for (const [word, s] of queryWords(query)) {
    if (!unknown.includes(s) || related[s]) continue;
    const near = [...derivedStems(index, s), ...relatedStems(word, (r) => index.stemSentences.has(r))];
    if (near.length) related[s] = near;
  }
  const lacking = unknown.filter((s) => !related[s]);
  // A word the set never uses and nothing relates to, next to a topic's name, is a misspelling
  // of it: ask. Otherwise it only drops out of the match, and a query of such words alone
  // matches nothing.
  if (!stems.length || lacking.length === stems.length || (lacking.length && close.length)) {
    return { kind: 'none', suggestions: suggestionsFor(topics, query) };
  }
  const kept = stems.filter((s) => !lacking.includes(s));
  return {
    kind: 'query',
    topic: {
      ref: { slug: key || 'query', title: queryTitle(query), kind: 'query' },
      aliases: [],
      variants: [kept],
      ...(Object.keys(related).length ? { related } : {}),
    },
  };
}

/**
 * Rule DV (docs/quality.md, "Session 72"): "apply" for a set that writes only "applications": a word's derivations extend its
 * stem ("appli" → "applic"), where word vectors, which place a word by its company, do not reach. The set's stems that begin with
 * an unknown stem of at least four letters and run at most three letters past it stand in for it as closely as a word can.
 */
function derivedStems(index: TermIndex, stem: string): RelatedStem[] {
  if (stem.length < MIN_DERIVED_BASE) return [];
  const found: RelatedStem[] = [];
  for (const known of index.stemSentences.keys()) if (known.length > stem.length && known.length - stem.length <= MAX_DERIVED_SUFFIX && known.startsWith(stem)) found.push({ stem: known, similarity: 1 });
  return found;
}
const MIN_DERIVED_BASE = 4;
const MAX_DERIVED_SUFFIX = 3;

/** A free query as its briefing's header shows it: as typed, made safe to show, with a capital. */
export function queryTitle(query: string): string {
  const title = visible(query);
  return title.charAt(0).toUpperCase() + title.slice(1);
}

/**
 * The first of `topics` whose slug, title or alias is what was typed; asked by another of its names,
 * it keeps the user's wording.
 */
export function namedTopic(topics: readonly Topic[], query: string): { kind: 'topic'; topic: Topic } | undefined {
  const key = slugify(query);
  const exact = topics.find((t) => t.ref.slug === key || names(t).some((n) => slugify(n) === key));
  if (!exact) return undefined;
  const byItsName = exact.ref.slug === key || slugify(exact.ref.title) === key;
  return { kind: 'topic', topic: byItsName ? exact : { ...exact, ref: { ...exact.ref, asked: visible(query) } } };
}

/**
 * The topic a query names by one of its words, for a query whose words meet in no sentence ("what
 * aid was sent to the front lines" beside *Military aid*): the topic whose name (slug, title or
 * alias) holds the most of the query's content words, ties to the earlier topic. The topic
 * keeps what the user typed, so the header shows their wording and which topic answered.
 */
export function topicNamedBy(topics: readonly Topic[], query: string): Topic | undefined {
  const wanted = new Set(queryStems(query));
  let best: { topic: Topic; held: number } | undefined;
  for (const topic of topics) {
    const own = new Set(names(topic).flatMap((n) => queryStems(n.replace(/-/g, ' '))));
    const held = [...wanted].filter((s) => own.has(s)).length;
    if (held > (best?.held ?? 0)) best = { topic, held };
  }
  return best && { ...best.topic, ref: { ...best.topic.ref, asked: visible(query) } };
}

const SUGGESTED = 5;

/** What a reply that cannot answer offers instead: the topics closest to what was typed, else the set's leading topics, never nothing. */
export function suggestionsFor(topics: readonly Topic[], typed: string): TopicRef[] {
  const close = closestTopics(topics, typed, SUGGESTED);
  return close.length ? close : topics.slice(0, SUGGESTED).map((t) => t.ref);
}

/** Topics whose slug, title or alias starts with, contains, or is a few edits from what was typed. */
export function closestTopics(topics: readonly Topic[], typed: string, limit: number, maxShare = 0.34): TopicRef[] {
  const want = slugify(typed);
  if (!want) return topics.slice(0, limit).map((t) => t.ref);
  const scored = topics
    .map((t, order) => {
      let best = Infinity;
      for (const name of names(t).map(slugify)) {
        if (name.startsWith(want)) best = Math.min(best, 0);
        else if (name.includes(want)) best = Math.min(best, 0.5);
        else {
          const prefix = name.slice(0, Math.max(want.length, 1));
          const edits = Math.min(distance(want, name), distance(want, prefix));
          if (edits <= Math.max(1, Math.round(want.length * maxShare))) best = Math.min(best, 1 + edits / want.length);
        }
      }
      return { t, best, order };
    })
    .filter((s) => s.best < Infinity)
    .sort((a, b) => a.best - b.best || a.order - b.order);
  return scored.slice(0, limit).map((s) => s.t.ref);
}

/** What the user typed, as it may be shown back: no control or format characters, one space between words. */
export function visible(text: string): string {
  return text
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function names(t: Topic): string[] {
  return [t.ref.slug, t.ref.title, ...t.aliases];
}
