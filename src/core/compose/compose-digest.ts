import type { Digest, DigestTopic, Length, TopicRef } from '../briefing.js';
import { parseDigest } from '../briefing.js';
import { findFigures } from '../facts/figures.js';
import { type DifferingFigure, findDifferingFigures, numericValue } from '../facts/figures-differ.js';
import { findQuotes } from '../facts/quotes.js';
import { storyDateOf } from '../facts/timeline.js';
import { standsAlone } from '../index/stands-alone.js';
import type { TermIndex } from '../index/term-index.js';
import type { Sentence } from '../ingest/document.js';
import { createCiter } from '../summary/cite.js';
import { nearDuplicateFinder } from '../summary/near-duplicates.js';
import { isPassage, partsOf, pointOf, unitOf } from '../summary/passages.js';
import { conceptsOf, DEFAULT_UPDATE, knownConcepts, sameText, selectUpdate, type UpdateChoice, type UpdateParams } from '../summary/select-update.js';
import { topK } from '../summary/top-k.js';
import { type FactContext, knownFactKeys, statedFacts } from '../summary/update-facts.js';
import { differingFigureValues } from './compose-briefing.js';
import { itemAttribution } from './item-attribution.js';
import { leansAsKeyPoint } from './leans-inside.js';
import { nameGlosses } from './name-glosses.js';
import { readableInstant, sourceDetails } from './source-details.js';

/**
 * A digest: what the documents first seen since the channel's last digest add, per topic, within
 * a word budget. Each topic gets at most two verbatim points (select-update.ts): a sentence, or the passage a briefing
 * would show it in when it leans on the sentence before it (rule DP2, docs/quality.md); and the figures
 * its new documents revise, as values with their sources and dates.
 */

export const DEFAULT_WORD_BUDGET = 250;
/** A subscription's length sets its word budget when it gives no `words:N`: short reads in thirty seconds. */
const WORD_BUDGET_OF_LENGTH: Record<Length, number> = { short: DEFAULT_WORD_BUDGET, standard: 500, long: 1000 };

/** The words a digest stays under: the number asked for, else its length's budget. */
export function digestWordBudget(length: Length | undefined, words?: number): number {
  return words ?? WORD_BUDGET_OF_LENGTH[length ?? 'short'];
}
const POINTS_PER_TOPIC = 2;
/** Topics a digest names at most when the subscription names none. */
const UNNAMED_TOPICS = 5;
const FIGURE_CHANGES_PER_TOPIC = 1;
/** Times a topic's sentences are chosen again for less room before the topic is left out. */
const FIT_ATTEMPTS = 4;
/** Known sentences searched for another value of a new figure, or for the dates they state: the topic's most relevant. */
const KNOWN_POOL = 300;

export interface DigestTopicInput {
  ref: TopicRef;
  /** Sentence id → 0..1 relevance to the topic. */
  relevance: ReadonlyMap<number, number>;
}

export interface ComposeDigestInput {
  set: string;
  index: TermIndex;
  /** Named topics in the subscription's order, or every topic (then those with the most new material lead). */
  topics: readonly DigestTopicInput[];
  named: boolean;
  /** When the set first held each document (ISO); a document first seen after `since` is new. */
  firstSeen: (docId: string) => string;
  since: Date | null;
  now: Date;
  late: boolean;
  maxWords: number;
  params?: Partial<UpdateParams>;
}

export function composeDigest(input: ComposeDigestInput): Digest {
  const { index } = input;
  const isFresh = (docId: string) => !input.since || Date.parse(input.firstSeen(docId)) > input.since.getTime();
  const freshDocs = [...index.documents.values()].filter((d) => isFresh(d.id));
  const empty = { set: input.set, generatedAt: input.now.toISOString(), since: input.since ? input.since.toISOString() : null, late: input.late, wordBudget: input.maxWords, sources: [] };
  // A quiet day: nothing to weigh.
  if (!freshDocs.length) return parseDigest({ ...empty, newDocuments: [], topics: [] });
  const knownSentences = index.sentences.filter((s) => !isFresh(s.docId));
  const known = knownConcepts(knownSentences);
  const seen = new Set(knownSentences.map((s) => sameText(s.text)));
  const inKnown = nearDuplicateFinder(index, (id) => !isFresh(index.sentences[id]!.docId));
  const inFresh = nearDuplicateFinder(index, (id) => isFresh(index.sentences[id]!.docId));
  const citer = createCiter(index.documents);
  // A point says whose first-person words or opinion piece it prints, and those words count against the budget.
  const ofDocument = (docId: string) => index.documents.get(docId)?.sentences ?? [];
  const attributedOf = (unit: Sentence) => itemAttribution(partsOf(unit), unit.text, index.documents.get(unit.docId)?.meta, ofDocument);
  const published = (docId: string) => index.documents.get(docId)?.meta.published;
  const setOrder = new Map([...index.documents.keys()].map((id, i) => [id, i]));

  // A new sentence that states what an earlier one did (same words, same numbers) is no news.
  const restated = new Map<Sentence, boolean>();
  const isRestated = (s: Sentence) => restated.get(s) ?? restated.set(s, inKnown(s).length > 0).get(s)!;
  // Rule DP2: a new sentence is offered as the timeline and who said what show it, with the sentence it leans on, or not at all.
  const candidatesOf = (t: DigestTopicInput) => {
    const relevanceOf = new Map<Sentence, number>();
    for (const [id, relevance] of t.relevance) {
      const sentence = index.sentences[id]!;
      if (!isFresh(sentence.docId) || isRestated(sentence)) continue;
      const unit = unitOf(sentence, ofDocument, 'without-introductions');
      // Rule DL: a sentence shown alone that leans from inside ("voted against it") is no point, as it is no key point.
      if (unit && !isPassage(unit) && leansAsKeyPoint(unit, ofDocument)) continue;
      if (unit) relevanceOf.set(unit, Math.max(relevance, relevanceOf.get(unit) ?? 0));
    }
    return Array.from(relevanceOf, ([sentence, relevance]) => ({ sentence, relevance, ...(quotedWhole(sentence) ? { readsAlone: true } : {}) }));
  };
  // Rule DP3: a unit that opens on a quotation holds it whole; it is news when who said what would name its speaker.
  const quotedWhole = (unit: Sentence) => !standsAlone(unit.text) && findQuotes([partsOf(unit)[0]!], ofDocument).some((q) => q.named);

  // Facts (figures, quotes, dates) the extractors find: read only when the selection weighs them.
  const weighsFacts = { ...DEFAULT_UPDATE, ...input.params }.factWeight > 0;
  const factContext: FactContext = {
    ofDocument,
    publishedOf: published,
    ...(weighsFacts ? { storyDate: storyDateOf(index.sentences, index) } : {}),
  };
  const knownFacts = weighsFacts ? knownFactKeys(knownSentences, [], factContext) : new Set<string>();
  const updateInputOf = (t: DigestTopicInput) => {
    const candidates = candidatesOf(t);
    if (!weighsFacts || !candidates.length) return { candidates, knownFacts };
    const sentences = [...new Set(candidates.flatMap((c) => partsOf(c.sentence)))];
    const factsOfSentence = new Map(sentences.map((s, i) => [s, i]));
    const stated = statedFacts(sentences, factContext);
    const facts = candidates.map((c) => partsOf(c.sentence).flatMap((p) => stated[factsOfSentence.get(p)!]!));
    const knownIds = [...t.relevance.keys()].filter((id) => !isFresh(index.sentences[id]!.docId));
    const dated = topK(
      knownIds,
      Float64Array.from(knownIds, (id) => t.relevance.get(id)!),
      KNOWN_POOL,
    ).map((id) => index.sentences[id]!);
    const topicDates = knownFactKeys([], dated, factContext);
    return { candidates: candidates.map((c, i) => ({ ...c, facts: facts[i]! })), knownFacts: { has: (key: string) => knownFacts.has(key) || topicDates.has(key) } };
  };

  const figureChangesOf = (t: DigestTopicInput) => {
    const ids = [...t.relevance.keys()];
    const freshIds = ids.filter((id) => isFresh(index.sentences[id]!.docId));
    if (!freshIds.length || !input.since) return [];
    const knownIds = ids.filter((id) => !isFresh(index.sentences[id]!.docId));
    const knownTop = topK(
      knownIds,
      Float64Array.from(knownIds, (id) => t.relevance.get(id)!),
      KNOWN_POOL,
    );
    const figures = findFigures([...freshIds, ...knownTop].map((id) => index.sentences[id]!));
    const differing = findDifferingFigures(figures, published, (docId) => setOrder.get(docId) ?? 0, figures.length);
    // A change: a value only new documents state, beside a value the reader had.
    return differing
      .filter((d) => {
        const newValues = d.values.filter((v) => v.sentences.every((s) => isFresh(s.docId)));
        const knownValues = d.values.filter((v) => v.sentences.some((s) => !isFresh(s.docId)));
        return newValues.length > 0 && knownValues.length > 0 && !newValues.some((v) => knownValues.some((k) => numericValue(k.value) === numericValue(v.value)));
      })
      .slice(0, FIGURE_CHANGES_PER_TOPIC);
  };

  // What each topic would report on its own: the order when the subscription names no topics.
  const ranked = input.named
    ? input.topics
    : input.topics
        .map((t) => ({ t, gain: selectUpdate({ ...updateInputOf(t), known, seen, maxSentences: POINTS_PER_TOPIC, maxWords: input.maxWords, params: input.params }).reduce((s, c) => s + c.gain, 0) }))
        .filter((r) => r.gain > 0)
        .sort((a, b) => b.gain - a.gain)
        .slice(0, UNNAMED_TOPICS)
        .map((r) => r.t);

  // The budget covers what a reader reads: the heading, each topic's title and link line, its
  // sentences and figure entries, and the source line of every document cited.
  let words = digestHeaderWords(input.set, input.since, freshDocs.length);
  const cited = new Set<string>();
  const sourceWords = (docId: string) => {
    const meta = index.documents.get(docId)!.meta;
    return 1 + wordCount(meta.title) + sourceDetails({ n: 0, docId, ...meta }).reduce((s, d) => s + wordCount(d), 0);
  };
  const citedBy = (chosen: readonly UpdateChoice[], changes: readonly DifferingFigure[]) =>
    new Set([...chosen.flatMap((c) => [c.sentence.docId, ...(isPassage(c.sentence) ? [] : inFresh(c.sentence).map((o) => o.docId))]), ...changes.flatMap((d) => d.values.flatMap((v) => v.sentences.map((x) => x.docId)))]);
  const reported = new Set<string>();
  const topics: DigestTopic[] = [];
  const chosenOf: UpdateChoice[][] = [];
  for (const t of ranked) {
    const headerWords = wordCount(t.ref.title) + wordCount(`Full briefing: /brief ${t.ref.slug}`);
    const changes = figureChangesOf(t);
    const changeWords = changes.reduce(
      (s, c) =>
        s +
        figureChangeWords(
          c.counts,
          c.values.map((v) => v.value),
        ),
      0,
    );
    if (words + headerWords >= input.maxWords) break;
    const costOf = (chosen: readonly UpdateChoice[], kept: readonly DifferingFigure[]) =>
      headerWords +
      chosen.reduce((s, c) => s + c.sentence.words.length + wordCount(attributedOf(c.sentence).attribution ?? ''), 0) +
      (kept.length ? changeWords : 0) +
      [...citedBy(chosen, kept)].filter((d) => !cited.has(d)).reduce((s, d) => s + sourceWords(d), 0);
    // The sentences are chosen for the room left; when their source lines overrun it, again for less room.
    let room = input.maxWords - words - headerWords;
    let chosen: UpdateChoice[] = [];
    let keptChanges: DifferingFigure[] = [];
    for (let attempt = 0; attempt < FIT_ATTEMPTS && room > 0; attempt++) {
      keptChanges = changeWords <= room ? changes : [];
      chosen = selectUpdate({
        ...updateInputOf(t),
        known,
        seen: new Set([...seen, ...reported]),
        maxSentences: POINTS_PER_TOPIC,
        maxWords: room - (keptChanges.length ? changeWords : 0),
        params: input.params,
      });
      const over = words + costOf(chosen, keptChanges) - input.maxWords;
      if (over <= 0) break;
      room -= over;
      chosen = [];
      keptChanges = [];
    }
    if (!chosen.length && !keptChanges.length) continue;
    for (const c of chosen) {
      for (const p of partsOf(c.sentence)) reported.add(sameText(p.text));
      // Later topics weigh what this one reports as read.
      for (const k of conceptsOf(c.sentence)) known.add(k);
      if (weighsFacts) knownFactKeys(partsOf(c.sentence), partsOf(c.sentence), factContext, knownFacts);
    }
    words += costOf(chosen, keptChanges);
    for (const d of citedBy(chosen, keptChanges)) cited.add(d);
    chosenOf.push(chosen);
    topics.push({
      topic: t.ref,
      points: chosen.map((c) => ({ ...pointOf(c.sentence, citer, inFresh), ...attributedOf(c.sentence) })),
      figureChanges: keptChanges.map((d) => ({ counts: d.counts, values: differingFigureValues(d, citer) })),
      newDocuments: new Set(candidatesOf(t).map((c) => c.sentence.docId)).size,
    });
  }
  const sources = citer.sources();
  return parseDigest({
    ...empty,
    newDocuments: freshDocs.map((d) => ({ docId: d.id, title: d.meta.title })),
    topics: glossed(
      topics,
      chosenOf,
      ofDocument,
      sources.map((s) => s.docId),
    ),
    sources,
  });
}

/**
 * Rule D1 (docs/quality.md, "Twenty-third round (issue 16names2)"): who a point's one-word names are, at their first mention
 * in the digest, by the briefing's rule (`nameGlosses`) over the points in the order printed, topic by topic. Added once the
 * points are chosen and not counted against the word budget, as in a briefing: counting it would change which sentences fit.
 */
function glossed(topics: readonly DigestTopic[], chosenOf: readonly (readonly UpdateChoice[])[], ofDocument: (docId: string) => readonly Sentence[], sources: readonly string[]): DigestTopic[] {
  const glosses = nameGlosses(
    chosenOf.flatMap((chosen) => chosen.map((c) => partsOf(c.sentence))),
    ofDocument,
    sources,
  );
  let at = 0;
  return topics.map((t) => ({
    ...t,
    points: t.points.map((p) => {
      const names = glosses[at++]!;
      return names.length ? { ...p, names } : p;
    }),
  }));
}

/** Words of a digest's heading as shown (its title, "What is new since 21 Aug 2025 04:00 UTC: 3 new documents") and the label over its sources. */
export function digestHeaderWords(set: string, since: Date | null, newDocuments: number): number {
  const line = since ? `What is new since ${readableInstant(since.toISOString())}` : 'The first digest for this channel';
  return wordCount(`Digest: ${set}`) + wordCount(`${line}: ${newDocuments} new documents`) + wordCount('Sources');
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Words a figure change takes as shown: what it counts, and each value with its source and date. */
export function figureChangeWords(counts: string, values: readonly string[]): number {
  return wordCount(counts) + values.reduce((s, v) => s + wordCount(v) + 2, 0);
}
