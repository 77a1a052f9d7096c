import type { Briefing, Citation } from '../src/core/briefing.js';
import { SIZES } from '../src/core/compose/compose-briefing.js';
import { findFigures } from '../src/core/facts/figures.js';
import { findQuotes, isNamedSpeaker } from '../src/core/facts/quotes.js';
import { findDates } from '../src/core/facts/timeline.js';
import { buildDocument } from '../src/core/index/build-document.js';
import type { Document } from '../src/core/ingest/document.js';
import { inspectLibrary } from '../src/core/library/library.js';
import { createLibrary } from '../src/core/library/open-folder.js';
import { type Cluster, toRawDocument } from './dataset.js';
import { addScores, conflictOf, EXTRACTORS, type Extractor, type GoldSet, precisionOf, recallOf, type Score, type ShownDifference, type ShownSections } from './gold.js';

export interface GoldResult {
  id: string;
  briefings: number;
  precision: Record<Extractor, Score>;
  recall: Record<Extractor, Score>;
  /** Items shown per extractor, summed over the set's briefings. */
  shown: Record<Extractor, number>;
  /** Sentences shown in any section that stand verbatim in the article they cite. */
  verbatim: Score;
  /** Shown items the gold does not back, for --verbose. */
  wrong: { extractor: Extractor; item: unknown }[];
  /** What the gold conflicts no briefing showed are about, for --verbose. */
  missedConflicts: string[];
  /** Per extractor: briefings whose section reached the standard length's count, or all the topic's documents have. */
  atStandard: Record<Extractor, number>;
}

/** What a `standard` briefing promises per section (where the set has that many). */
export const STANDARD: Record<Extractor, number> = {
  quotes: SIZES.standard.quotes,
  figures: SIZES.standard.figures,
  timeline: SIZES.standard.timeline,
  differences: SIZES.standard.differences,
};

/**
 * Scores one gold set: every topic of its cluster is briefed at `standard` (what the briefings show:
 * precision, and conflicts found), and the extractors run over every sentence of the cluster (recall).
 */
export function evaluateGoldSet(gold: GoldSet, cluster: Cluster): GoldResult {
  const raw = cluster.docs.map(toRawDocument);
  const library = createLibrary(cluster.id, raw);
  const briefed = library.topics().topics.flatMap((t) => {
    const r = library.brief(t.slug, { length: 'standard' });
    return r.ok ? [{ slug: t.slug, briefing: r.briefing }] : [];
  });
  const briefings = briefed.map((b) => b.briefing);
  const shown = briefings.map(sectionsOf);
  const documents = raw.flatMap((r) => documentOf(r));
  const available = (slug: string) =>
    availableIn(
      documents.filter((d) =>
        new Set(
          inspectLibrary(library)
            .topicDocuments(slug)
            .map((t) => t.docId),
        ).has(d.id),
      ),
      gold.conflicts.length,
    );
  const atStandard = Object.fromEntries(EXTRACTORS.map((e) => [e, 0])) as Record<Extractor, number>;
  briefed.forEach(({ slug }, i) => {
    const has = available(slug);
    for (const e of EXTRACTORS) if (shown[i]![e].length >= Math.min(STANDARD[e], has[e])) atStandard[e]++;
  });
  const all: ShownSections = {
    quotes: shown.flatMap((s) => s.quotes),
    figures: shown.flatMap((s) => s.figures),
    timeline: shown.flatMap((s) => s.timeline),
    differences: shown.flatMap((s) => s.differences),
  };
  const articles = new Map(cluster.docs.map((d) => [d.id, d.text]));
  const verbatim = briefings.reduce((sum, b) => addScores(sum, verbatimIn(b, articles)), { right: 0, total: 0 });
  const wrong: GoldResult['wrong'] = [];
  return {
    id: gold.id,
    briefings: briefings.length,
    precision: precisionOf(gold, all, (extractor, item) => wrong.push({ extractor, item })),
    wrong,
    missedConflicts: gold.conflicts.filter((c) => !all.differences.some((d) => conflictOf(gold.conflicts, d) === c)).map((c) => `${c.type}: ${c.about}`),
    recall: recallOf(gold, extractAll(documents), all.differences),
    atStandard,
    shown: Object.fromEntries(EXTRACTORS.map((e) => [e, all[e].length])) as Record<Extractor, number>,
    verbatim,
  };
}

/**
 * How many items of each kind a topic's documents hold, counted as a briefing would show them
 * (named speakers, described figures, dated events, one per sentence however many wire copies repeat it);
 * differences: the set's gold conflicts.
 */
function availableIn(documents: readonly Document[], conflicts: number): Record<Extractor, number> {
  const found = extractAll(documents);
  // Wire re-sends repeat sentences word for word: a briefing shows one of them.
  const distinct = (items: readonly { text: string }[]) => new Set(items.map((i) => i.text.replace(/\W+/g, ' ').trim().toLowerCase())).size;
  return {
    quotes: distinct(found.quotes.filter((q) => isNamedSpeaker(q.speaker))),
    figures: new Set(found.figures.filter((f) => f.counts).map((f) => `${f.value}|${f.counts}`)).size,
    timeline: distinct(found.timeline.filter((d) => d.isEvent && d.date !== null)),
    differences: conflicts,
  };
}

export function documentOf(raw: ReturnType<typeof toRawDocument>): Document[] {
  const built = buildDocument(raw);
  return 'document' in built ? [built.document] : [];
}

/** The extractors over every sentence of the set, as the scorer reads them. */
export function extractAll(documents: readonly Document[]): Omit<ShownSections, 'differences'> {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const sentences = documents.flatMap((d) => d.sentences);
  return {
    quotes: findQuotes(sentences, (id) => byId.get(id)?.sentences ?? []).map((q) => ({ doc: q.sentence.docId, text: q.sentence.text, speaker: q.speaker })),
    figures: findFigures(sentences).map((f) => ({ doc: f.sentence.docId, text: f.sentence.text, value: f.value, counts: f.counts })),
    timeline: findDates(sentences, (id) => byId.get(id)?.meta.published).map((d) => ({
      doc: d.sentence.docId,
      text: d.sentence.text,
      when: d.when,
      date: d.date,
      isEvent: d.isEvent,
    })),
  };
}

function sectionsOf(b: Briefing): ShownSections {
  const doc = (c: Citation) => b.sources.find((s) => s.n === c.source)?.docId ?? '';
  return {
    quotes: b.quotes.map((q) => ({ doc: doc(q.citation), text: q.text, speaker: q.speaker })),
    figures: b.figures.map((f) => ({ doc: doc(f.citation), text: f.text, value: f.value, counts: f.counts })),
    timeline: b.timeline.map((e) => ({ doc: doc(e.citation), text: e.text, when: e.when, date: e.date, isEvent: true })),
    // A figure that differs between sources is a difference too: each value a side.
    differences: [
      ...b.differences.map((d): ShownDifference => ({ sides: d.sides.map((s) => ({ doc: doc(s.citations[0]!), text: s.text })), label: d.question })),
      ...(b.figuresThatDiffer ?? []).map((d): ShownDifference => ({ sides: d.values.map((v) => ({ doc: doc(v.citations[0]!), text: v.text })), label: `${d.counts}: ${d.values.map((v) => v.value).join(', ')}` })),
    ],
  };
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every sentence a briefing shows, checked word for word against the article its (first) citation names. */
function verbatimIn(b: Briefing, articles: ReadonlyMap<string, string>): Score {
  const cited: { text: string; parts?: readonly string[]; citation: Citation }[] = [
    ...[...b.summary, ...b.keyPoints, ...b.differences.flatMap((d) => d.sides)].map((p) => ({ text: p.text, ...(p.parts ? { parts: p.parts } : {}), citation: p.citations[0]! })),
    ...(b.figuresThatDiffer ?? []).flatMap((d) => d.values.map((v) => ({ text: v.text, ...(v.parts ? { parts: v.parts } : {}), citation: v.citations[0]! }))),
    ...b.quotes,
    ...b.figures,
    ...b.timeline,
  ];
  // A passage is its sentences, each verbatim and in order, joined by a space (a source may have had none between them).
  const right = cited.filter(({ text, parts, citation }) => {
    const docId = b.sources.find((s) => s.n === citation.source)?.docId;
    const article = docId ? squash(articles.get(docId) ?? '') : undefined;
    if (!article) return false;
    if (!parts) return article.includes(squash(text));
    let from = 0;
    return (
      parts.join(' ') === text &&
      parts.every((part) => {
        const at = article.indexOf(squash(part), from);
        from = at + squash(part).length;
        return at >= 0;
      })
    );
  }).length;
  return { right, total: cited.length };
}
