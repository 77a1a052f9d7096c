import { cosine, stemCounts } from '../index/similarity.js';
import type { Sentence } from '../ingest/document.js';
import { type ConceptMention, conceptFeatures, modelWeightSets, modelWeights } from './concept-model.js';
import { MaxQueue } from './max-queue.js';
import { saysOnlyNoComment } from './no-comment.js';
import { partsOf } from './passages.js';
import { staleReports } from './provisional.js';
import { sameFact } from './same-fact.js';
import { bothContentAt, conceptEnds, conceptIds, factsOf, isFragment } from './summary-facts.js';
import { topK } from './top-k.js';

/**
 * Picks the headline sentences of a document set by concept coverage (Gillick & Favre 2009):
 * a concept is a pair of adjacent words (stemmed, at least one a content word) or a single
 * content word. A concept weighs the chance, under a learned model of how the set states it (in
 * how many documents, how many leads, how early, how recently, beside what: concept-model.ts), that a human
 * summary states it; the hand weights of before (lead mentions worth more) remain as an option.
 * The objective, the covered concepts' weight, is monotone submodular (Lin & Bilmes 2011), so
 * sentences are taken greedily for the most uncovered weight per byte^r, each concept counting
 * once: what several sources repeat is said once. As a DPP weighs quality against diversity, each
 * sentence's gain is scaled by its estimated quality (how much of its wording human summaries
 * use) to a power. The models, r and the power were fitted and checked by nested
 * cross-validation over the development clusters (docs/quality.md); nothing here is a word list
 * or a rule about particular sentences.
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
  /**
   * Sentences left out as if they were not given. Asked only of the sentences selection could
   * take (a broad query's few thousand most relevant, not its every match), so a costly test
   * such as key points' "the summary says it already" stays cheap.
   */
  exclude?: (s: Sentence) => boolean;
  /** Candidates that count as mentions but are never chosen: a sentence shown only within its passage. */
  mentionOnly?: (s: Sentence) => boolean;
  /**
   * Candidates held back until a chosen unit writes in full each short form of a name they use, and then shown after
   * that unit (issue 16u's rule read over the summary in its order: a reader has met the person). `needs` gives those
   * short forms, null for a candidate that waits for nothing. A candidate `mentionOnly` names is never chosen either way.
   */
  introducedBy?: {
    needs: (s: Sentence) => readonly string[] | null;
    /** Whether `unit`, shown before `s`, writes `name` in full (in `s`'s own document, only a sentence before it can). */
    introduces: (unit: Sentence, name: string, s: Sentence) => boolean;
  };
  /**
   * A question's answer: once the concepts several sources share are covered, keep choosing the
   * most relevant sentences that say something new. A concept one article states once weighs
   * nothing in a set's summary, yet that detail may be just what the question asks.
   */
  answersQuestion?: boolean;
  /** The objective's parameters; the defaults serve every briefing, the eval passes others to cross-validate them. */
  params?: Partial<SelectionParams>;
  /**
   * When nothing of the tier read is chosen (every candidate held back), read units of any length that stand alone and are
   * no fragment. A tier is otherwise read whenever it holds a sentence, even one that may not be chosen: a topic's summary
   * then stays empty while a passage longer than a summary sentence may be could state it (docs/quality.md, "Twenty-fifth
   * round (issue 16empty)", rule S1 and amendment A).
   */
  fallBack?: boolean;
}

/** The sentences a selection reads: by default the first tier that holds any; `fallBack`'s tier after it. */
type Tier = 'first' | 'anyLength';

export interface SelectionParams {
  /** What a mention in a document's first sentence is worth, against 1 further down; the next two sentences are worth the midpoint. */
  leadWorth: number;
  /** Weight of a single content word as a concept, against 1 for a word pair. */
  wordWeight: number;
  /** Cost is bytes to this power: below 1, a long sentence that covers much can beat a short one. */
  lengthExponent: number;
  /** The newest document's mentions count this much more than the oldest's. */
  recencyBonus: number;
  /**
   * Coefficients of the learned concept model (concept-model.ts) that weighs the word pairs;
   * null weighs them by hand instead (lead, early and body mentions worth `leadWorth`, …, 1).
   */
  conceptModel: readonly number[] | null;
  /**
   * The same model for single content words (the chance a human summary uses the word), fitted on
   * its own; a word weighs `wordWeight` times it. Null weighs words by hand, as pairs.
   */
  wordModel: readonly number[] | null;
  /**
   * The same model for a word said again: the chance a human summary uses it in two sentences or
   * more. ROUGE-1 credits a word as often as the references repeat it, and summaries repeat a
   * story's key words, so a word's occurrence in a second chosen sentence adds `wordWeight` times
   * this (a third adds nothing). Null counts every concept once. Needs `wordModel`.
   */
  repeatModel: readonly number[] | null;
  /**
   * Take only sentences that fit the budget whole, then the one whose opening, up to the budget,
   * covers most: a scorer or a reader that stops at the budget reads that much of it.
   */
  fillToBudget: boolean;
  /**
   * A sentence's quality, as DPP weighs it against diversity: a linear model of how much of its
   * wording human summaries use (SENTENCE_FEATURES), fitted on the development clusters; a
   * sentence's gain counts quality^power. Null leaves coverage alone.
   */
  sentenceQuality: { coefficients: readonly number[]; power: number } | null;
}

/**
 * What the quality model reads of a sentence: where its document states it, how long it is, how
 * recent its document is, how much of it is content words, and how much weight (the concept
 * model's, word pairs only) its words carry per word.
 */
export const SENTENCE_FEATURES = ['bias', 'lead', 'logPosition', 'logWords', 'recency', 'contentShare', 'weightPerWord'] as const;

/**
 * The concept models (word pairs, single words) and the sentence quality model fitted on the 17
 * DUC 2004 development clusters' human summaries, and the method chosen on them (length exponent,
 * single words' weight, quality power), as `npm run eval` prints them; the eval's nested cross-validation
 * measures how the same procedure does on clusters it was not fitted on (docs/quality.md).
 * The hand weights (leadWorth…recencyBonus) serve only when `conceptModel` is null.
 */
export const DEFAULT_SELECTION: SelectionParams = {
  leadWorth: 5,
  wordWeight: 1,
  lengthExponent: 1,
  recencyBonus: 0.3,
  // bias, docShare, leadShare, earlyShare, logDocs, logLeads, recency, bothContent, logMentions, company
  conceptModel: [-5.104, -0.931, -3.789, 2.458, 0.148, 2.33, 0.022, -0.065, 1.82, 0.167],
  wordModel: [-4.66, -1.565, -2.465, 1.316, 0.334, 1.788, -0.135, 0, 1.528, 1.553],
  repeatModel: null,
  fillToBudget: false,
  // bias, lead, logPosition, logWords, recency, contentShare, weightPerWord
  sentenceQuality: { coefficients: [0.612, -0.024, -0.012, 0.014, 0.003, -0.261, 1.044], power: 4 },
};

/** Quality is kept within this range, so no sentence's gain is scaled to nothing or past its coverage. */
const MIN_QUALITY = 0.05;

const DEFAULT_MAX_WORDS = 120;
/** With three documents or more, a concept must weigh this much: two mentions, or one lead. */
const MIN_CONCEPT_WEIGHT = 2;
/** Cosine of stem counts above which two sentences say the same thing. */
const DUPLICATE_COSINE = 0.5;
/** Sentences a call weighs at most; a broad query keeps its most relevant ones. */
const MAX_CANDIDATES = 4000;

interface Candidate {
  sentence: Sentence;
  /** Place in the input, for a stable reading order. */
  order: number;
  /** Distinct concept ids of the sentence: its word pairs, then its content words. */
  concepts: Int32Array;
  bytes: number;
  words: number;
  relevance: number;
  cost: number;
}

export function selectSummary(input: SummaryInput): Sentence[] {
  const chosen = selectFrom(input, 'first');
  return chosen.length || !input.fallBack ? chosen : selectFrom(input, 'anyLength');
}

function selectFrom(input: SummaryInput, tier: Tier): Sentence[] {
  const params = { ...DEFAULT_SELECTION, ...input.params };
  const { pool, weights, again, recency } = weighedPool(input, params, tier);
  const { candidates } = pool;
  if (candidates.length === 0) return [];
  if (params.sentenceQuality && params.sentenceQuality.power !== 0) {
    const { coefficients, power } = params.sentenceQuality;
    const rows = sentenceFeatures(candidates, weights, pool.pairConcepts, recency);
    const width = SENTENCE_FEATURES.length;
    candidates.forEach((c, k) => {
      let q = 0;
      for (let f = 0; f < width; f++) q += coefficients[f]! * rows[k * width + f]!;
      c.cost /= Math.min(1, Math.max(MIN_QUALITY, q)) ** power;
    });
  }
  if (input.answersQuestion) floorWeights(weights);
  const budget = budgetOf(input);
  const held = input.introducedBy && heldUntilIntroduced(input.introducedBy);
  const chosen = greedy(candidates, { first: weights, again }, budget, params.fillToBudget, input.mentionOnly, held);
  return shownOrder(chosen, input.documents, budget, held).map((c) => c.sentence);
}

/** Every concept weighs at least a millionth of the heaviest, so relevance and novelty order what the shared concepts leave. */
function floorWeights(weights: Float64Array): void {
  let heaviest = 0;
  for (const w of weights) if (w > heaviest) heaviest = w;
  const floor = heaviest > 0 ? heaviest * 1e-6 : 1;
  for (let id = 0; id < weights.length; id++) if (weights[id]! < floor) weights[id] = floor;
}

/** SENTENCE_FEATURES of each candidate, row-major. */
function sentenceFeatures(candidates: readonly Candidate[], weights: Float64Array, pairConcepts: number, recency: (docId: string) => number): Float64Array {
  const width = SENTENCE_FEATURES.length;
  const out = new Float64Array(candidates.length * width);
  candidates.forEach((c, k) => {
    const { position, docId, stems } = c.sentence;
    const words = Math.max(c.words, 1);
    let weight = 0;
    // Word pairs only, so the feature reads the same whether single words are concepts or not.
    for (const id of c.concepts) if (id < pairConcepts) weight += weights[id]!;
    const at = k * width;
    out[at] = 1;
    out[at + 1] = position === 0 ? 1 : 0;
    out[at + 2] = Math.log1p(position);
    out[at + 3] = Math.log(words);
    out[at + 4] = recency(docId);
    out[at + 5] = stems.length / words;
    out[at + 6] = weight / words;
  });
  return out;
}

/**
 * The pool's sentences with their SENTENCE_FEATURES under the given concept model, for fitting a
 * quality model on human summaries.
 */
export function sentenceTable(input: SummaryInput): { sentences: Sentence[]; features: Float64Array } {
  const { pool, weights, recency } = weighedPool(input, { ...DEFAULT_SELECTION, ...input.params });
  return { sentences: pool.candidates.map((c) => c.sentence), features: sentenceFeatures(pool.candidates, weights, pool.pairConcepts, recency) };
}

/** The pool and its concepts' weights, by the learned models when the params give them. */
function weighedPool(input: SummaryInput, params: SelectionParams, tier: Tier = 'first'): { pool: Pool; weights: Float64Array; again: Float64Array | null; recency: (docId: string) => number } {
  const pool = candidatesOf(input, params, tier);
  const { candidates, pairConcepts } = pool;
  const mentions = input.choiceOnly ? candidates.filter((c) => !input.choiceOnly!(c.sentence)) : candidates;
  const weights = conceptWeights(mentions, input.documents, params, pairConcepts, candidates);
  // The models weigh the concepts the hand weights keep: a detail one article states once, deep
  // in its text, stays out of a set's summary either way.
  const inputs = modelInputs({ ...pool, candidates: mentions }, input.documents);
  if (params.conceptModel) {
    const learned = modelWeights(inputs.mentions, pairConcepts, inputs.recency, inputs.bothContent, params.conceptModel, (id) => weights[id]! > 0);
    for (let id = 0; id < pairConcepts; id++) weights[id] = learned[id]!;
  }
  let again: Float64Array | null = null;
  if (params.wordModel && params.wordWeight > 0) {
    const models = params.repeatModel ? [params.wordModel, params.repeatModel] : [params.wordModel];
    const [learned, repeated] = modelWeightSets(inputs.mentions, weights.length - pairConcepts, inputs.recency, inputs.bothContent, models, (id) => weights[id]! > 0, pairConcepts);
    for (let id = pairConcepts; id < weights.length; id++) weights[id] = params.wordWeight * learned![id - pairConcepts]!;
    if (repeated) {
      // What a word's occurrence in a second chosen sentence adds (pairs add nothing). A summary
      // repeats a word only if it uses it, so the second never outweighs the first: gains only
      // shrink as sentences are taken (submodular, and the lazy greedy's bound holds).
      again = new Float64Array(weights.length);
      for (let id = pairConcepts; id < weights.length; id++) again[id] = Math.min(weights[id]!, params.wordWeight * repeated[id - pairConcepts]!);
    }
  }
  return { pool, weights, again, recency: inputs.recency };
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

interface Pool {
  candidates: Candidate[];
  /** How many concepts are word pairs (their ids come before the single words'). */
  pairConcepts: number;
  /** The two stem keys of each word-pair concept. */
  pairKeys: Int32Array;
  /** The stem key of each single-word concept (id pairConcepts + i), when single words are concepts. */
  wordKeys: Int32Array;
  /** Per word-pair concept, 1 when both its words are content words. */
  bothContent: Uint8Array;
}

/**
 * The concepts of a selection's pool, their features and stem keys (word pairs, then single
 * content words): what the eval harness needs to fit concept models on human summaries.
 */
export function conceptTable(input: SummaryInput): { features: Float64Array; pairKeys: Int32Array; wordFeatures: Float64Array; wordKeys: Int32Array } {
  const pool = candidatesOf(input, { ...DEFAULT_SELECTION, ...input.params, wordWeight: 1 });
  const { mentions, recency, bothContent } = modelInputs(pool, input.documents);
  return {
    features: conceptFeatures(mentions, pool.pairConcepts, recency, bothContent),
    pairKeys: pool.pairKeys,
    wordFeatures: conceptFeatures(mentions, pool.wordKeys.length, recency, bothContent, pool.pairConcepts),
    wordKeys: pool.wordKeys,
  };
}

/** What the concept models read of a pool: its sentences as mentions of the concepts, recency 0–1, and which concepts are two content words (a single word is one). */
function modelInputs(pool: Pool, documents: SummaryInput['documents']): { mentions: ConceptMention[]; recency: (docId: string) => number; bothContent: (id: number) => boolean } {
  const docIds = [...new Set(pool.candidates.map((c) => c.sentence.docId))];
  const rank = recencyOf(docIds, documents, 1);
  const mentions = pool.candidates.map((c) => ({ docId: c.sentence.docId, position: c.sentence.position, relevance: c.relevance, concepts: c.concepts }));
  return { mentions, recency: (docId) => rank(docId) - 1, bothContent: (id) => id >= pool.pairConcepts || pool.bothContent[id] === 1 };
}

function candidatesOf(input: SummaryInput, params: SelectionParams, tier: Tier = 'first'): Pool {
  const { sentences } = input;
  const relevance = new Float64Array(sentences.length);
  const any: number[] = [];
  const prose: number[] = [];
  const alone: number[] = [];
  const weighed: number[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i]!;
    const r = input.relevance ? clamp01(input.relevance(sentence, i)) : 1;
    if (!(r > 0) || sentence.stems.length === 0) continue;
    relevance[i] = r;
    weighed.push(i);
  }
  // Rule PN: a first report's "not yet known" where a later document among them may know it.
  const stale = staleReports(
    weighed.map((i) => sentences[i]!),
    (docId) => input.documents.get(docId)?.published,
  );
  for (const i of weighed) {
    const sentence = sentences[i]!;
    // Rule NC: nor is "… were not available for comment", which says nothing of the story.
    if (stale(sentence) || saysOnlyNoComment(sentence)) continue;
    const facts = factsOf(sentence);
    any.push(i);
    if (!facts.prose) continue;
    prose.push(i);
    if (facts.standsAlone) alone.push(i);
  }
  // Sentences that lean on the one before them are left out of the pool, as choices and as
  // mentions: a quotation or a "But…" carries a source's detail, not its statement of the story.
  // A set of short notes has no prose sentence; then any sentence will do.
  const included = (list: number[]) => poolOf(list, sentences, relevance, params, input.exclude);
  let keep: number[];
  if (tier === 'anyLength') keep = included(any.filter((i) => !isFragment(sentences[i]!.text) && factsOf(sentences[i]!).standsAlone));
  else {
    keep = input.standAlone !== false ? included(alone) : [];
    if (keep.length === 0) keep = included(prose);
    if (keep.length === 0) keep = included(any);
  }
  const facts = keep.map((i) => factsOf(sentences[i]!));
  const withWords = params.wordWeight > 0;
  // Every candidate's concepts in one array, its word pairs then its single words: not two arrays a candidate and a third joining them.
  const pairsAt = new Int32Array(keep.length + 1);
  const wordsAt = new Int32Array(keep.length);
  facts.forEach((f, k) => {
    wordsAt[k] = pairsAt[k]! + f.pairCount;
    pairsAt[k + 1] = wordsAt[k]! + (withWords ? f.wordCount : 0);
  });
  const all = new Int32Array(pairsAt[keep.length]!);
  const pairs = conceptIds(facts, false, all, pairsAt);
  // Single words are numbered after every pair.
  const single = conceptIds(withWords ? facts : [], true, all, wordsAt, pairs.count);
  const bothContent = new Uint8Array(pairs.count);
  const candidates = keep.map((i, k) => {
    const f = facts[k]!;
    for (let j = 0; j < f.pairCount; j++) bothContent[all[pairsAt[k]! + j]!] = bothContentAt(f, j) ? 1 : 0;
    return {
      sentence: sentences[i]!,
      order: i,
      concepts: all.subarray(pairsAt[k]!, pairsAt[k + 1]!),
      bytes: f.bytes,
      words: sentences[i]!.words.length,
      relevance: relevance[i]!,
      cost: Math.max(f.bytes, 1) ** params.lengthExponent,
    };
  });
  const wordKeys = new Int32Array(single.count);
  for (let id = 0; id < single.count; id++) wordKeys[id] = single.keys[2 * id]!;
  return { candidates, pairConcepts: pairs.count, pairKeys: pairs.keys, wordKeys, bothContent };
}

/**
 * The sentences (by place in the input) a selection weighs: all of `list` but those `exclude`
 * leaves out, in input order; past MAX_CANDIDATES of them, a broad query over a large archive,
 * the most relevant, leads first, best first. `exclude` is asked in that order, only until the
 * pool is known, so it reads a few thousand sentences of a query that matches a hundred thousand.
 */
function poolOf(list: number[], sentences: readonly Sentence[], relevance: Float64Array, params: SelectionParams, exclude: ((s: Sentence) => boolean) | undefined): number[] {
  const kept = (from: number[]) => (exclude ? from.filter((i) => !exclude(sentences[i]!)) : from);
  if (list.length <= MAX_CANDIDATES) return kept(list);
  const scores = Float64Array.from(list, (i) => poolRank(sentences[i]!, relevance[i]!, params));
  // The best MAX_CANDIDATES that are not excluded, and one more to know whether the cap applies.
  for (let reach = MAX_CANDIDATES + 1 + (exclude ? MAX_CANDIDATES >> 2 : 0); ; reach *= 2) {
    const best = kept(topK(list, scores, reach));
    if (best.length > MAX_CANDIDATES) return best.slice(0, MAX_CANDIDATES);
    if (reach >= list.length) return best.length ? kept(list) : best;
  }
}

/**
 * A concept weighs the sum, over the documents that state it, of its earliest mention's worth,
 * newer documents counting a little more. When there are several documents, a concept stated once
 * deep in one of them carries no weight: agreement across sources is what makes headline material.
 */
function conceptWeights(candidates: readonly Candidate[], documents: SummaryInput['documents'], params: SelectionParams, pairConcepts: number, all = candidates): Float64Array {
  let conceptCount = 0;
  for (const c of all) for (const id of c.concepts) if (id >= conceptCount) conceptCount = id + 1;
  const byDoc = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const list = byDoc.get(c.sentence.docId);
    if (list) list.push(c);
    else byDoc.set(c.sentence.docId, [c]);
  }
  const recency = recencyOf([...byDoc.keys()], documents, params.recencyBonus);
  const weights = new Float64Array(conceptCount);
  // Each concept's best worth in the document being read, and which document that was.
  const best = new Float64Array(conceptCount);
  const seenIn = new Int32Array(conceptCount).fill(-1);
  let doc = 0;
  for (const [docId, list] of byDoc) {
    // Once per document, not per candidate: the same number, multiplied in the same order.
    const docRecency = recency(docId);
    for (const c of list) {
      const worth = mentionWorth(c.sentence.position, params) * docRecency * c.relevance;
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
  // Single words weigh `wordWeight` of a pair stated as often.
  for (let id = pairConcepts; id < conceptCount; id++) weights[id]! *= params.wordWeight;
  return weights;
}

/** How early a selection that must keep its best takes a sentence into its pool: its relevance, a lead's worth more. */
export function poolRank(sentence: Sentence, relevance: number, params: SelectionParams = DEFAULT_SELECTION): number {
  return relevance * mentionWorth(sentence.position, params);
}

function mentionWorth(position: number, params: SelectionParams): number {
  if (position === 0) return params.leadWorth;
  return position <= 2 ? 1 + (params.leadWorth - 1) / 4 : 1;
}

/** Newest of the candidates' documents gets the full bonus, oldest none; undated documents none. */
function recencyOf(docIds: readonly string[], documents: SummaryInput['documents'], bonus: number): (docId: string) => number {
  const dates = [...new Set(docIds.map((id) => documents.get(id)?.published).filter((d): d is string => !!d))].sort();
  if (dates.length < 2) return () => 1;
  const rank = new Map(dates.map((d, i) => [d, i / (dates.length - 1)]));
  return (docId) => 1 + bonus * (rank.get(documents.get(docId)?.published ?? '') ?? 0);
}

/** What a concept adds to a summary: its weight the first time, `again` (when given) the second. */
interface ConceptWorth {
  first: Float64Array;
  again: Float64Array | null;
}

/** The weight a sentence's concepts add to what `covered` counts (mutated by the caller as sentences are taken). */
function gainFunction({ first, again }: ConceptWorth, covered: Uint8Array): (concepts: Int32Array) => number {
  if (!again)
    return (concepts) => {
      let gain = 0;
      for (const id of concepts) if (!covered[id]) gain += first[id]!;
      return gain;
    };
  return (concepts) => {
    let gain = 0;
    for (const id of concepts) {
      const times = covered[id]!;
      if (times === 0) gain += first[id]!;
      else if (times === 1) gain += again[id]!;
    }
    return gain;
  };
}

/**
 * Lazy greedy (Minoux): a sentence's gain only shrinks as concepts get covered, so a stale score
 * is an upper bound and only the top of the queue needs rescoring. With `fill`, a sentence that
 * would cross the budget is passed over (it never fits later), and the room left goes to the
 * sentence whose opening, as far as the budget reaches, covers most.
 */
function greedy(candidates: readonly Candidate[], worth: ConceptWorth, budget: Budget, fill: boolean, mentionOnly?: (s: Sentence) => boolean, held?: HeldUntilIntroduced): Candidate[] {
  const { first: weights } = worth;
  // How many chosen sentences state each concept (counted to 2: a third adds nothing).
  const covered = new Uint8Array(weights.length);
  const gainOf = gainFunction(worth, covered);
  // A mention-only candidate is dropped when it reaches the top of the queue, not looked at before:
  // the test can be costly (a key point's reading of its main clause) and most candidates never get there.
  // The top then is the best of the others, as if they alone had been queued.
  const notChosen = new Map<Candidate, boolean>();
  const chosen: Candidate[] = [];
  const excluded = (c: Candidate) => {
    if (!mentionOnly) return false;
    let out = notChosen.get(c);
    if (out === undefined) notChosen.set(c, (out = mentionOnly(c.sentence)));
    return out;
  };
  const waits = (c: Candidate) => held?.waits(c) === true && !held.introduced(c, chosen);
  // Held back until a unit shown before them introduces the names they use; queued again when one is taken.
  const waiting: Candidate[] = [];
  const scoreOf = (c: Candidate) => (gainOf(c.concepts) * c.relevance) / c.cost;
  const queue = new MaxQueue<Candidate>();
  for (const c of candidates) queue.push(scoreOf(c), c);
  let bytes = 0;
  let words = 0;
  const separator = () => (chosen.length > 0 ? 1 : 0);
  const fitsWhole = (c: Candidate) => bytes + separator() + c.bytes <= budget.bytes && words + c.words <= budget.words;
  // One fact is one point (same-fact.ts): a unit that says again what a chosen one says, in other words or with other figures, leaves its place to the next.
  const repeats = (c: Candidate) => chosen.some((d) => unitsRepeat(d.sentence, c.sentence));
  const take = (c: Candidate) => {
    bytes += c.bytes + separator();
    words += c.words;
    chosen.push(c);
    for (const id of c.concepts) if (covered[id]! < 2) covered[id]!++;
    for (let i = waiting.length - 1; i >= 0; i--) {
      const w = waiting[i]!;
      if (!held!.introduced(w, chosen)) continue;
      waiting.splice(i, 1);
      queue.push(scoreOf(w), w);
    }
  };
  const settle = () => {
    for (let next = queue.peekItem(); next !== undefined && (excluded(next) || waits(next)); next = queue.peekItem()) {
      queue.pop();
      if (!excluded(next)) waiting.push(next);
    }
  };
  while (bytes < budget.bytes && words < budget.words && chosen.length < budget.sentences) {
    settle();
    const top = queue.pop();
    if (!top) break;
    const fresh = scoreOf(top.item);
    settle();
    if (fresh < (queue.peekScore() ?? -Infinity)) {
      queue.push(fresh, top.item);
      continue;
    }
    if (fresh <= 0 && chosen.length > 0) break;
    if (fill && chosen.length > 0 && !fitsWhole(top.item)) continue;
    if (repeats(top.item)) continue;
    take(top.item);
  }
  if (fill && chosen.length < budget.sentences && bytes + 1 < budget.bytes && words < budget.words) {
    const last = bestOpening(candidates, worth, covered, budget.bytes - bytes - 1, budget.words - words, (c) => !excluded(c) && !waits(c) && !chosen.includes(c) && !repeats(c));
    if (last) take(last);
  }
  return chosen;
}

/**
 * Whether a candidate unit says again what a chosen one says, read sentence by sentence as a reader reads a passage: a
 * passage whose first sentence repeats a chosen lead states that fact twice, however many words its leaning sentence adds
 * to the joined text's stem counts (docs/quality.md, "Eighteenth round (issue 15pass)").
 */
function unitsRepeat(chosen: Sentence, candidate: Sentence): boolean {
  return partsOf(chosen).some((d) => partsOf(candidate).some((c) => cosine(stemCounts(d), stemCounts(c)) > DUPLICATE_COSINE || sameFact(d, c)));
}

interface HeldUntilIntroduced {
  /** Whether a candidate waits for names to be introduced (it may be chosen once they are). */
  waits: (c: Candidate) => boolean;
  /** Whether the units given introduce every name it waits for, were they shown before it. */
  introduced: (c: Candidate, units: readonly Candidate[]) => boolean;
}

/**
 * Any chosen unit may introduce a name, of another document whatever its date or of the same document before the sentence
 * (`introduces` reads the positions): the order shown then puts the sentence after it (`afterIntroducers`). Order and
 * selection are decided together, as the order of a summary's points is a presentation choice and the introducer a
 * selection takes most is another article's lead, often a later one's (docs/quality.md, "Fifteenth round (issue 15c)").
 */
function heldUntilIntroduced(by: NonNullable<SummaryInput['introducedBy']>): HeldUntilIntroduced {
  const needs = new Map<Candidate, readonly string[] | null>();
  const needsOf = (c: Candidate) => {
    let known = needs.get(c);
    if (known === undefined) needs.set(c, (known = by.needs(c.sentence)));
    return known;
  };
  return {
    waits: (c) => needsOf(c) !== null,
    introduced: (c, units) => {
      const names = needsOf(c);
      return names?.every((name) => units.some((d) => d !== c && by.introduces(d.sentence, name, c.sentence))) === true;
    },
  };
}

/**
 * The candidate whose opening, cut at the room left, covers the most uncovered weight. Bytes are
 * taken as spread evenly over the words: a concept counts when the word that completes it is read.
 */
function bestOpening(candidates: readonly Candidate[], worth: ConceptWorth, covered: Uint8Array, bytes: number, words: number, allowed: (c: Candidate) => boolean): Candidate | undefined {
  const conceptGain = gainFunction(worth, covered);
  const gains = candidates.map((c) => {
    const ends = conceptEnds(c.sentence);
    const read = Math.min(1, bytes / Math.max(c.bytes, 1), words / Math.max(c.words, 1)) * Math.max(c.words, 1);
    const opening = c.concepts.filter((_, j) => (j < ends.pairs.length ? ends.pairs[j]! : ends.words[j - ends.pairs.length]!) + 1 <= read);
    return conceptGain(opening) * c.relevance;
  });
  const order = candidates
    .map((_, i) => i)
    .filter((i) => gains[i]! > 0)
    .sort((a, b) => gains[b]! - gains[a]! || a - b);
  for (const i of order) if (allowed(candidates[i]!)) return candidates[i]!;
  return undefined;
}

/**
 * The order the summary is shown in, which is the order a budget is counted in: oldest document
 * first, each in its own order, a sentence held for a name after the unit that introduces it, as
 * long as every sentence but the last starts within the budget. Otherwise the one sentence that
 * does not fit whole goes last, so no chosen sentence lies past the budget (a scorer or a reader
 * that stops there would never see it); it was chosen last, so after whatever introduces it.
 */
function shownOrder(chosen: readonly Candidate[], documents: SummaryInput['documents'], budget: Budget, held: HeldUntilIntroduced | undefined): Candidate[] {
  const ordered = afterIntroducers(readingOrder(chosen, documents), held);
  if (fitsBeforeLast(ordered, budget)) return ordered;
  const crossing = chosen[chosen.length - 1]!;
  return [...afterIntroducers(readingOrder(chosen.slice(0, -1), documents), held), crossing];
}

/**
 * The order given, but a sentence held for a name comes just after the unit that completes its introduction; the others
 * keep their places. A unit moved may itself introduce a later one, so each is shown once what it needs is shown.
 */
function afterIntroducers(ordered: readonly Candidate[], held: HeldUntilIntroduced | undefined): Candidate[] {
  if (!held || !ordered.some(held.waits)) return [...ordered];
  const shown: Candidate[] = [];
  const waiting: Candidate[] = [];
  const ready = (c: Candidate) => !held.waits(c) || held.introduced(c, shown);
  for (const c of ordered) {
    if (!ready(c)) {
      waiting.push(c);
      continue;
    }
    shown.push(c);
    for (let i = 0; i < waiting.length; i++) {
      if (!ready(waiting[i]!)) continue;
      shown.push(...waiting.splice(i, 1));
      i = -1;
    }
  }
  // The selection takes a held sentence only once it is introduced, so none is left; a caller's own order is kept if one were.
  return [...shown, ...waiting];
}

/** Sorts after every date written as ISO 8601 (rule UL). */
const UNDATED = '\uffff';

function fitsBeforeLast(ordered: readonly Candidate[], budget: Budget): boolean {
  let bytes = 0;
  let words = 0;
  for (let i = 0; i + 1 < ordered.length; i++) {
    bytes += ordered[i]!.bytes + (i > 0 ? 1 : 0);
    words += ordered[i]!.words;
  }
  return ordered.length < 2 || (bytes < budget.bytes && words < budget.words);
}

/** Oldest document first, then in the order each document tells it; undated documents after the dated ones (rule UL), in input order. */
function readingOrder(chosen: readonly Candidate[], documents: SummaryInput['documents']): Candidate[] {
  const firstSeen = new Map<string, number>();
  for (const c of chosen) firstSeen.set(c.sentence.docId, Math.min(firstSeen.get(c.sentence.docId) ?? Infinity, c.order));
  const dateOf = (c: Candidate) => documents.get(c.sentence.docId)?.published ?? UNDATED;
  return [...chosen].sort((a, b) => {
    const da = dateOf(a);
    const db = dateOf(b);
    if (da !== db) return da < db ? -1 : 1;
    if (a.sentence.docId !== b.sentence.docId) return firstSeen.get(a.sentence.docId)! - firstSeen.get(b.sentence.docId)!;
    return a.sentence.position - b.sentence.position;
  });
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}
