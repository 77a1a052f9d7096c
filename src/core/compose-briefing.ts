import { parseBriefing, type Briefing, type Length, type Point } from './briefing.js';
import { createCiter } from './cite.js';
import { findDifferences } from './differences.js';
import type { Document, Sentence } from './document.js';
import { findFigures } from './figures.js';
import { findDifferingFigures } from './figures-differ.js';
import { findQuotes } from './quotes.js';
import { stem, WRITTEN_WORD } from './nlp.js';
import { nearDuplicateFinder, type NearDuplicates } from './near-duplicates.js';
import { selectSummary } from './select-summary.js';
import { idf, surfaceOf, type TermIndex } from './term-index.js';
import { topK } from './top-k.js';
import { findEvents, oneEventEach, storyDateOf } from './timeline.js';
import type { Topic } from './topic.js';

/** How much each length shows. The summary's word budget is the length's promise. */
const SIZES = {
  short: { words: 120, summary: 4, keyPoints: 3, quotes: 2, figures: 3, timeline: 4, differences: 1, figuresThatDiffer: 1 },
  standard: { words: 300, summary: 6, keyPoints: 6, quotes: 4, figures: 6, timeline: 8, differences: 3, figuresThatDiffer: 3 },
} as const;
/** Sentences looked at for quotes, figures, dates and differences: the most relevant ones. */
const FACT_POOL = 80;
/** Sentences compared for figures that differ: the wire copies that state another value often rank lower. */
const DIFFER_POOL = 400;

export interface ComposeInput {
  set: string;
  index: TermIndex;
  topic: Topic;
  /** Sentence id in the index → relevance to the topic. */
  relevance: ReadonlyMap<number, number>;
  length: Length;
  now: Date;
  /** `documentInfo(index)`, when the caller keeps it between briefings. */
  documents?: DocumentInfo;
}

export type DocumentInfo = Map<string, { published?: string; sentenceCount: number }>;

/** Builds the cited, extractive briefing on one topic from the sentences that speak to it. */
export function composeBriefing({ set, index, topic, relevance, length, now, documents = documentInfo(index) }: ComposeInput): Briefing {
  const size = SIZES[length];
  const ids = [...relevance.keys()];
  const candidates = ids.map((id) => index.sentences[id]!);
  const scores = Float64Array.from(ids, (id) => relevance.get(id)!);
  const citer = createCiter(index.documents);
  // Near-duplicates are looked up through the index, among the sentences that speak to the topic.
  const near = nearDuplicateFinder(index, (id) => relevance.has(id));

  const summary = withinWords(
    selectSummary({ sentences: candidates, documents, relevance: (_, i) => scores[i]!, maxWords: size.words, maxSentences: size.summary }),
    size.words,
  );
  const shown = new Set<Sentence>(summary);
  const said = new Set<Sentence>(summary.flatMap(near));
  const keyOrder = candidates.flatMap((s, i) => (shown.has(s) || said.has(s) ? [] : [i]));
  const keyPoints = selectSummary({
    sentences: keyOrder.map((i) => candidates[i]!),
    documents,
    relevance: (_, k) => scores[keyOrder[k]!]!,
    maxWords: size.words * 2,
    maxSentences: size.keyPoints,
    standAlone: false,
  });
  keyPoints.forEach((s) => shown.add(s));

  // The most relevant sentences, ties in the index's order (a set's files by name, then what was added).
  const pool = topK(candidates, scores, FACT_POOL);
  const ofDocument = (docId: string) => index.documents.get(docId)?.sentences ?? [];
  const quotes = chooseQuotes(distinctSentences(findQuotes(pool, ofDocument).filter((q) => q.speaker), (q) => q.sentence, near), shown, size.quotes);
  const found = findFigures(pool);
  const figures = uniqueBy(found.filter((f) => f.counts), sameFigure).slice(0, size.figures);
  const published = (docId: string) => index.documents.get(docId)?.meta.published;
  const setOrder = new Map([...index.documents.keys()].map((id, i) => [id, i]));
  // A disagreement is worth showing even when its sentences rank below the fact pool: a wider pool is compared.
  const differing = findDifferingFigures(findFigures(differPool(topK(candidates, scores, DIFFER_POOL), pool, ofDocument)), published, (docId) => setOrder.get(docId) ?? 0, size.figuresThatDiffer);
  // The most relevant dated events, then shown in the order they happened.
  const events = oneEventEach(distinctSentences(findEvents(pool, (docId) => index.documents.get(docId)?.meta.published, storyDateOf(pool, index)), (e) => e.sentence, near))
    .slice(0, size.timeline)
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  const differences = findDifferences(pool, (s) => idf(index, s), size.differences);

  const asPoint = (s: Sentence): Point => citer.point(s, near);
  return parseBriefing({
    set,
    topic: topic.ref,
    length,
    generatedAt: now.toISOString(),
    summary: summary.map(asPoint),
    keyPoints: keyPoints.map(asPoint),
    quotes: quotes.map((q) => ({ speaker: q.speaker, text: q.sentence.text, citation: citer.cite(q.sentence) })),
    figures: figures.map((f) => ({ value: f.value, counts: f.counts, text: f.sentence.text, citation: citer.cite(f.sentence) })),
    timeline: events.map((e) => ({ date: e.date, when: e.when, text: e.sentence.text, citation: citer.cite(e.sentence), ...(e.inferred ? { inferred: true } : {}) })),
    differences: differences.map((d) => ({
      question: questionOf(index, d.shared, d.sides),
      sides: d.sides.map((s) => ({ text: s.text, citations: [citer.cite(s)] })),
    })),
    figuresThatDiffer: differing.map((d) => ({
      counts: d.counts,
      values: d.values.map((v) => ({
        value: v.value,
        text: v.sentences[0]!.text,
        citations: [...new Map(v.sentences.map((s) => [s.docId, s])).values()].map((s) => citer.cite(s)),
        ...(v.published ? { published: v.published } : {}),
        revised: v.revised,
      })),
    })),
    sources: citer.sources(),
  });
}

/**
 * The topic's most relevant sentences, then the rest of the documents its fact pool draws on: an
 * article on the topic that gives another value for one of its quantities often says it in a
 * sentence the topic's terms do not reach ("57 were in intensive care").
 */
function differPool(relevant: readonly Sentence[], pool: readonly Sentence[], ofDocument: (docId: string) => readonly Sentence[]): Sentence[] {
  const out = new Set(relevant);
  for (const docId of new Set(pool.map((s) => s.docId))) {
    for (const s of ofDocument(docId)) {
      if (out.size >= DIFFER_POOL * 3) return [...out];
      out.add(s);
    }
  }
  return [...out];
}

export function documentInfo(index: TermIndex): DocumentInfo {
  const info: DocumentInfo = new Map();
  for (const [id, d] of index.documents) info.set(id, documentInfoEntry(d));
  return info;
}

/** What summary selection needs to know of a document: its date and length. */
export function documentInfoEntry(d: Document): { published?: string; sentenceCount: number } {
  return { sentenceCount: d.sentences.length, ...(d.meta.published ? { published: d.meta.published } : {}) };
}

/** Names what both sides speak of by the key phrases they share, in the text's own words. */
function questionOf(index: TermIndex, shared: string[], sides: readonly Sentence[]): string {
  const [a, b] = sides;
  const common = a!.phrases.filter((p) => b!.phrases.includes(p));
  const phrases = common
    .sort((x, y) => y.split(' ').length - x.split(' ').length)
    .filter((p, i, all) => !all.slice(0, i).some((q) => q.includes(p)))
    .slice(0, 3);
  const chosen = phrases.length ? phrases : shared.slice(0, 3);
  return namesOf(index, chosen, sides).join(', ');
}

/**
 * The chosen phrases as the sides write them, in their order, words that stand together read
 * together ("Alaska Summit", not "Alaska, Summit"); a phrase neither side holds keeps the index's
 * surface form.
 */
function namesOf(index: TermIndex, phrases: readonly string[], sides: readonly Sentence[]): string[] {
  const wanted = new Set(phrases.flatMap((p) => p.split(' ')));
  const found = new Set<string>();
  const names: string[] = [];
  for (const side of sides) {
    let run: string[] = [];
    for (const word of [...(side.text.match(WRITTEN_WORD) ?? []), '']) {
      const s = word && stem(word.toLowerCase());
      if (s && wanted.has(s) && !found.has(s)) {
        run.push(word);
        continue;
      }
      if (run.length) names.push(run.join(' '));
      run.forEach((w) => found.add(stem(w.toLowerCase())));
      run = [];
    }
  }
  const missing = phrases.filter((p) => !p.split(' ').every((w) => found.has(w))).map((p) => surfaceOf(index, p));
  return [...names, ...missing].slice(0, 3);
}

/** The length's word budget is a promise to the reader: drop whole sentences from the end to keep it. */
function withinWords(sentences: Sentence[], budget: number): Sentence[] {
  const out: Sentence[] = [];
  let words = 0;
  for (const s of sentences) {
    const n = s.text.split(/\s+/).length;
    if (words + n > budget && out.length) continue;
    if (words + n > budget) continue;
    out.push(s);
    words += n;
  }
  return out;
}

/**
 * Who said what, most relevant first, but a voice not heard yet before a second quote of the same
 * one, and, among those, a sentence the summary or key points do not show yet: the section is for voices.
 */
function chooseQuotes<T extends { speaker: string; sentence: Sentence }>(found: readonly T[], shown: ReadonlySet<Sentence>, limit: number): T[] {
  const out: T[] = [];
  const speakers = new Set<string>();
  const passes: Array<(q: T) => boolean> = [
    (q) => !shown.has(q.sentence) && !speakers.has(q.speaker),
    (q) => !speakers.has(q.speaker),
    (q) => !shown.has(q.sentence),
    () => true,
  ];
  for (const pass of passes) {
    for (const q of found) {
      if (out.length >= limit) return out;
      if (out.includes(q) || !pass(q)) continue;
      out.push(q);
      speakers.add(q.speaker);
    }
  }
  return out;
}

/** One of each sentence: an item whose sentence repeats one already kept (a wire update's copy) is left out. */
function distinctSentences<T>(items: readonly T[], sentenceOf: (item: T) => Sentence, near: NearDuplicates): T[] {
  const seen = new Set<Sentence>();
  return items.filter((item) => {
    const sentence = sentenceOf(item);
    if (seen.has(sentence)) return false;
    seen.add(sentence);
    for (const copy of near(sentence)) seen.add(copy);
    return true;
  });
}

/** The same number counting the same thing ("64 of the 122 seats", "64 of the 122 parliamentary seats") is one figure. */
function sameFigure(f: { value: string; counts: string }): string {
  const head = f.counts.toLowerCase().split(/\s+/).at(-1)?.replace(/s$/, '') ?? '';
  return `${f.value}|${head}`;
}

function uniqueBy<T>(items: T[], key: (t: T) => unknown): T[] {
  const seen = new Set<unknown>();
  return items.filter((t) => {
    const k = key(t);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
