import { type Briefing, type Digest, type Point, showsNothing, type TopicList } from '../briefing.js';
import { composeBriefing, type DocumentInfo, documentInfo, documentInfoEntry } from '../compose/compose-briefing.js';
import { composeDigest, type DigestTopicInput, digestWordBudget } from '../compose/compose-digest.js';
import type { BriefError, BriefNotice } from '../errors.js';
import { unscannedNotice } from '../facts/fact-bounds.js';
import { findEvents } from '../facts/timeline.js';
import { type Analysis, analyse } from '../index/analysis.js';
import { bodyKey } from '../index/body-key.js';
import { mergeSurfaces, NO_SURFACES } from '../index/pack-analysis.js';
import { addToIndex, createTermIndex, rebuildIndex, rebuildIndexInSlices, type TermIndex } from '../index/term-index.js';
import { contentHash } from '../ingest/content-hash.js';
import type { Document, RawDocument } from '../ingest/document.js';
import type { CuratedTopic } from '../ingest/topics-file.js';
import { answerTypeAmong } from '../summary/answer-type.js';
import { createCiter } from '../summary/cite.js';
import { nearDuplicateFinder } from '../summary/near-duplicates.js';
import { introducedInOrder, passageRoles, pointOf, unitsOf, withoutOverlaps } from '../summary/passages.js';
import { type SummaryInput, selectSummary } from '../summary/select-summary.js';
import { factsOf } from '../summary/summary-facts.js';
import { closestTopics, findTopic, namedTopic, queryTitle, suggestionsFor, topicNamedBy, visible } from '../topics/find-topic.js';
import { withInitialsWritten } from '../topics/initials.js';
import { nameStory } from '../topics/name-story.js';
import { unstatedFocus } from '../topics/question-focus.js';
import { type Question, queryDate, readQuestion } from '../topics/read-query.js';
import { type DayMatch, focusStatedAmong, queryRelevance, topicRelevance } from '../topics/relevance.js';
import type { Topic } from '../topics/topic.js';
import { addDocuments, buildTopicState, curatedTopic, dropDocuments, orderedTopics, type TopicState } from '../topics/topic-state.js';
import type { Article, BriefOptions, BriefResult, DigestOptions, EvalLibrary, HeadlineOptions, Library, RefreshReport } from './library.js';
import { backgroundPreparation, noPreparation } from './prepare-set.js';
import { copyProblem, sameTextCopies } from './same-text-copies.js';

/** What a re-read of the set's source found. */
export interface Reloaded {
  changed: RawDocument[];
  removed: string[];
  problems: BriefError[];
  signatures: Map<string, string>;
  /** Every file of the folder was listed (not only those a watcher named). */
  whole?: boolean;
}

export interface LibraryState {
  set: string;
  curated: readonly CuratedTopic[];
  now: () => Date;
  /** What refresh() compares against: document id → a signature of its file (size and mtime). */
  signatures?: Map<string, string>;
  /** Re-reads the set's source, for refresh(); absent for in-memory sets. */
  reload?: (known: ReadonlyMap<string, string>) => Promise<Reloaded>;
  /** Analyses what refresh() found changed, in order (reading stored analyses when held); default: on the main thread. */
  analyse?: (raws: readonly RawDocument[], use: (analysis: Analysis) => void) => Promise<unknown>;
  /** Works out every sentence's readings between answers once the set is ready (prepare-set.ts); default true. */
  prepare?: boolean;
}

/** A library being filled: it answers from what it holds while documents are still being added. */
export interface GrowingLibrary {
  library: Library;
  /** Appends one analysed document (in the set's order). */
  add(analysis: Analysis): void;
  /** Takes the whole set at once with its index as stored (stored-set.ts): these analyses are not indexed again, except skipped copies, which are skipped again. */
  restore(analyses: readonly Analysis[], index: TermIndex): void;
  /** The documents skipped because a served one has their text, in the set's order: stored with the set, outside its index. */
  copies(): Document[];
  /**
   * The set is complete: topics are found again over all of it, unless `topics` (stored for exactly this set) is given.
   * The background preparation starts once `readingsMade` settles, if given (library/deferred-pass.ts).
   */
  finish(topics?: TopicState, readingsMade?: Promise<void>): void;
  /** The index as it stands. */
  index(): TermIndex;
  /** The set's topic state, found now if not yet. */
  topicState(): TopicState;
  /** Resolves once every sentence's readings are worked out after `finish` (and after a refresh), between answers (prepare-set.ts). */
  prepared(): Promise<void>;
  /** The topic briefings kept for this version of the index, by their keys; a count of the index's versions, which any change to it raises. */
  keptBriefings(): { version: number; briefings: [string, Briefing][] };
  /** Holds briefings of topics composed for exactly this index and these topics (stored-briefings.ts), as if composed now. */
  holdBriefings(briefings: readonly (readonly [string, Briefing])[]): void;
}

/** A refresh that touches more than this share of the set discovers its topics again; a smaller one updates them in place. */
const REDISCOVER_SHARE = 0.1;
/** Free-text briefings kept, most recently asked first out last. */
const QUERY_BRIEFINGS = 200;

/** A Library over documents already in memory. Broken documents are reported, never fatal. */
export function createLibraryFrom(documents: readonly RawDocument[], state: LibraryState, loadProblems: BriefError[] = []): Library {
  const growing = createGrowingLibrary(state, loadProblems);
  for (const raw of documents) growing.add(analyse(raw));
  growing.finish();
  return growing.library;
}

export function createGrowingLibrary(state: LibraryState, loadProblems: BriefError[] = []): GrowingLibrary {
  let index: TermIndex = createTermIndex();
  let problems: BriefError[] = [...loadProblems];
  const notices = new Map<string, BriefNotice>();
  let signatures = state.signatures ?? new Map<string, string>();
  // Everything below is derived from the index and kept between answers; refresh() updates or drops it.
  let topicState: TopicState | undefined;
  /** Documents the topic state was found over, while the set is still growing. */
  let topicStateSize = 0;
  let growing = true;
  let topicCache: { topics: Topic[]; list: TopicList; relevance: ReadonlyMap<string, Map<number, number>>; story?: Topic } | undefined;
  let info: DocumentInfo | undefined;
  // Briefings by topic and length, for this version of the index: any change to it empties them.
  const briefings = new Map<string, Briefing>();
  let version = 0;
  const changed = () => {
    topicCache = undefined;
    briefings.clear();
    version++;
  };

  // Which input document holds each id, to name both when a second one claims it.
  const holders = new Map<string, string>();
  let place = 0;
  // Which served document holds each text, and the copies of it that are left out (same-text-copies.ts).
  const copies = sameTextCopies();
  /** While a stored set is restored: its index comes whole. */
  let restoring = false;
  const add = (analysis: Analysis): string | undefined => {
    const label = describe(analysis, place++);
    if ('error' in analysis.built) {
      problems.push(analysis.built.error);
      return undefined;
    }
    const document = analysis.built.document;
    const holder = holders.get(document.id);
    if (holder !== undefined && index.documents.has(document.id)) {
      problems.push({ code: 'duplicate-id', file: document.id, message: `${label} has the id "${document.id}", already taken by ${holder}; it is skipped` });
      return undefined;
    }
    // The same article under another id (a second file name, a wire story delivered twice) is one source: the first kept.
    const key = analysis.bodyKey ?? bodyKey(document);
    const served = copies.servedWith(key);
    if (served !== undefined) {
      copies.skip({ analysis: { built: { document }, surfaces: analysis.surfaces }, holder: served });
      return undefined;
    }
    copies.serve(document.id, key);
    if (!restoring) {
      addToIndex(index, document);
      mergeSurfaces(index.surfaces, analysis.surfaces);
    }
    const notice = unscannedNotice(document.id, document.sentences);
    if (notice) notices.set(notice.file, notice);
    holders.set(document.id, label);
    // What summaries weigh of each sentence is worked out now, so no briefing pays for it first;
    // while the set is first indexed, after it is ready (prepare-set.ts), so answering starts sooner.
    if (!growing) for (const s of document.sentences) factsOf(s);
    info?.set(document.id, documentInfoEntry(document));
    return document.id;
  };

  const documentsInfo = () => (info ??= documentInfo(index));
  const ensureTopicState = (): TopicState => {
    // While the set is still being indexed, topics are found again each time it has doubled, not on every answer.
    if (topicState && growing && index.documents.size >= 2 * topicStateSize && index.documents.size > topicStateSize + 50) topicState = undefined;
    if (!topicState) {
      topicState = buildTopicState(index, state.curated);
      topicStateSize = index.documents.size;
      changed();
    }
    return topicState;
  };
  const topics = () => {
    ensureTopicState();
    if (!topicCache) {
      const story = storyTopic(topicState!);
      const ordered = [...(story ? [story.topic] : []), ...orderedTopics(topicState!)];
      const sources = (t: Topic) => (t === story?.topic ? index.documents.size : (topicState!.sources.get(t.ref.slug) ?? 0));
      const list: TopicList = {
        set: state.set,
        documents: index.documents.size,
        topics: ordered.map((t) => ({ ...t.ref, aliases: t.aliases, sources: sources(t) })),
      };
      const relevance = story ? new Map([[story.topic.ref.slug, story.relevance], ...topicState!.relevance]) : topicState!.relevance;
      topicCache = { topics: ordered, list, relevance, ...(story ? { story: story.topic } : {}) };
    }
    return { topics: topicCache.topics, list: topicCache.list, relevance: topicCache.relevance, story: topicCache.story };
  };

  /**
   * Rule WS (docs/quality.md, "Session 53"): a one-story set (discovery found no stories, only facets) with no curated topics
   * lists the story itself first, every sentence relevant alike, named as discovery names a story. The digest reads it as any
   * topic (rule DS, session 52). None for a set of several stories, whose stories are its topics already, nor for one with
   * curated topics. No aliases: a free query that equals one of the story's words is read as before.
   */
  const storyTopic = (topicState: TopicState): { topic: Topic; relevance: Map<number, number> } | undefined => {
    if (topicState.discovery.stories || topicState.curated.length || !index.sentences.length) return undefined;
    const name = nameStory(index, [...index.documents.keys()], topicState.used);
    return { topic: { ref: { slug: name.slug, title: name.title, kind: 'discovered' }, aliases: [], variants: [] }, relevance: new Map(index.sentences.map((_s, id) => [id, 1])) };
  };

  /**
   * How strongly each sentence answers a query the set matched, and the reading of the question it
   * was scored by (a focus no sentence states is dropped, a count asked for widens it); or the focus
   * word no sentence states.
   */
  const relevanceFor = (match: Exclude<ReturnType<typeof findTopic>, { kind: 'none' }>, query: string): { unstated: string } | { scores: Map<number, number>; question?: Question; asked?: Question; named?: Topic; unsaidVerb?: string } => {
    const { topics: all, relevance, story } = topics();
    const question = match.kind === 'query' ? readQuestion(query) : undefined;
    // A question whose event no sentence states is not answered with the nearest sentences.
    const unstated = question && unstatedFocus(index, match.topic.variants, question);
    if (unstated) return { unstated };
    let scores = (match.kind === 'topic' && relevance.get(match.topic.ref.slug)) || (match.kind === 'query' ? queryRelevance(index, match.topic, dayOf(query), question) : topicRelevance(index, match.topic));
    // The set speaks of what the question asks about but never with its verb ("what aid was sent" where
    // aid is "provided" or "flowing"): an unmatched word lowers the answer to what the set does say, and says so.
    let asked = question;
    if (!scores.size && question?.focus) {
      asked = { ...question, focus: undefined };
      scores = queryRelevance(index, match.topic, dayOf(query), asked);
    } else if (question?.focus && question.kind === 'amount') {
      // The verb stated only of something else ("attend" of another meeting) while sentences without it give the count asked
      // for ("delegates from more than 180 countries are meeting in Bali"): those answer, under the same line. Only a count:
      // the person and place tests read capitalised words, too loosely to overrule the verb.
      const publishedOf = (docId: string) => index.documents.get(docId)?.meta.published;
      if (answerTypeAmong(index, question, scores, publishedOf) === false) {
        const free = { ...question, focus: undefined };
        const wider = queryRelevance(index, match.topic, dayOf(query), free);
        if (answerTypeAmong(index, free, wider, publishedOf)) {
          asked = free;
          scores = wider;
        }
      }
    }
    // Words that meet in no sentence may still name a topic: that topic answers, under the user's wording.
    // Not the story entry (rule WS): it holds every sentence, and would answer every question the set cannot.
    const named = !scores.size && match.kind === 'query' ? topicNamedBy(story ? all.filter((t) => t !== story) : all, query) : undefined;
    if (named) {
      scores = relevance.get(named.ref.slug) ?? topicRelevance(index, named);
      asked = undefined;
    }
    // Sentences without the verb answer for it, but the reader is told that none says it of what was asked.
    const unsaidVerb = !named && question?.focus && (asked !== question || !focusStatedAmong(index, scores, question)) ? question.focus.word : undefined;
    return { scores, ...(question ? { question } : {}), ...(asked ? { asked } : {}), ...(named ? { named } : {}), ...(unsaidVerb ? { unsaidVerb } : {}) };
  };

  /** The curated topics as answering reads them; the topics file is read once, at the start. */
  let curated: Topic[] | undefined;
  /**
   * The topic a brief names when it is curated and the set's topics are not found yet: curated topics come first in every
   * ordering of the found ones, so what discovery finds could not change the match, and a first answer need not wait for it.
   */
  const curatedNamed = (query: string) => (topicState ? undefined : namedTopic((curated ??= state.curated.map(curatedTopic)), query));

  const brief = (typed: string, options: BriefOptions = {}): BriefResult => {
    // Initials the set writes in full are read as written (rule AC); the header keeps what was typed.
    const query = withInitialsWritten(index, typed);
    const early = curatedNamed(query);
    const allTopics = () => topics().topics;
    const unmatched = () => ({ query: visible(typed), set: state.set, suggestions: suggestionsFor(allTopics(), query) });
    const found = early ?? findTopic(index, allTopics(), query);
    if (found.kind === 'none') return { ok: false, noMatch: { query: visible(typed), set: state.set, suggestions: found.suggestions } };
    const match = found.kind === 'query' && query !== typed ? { ...found, topic: { ...found.topic, ref: { ...found.topic.ref, title: queryTitle(typed) } } } : found;
    const length = options.length ?? 'standard';
    const now = options.now ?? state.now();
    const passages = options.passages ?? true;
    // A topic by its slug; free text by its own words too, since a question's named day changes what answers it.
    const key =
      match.kind === 'topic'
        ? `topic\0${match.topic.ref.slug}\0${match.topic.ref.asked ?? ''}\0${length}\0${passages}`
        : `query\0${query.trim().toLowerCase()}\0${match.topic.ref.title}\0${match.topic.variants.join('\0')}\0${length}\0${passages}`;
    let briefing = briefings.get(key);
    if (briefing) {
      // Most recently asked last, so the oldest query is the first dropped.
      briefings.delete(key);
    } else {
      // A curated topic's relevance is what the topic state would hold for it, were it found now.
      const scored: ReturnType<typeof relevanceFor> = early ? { scores: topicRelevance(index, early.topic) } : relevanceFor(match, query);
      if ('unstated' in scored) {
        return { ok: false, noMatch: { ...unmatched(), unstated: scored.unstated } };
      }
      const { scores, asked, named, unsaidVerb } = scored;
      if (!scores.size) return { ok: false, noMatch: unmatched() };
      briefing = composeBriefing({ set: state.set, index, topic: named ?? match.topic, relevance: scores, length, now, documents: documentsInfo(), passages, ...(asked ? { question: asked } : {}) });
      // Rule EB: what was typed that leaves nothing to show is not matched; a topic's own briefing says it has nothing yet.
      if (match.kind === 'query' && showsNothing(briefing)) return { ok: false, noMatch: unmatched() };
      if (unsaidVerb) briefing = { ...briefing, unstated: unsaidVerb };
      if (match.kind === 'query') dropOldestQuery(briefings);
    }
    briefings.set(key, briefing);
    return { ok: true, briefing: { ...briefing, generatedAt: now.toISOString() } };
  };

  /** The newest article's date, found once for each state of the index rather than for every question. */
  let latest: { index: TermIndex; size: number; date: string | undefined } | undefined;
  const latestPublished = (): string | undefined => {
    if (latest?.index !== index || latest.size !== index.documents.size) {
      let date: string | undefined;
      for (const d of index.documents.values()) if (d.meta.published && (date === undefined || d.meta.published > date)) date = d.meta.published;
      latest = { index, size: index.documents.size, date };
    }
    return latest.date;
  };

  /** The day a question names, matched against the day each sentence's event falls on. */
  const dayOf = (query: string): DayMatch | undefined => {
    const when = queryDate(query, latestPublished());
    if (!when) return undefined;
    const publishedOf = (docId: string) => index.documents.get(docId)?.meta.published;
    return { stems: when.stems, isOnDay: (id) => findEvents([index.sentences[id]!], publishedOf)[0]?.date === when.date };
  };

  const headlineWithSources = (options: HeadlineOptions = {}) => {
    const budget = options.maxBytes !== undefined || options.maxWords !== undefined ? options : { ...options, maxWords: 120 };
    const { passages, ...selection } = budget;
    const sentencesOf = (docId: string) => index.documents.get(docId)?.sentences ?? [];
    const rules = passages ?? true;
    const sentences = rules === false ? index.sentences : unitsOf(index.sentences, new Float64Array(index.sentences.length).fill(1), sentencesOf, rules).units;
    const roles: Pick<SummaryInput, 'mentionOnly' | 'choiceOnly' | 'introducedBy'> = rules === false ? {} : passageRoles(rules, sentencesOf);
    const selected = withoutOverlaps(selectSummary({ sentences, documents: documentsInfo(), ...roles, ...selection }));
    const chosen = roles.introducedBy ? introducedInOrder(selected, roles.introducedBy) : selected;
    const citer = createCiter(index.documents);
    const near = nearDuplicateFinder(index, () => true);
    const points = chosen.map((unit) => pointOf(unit, citer, near));
    return { points, sources: citer.sources() };
  };

  const preparation = state.prepare === false ? noPreparation : backgroundPreparation(() => index);

  const library: EvalLibrary = {
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
      const { topics: all, relevance } = topics();
      const named = !!options.topics?.length;
      const wanted: DigestTopicInput[] = named
        ? options.topics!.flatMap((q) => {
            const match = findTopic(index, all, q);
            if (match.kind === 'none') return [];
            const scores = (match.kind === 'topic' && relevance.get(match.topic.ref.slug)) || (match.kind === 'query' ? queryRelevance(index, match.topic) : topicRelevance(index, match.topic));
            return [{ ref: match.topic.ref, relevance: scores }];
          })
        : all.map((t) => ({ ref: t.ref, relevance: relevance.get(t.ref.slug) ?? topicRelevance(index, t) }));
      return composeDigest({
        set: state.set,
        index,
        topics: wanted,
        named,
        firstSeen: (docId) => options.firstSeen?.(docId) ?? index.documents.get(docId)?.addedAt ?? new Date(0).toISOString(),
        since: options.since ?? null,
        now: options.now ?? state.now(),
        late: options.late ?? false,
        maxWords: digestWordBudget(options.length, options.maxWords),
        ...(options.params ? { params: options.params } : {}),
      });
    },
    contentHashes() {
      return [...index.documents.values()].map((d) => ({ docId: d.id, hash: contentHash(d), addedAt: d.addedAt }));
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
    queryPool(query) {
      const match = findTopic(index, topics().topics, query);
      const scored = match.kind === 'none' ? undefined : relevanceFor(match, query);
      if (!scored || 'unstated' in scored) return [];
      return [...scored.scores].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([id, relevance]) => ({ text: index.sentences[id]!.text, docId: index.sentences[id]!.docId, relevance }));
    },
    problems: () => [...problems, ...copiesReported()],
    notices: () => [...notices.values()],
    async refresh(): Promise<RefreshReport> {
      if (!state.reload) return { added: [], changed: [], removed: [], problems: [] };
      const result = await state.reload(signatures);
      // Analysed (or read back) before anything changes, so answers meanwhile come from the index as it was.
      const analyses: Analysis[] = [];
      if (state.analyse) await state.analyse(result.changed, (a) => analyses.push(a));
      else for (const raw of result.changed) analyses.push(analyse(raw));
      const report: RefreshReport = { added: [], changed: [], removed: result.removed, problems: result.problems };
      for (const raw of result.changed) (index.documents.has(raw.id) || copies.isSkipped(raw.id) ? report.changed : report.added).push(raw.id);
      // A problem stands until its file is read again or goes: an unchanged broken file is not re-read, and is still broken.
      const readAgain = new Set([...result.changed.map((raw) => raw.id), ...result.problems.map((p) => p.file), ...result.removed]);
      // The set's own problems (too many files) are the folder's as last read whole.
      if (result.whole) readAgain.add(state.set);
      problems = problems.filter((p) => !readAgain.has(p.file) && p.code !== 'no-documents');
      problems.push(...result.problems);
      signatures = result.signatures;
      const touched = report.added.length + report.changed.length + report.removed.length;
      if (!touched) {
        noteEmpty();
        return report;
      }
      const drop = new Set([...report.changed, ...report.removed]);
      // A new file named before the served copy of its text takes its place, as a restart reading by name would have it.
      const displaced: Analysis[] = [];
      for (const a of analyses) {
        if (!('document' in a.built)) continue;
        const served = copies.servedWith(bodyKey(a.built.document));
        const document = served === undefined ? undefined : index.documents.get(served);
        if (!document || drop.has(document.id) || a.built.document.id >= document.id) continue;
        drop.add(document.id);
        displaced.push({ built: { document }, surfaces: NO_SURFACES });
      }
      // Edits and removals shift sentence ids, so the maps are rebuilt from the documents kept (no NLP runs again): before
      // anything changes and a slice at a time, answers meanwhile coming from the index as it was (docs/quality.md, "Issue
      // 17, session 44": in one go, 2 s at 10,000 articles). Another refresh that changed the index meanwhile has it rebuilt
      // from the documents as they are now.
      const keptOf = (from: TermIndex) => [...from.documents.values()].filter((d) => !drop.has(d.id));
      const before = index;
      const size = index.documents.size;
      const rebuilt = [...drop].some((id) => index.documents.has(id)) ? await rebuildIndexInSlices(keptOf(index), index.surfaces) : undefined;
      // Topics are kept and updated in place unless much of the set changed: then they are found again on the next answer.
      if (topicState && touched > index.documents.size * REDISCOVER_SHARE) topicState = undefined;
      changed();
      // The copies whose served document leaves or changes are served again, the first by name.
      const returning = copies.drop(drop);
      if (rebuilt) {
        for (const id of drop) notices.delete(id);
        index = index === before && index.documents.size === size ? rebuilt : rebuildIndex(keptOf(index), index.surfaces);
        info = undefined;
        if (topicState) dropDocuments(index, topicState, drop);
      }
      const skippedBefore = new Set(copies.skipped().map((c) => c.analysis.built.document.id));
      const added = [...analyses, ...displaced, ...returning].sort((a, b) => compareIds(idOf(a), idOf(b))).flatMap((a) => add(a) ?? []);
      report.problems = [...report.problems, ...copiesReported().filter((p) => !skippedBefore.has(p.file))];
      if (topicState) addDocuments(index, topicState, added);
      preparation.resume();
      report.notices = added.flatMap((id) => notices.get(id) ?? []);
      noteEmpty();
      return report;
    },
  };
  /** Each skipped copy's report, naming the served document with its text. */
  function copiesReported(): BriefError[] {
    return copies.skipped().map(({ analysis, holder }) => copyProblem(analysis.built.document, index.documents.get(holder), holder));
  }
  /** A set with no readable document says so, as long as it has none. */
  function noteEmpty(): void {
    if (!index.documents.size && !problems.some((p) => p.code === 'no-documents')) problems.push({ code: 'no-documents', file: state.set, message: 'the set has no readable documents' });
  }
  // One re-read at a time: a timer and a digest may both ask, and two at once would index a file twice.
  const refreshOnce = library.refresh;
  let refreshing: Promise<RefreshReport> | undefined;
  library.refresh = () => (refreshing ??= refreshOnce().finally(() => (refreshing = undefined)));
  return {
    library,
    add(analysis) {
      add(analysis);
      changed();
    },
    restore(analyses, restored) {
      restoring = true;
      try {
        for (const analysis of analyses) add(analysis);
      } finally {
        restoring = false;
      }
      index = restored;
      info = undefined;
      changed();
    },
    finish(stored, readingsMade) {
      growing = false;
      noteEmpty();
      topicState = stored;
      topicStateSize = index.documents.size;
      changed();
      preparation.resume(readingsMade);
    },
    index: () => index,
    copies: () => copies.skipped().map((c) => c.analysis.built.document),
    topicState: ensureTopicState,
    prepared: () => preparation.prepared(),
    keptBriefings: () => ({ version, briefings: [...briefings].filter(([key]) => isTopicKey(key)) }),
    holdBriefings(held) {
      for (const [key, briefing] of held) if (isTopicKey(key) && !briefings.has(key)) briefings.set(key, briefing);
    },
  };
}

/** The id of an analysed document, or of the file that could not be. */
function idOf(analysis: Analysis): string {
  return 'document' in analysis.built ? analysis.built.document.id : analysis.built.error.file;
}

/** A folder's order: file names compared as the listing sorts them. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A kept briefing of a topic, not of free text: what a restart can be handed back (stored-briefings.ts). */
function isTopicKey(key: string): boolean {
  return key.startsWith('topic\0');
}

function dropOldestQuery(briefings: Map<string, Briefing>): void {
  let queries = 0;
  let oldest: string | undefined;
  for (const key of briefings.keys()) {
    if (!key.startsWith('query\0')) continue;
    oldest ??= key;
    queries++;
  }
  if (oldest !== undefined && queries >= QUERY_BRIEFINGS) briefings.delete(oldest);
}

/** A document as a user can find it: its place in the input and its title or first words. */
function describe(analysis: Analysis, place: number): string {
  const title = 'document' in analysis.built ? analysis.built.document.meta.title : '';
  const where = `document ${place + 1}`;
  return title ? `${where} ("${title.length > 60 ? `${title.slice(0, 59)}…` : title}")` : where;
}

function articleOf(d: Document): Article {
  const paragraphs: string[][] = d.paragraphs.map(() => []);
  for (const s of d.sentences) (paragraphs[s.paragraph] ??= [])[s.index] = s.text;
  return { docId: d.id, paragraphs: paragraphs.map((p) => Array.from(p, (text) => text ?? '')) };
}
