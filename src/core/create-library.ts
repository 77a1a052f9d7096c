import type { Digest, Length, Point, TopicList } from './briefing.js';
import { buildDocument } from './build-document.js';
import { composeBriefing, documentInfo, documentInfoEntry, type DocumentInfo } from './compose-briefing.js';
import { createCiter } from './cite.js';
import type { Document, RawDocument } from './document.js';
import type { BriefError, BriefNotice } from './errors.js';
import { unscannedNotice } from './fact-bounds.js';
import { closestTopics, findTopic, visible } from './find-topic.js';
import type { BriefOptions, BriefResult, DigestOptions, HeadlineOptions, Library, RefreshReport } from './library.js';
import { nearDuplicateFinder } from './near-duplicates.js';
import { PASSAGE_ROLES, pointOf, unitsOf, withoutOverlaps } from './passages.js';
import { queryDate } from './read-query.js';
import { queryRelevance, topicRelevance, type DayMatch } from './relevance.js';
import { findEvents } from './timeline.js';
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
  const notices = new Map<string, BriefNotice>();
  let signatures = state.signatures ?? new Map<string, string>();
  // Everything below is derived from the index and kept between answers; refresh() updates or drops it.
  let topicState: TopicState | undefined;
  let topicCache: { topics: Topic[]; list: TopicList } | undefined;
  let info: DocumentInfo | undefined;

  // Which input document holds each id, to name both when a second one claims it.
  const holders = new Map<string, string>();
  const add = (raw: RawDocument, place?: number): string | undefined => {
    const label = describe(raw, place);
    const holder = holders.get(raw.id);
    if (holder !== undefined && index.documents.has(raw.id)) {
      problems.push({ code: 'duplicate-id', file: raw.id, message: `${label} has the id "${raw.id}", already taken by ${holder}; it is skipped` });
      return undefined;
    }
    const built = buildDocument(raw, index.surfaces);
    if ('error' in built) {
      problems.push(built.error);
      return undefined;
    }
    addToIndex(index, built.document);
    const notice = unscannedNotice(built.document.id, built.document.sentences);
    if (notice) notices.set(notice.file, notice);
    holders.set(raw.id, label);
    // What summaries weigh of each sentence is worked out now, so no briefing pays for it first.
    for (const s of built.document.sentences) factsOf(s);
    info?.set(built.document.id, documentInfoEntry(built.document));
    return built.document.id;
  };
  documents.forEach((raw, place) => add(raw, place));
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

  const brief = (query: string, options: BriefOptions = {}): BriefResult => {
    const { topics: all, relevance } = topics();
    const match = findTopic(index, all, query);
    if (match.kind === 'none') return { ok: false, noMatch: { query: visible(query), set: state.set, suggestions: match.suggestions } };
    const scores = relevance.get(match.topic.ref.slug) && match.kind === 'topic' ? relevance.get(match.topic.ref.slug)! : match.kind === 'query' ? queryRelevance(index, match.topic, dayOf(query)) : topicRelevance(index, match.topic);
    if (!scores.size) return { ok: false, noMatch: { query: visible(query), set: state.set, suggestions: closestTopics(all, query, 5) } };
    const briefing = composeBriefing({ set: state.set, index, topic: match.topic, relevance: scores, length: options.length ?? 'standard', now: options.now ?? state.now(), documents: documentsInfo(), passages: options.passages });
    return { ok: true, briefing };
  };

  /** The day a question names, matched against the day each sentence's event falls on. */
  const dayOf = (query: string): DayMatch | undefined => {
    const dates = [...index.documents.values()].map((d) => d.meta.published).filter((d): d is string => !!d);
    const when = queryDate(query, dates.sort().at(-1));
    if (!when) return undefined;
    const publishedOf = (docId: string) => index.documents.get(docId)?.meta.published;
    return { stems: when.stems, isOnDay: (id) => findEvents([index.sentences[id]!], publishedOf)[0]?.date === when.date };
  };

  const headlineWithSources = (options: HeadlineOptions = {}) => {
    const budget = options.maxBytes !== undefined || options.maxWords !== undefined ? options : { ...options, maxWords: 120 };
    const { passages, ...selection } = budget;
    const sentencesOf = (docId: string) => index.documents.get(docId)?.sentences ?? [];
    const sentences = passages === false ? index.sentences : unitsOf(index.sentences, new Float64Array(index.sentences.length).fill(1), sentencesOf).units;
    const chosen = withoutOverlaps(selectSummary({ sentences, documents: documentsInfo(), ...(passages === false ? {} : PASSAGE_ROLES), ...selection }));
    const citer = createCiter(index.documents);
    const near = nearDuplicateFinder(index, () => true);
    const points = chosen.map((unit) => pointOf(unit, citer, near));
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
    notices: () => [...notices.values()],
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
        for (const id of drop) notices.delete(id);
        const kept = [...index.documents.values()].filter((d) => !drop.has(d.id));
        index = rebuildIndex(kept, index.surfaces);
        info = undefined;
        if (topicState) dropDocuments(index, topicState, drop);
      }
      const added = result.changed.flatMap((raw) => add(raw) ?? []);
      if (topicState) addDocuments(index, topicState, added);
      report.notices = added.flatMap((id) => notices.get(id) ?? []);
      return report;
    },
  };
  // One re-read at a time: a timer and a digest may both ask, and two at once would index a file twice.
  const refreshOnce = library.refresh;
  let refreshing: Promise<RefreshReport> | undefined;
  library.refresh = () => (refreshing ??= refreshOnce().finally(() => (refreshing = undefined)));
  return library;
}

/** A document as a user can find it: its place in the input and its title or first words. */
function describe(raw: RawDocument, place: number | undefined): string {
  const title = raw.meta?.title ?? raw.text.trim().split(/\s+/).slice(0, 8).join(' ');
  const where = place === undefined ? 'a document' : `document ${place + 1}`;
  return title ? `${where} ("${title.length > 60 ? `${title.slice(0, 59)}…` : title}")` : where;
}

function newDocument(index: TermIndex, info: DocumentInfo, d: Document) {
  const [central] = selectSummary({ sentences: d.sentences, documents: info, maxSentences: 1, maxWords: 60 });
  const citer = createCiter(index.documents);
  if (central) citer.cite(central);
  else citer.cite(d.sentences[0]!);
  return { source: citer.sources()[0]!, summary: (central ?? d.sentences[0])?.text ?? '' };
}
