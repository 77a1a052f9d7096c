import type { Digest, Length, Point, TopicList } from './briefing.js';
import { buildDocument } from './build-document.js';
import { composeBriefing, documentInfo, documentInfoEntry, type DocumentInfo } from './compose-briefing.js';
import { createCiter } from './cite.js';
import type { Document, RawDocument } from './document.js';
import type { BriefError } from './errors.js';
import { closestTopics, findTopic, visible } from './find-topic.js';
import type { Article, BriefResult, DigestOptions, HeadlineOptions, Library, RefreshReport } from './library.js';
import { nearDuplicateFinder } from './near-duplicates.js';
import { topicRelevance } from './relevance.js';
import { selectSummary } from './select-summary.js';
import { factsOf } from './summary-facts.js';
import { addToIndex, createTermIndex, rebuildIndex, type TermIndex } from './term-index.js';
import { addDocuments, buildTopicState, dropDocuments, orderedTopics, type TopicState } from './topic-state.js';
import type { CuratedTopic } from './topics-file.js';
import type { Topic } from './topic.js';

export interface LibraryState {
  set: string;
  curated: readonly CuratedTopic[];
  now: () => Date;
  /** What refresh() compares against: document id → a signature of its file (size and mtime). */
  signatures?: Map<string, string>;
  /** Re-reads the set's source, for refresh(); absent for in-memory sets. */
  reload?: (known: ReadonlyMap<string, string>) => Promise<{ changed: RawDocument[]; removed: string[]; problems: BriefError[]; signatures: Map<string, string> }>;
}

const DIGEST_TOPICS = 3;
/** A refresh that touches more than this share of the set discovers its topics again; a smaller one updates them in place. */
const REDISCOVER_SHARE = 0.1;

/** A Library over documents already in memory. Broken documents are reported, never fatal. */
export function createLibraryFrom(documents: readonly RawDocument[], state: LibraryState, loadProblems: BriefError[] = []): Library {
  let index: TermIndex = createTermIndex();
  let problems: BriefError[] = [...loadProblems];
  let signatures = state.signatures ?? new Map<string, string>();
  // Everything below is derived from the index and kept between answers; refresh() updates or drops it.
  let topicState: TopicState | undefined;
  let topicCache: { topics: Topic[]; list: TopicList } | undefined;
  let info: DocumentInfo | undefined;

  const add = (raw: RawDocument): string | undefined => {
    const built = buildDocument(raw, index.surfaces);
    if ('error' in built) {
      problems.push(built.error);
      return undefined;
    }
    addToIndex(index, built.document);
    // What summaries weigh of each sentence is worked out now, so no briefing pays for it first.
    for (const s of built.document.sentences) factsOf(s);
    info?.set(built.document.id, documentInfoEntry(built.document));
    return built.document.id;
  };
  for (const raw of documents) add(raw);
  if (!index.documents.size) problems.push({ code: 'no-documents', file: state.set, message: 'the set has no readable documents' });

  const documentsInfo = () => (info ??= documentInfo(index));
  const topics = () => {
    topicState ??= buildTopicState(index, state.curated);
    if (!topicCache) {
      const ordered = orderedTopics(topicState);
      const list: TopicList = {
        set: state.set,
        documents: index.documents.size,
        topics: ordered.map((t) => ({ ...t.ref, aliases: t.aliases, sources: topicState!.sources.get(t.ref.slug) ?? 0 })),
      };
      topicCache = { topics: ordered, list };
    }
    return { topics: topicCache.topics, list: topicCache.list, relevance: topicState.relevance };
  };

  const brief = (query: string, options: { length?: Length; now?: Date } = {}): BriefResult => {
    const { topics: all, relevance } = topics();
    const match = findTopic(index, all, query);
    if (match.kind === 'none') return { ok: false, noMatch: { query: visible(query), suggestions: match.suggestions } };
    const scores = relevance.get(match.topic.ref.slug) && match.kind === 'topic' ? relevance.get(match.topic.ref.slug)! : topicRelevance(index, match.topic);
    if (!scores.size) return { ok: false, noMatch: { query: visible(query), suggestions: closestTopics(all, query, 5) } };
    const briefing = composeBriefing({ set: state.set, index, topic: match.topic, relevance: scores, length: options.length ?? 'standard', now: options.now ?? state.now(), documents: documentsInfo() });
    return { ok: true, briefing };
  };

  const headlineWithSources = (options: HeadlineOptions = {}) => {
    const budget = options.maxBytes !== undefined || options.maxWords !== undefined ? options : { maxWords: 120 };
    const chosen = selectSummary({ sentences: index.sentences, documents: documentsInfo(), ...budget });
    const citer = createCiter(index.documents);
    const near = nearDuplicateFinder(index, () => true);
    const points = chosen.map((s) => citer.point(s, near));
    return { points, sources: citer.sources() };
  };

  const library: Library = {
    set: state.set,
    topics(): TopicList {
      // The list is kept between calls; callers get their own copy of it.
      const { list } = topics();
      return { ...list, topics: list.topics.map((t) => ({ ...t, aliases: [...t.aliases] })) };
    },
    brief,
    suggest(partial, limit = 25) {
      return closestTopics(topics().topics, partial, limit, 0.45);
    },
    digest(options: DigestOptions = {}): Digest {
      const now = options.now ?? state.now();
      const wanted = options.topics?.length ? options.topics : topics().topics.slice(0, DIGEST_TOPICS).map((t) => t.ref.slug);
      const briefings = wanted.flatMap((q) => {
        const r = brief(q, { length: options.length ?? 'short', now });
        return r.ok ? [r.briefing] : [];
      });
      const since = options.since ?? null;
      const fresh = since ? [...index.documents.values()].filter((d) => Date.parse(d.addedAt) > since.getTime()) : [];
      return {
        set: state.set,
        generatedAt: now.toISOString(),
        since: since ? since.toISOString() : null,
        late: options.late ?? false,
        briefings,
        newDocuments: fresh.map((d) => newDocument(index, documentsInfo(), d)),
      };
    },
    headline(options: HeadlineOptions = {}): Point[] {
      return headlineWithSources(options).points;
    },
    headlineWithSources,
    articles(docIds) {
      return docIds.flatMap((docId) => {
        const d = index.documents.get(docId);
        return d ? [articleOf(d)] : [];
      });
    },
    topicDocuments(slug) {
      const scores = topics().relevance.get(slug);
      const byDoc = new Map<string, number>();
      for (const [id, r] of scores ?? []) {
        const docId = index.sentences[id]!.docId;
        byDoc.set(docId, (byDoc.get(docId) ?? 0) + r);
      }
      return [...byDoc].map(([docId, weight]) => ({ docId, weight })).sort((a, b) => b.weight - a.weight);
    },
    problems: () => problems,
    async refresh(): Promise<RefreshReport> {
      if (!state.reload) return { added: [], changed: [], removed: [], problems: [] };
      const result = await state.reload(signatures);
      const report: RefreshReport = { added: [], changed: [], removed: result.removed, problems: result.problems };
      for (const raw of result.changed) (index.documents.has(raw.id) ? report.changed : report.added).push(raw.id);
      problems = problems.filter((p) => !result.signatures.has(p.file) && !result.removed.includes(p.file));
      problems.push(...result.problems);
      signatures = result.signatures;
      const touched = report.added.length + report.changed.length + report.removed.length;
      if (!touched) return report;
      // Topics are kept and updated in place unless much of the set changed: then they are found again on the next answer.
      if (topicState && touched > index.documents.size * REDISCOVER_SHARE) topicState = undefined;
      topicCache = undefined;
      if (report.changed.length || report.removed.length) {
        // Edits and removals shift sentence ids: rebuild the maps, re-analysing only what changed.
        const drop = new Set([...report.changed, ...report.removed]);
        const kept = [...index.documents.values()].filter((d) => !drop.has(d.id));
        index = rebuildIndex(kept, index.surfaces);
        info = undefined;
        if (topicState) dropDocuments(index, topicState, drop);
      }
      const added = result.changed.flatMap((raw) => add(raw) ?? []);
      if (topicState) addDocuments(index, topicState, added);
      return report;
    },
  };
  return library;
}

function newDocument(index: TermIndex, info: DocumentInfo, d: Document) {
  const [central] = selectSummary({ sentences: d.sentences, documents: info, maxSentences: 1, maxWords: 60 });
  const citer = createCiter(index.documents);
  if (central) citer.cite(central);
  else citer.cite(d.sentences[0]!);
  return { source: citer.sources()[0]!, summary: (central ?? d.sentences[0])?.text ?? '' };
}

function articleOf(d: Document): Article {
  const paragraphs: string[][] = d.paragraphs.map(() => []);
  for (const s of d.sentences) (paragraphs[s.paragraph] ??= [])[s.index] = s.text;
  return { docId: d.id, paragraphs: paragraphs.map((p) => Array.from(p, (text) => text ?? '')) };
}
