import type { Sentence } from './document.js';
import { cosine, stemCounts } from './similarity.js';
import { MaxQueue } from './max-queue.js';
import { conceptIds, factsOf } from './summary-facts.js';
import { topK } from './top-k.js';

/**
 * Picks the headline sentences of a document set by concept coverage (Gillick & Favre 2009):
 * a concept is a pair of adjacent words (stemmed, at least one a content word); it weighs how many
 * documents state it, counted more where a document states it in its lead, as news leads carry
 * the story. Sentences are taken greedily for the most uncovered weight per byte, so each concept
 * counts once and what several sources repeat is said once. See docs/quality.md for the measures.
 */

export interface SummaryInput {
  sentences: Sentence[];
  documents: ReadonlyMap<string, { published?: string; sentenceCount: number }>;
  /** 0..1 per sentence (and its place in `sentences`) when a topic or query restricts the briefing; absent for the whole set. */
  relevance?: (s: Sentence, order: number) => number;
  /** UTF-8 bytes of the sentences joined by spaces; the sentence that reaches it is kept whole, as DUC counts. */
  maxBytes?: number;
  /** Words, counted the same way; used alone when no budget is given. */
  maxWords?: number;
  maxSentences?: number;
  /**
   * Keep to sentences that stand alone (no opening "But…", "This…" or quotation). Default true: a
   * summary states the story. Key points, which add detail under it, pass false.
   */
  standAlone?: boolean;
  /**
   * Candidates that may be chosen but state nothing as mentions: a passage (passages.ts) holds a
   * sentence that leans on the one before it, and such sentences carry a source's details, not
   * its statement of the story.
   */
  choiceOnly?: (s: Sentence) => boolean;
  /** Candidates that count as mentions but are never chosen: a sentence shown only within its passage. */
  mentionOnly?: (s: Sentence) => boolean;
}

const DEFAULT_MAX_WORDS = 120;
/** What a mention is worth in a document's first sentence, in its next two, and further down. */
const LEAD_MENTION = 5;
const EARLY_MENTION = 2;
const BODY_MENTION = 1;
/** With three documents or more, a concept must weigh this much: two mentions, or one lead. */
const MIN_CONCEPT_WEIGHT = 2;
/** The newest document's mentions count this much more than the oldest's. */
const RECENCY_BONUS = 0.3;
/** Cost is bytes to this power: below 1, a long sentence that covers much can beat a short one. */
const LENGTH_EXPONENT = 0.7;
/** Cosine of stem counts above which two sentences say the same thing. */
const DUPLICATE_COSINE = 0.5;
/** Sentences a call weighs at most; a broad query keeps its most relevant ones. */
const MAX_CANDIDATES = 4000;

interface Candidate {
  sentence: Sentence;
  /** Place in the input, for a stable reading order. */
  order: number;
  /** Distinct concept ids of the sentence. */
  concepts: Int32Array;
  bytes: number;
  relevance: number;
  cost: number;
}

export function selectSummary(input: SummaryInput): Sentence[] {
  const candidates = candidatesOf(input);
  if (candidates.length === 0) return [];
  const weights = conceptWeights(input.choiceOnly ? candidates.filter((c) => !input.choiceOnly!(c.sentence)) : candidates, input.documents, candidates);
  const chosen = greedy(input.mentionOnly ? candidates.filter((c) => !input.mentionOnly!(c.sentence)) : candidates, weights, budgetOf(input));
  return readingOrder(chosen, input.documents);
}

interface Budget {
  bytes: number;
  words: number;
  sentences: number;
}

function budgetOf(input: SummaryInput): Budget {
  const none = input.maxBytes === undefined && input.maxWords === undefined;
  return {
    bytes: input.maxBytes ?? Infinity,
    words: input.maxWords ?? (none ? DEFAULT_MAX_WORDS : Infinity),
    sentences: input.maxSentences ?? Infinity,
  };
}

function candidatesOf(input: SummaryInput): Candidate[] {
  const { sentences } = input;
  const relevance = new Float64Array(sentences.length);
  const any: number[] = [];
  const prose: number[] = [];
  const alone: number[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i]!;
    const r = input.relevance ? clamp01(input.relevance(sentence, i)) : 1;
    if (!(r > 0) || sentence.stems.length === 0) continue;
    relevance[i] = r;
    any.push(i);
    const facts = factsOf(sentence);
    if (!facts.prose) continue;
    prose.push(i);
    if (facts.standsAlone) alone.push(i);
  }
  // Sentences that lean on the one before them are left out of the pool, as choices and as
  // mentions: a quotation or a "But…" carries a source's detail, not its statement of the story.
  // A set of short notes has no prose sentence; then any sentence will do.
  let keep = alone.length > 0 && input.standAlone !== false ? alone : prose.length > 0 ? prose : any;
  if (keep.length > MAX_CANDIDATES) {
    // A broad query over a large archive: the most relevant sentences, leads first, are the pool.
    keep = topK(keep, Float64Array.from(keep, (i) => relevance[i]! * mentionWorth(sentences[i]!.position)), MAX_CANDIDATES);
  }
  const facts = keep.map((i) => factsOf(sentences[i]!));
  const { ids } = conceptIds(facts.map((f) => f.pairs));
  return keep.map((i, k) => {
    const bytes = facts[k]!.bytes;
    return { sentence: sentences[i]!, order: i, concepts: ids[k]!, bytes, relevance: relevance[i]!, cost: Math.pow(Math.max(bytes, 1), LENGTH_EXPONENT) };
  });
}

/**
 * A concept weighs the sum, over the documents that state it, of its earliest mention's worth,
 * newer documents counting a little more. When there are several documents, a concept stated once
 * deep in one of them carries no weight: agreement across sources is what makes headline material.
 */
function conceptWeights(candidates: readonly Candidate[], documents: SummaryInput['documents'], all = candidates): Float64Array {
  let conceptCount = 0;
  for (const c of all) for (const id of c.concepts) if (id >= conceptCount) conceptCount = id + 1;
  const byDoc = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const list = byDoc.get(c.sentence.docId);
    if (list) list.push(c);
    else byDoc.set(c.sentence.docId, [c]);
  }
  const recency = recencyOf([...byDoc.keys()], documents);
  const weights = new Float64Array(conceptCount);
  // Each concept's best worth in the document being read, and which document that was.
  const best = new Float64Array(conceptCount);
  const seenIn = new Int32Array(conceptCount).fill(-1);
  let doc = 0;
  for (const [docId, list] of byDoc) {
    for (const c of list) {
      const worth = mentionWorth(c.sentence.position) * recency(docId) * c.relevance;
      for (const id of c.concepts) {
        if (seenIn[id] !== doc) {
          seenIn[id] = doc;
          best[id] = worth;
          weights[id]! += worth;
        } else if (worth > best[id]!) {
          weights[id]! += worth - best[id]!;
          best[id] = worth;
        }
      }
    }
    doc++;
  }
  if (byDoc.size >= 3) for (let id = 0; id < conceptCount; id++) if (weights[id]! < MIN_CONCEPT_WEIGHT) weights[id] = 0;
  return weights;
}

function mentionWorth(position: number): number {
  if (position === 0) return LEAD_MENTION;
  return position <= 2 ? EARLY_MENTION : BODY_MENTION;
}

/** Newest of the candidates' documents gets the full bonus, oldest none; undated documents none. */
function recencyOf(docIds: readonly string[], documents: SummaryInput['documents']): (docId: string) => number {
  const dates = [...new Set(docIds.map((id) => documents.get(id)?.published).filter((d): d is string => !!d))].sort();
  if (dates.length < 2) return () => 1;
  const rank = new Map(dates.map((d, i) => [d, i / (dates.length - 1)]));
  return (docId) => 1 + RECENCY_BONUS * (rank.get(documents.get(docId)?.published ?? '') ?? 0);
}

/**
 * Lazy greedy (Minoux): a sentence's gain only shrinks as concepts get covered, so a stale score
 * is an upper bound and only the top of the queue needs rescoring.
 */
function greedy(candidates: readonly Candidate[], weights: Float64Array, budget: Budget): Candidate[] {
  const covered = new Uint8Array(weights.length);
  const scoreOf = (c: Candidate) => {
    let gain = 0;
    for (const id of c.concepts) if (!covered[id]) gain += weights[id]!;
    return (gain * c.relevance) / c.cost;
  };
  const queue = new MaxQueue<Candidate>();
  for (const c of candidates) queue.push(scoreOf(c), c);
  const chosen: Candidate[] = [];
  let bytes = 0;
  let words = 0;
  while (bytes < budget.bytes && words < budget.words && chosen.length < budget.sentences) {
    const top = queue.pop();
    if (!top) break;
    const fresh = scoreOf(top.item);
    if (fresh < (queue.peekScore() ?? -Infinity)) {
      queue.push(fresh, top.item);
      continue;
    }
    if (fresh <= 0 && chosen.length > 0) break;
    if (chosen.some((c) => cosine(stemCounts(c.sentence), stemCounts(top.item.sentence)) > DUPLICATE_COSINE)) continue;
    chosen.push(top.item);
    for (const id of top.item.concepts) covered[id] = 1;
    bytes += top.item.bytes + (chosen.length > 1 ? 1 : 0);
    words += top.item.sentence.words.length;
  }
  return chosen;
}

/** Oldest document first, then in the order each document tells it; undated documents in input order. */
function readingOrder(chosen: Candidate[], documents: SummaryInput['documents']): Sentence[] {
  const firstSeen = new Map<string, number>();
  for (const c of chosen) firstSeen.set(c.sentence.docId, Math.min(firstSeen.get(c.sentence.docId) ?? Infinity, c.order));
  const dateOf = (c: Candidate) => documents.get(c.sentence.docId)?.published ?? '';
  return chosen
    .sort((a, b) => {
      const da = dateOf(a);
      const db = dateOf(b);
      if (da !== db) return da < db ? -1 : 1;
      if (a.sentence.docId !== b.sentence.docId) return firstSeen.get(a.sentence.docId)! - firstSeen.get(b.sentence.docId)!;
      return a.sentence.position - b.sentence.position;
    })
    .map((c) => c.sentence);
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}
