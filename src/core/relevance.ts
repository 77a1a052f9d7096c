import { readDoc, its, stem } from './nlp.js';
import { idf, sentenceIdsOf, type TermIndex } from './term-index.js';
import type { Topic } from './topic.js';

/** Share of a variant's weight a sentence must carry to speak to it: all of a two-word phrase. */
const MIN_MATCH = 0.6;

/** Content-word stems of free text, the way sentences are stemmed ("security-guarantees" → secur, guarante). */
export function stemsOf(text: string): string[] {
  const tokens = readDoc(text.replace(/[-_/]+/g, ' ')).tokens();
  const types = tokens.out(its.type) as string[];
  const stops = tokens.out(its.stopWordFlag) as unknown as boolean[];
  const out: string[] = [];
  (tokens.out(its.normal) as string[]).forEach((w, i) => {
    const base = w.replace(/['’]s$/, '');
    if (types[i] === 'word' && !stops[i] && /\p{L}{2}/u.test(base)) out.push(stem(base));
  });
  return [...new Set(out)];
}

/** Sentence index → how strongly it speaks to the topic (0..1]; sentences that do not are absent. */
export function topicRelevance(index: TermIndex, topic: Topic): Map<number, number> {
  const scores = new Map<number, number>();
  if (!topic.variants.length) {
    // Every sentence of the topic's documents, in index order: read from each document's id range, not a scan of the set.
    const docs = topic.docIds ? [...topic.docIds].filter((d) => index.firstSentence.has(d)) : [...index.documents.keys()];
    docs.sort((a, b) => index.firstSentence.get(a)! - index.firstSentence.get(b)!);
    for (const d of docs) for (const id of sentenceIdsOf(index, d)) scores.set(id, 1);
    return scores;
  }
  const inTopicDocs = (id: number) => !topic.docIds || topic.docIds.has(index.sentences[id]!.docId);
  for (const variant of topic.variants) {
    for (const [id, { score }] of variantMatches(index, variant)) {
      if (score >= MIN_MATCH && inTopicDocs(id)) scores.set(id, Math.max(scores.get(id) ?? 0, score));
    }
  }
  return scores;
}

/** Of the best match, the share a sentence must carry to answer a query. */
const QUERY_SHARE = 0.75;

/**
 * How strongly sentences answer a free query: those that hold as much of it as a topic's sentence
 * holds of a topic (MIN_MATCH) or, since a long question rarely has one sentence holding all its
 * words, most of what the best-matching sentence holds; and at least two of its words (its one
 * word, for a one-word query).
 */
export function queryRelevance(index: TermIndex, topic: Topic, on?: DayMatch): Map<number, number> {
  const scores = new Map<number, number>();
  for (const variant of topic.variants) {
    const terms = on ? variant.filter((s) => !on.stems.includes(s)).length + 1 : variant.length;
    const matches = [...variantMatches(index, variant, on)];
    // A loop, not Math.max(...spread): a common word matches more sentences than a call takes arguments.
    let best = 0;
    for (const [, m] of matches) best = Math.max(best, m.score);
    for (const [id, { score, count }] of matches) {
      const holds = score >= MIN_MATCH || (score >= best * QUERY_SHARE && count >= Math.min(2, terms));
      if (holds) scores.set(id, Math.max(scores.get(id) ?? 0, score));
    }
  }
  return scores;
}

/**
 * A day the query names ("on Monday"): its words are matched as written or as that day, in
 * whatever words a sentence dates it ("on August 18" for "Monday" in a story of the 19th).
 */
export interface DayMatch {
  /** The stems of the query's date words, matched through `isOnDay` instead. */
  stems: readonly string[];
  isOnDay(id: number): boolean;
}

/** Sentence id → the share of the variant's idf weight it holds, and how many of its terms. */
function variantMatches(index: TermIndex, variant: readonly string[], on?: DayMatch): Map<number, { score: number; count: number }> {
  const words = on ? variant.filter((s) => !on.stems.includes(s)) : variant;
  const weights = words.map((s) => idf(index, s));
  // The day weighs as much as the query's average word.
  const dayWeight = on ? weights.reduce((a, b) => a + b, 0) / Math.max(1, weights.length) || 1 : 0;
  const total = weights.reduce((a, b) => a + b, 0) + dayWeight;
  const matched = new Map<number, { score: number; count: number }>();
  words.forEach((s, i) => {
    for (const id of index.stemSentences.get(s) ?? []) {
      const m = matched.get(id) ?? { score: 0, count: 0 };
      m.score += weights[i]! / total;
      m.count++;
      matched.set(id, m);
    }
  });
  if (on) {
    for (const [id, m] of matched) {
      const stems = index.sentences[id]!.stems;
      if (!on.stems.every((d) => stems.includes(d)) && !on.isOnDay(id)) continue;
      m.score += dayWeight / total;
      m.count++;
    }
  }
  return matched;
}

/** How strongly one sentence speaks to the topic, as `topicRelevance` scores it; 0 when it does not. For sentences just added. */
export function sentenceRelevance(index: TermIndex, topic: Topic, id: number): number {
  const sentence = index.sentences[id];
  if (!sentence || (topic.docIds && !topic.docIds.has(sentence.docId))) return 0;
  if (!topic.variants.length) return 1;
  const stems = new Set(sentence.stems);
  let best = 0;
  for (const variant of topic.variants) {
    let total = 0;
    let matched = 0;
    for (const s of variant) {
      const w = idf(index, s);
      total += w;
      if (stems.has(s)) matched += w;
    }
    const score = total > 0 ? matched / total : 0;
    if (score >= MIN_MATCH) best = Math.max(best, score);
  }
  return best;
}

/** Stems of a query that this set never uses: the sign of a misspelling. */
export function unknownStems(index: TermIndex, stems: readonly string[]): string[] {
  return stems.filter((s) => !index.stemSentences.has(s));
}

/**
 * Whether a sentence merely mentions a topic: it holds one of the topic's words and no other of
 * its terms ("no troops on Ukrainian territory" for a topic on territorial exchange). A topic of
 * one term has no such sentences: its word is all it is.
 */
export function mereMention(topic: Topic): (sentence: { stems: readonly string[] }) => boolean {
  if (topic.variants.length < 2) return () => false;
  const all = new Set(topic.variants.flat());
  const oneWord = new Set(topic.variants.filter((v) => v.length === 1).map((v) => v[0]!));
  return (sentence) => {
    const held = new Set(sentence.stems.filter((s) => all.has(s)));
    return held.size === 1 && oneWord.has([...held][0]!);
  };
}

