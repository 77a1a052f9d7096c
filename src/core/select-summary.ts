import { stemmer } from 'stemmer';
import type { Sentence } from './document.js';
import { cosine } from './similarity.js';

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
  /** 0..1 per sentence when a topic or query restricts the briefing; absent for the whole set. */
  relevance?: (s: Sentence) => number;
  /** UTF-8 bytes of the sentences joined by spaces; the sentence that reaches it is kept whole, as DUC counts. */
  maxBytes?: number;
  /** Words, counted the same way; used alone when no budget is given. */
  maxWords?: number;
  maxSentences?: number;
}

const DEFAULT_MAX_WORDS = 120;
/** Shorter sentences are datelines, captions and fragments; longer ones are lists and run-ons. */
const MIN_WORDS = 8;
const MAX_WORDS = 55;
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
  concepts: number[];
  bytes: number;
  relevance: number;
  cost: number;
}

export function selectSummary(input: SummaryInput): Sentence[] {
  const candidates = candidatesOf(input);
  if (candidates.length === 0) return [];
  const weights = conceptWeights(candidates, input.documents);
  const chosen = greedy(candidates, weights, budgetOf(input));
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
  let all: { sentence: Sentence; relevance: number; order: number }[] = [];
  input.sentences.forEach((sentence, order) => {
    const r = input.relevance ? clamp01(input.relevance(sentence)) : 1;
    if (r > 0 && sentence.stems.length > 0) all.push({ sentence, relevance: r, order });
  });
  const isProse = (s: Sentence) => s.words.length >= MIN_WORDS && s.words.length <= MAX_WORDS && !isFragment(s.text);
  const prose = all.filter((c) => isProse(c.sentence));
  // A set of short notes has no prose sentence; then any sentence will do.
  if (prose.length > 0) all = prose;
  if (all.length > MAX_CANDIDATES) {
    // A broad query over a large archive: the most relevant sentences, leads first, are the pool.
    const rank = (c: (typeof all)[number]) => c.relevance * mentionWorth(c.sentence.position);
    all = all.sort((a, b) => rank(b) - rank(a) || a.order - b.order).slice(0, MAX_CANDIDATES);
  }
  const ids = new Map<number, number>();
  return all.map(({ sentence, relevance, order }) => {
    const bytes = utf8Length(sentence.text);
    const concepts: number[] = [];
    for (const code of pairCodes(sentence)) {
      let id = ids.get(code);
      if (id === undefined) ids.set(code, (id = ids.size));
      concepts.push(id);
    }
    return { sentence, order, concepts, bytes, relevance, cost: Math.pow(Math.max(bytes, 1), LENGTH_EXPONENT) };
  });
}

/** Headings, bylines and questions put to the reader state nothing a summary can use. */
function isFragment(text: string): boolean {
  const t = text.trim();
  if (!/[.!"'”’)]$/.test(t)) return true;
  if (/\?["'”’]?$/.test(t)) return true;
  return /^by [A-Z]/i.test(t) && t.split(/\s+/).length <= 12;
}

/**
 * Adjacent word pairs, stemmed, that hold at least one content word ("hun sen", "sen 's",
 * "the coalit"), each coded as two stem ids in one number to keep strings out of the hot loop.
 * Sentences live as long as their index, so each is coded once.
 */
const pairCache = new WeakMap<Sentence, Float64Array>();

function pairCodes(sentence: Sentence): Float64Array {
  const cached = pairCache.get(sentence);
  if (cached) return cached;
  const content = sentence.stems.map(stemId);
  const words = sentence.words.map(wordStemId);
  const codes = new Set<number>();
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i]!;
    const b = words[i + 1]!;
    if (content.includes(a) || content.includes(b)) codes.add(a * PAIR_BASE + b);
  }
  const out = Float64Array.from(codes);
  pairCache.set(sentence, out);
  return out;
}

/**
 * A concept weighs the sum, over the documents that state it, of its earliest mention's worth,
 * newer documents counting a little more. When there are several documents, a concept stated once
 * deep in one of them carries no weight: agreement across sources is what makes headline material.
 */
function conceptWeights(candidates: readonly Candidate[], documents: SummaryInput['documents']): Float64Array {
  let conceptCount = 0;
  for (const c of candidates) for (const id of c.concepts) if (id >= conceptCount) conceptCount = id + 1;
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
    if (chosen.some((c) => cosine(vectorOf(c.sentence), vectorOf(top.item.sentence)) > DUPLICATE_COSINE)) continue;
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

/** A binary max-heap of scored items; ties go to the item pushed first, so results are stable. */
class MaxQueue<T> {
  private readonly heap: { score: number; order: number; item: T }[] = [];
  private pushed = 0;

  push(score: number, item: T): void {
    this.heap.push({ score, order: this.pushed++, item });
    let i = this.heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.above(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  pop(): { score: number; item: T } | undefined {
    const top = this.heap[0];
    const last = this.heap.pop();
    if (!top || !last) return undefined;
    if (this.heap.length > 0) {
      this.heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < this.heap.length && this.above(l, m)) m = l;
        if (r < this.heap.length && this.above(r, m)) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top;
  }

  peekScore(): number | undefined {
    return this.heap[0]?.score;
  }

  private above(a: number, b: number): boolean {
    const x = this.heap[a]!;
    const y = this.heap[b]!;
    return x.score > y.score || (x.score === y.score && x.order < y.order);
  }

  private swap(a: number, b: number): void {
    [this.heap[a], this.heap[b]] = [this.heap[b]!, this.heap[a]!];
  }
}

/** Stem ids for the whole process: a set's vocabulary is small next to its text, and ids keep pairs numeric. */
const stemIds = new Map<string, number>();
const wordStems = new Map<string, number>();
const CACHE_LIMIT = 500_000;
/** Stem ids stay below this, so a pair of them fits one safe integer. */
const PAIR_BASE = 2 ** 26;

function stemId(stem: string): number {
  let id = stemIds.get(stem);
  if (id === undefined) {
    // Past the limit, rare stems share one id: a pair of them then counts as one concept, which only loses rare pairs.
    id = stemIds.size < CACHE_LIMIT ? stemIds.size : CACHE_LIMIT;
    if (id < CACHE_LIMIT) stemIds.set(stem, id);
  }
  return id;
}

function wordStemId(word: string): number {
  let id = wordStems.get(word);
  if (id === undefined) {
    id = stemId(stemmer(word.replace(/['’]s$/, '')));
    if (wordStems.size < CACHE_LIMIT) wordStems.set(word, id);
  }
  return id;
}

const vectors = new WeakMap<Sentence, Map<string, number>>();
/** Stem counts, for telling duplicates apart; only the few sentences the greedy takes need them. */
function vectorOf(sentence: Sentence): Map<string, number> {
  let out = vectors.get(sentence);
  if (!out) {
    out = new Map();
    for (const s of sentence.stems) out.set(s, (out.get(s) ?? 0) + 1);
    vectors.set(sentence, out);
  }
  return out;
}


function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}
