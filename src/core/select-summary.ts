import type { Sentence } from './document.js';
import { stemmer } from 'stemmer';

/**
 * Picks the headline sentences of a document set by concept coverage (Gillick & Favre):
 * a concept is a pair of adjacent content stems, weighed by how many documents state it and how
 * early they state it; sentences are taken greedily for the most uncovered weight per byte,
 * so each concept counts once and what several sources repeat is said once.
 */

export interface SummaryInput {
  sentences: Sentence[];
  documents: ReadonlyMap<string, { published?: string; sentenceCount: number }>;
  /** 0..1 per sentence when a topic or query restricts the briefing; absent for the whole set. */
  relevance?: (s: Sentence) => number;
  /** UTF-8 bytes of the sentences joined by spaces; the last sentence may cross it, as DUC counts. */
  maxBytes?: number;
  maxWords?: number;
  maxSentences?: number;
}

const E = (k: string, d: number) => (process.env[k] !== undefined ? Number(process.env[k]) : d);
const DEFAULT_MAX_WORDS = 120;
const MIN_WORDS = E('MINW', 8);
const MAX_WORDS = E('MAXW', 55);
/** Cosine of stem counts above which two sentences say the same thing. */
const DUPLICATE_COSINE = E('DUP', 0.5);
/** Cost exponent: below 1 it lets a long sentence that covers much compete with short ones. */
const LENGTH_EXPONENT = E('LEXP', 0.7);
const POS = E('POS', 1);
const MODE = E('MODE', 3);
const MINDF = E('MINDF', 2);
const FIT = E('FIT', 0);
const PMODE = E('PMODE', 2);
const TAU = E('TAU', 3);
const SP = E('SP', 0);
const OPT = E('OPT', 0);
const LA = E('LA', 4);
const LB = E('LB', 1);
const WMIN = E('WMIN', 2);
const RC = E('RC', 0);

interface Candidate {
  sentence: Sentence;
  concepts: string[];
  /** Index of the word each concept ends on, for a sentence cut at the budget. */
  ends: number[];
  bytes: number;
  words: number;
  relevance: number;
  vector: Map<string, number>;
}

export function selectSummary(input: SummaryInput): Sentence[] {
  const budget = budgetOf(input);
  const candidates = candidatesOf(input);
  if (candidates.length === 0) return [];
  const weights = conceptWeights(candidates, input.documents);
  let chosen = greedy(candidates, weights, budget);
  if (OPT) chosen = improve(chosen, candidates, weights, budget);
  return readingOrder(chosen.map((c) => c.sentence), input.documents);
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
  const all: Candidate[] = [];
  for (const sentence of input.sentences) {
    const relevance = input.relevance ? clamp01(input.relevance(sentence)) : 1;
    if (relevance <= 0 || sentence.stems.length === 0) continue;
    all.push({
      sentence,
      ...conceptsOf(sentence),
      bytes: Buffer.byteLength(sentence.text, 'utf8'),
      words: sentence.words.length,
      relevance,
      vector: countsOf(sentence.stems),
    });
  }
  const prose = all.filter((c) => c.words >= MIN_WORDS && c.words <= MAX_WORDS && !looksLikeFragment(c.sentence.text));
  // A set of short notes has no prose sentence; then any sentence will do.
  return prose.length > 0 ? prose : all;
}

/** Datelines, bylines, headings and questions to the reader state nothing a summary can use. */
function looksLikeFragment(text: string): boolean {
  if (/\?["'”’]?$/.test(text)) return true;
  if (!/[.!"'”’)]$/.test(text.trim())) return true;
  return false;
}

function conceptsOf(sentence: Sentence): { concepts: string[]; ends: number[] } {
  const seen = new Map<string, number>();
  const stems = sentence.stems;
  const content = new Set(stems);
  const w = sentence.words.map((x) => stemOf(x.replace(/['’]s$/, '')));
  for (let i = 0; i < w.length; i++) {
    if (MODE === 3 && content.has(w[i]!) && !seen.has(w[i]!)) seen.set(w[i]!, i);
    if (i + 1 < w.length && (content.has(w[i]!) || content.has(w[i + 1]!))) {
      const bigram = `${w[i]} ${w[i + 1]}`;
      if (!seen.has(bigram)) seen.set(bigram, i + 1);
    }
  }
  return { concepts: [...seen.keys()], ends: [...seen.values()] };
}

const stemCache = new Map<string, string>();
function stemOf(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = stemmer(word);
    if (stemCache.size < 100_000) stemCache.set(word, s);
  }
  return s;
}

/**
 * A concept weighs the number of documents that state it, each counted more when it states it
 * early. A concept only one document states carries no weight when several documents exist:
 * agreement across sources is what makes it headline material.
 */
function conceptWeights(candidates: readonly Candidate[], documents: SummaryInput['documents']): Map<string, number> {
  const perDoc = new Map<string, Map<string, number>>();
  const dates = [...new Set([...documents.values()].map((d) => d.published ?? ''))].sort();
  const recency = (doc: string) => { const d = documents.get(doc)?.published ?? ''; return dates.length > 1 ? 1 + RC * (dates.indexOf(d) / (dates.length - 1)) : 1; };
  for (const c of candidates) {
    const doc = c.sentence.docId;
    const count = documents.get(doc)?.sentenceCount ?? 0;
    const early = positionWeight(c.sentence.position, count) * (RC ? recency(doc) : 1);
    for (const concept of c.concepts) {
      let docs = perDoc.get(concept);
      if (!docs) perDoc.set(concept, (docs = new Map()));
      docs.set(doc, Math.max(docs.get(doc) ?? 0, early * c.relevance));
    }
  }
  const docCount = new Set(candidates.map((c) => c.sentence.docId)).size;
  const minDocs = docCount >= 3 ? MINDF : 1;
  const weights = new Map<string, number>();
  for (const [concept, docs] of perDoc) {
    let w = 0;
    for (const v of docs.values()) w += v;
    if (WMIN > 0 ? w < WMIN : docs.size < minDocs) continue;
    weights.set(concept, w);
  }
  return weights;
}

function positionWeight(position: number, _sentenceCount: number): number {
  if (PMODE === 2) return position === 0 ? 1 + LA : position <= 2 ? 1 + LB : 1;
  return PMODE === 0 ? 1 + POS / (1 + position) : 1 + POS * Math.exp(-position / TAU);
}

function gainOf(c: Candidate, covered: ReadonlySet<string>, weights: ReadonlyMap<string, number>, wordLimit = Infinity): number {
  let gain = 0;
  for (let i = 0; i < c.concepts.length; i++) {
    if (c.ends[i]! >= wordLimit) continue;
    const concept = c.concepts[i]!;
    if (!covered.has(concept)) gain += weights.get(concept) ?? 0;
  }
  return gain * c.relevance;
}

function greedy(candidates: readonly Candidate[], weights: ReadonlyMap<string, number>, budget: Budget): Candidate[] {
  const covered = new Set<string>();
  const chosen: Candidate[] = [];
  let bytes = 0;
  let words = 0;
  const left = new Set(candidates);
  const take = (best: Candidate) => {
    chosen.push(best);
    for (const concept of best.concepts) covered.add(concept);
    bytes += best.bytes + (chosen.length > 1 ? 1 : 0);
    words += best.words;
  };
  const isDuplicate = (c: Candidate) => chosen.some((o) => cosine(o.vector, c.vector) > DUPLICATE_COSINE);
  while (left.size > 0 && bytes < budget.bytes && words < budget.words && chosen.length < budget.sentences) {
    let best: Candidate | undefined;
    let bestScore = 0;
    const sep = chosen.length > 0 ? 1 : 0;
    for (const c of left) {
      if (FIT && (bytes + sep + c.bytes > budget.bytes || words + c.words > budget.words)) continue;
      const score = (gainOf(c, covered, weights) * (1 + SP / (1 + c.sentence.position))) / Math.pow(c.bytes, LENGTH_EXPONENT);
      if (score > bestScore) {
        bestScore = score;
        best = c;
      }
    }
    if (!best) break;
    left.delete(best);
    if (isDuplicate(best)) continue;
    take(best);
  }
  if (FIT && bytes < budget.bytes && words < budget.words && chosen.length < budget.sentences) {
    // Room left but no whole sentence fits: the sentence whose opening says most new crosses the budget.
    const sep = chosen.length > 0 ? 1 : 0;
    let best: Candidate | undefined;
    let bestGain = 0;
    for (const c of left) {
      if (isDuplicate(c)) continue;
      const fraction = Math.min((budget.bytes - bytes - sep) / c.bytes, (budget.words - words) / c.words);
      const gain = gainOf(c, covered, weights, Math.floor(fraction * c.words));
      if (gain > bestGain) {
        bestGain = gain;
        best = c;
      }
    }
    if (best) take(best);
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

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}

/** What a reader of the cut summary gets: every concept in the whole sentences, plus the opening of the one that crosses the budget. */
function objective(set: readonly Candidate[], weights: ReadonlyMap<string, number>, budget: Budget): number {
  const total = set.reduce((sum, c) => sum + c.bytes, 0) + Math.max(0, set.length - 1);
  let best = -1;
  for (let last = -1; last < set.length; last++) {
    if (last === -1 && total > budget.bytes) continue;
    const rest = last === -1 ? total : total - set[last]!.bytes - 1;
    if (last >= 0 && rest > budget.bytes) continue;
    if (last >= 0 && total <= budget.bytes) continue;
    const covered = new Set<string>();
    let value = 0;
    set.forEach((c, i) => {
      const limit = i === last ? Math.floor(((budget.bytes - rest - 1) / c.bytes) * c.words) : Infinity;
      for (let k = 0; k < c.concepts.length; k++) {
        if (c.ends[k]! >= limit) continue;
        const concept = c.concepts[k]!;
        if (covered.has(concept)) continue;
        covered.add(concept);
        value += (weights.get(concept) ?? 0) * c.relevance;
      }
    });
    best = Math.max(best, value);
  }
  return best;
}

function improve(start: Candidate[], candidates: readonly Candidate[], weights: ReadonlyMap<string, number>, budget: Budget): Candidate[] {
  let current = start;
  let value = objective(current, weights, budget);
  for (let pass = 0; pass < 10; pass++) {
    let bestSet: Candidate[] | undefined;
    let bestValue = value;
    for (const c of candidates) {
      if (current.includes(c)) continue;
      for (let i = -1; i < current.length; i++) {
        const next = current.filter((_, k) => k !== i);
        if (next.some((o) => cosine(o.vector, c.vector) > DUPLICATE_COSINE)) continue;
        next.push(c);
        const v = objective(next, weights, budget);
        if (v > bestValue + 1e-9) {
          bestValue = v;
          bestSet = next;
        }
      }
    }
    if (!bestSet) break;
    current = bestSet;
    value = bestValue;
  }
  return current;
}
