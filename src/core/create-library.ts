import type { Digest, Length, Point, TopicList } from './briefing.js';
import { buildDocument } from './build-document.js';
import { composeBriefing, documentInfo } from './compose-briefing.js';
import { createCiter } from './cite.js';
import { discoverTopics } from './discover-topics.js';
import type { Document, RawDocument } from './document.js';
import type { BriefError } from './errors.js';
import { closestTopics, findTopic, visible } from './find-topic.js';
import type { BriefResult, DigestOptions, HeadlineOptions, Library, RefreshReport } from './library.js';
import { stemsOf, topicRelevance } from './relevance.js';
import { selectSummary } from './select-summary.js';
import { addToIndex, createTermIndex, rebuildIndex, type TermIndex } from './term-index.js';
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

/** A Library over documents already in memory. Broken documents are reported, never fatal. */
export function createLibraryFrom(documents: readonly RawDocument[], state: LibraryState, loadProblems: BriefError[] = []): Library {
  let index: TermIndex = createTermIndex();
  let problems: BriefError[] = [...loadProblems];
  let signatures = state.signatures ?? new Map<string, string>();
  let topicsCache: { topics: Topic[]; relevance: Map<string, Map<number, number>> } | undefined;

  const add = (raw: RawDocument) => {
    const built = buildDocument(raw, index.surfaces);
    if ('error' in built) problems.push(built.error);
    else addToIndex(index, built.document);
  };
  for (const raw of documents) add(raw);
  if (!index.documents.size) problems.push({ code: 'no-documents', file: state.set, message: 'the set has no readable documents' });

  const topics = () => {
    if (topicsCache) return topicsCache;
    const curated = state.curated.map(curatedTopic);
    const curatedSlugs = new Set(curated.map((t) => t.ref.slug));
    const discovered = discoverTopics(index).filter((t) => !curatedSlugs.has(t.ref.slug));
    const all = [...curated, ...discovered];
    const relevance = new Map(all.map((t) => [t.ref.slug, topicRelevance(index, t)]));
    const sourcesOf = (t: Topic) => sourceCount(index, relevance.get(t.ref.slug)!);
    // Curated topics first, in their file's order; then what was found, most widely covered first.
    const ordered = [...curated, ...discovered.filter((t) => sourcesOf(t) > 0).sort((a, b) => sourcesOf(b) - sourcesOf(a))];
    topicsCache = { topics: ordered, relevance };
    return topicsCache;
  };

  const brief = (query: string, options: { length?: Length; now?: Date } = {}): BriefResult => {
    const { topics: all, relevance } = topics();
    const match = findTopic(index, all, query);
    if (match.kind === 'none') return { ok: false, noMatch: { query: visible(query), suggestions: match.suggestions } };
    const scores = relevance.get(match.topic.ref.slug) && match.kind === 'topic' ? relevance.get(match.topic.ref.slug)! : topicRelevance(index, match.topic);
    if (!scores.size) return { ok: false, noMatch: { query: visible(query), suggestions: closestTopics(all, query, 5) } };
    const briefing = composeBriefing({ set: state.set, index, topic: match.topic, relevance: scores, length: options.length ?? 'standard', now: options.now ?? state.now() });
    return { ok: true, briefing };
  };

  const headlineWithSources = (options: HeadlineOptions = {}) => {
    const budget = options.maxBytes !== undefined || options.maxWords !== undefined ? options : { maxWords: 120 };
    const chosen = selectSummary({ sentences: index.sentences, documents: documentInfo(index), ...budget });
    const citer = createCiter(index.documents);
    const points = chosen.map((s) => citer.point(s, index.sentences));
    return { points, sources: citer.sources() };
  };

  const library: Library = {
    set: state.set,
    topics(): TopicList {
      const { topics: all, relevance } = topics();
      return {
        set: state.set,
        documents: index.documents.size,
        topics: all.map((t) => ({ ...t.ref, aliases: t.aliases, sources: sourceCount(index, relevance.get(t.ref.slug)!) })),
      };
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
        newDocuments: fresh.map((d) => newDocument(index, d)),
      };
    },
    headline(options: HeadlineOptions = {}): Point[] {
      return headlineWithSources(options).points;
    },
    headlineWithSources,
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
      if (report.changed.length || report.removed.length) {
        // Edits and removals shift sentence ids: rebuild the maps, re-analysing only what changed.
        const drop = new Set([...report.changed, ...report.removed]);
        const kept = [...index.documents.values()].filter((d) => !drop.has(d.id));
        index = rebuildIndex(kept, index.surfaces);
      }
      for (const raw of result.changed) add(raw);
      signatures = result.signatures;
      if (report.added.length || report.changed.length || report.removed.length) topicsCache = undefined;
      return report;
    },
  };
  return library;
}

function curatedTopic(t: CuratedTopic): Topic {
  const variants = [t.slug.replace(/-/g, ' '), t.title, ...t.aliases, ...t.terms].map(stemsOf).filter((v) => v.length);
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

function newDocument(index: TermIndex, d: Document) {
  const [central] = selectSummary({ sentences: d.sentences, documents: documentInfo(index), maxSentences: 1, maxWords: 60 });
  const citer = createCiter(index.documents);
  if (central) citer.cite(central);
  else citer.cite(d.sentences[0]!);
  return { source: citer.sources()[0]!, summary: (central ?? d.sentences[0])?.text ?? '' };
}
