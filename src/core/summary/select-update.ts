import type { Sentence } from '../ingest/document.js';
import { partsOf } from './passages.js';
import { bothContentAt, factsOf, pairsOf, wordsOf } from './summary-facts.js';
import type { FactKeys } from './update-facts.js';

/**
 * Update summarization (the TAC 2008–2011 "update" task: summarize the new documents for a
 * reader who has read the earlier ones). Concepts are a sentence's content words and its pairs of
 * adjacent content words (summary-facts.ts); a concept weighs the number of new documents that
 * state it (Gillick & Favre's coverage model), and a concept the earlier documents already state
 * keeps only (1 − knownPenalty) of its weight, as TAC update systems drop or discount set-A
 * content. A sentence is a candidate only when at least `minNovelty` of its concept weight is
 * new; sentences are then taken greedily for the most uncovered new weight per word^lengthExponent,
 * each concept counting once. A candidate may be a passage (passages.ts): its sentences are each shown once, and a passage
 * holding a chosen point takes its place for the words it adds (rule DP2′, docs/quality.md). Nothing favours a sentence for standing first in its article.
 * A fact the extractors find in a sentence (a figure with what it counts, a quote with its speaker,
 * a resolved date: update-facts.ts) is one more concept of weight `factWeight`, known when an
 * earlier document states it: what a reader of the update wants most is the facts they lack.
 * The parameters are chosen by cross-validation over the gold clusters (eval/digest-replay.ts).
 */
export interface UpdateParams {
  /** Share of a known concept's weight removed: 1 drops what the earlier documents said. */
  knownPenalty: number;
  /** Least share of a sentence's concept weight that must be new for it to be reported at all. */
  minNovelty: number;
  /** Cost is words to this power. */
  lengthExponent: number;
  /** 1: single content words are concepts beside word pairs; 0: word pairs only, as Gillick & Favre's bigrams. */
  wordConcepts: number;
  /** Weight of a fact the extractors find in a sentence, as a concept; 0 ignores facts. */
  factWeight: number;
}

/** As `npm run eval` chooses them by cross-validation over the gold clusters (eval/digest-replay.ts). */
export const DEFAULT_UPDATE: UpdateParams = { knownPenalty: 0.5, minNovelty: 0.35, lengthExponent: 0.5, wordConcepts: 0, factWeight: 160 };

/** What the earlier documents (and what this digest already reports) state, as concept keys. */
export type KnownConcepts = Set<string>;

export function conceptsOf(sentence: Sentence, words = true): string[] {
  const facts = factsOf(sentence);
  const out = words ? Array.from(wordsOf(facts), (w) => `w${w}`) : [];
  const pairs = pairsOf(facts);
  for (let i = 0; i < facts.pairCount; i++) if (bothContentAt(facts, i)) out.push(`p${pairs[2 * i]}:${pairs[2 * i + 1]}`);
  return out;
}

export function knownConcepts(sentences: Iterable<Sentence>, into: KnownConcepts = new Set()): KnownConcepts {
  // Words and pairs both: whichever concepts a selection weighs, the known ones are among these.
  for (const s of sentences) for (const c of conceptsOf(s)) into.add(c);
  return into;
}

/** The folded text of a sentence, to tell a verbatim repeat (a wire re-send) from new text. */
export function sameText(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

export interface UpdateCandidate {
  sentence: Sentence;
  /** 0..1: how much the sentence speaks to the topic. */
  relevance: number;
  /** The facts it states, each as its keys (update-facts.ts). */
  facts?: readonly FactKeys[];
  /** The caller has read it as a whole quotation whose speaker is named: offered though it opens on a quotation mark. */
  readsAlone?: boolean;
}

export interface UpdateInput {
  candidates: readonly UpdateCandidate[];
  known: KnownConcepts;
  /** Texts (sameText) the reader has already seen: never reported again. */
  seen: ReadonlySet<string>;
  /** Keys of the facts the reader has read (update-facts.ts knownFactKeys). */
  knownFacts?: { has(key: string): boolean };
  maxSentences: number;
  maxWords: number;
  params?: Partial<UpdateParams>;
}

export interface UpdateChoice {
  sentence: Sentence;
  /** The new concept weight it brought when chosen. */
  gain: number;
}

/** The new sentences that add most of what the reader has not read, best first. */
export function selectUpdate(input: UpdateInput): UpdateChoice[] {
  const params = { ...DEFAULT_UPDATE, ...input.params };
  // A passage (passages.ts) is new only when none of its sentences has been read.
  const usable = input.candidates.filter((c) => c.relevance > 0 && factsOf(c.sentence).prose && (c.readsAlone || factsOf(c.sentence).standsAlone) && !partsOf(c.sentence).some((p) => input.seen.has(sameText(p.text))));
  const docsOf = new Map<string, Set<string>>();
  const conceptLists = usable.map((c) => {
    const concepts = [...new Set(conceptsOf(c.sentence, params.wordConcepts > 0))];
    for (const k of concepts) (docsOf.get(k) ?? docsOf.set(k, new Set()).get(k)!).add(c.sentence.docId);
    return concepts;
  });
  const weight = (k: string) => (docsOf.get(k)?.size ?? 0) * (input.known.has(k) ? 1 - params.knownPenalty : 1);
  const knownFacts = input.knownFacts ?? { has: () => false };
  const isKnownFact = (keys: FactKeys) => keys.some((k) => knownFacts.has(k));
  const factWeight = (keys: FactKeys) => params.factWeight * (isKnownFact(keys) ? 1 - params.knownPenalty : 1);
  const eligible = usable.flatMap((c, i) => {
    const concepts = conceptLists[i]!;
    const facts = params.factWeight > 0 ? (c.facts ?? []) : [];
    const total = concepts.reduce((s, k) => s + (docsOf.get(k)?.size ?? 0), 0) + facts.length * params.factWeight;
    const fresh = concepts.reduce((s, k) => s + (input.known.has(k) ? 0 : (docsOf.get(k)?.size ?? 0)), 0) + facts.filter((f) => !isKnownFact(f)).length * params.factWeight;
    return total > 0 && fresh / total >= params.minNovelty ? [{ ...c, concepts, facts }] : [];
  });
  const covered = new Set<string>();
  const coveredFacts = new Set<string>();
  const chosen: UpdateChoice[] = [];
  // Each sentence of a passage is shown once: a candidate that shares a sentence with a chosen point is offered only as a
  // passage that holds every sentence of those points (it takes their place, at the cost of the words it adds).
  const textsOf = (unit: Sentence) => partsOf(unit).map((p) => sameText(p.text));
  let words = 0;
  for (;;) {
    let best: { c: (typeof eligible)[number]; replaces: number[]; gain: number } | undefined;
    let bestScore = 0;
    for (const c of eligible) {
      const texts = textsOf(c.sentence);
      const replaces = chosen.flatMap((x, i) => (textsOf(x.sentence).some((t) => texts.includes(t)) ? [i] : []));
      if (!replaces.every((i) => textsOf(chosen[i]!.sentence).every((t) => texts.includes(t)))) continue;
      if (chosen.length - replaces.length >= input.maxSentences) continue;
      const added = c.sentence.words.length - replaces.reduce((n, i) => n + chosen[i]!.sentence.words.length, 0);
      if (added <= 0 || words + added > input.maxWords) continue;
      const gain = c.concepts.reduce((s, k) => s + (covered.has(k) ? 0 : weight(k)), 0) + c.facts.reduce((s, f) => s + (f.some((k) => coveredFacts.has(k)) ? 0 : factWeight(f)), 0);
      const score = (c.relevance * gain) / Math.max(1, added) ** params.lengthExponent;
      if (gain > 0 && score > bestScore) {
        best = { c, replaces, gain };
        bestScore = score;
      }
    }
    if (!best) break;
    const { c, replaces } = best;
    const choice = { sentence: c.sentence, gain: best.gain + replaces.reduce((g, i) => g + chosen[i]!.gain, 0) };
    words += c.sentence.words.length - replaces.reduce((n, i) => n + chosen[i]!.sentence.words.length, 0);
    if (replaces.length) chosen.splice(replaces[0]!, 1, choice);
    else chosen.push(choice);
    for (const i of replaces.slice(1).reverse()) chosen.splice(i, 1);
    for (const k of c.concepts) covered.add(k);
    for (const f of c.facts) for (const k of f) coveredFacts.add(k);
  }
  return chosen;
}
