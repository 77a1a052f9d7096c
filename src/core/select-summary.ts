import { stemmer } from 'stemmer';
import type { Sentence } from './document.js';

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

interface Candidate {
  sentence: Sentence;
  /** Distinct concept ids of the sentence. */
  concepts: number[];
  bytes: number;
  relevance: number;
  cost: number;
  vector: Map<string, number>;
}

export function selectSummary(input: SummaryInput): Sentence[] {
  const ids = new Map<string, number>();
  const candidates = candidatesOf(input, ids);
  if (candidates.length === 0) return [];
  const weights = conceptWeights(candidates, input.documents, ids.size);
  const chosen = greedy(candidates, weights, budgetOf(input));
  return readingOrder(
    chosen.map((c) => c.sentence),
    input.documents,
  );
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

function candidatesOf(input: SummaryInput, ids: Map<string, number>): Candidate[] {
  const all: Sentence[] = [];
  const relevance = new Map<Sentence, number>();
  for (const sentence of input.sentences) {
    const r = input.relevance ? clamp01(input.relevance(sentence)) : 1;
    if (r <= 0 || sentence.stems.length === 0) continue;
    all.push(sentence);
    relevance.set(sentence, r);
  }
  const prose = all.filter((s) => s.words.length >= MIN_WORDS && s.words.length <= MAX_WORDS && !isFragment(s.text));
  // A set of short notes has no prose sentence; then any sentence will do.
  return (prose.length > 0 ? prose : all).map((sentence) => {
    const bytes = utf8Length(sentence.text);
    return {
      sentence,
      concepts: conceptsOf(sentence, ids),
      bytes,
      relevance: relevance.get(sentence)!,
      cost: Math.pow(Math.max(bytes, 1), LENGTH_EXPONENT),
      vector: countsOf(sentence.stems),
    };
  });
}

/** Headings, bylines and questions put to the reader state nothing a summary can use. */
function isFragment(text: string): boolean {
  const t = text.trim();
  if (!/[.!"'”’)]$/.test(t)) return true;
  if (/\?["'”’]?$/.test(t)) return true;
  return /^by [A-Z]/i.test(t) && t.split(/\s+/).length <= 12;
}

/** Adjacent word pairs, stemmed, that hold at least one content word ("hun sen", "sen 's", "the coalit"). */
function conceptsOf(sentence: Sentence, ids: Map<string, number>): number[] {
  const content = new Set(sentence.stems);
  const words = sentence.words.map((w) => stemOf(w.replace(/['’]s$/, '')));
  const out = new Set<number>();
  for (let i = 0; i + 1 < words.length; i++) {
    if (!content.has(words[i]!) && !content.has(words[i + 1]!)) continue;
    const key = `${words[i]} ${words[i + 1]}`;
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size));
    out.add(id);
  }
  return [...out];
}

/**
 * A concept weighs the sum, over the documents that state it, of its earliest mention's worth,
 * newer documents counting a little more. When there are several documents, a concept stated once
 * deep in one of them carries no weight: agreement across sources is what makes headline material.
 */
function conceptWeights(candidates: readonly Candidate[], documents: SummaryInput['documents'], conceptCount: number): Float64Array {
  const recency = recencyOf(documents);
  const best = new Map<string, Float64Array>();
  for (const c of candidates) {
    const doc = c.sentence.docId;
    let perConcept = best.get(doc);
    if (!perConcept) best.set(doc, (perConcept = new Float64Array(conceptCount)));
    const worth = mentionWorth(c.sentence.position) * (recency.get(doc) ?? 1) * c.relevance;
    for (const id of c.concepts) if (worth > perConcept[id]!) perConcept[id] = worth;
  }
  const weights = new Float64Array(conceptCount);
  for (const perConcept of best.values()) for (let id = 0; id < conceptCount; id++) weights[id]! += perConcept[id]!;
  if (best.size >= 3) for (let id = 0; id < conceptCount; id++) if (weights[id]! < MIN_CONCEPT_WEIGHT) weights[id] = 0;
  return weights;
}

function mentionWorth(position: number): number {
  if (position === 0) return LEAD_MENTION;
  return position <= 2 ? EARLY_MENTION : BODY_MENTION;
}

function recencyOf(documents: SummaryInput['documents']): Map<string, number> {
  const dates = [...new Set([...documents.values()].map((d) => d.published).filter((d): d is string => !!d))].sort();
  const out = new Map<string, number>();
  for (const [id, doc] of documents) {
    const rank = doc.published ? dates.indexOf(doc.published) : -1;
    out.set(id, dates.length > 1 && rank >= 0 ? 1 + (RECENCY_BONUS * rank) / (dates.length - 1) : 1);
  }
  return out;
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
    if (chosen.some((c) => cosine(c.vector, top.item.vector) > DUPLICATE_COSINE)) continue;
    chosen.push(top.item);
    for (const id of top.item.concepts) covered[id] = 1;
    bytes += top.item.bytes + (chosen.length > 1 ? 1 : 0);
    words += top.item.sentence.words.length;
  }
  return chosen;
}

/** Oldest document first, then in the order each document tells it. */
function readingOrder(sentences: Sentence[], documents: SummaryInput['documents']): Sentence[] {
  const docOrder = new Map([...documents.keys()].map((id, i) => [id, i]));
  return sentences.sort((a, b) => {
    const da = documents.get(a.docId)?.published ?? '';
    const db = documents.get(b.docId)?.published ?? '';
    if (da !== db) return da < db ? -1 : 1;
    if (a.docId !== b.docId) return (docOrder.get(a.docId) ?? 0) - (docOrder.get(b.docId) ?? 0);
    return a.position - b.position;
  });
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

const stemCache = new Map<string, string>();
function stemOf(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = stemmer(word);
    if (stemCache.size < 200_000) stemCache.set(word, s);
  }
  return s;
}

function countsOf(stems: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of stems) out.set(s, (out.get(s) ?? 0) + 1);
  return out;
}

function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, v] of a) {
    na += v * v;
    dot += v * (b.get(k) ?? 0);
  }
  for (const v of b.values()) nb += v * v;
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
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
