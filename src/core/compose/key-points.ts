import { SAME_POINT, sameQuotation, sentenceSimilarity } from '../index/similarity.js';
import type { TermIndex } from '../index/term-index.js';
import type { Sentence } from '../ingest/document.js';
import { WRITTEN_WORD, writtenStem } from '../nlp.js';
import type { NearDuplicates } from '../summary/near-duplicates.js';
import { partsOf } from '../summary/passages.js';
import { sameFact } from '../summary/same-fact.js';
import { backgroundWords, focusFamily, nameModifierWords, RELATED_IN_CONTEXT, sameName, statesFocus } from '../topics/question-focus.js';
import type { Question } from '../topics/read-query.js';
import type { Topic } from '../topics/topic.js';
import { opinionPoints } from './opinion-share.js';

/**
 * Whether a unit earns its place as a key point (docs/quality.md, "a key point earns its place"):
 * the topic's or question's terms stand in its main clause, it bears the answer type a question asks
 * for when the set has it, it adds to the summary, and it is at least half as relevant as the best
 * unit. A unit that fails is not shown as a key point: the section shows fewer instead.
 */

/** Of the best unit's relevance, the share a key point must have: a question's tests halve a unit that fails one. */
const KEY_POINT_SHARE = 0.5;
/** New content words a key point needs besides names and figures, and their least share of its own. */
const NEW_WORDS = 2;
const NEW_SHARE = 1 / 3;

export interface KeyPointInput {
  index: TermIndex;
  topic: Topic;
  question?: Question;
  summary: readonly Sentence[];
  units: readonly Sentence[];
  scores: ArrayLike<number>;
  /** Whether a unit may follow a question's lead by the composer's tests (the asked answer type borne, something added to the question); undefined for a topic. */
  bearsAnswer?: (unit: Sentence) => boolean;
}

export function keyPointTest({ index, topic, question, summary, units, scores, bearsAnswer }: KeyPointInput): (unit: Sentence) => boolean {
  let best = 0;
  for (let i = 0; i < scores.length; i++) best = Math.max(best, scores[i]!);
  const score = new Map<Sentence, number>();
  units.forEach((u, i) => score.set(u, scores[i]!));
  const terms = centralTerms(topic, question);
  // Read on the first unit that reaches the test: the other tests leave most units out before it.
  let focus: ReadonlySet<string> | undefined;
  const focusOf = () => (focus ??= focusFamily(index, question!.focus!).loose);
  const adds = addsTo(summary, terms ?? new Set());
  const known = new WeakMap<Sentence, boolean>();
  return (unit) => {
    let earns = known.get(unit);
    if (earns === undefined) {
      earns =
        (score.get(unit) ?? 0) >= best * KEY_POINT_SHARE &&
        (!bearsAnswer || bearsAnswer(unit)) &&
        adds(unit) &&
        (!terms || partsOf(unit).some((p) => inMainClause(p, terms))) &&
        (!question?.focus || !focusOf().size || partsOf(unit).some((p) => focusInMainClause(p, focusOf())));
      known.set(unit, earns);
    }
    return earns;
  };
}

/** What one selection of key points may take: how many, in how many words, and which units it counts as mentions only. */
export interface KeyPointPass {
  maxSentences: number;
  maxWords: number;
  /** Units that count as mentions of what the set says but are not chosen in this pass. */
  notChosen?: (s: Sentence) => boolean;
}

/** The section's size, and which units are an opinion piece's: their points come after the reported ones, at most their share. */
export interface KeyPointLimits {
  points: number;
  words: number;
  isOpinion: (s: Sentence) => boolean;
}

/**
 * Key points add what the summary does not say: units none of whose sentences, or their copies
 * elsewhere, the summary shows, nor one that says nearly the same as a summary point or its fact
 * (same-fact.ts); and, of the rest, those that earn their place (`earns`): the others still count
 * as mentions of what the set says. When the topic's units come from reported articles and opinion
 * pieces both, the reported units are chosen first and the opinion ones fill what they leave, at most
 * opinion's share of the topic's sources (opinion-share.ts), none saying again what a reported point says.
 */
export function selectKeyPoints(
  pool: { units: Sentence[]; scores: ArrayLike<number> },
  summary: readonly Sentence[],
  near: NearDuplicates,
  select: (sentences: Sentence[], relevance: (s: Sentence, order: number) => number, exclude: (s: Sentence) => boolean, pass: KeyPointPass) => Sentence[],
  { points, words, isOpinion }: KeyPointLimits,
): Sentence[] {
  const relevance = (_: Sentence, i: number) => pool.scores[i]!;
  // The test runs only on the units selection could take: a broad query's best few thousand, not its every match.
  const saidInSummary = saysAgain(summary, near);
  const opinionLimit = opinionPoints(pool.units, isOpinion, points, near);
  if (opinionLimit === undefined) return select(pool.units, relevance, saidInSummary, { maxSentences: points, maxWords: words });
  const reported = select(pool.units, relevance, saidInSummary, { maxSentences: points, maxWords: words, notChosen: isOpinion });
  const room = Math.min(opinionLimit, points - reported.length);
  const wordsLeft = words - reported.reduce((n, u) => n + u.text.split(/\s+/).length, 0);
  if (room <= 0 || wordsLeft <= 0) return reported;
  const saidInReported = saysAgain(reported, near);
  const views = select(pool.units, relevance, (u) => saidInSummary(u) || saidInReported(u), { maxSentences: room, maxWords: wordsLeft, notChosen: (s) => !isOpinion(s) });
  return [...reported, ...views];
}

/**
 * Whether a unit says again what one of `shown` says: one of its sentences or their copies, nearly the same words, or the
 * same fact. Nearly the same words are read sentence by sentence too (docs/quality.md, "Twenty-third round (issue 16once),
 * rule K"), as the summary's greedy reads a passage: a passage whose head repeats a shown sentence says it again, however
 * much its leaning sentence dilutes the passage's stems.
 */
function saysAgain(shown: readonly Sentence[], near: NearDuplicates): (u: Sentence) => boolean {
  const said = new Set<Sentence>(shown.flatMap(partsOf).flatMap((s) => [s, ...near(s)]));
  const shownSentences = shown.flatMap(sentencesRead);
  return (u) => {
    // Loops, not closures made per unit tested.
    for (const p of partsOf(u)) if (said.has(p)) return true;
    // The stem cosine first: it is cheap, and what it joins needs no reading for the same fact.
    const read = sentencesRead(u);
    for (const s of shownSentences) for (const p of read) if (sentenceSimilarity(s, p) >= SAME_POINT && sameQuotation(s, p)) return true;
    for (const s of shown) if (sameFact(s, u)) return true;
    return false;
  };
}

/** A unit as its words are compared: the unit itself, and a passage's sentences each. */
function sentencesRead(unit: Sentence): readonly Sentence[] {
  const parts = partsOf(unit);
  return parts.length > 1 ? [unit, ...parts] : parts;
}

/**
 * The stems a key point must hold in its main clause: a question's asked words and names; a topic's
 * terms, and for a word the set lacks, its related words close in meaning. Undefined when the topic
 * is not told by words (a story found by clustering, a reader's angle).
 */
function centralTerms(topic: Topic, question: Question | undefined): ReadonlySet<string> | undefined {
  if (question) return new Set([...question.asked, ...question.names]);
  if (topic.angle || !topic.variants.length) return undefined;
  const terms = new Set(topic.variants.flat());
  for (const related of Object.values(topic.related ?? {})) for (const r of related) if (r.similarity >= RELATED_IN_CONTEXT) terms.add(r.stem);
  return terms;
}

const CAPITALISED = /^\p{Lu}/u;

/**
 * What the main-clause tests read of a sentence's text, by its written words: each one's stem, and
 * flags, read as needed: whether it is capitalised, in a background phrase, a modifier inside a name.
 */
interface ClauseReading {
  stems: readonly string[];
  flags: Uint8Array;
  read: number;
  /** Its names (a capitalised word that does not open it) and figures (a word with a digit), in lower case: what `addsTo` looks for. */
  namesAndFigures: readonly string[];
}
const CAPITAL = 1;
const BACKGROUND = 2;
const NAME_MODIFIER = 4;

/**
 * Readings by text, kept between answers: a broad query tests hundreds of units before six earn
 * their place, and the next broad query tests many of the same sentences (and their wire copies,
 * which share the text). Dropped whole when full, so memory stays bounded whatever the set's size.
 */
const readings = new Map<string, ClauseReading>();
const READINGS = 20_000;

function readingOf(text: string, wanted: number): ClauseReading {
  let reading = readings.get(text);
  if (!reading) {
    if (readings.size >= READINGS) readings.clear();
    const written = [...text.matchAll(WRITTEN_WORD)].map((m) => m[0]);
    reading = {
      stems: written.map(writtenStem),
      flags: Uint8Array.from(written, (w) => (CAPITALISED.test(w) ? CAPITAL : 0)),
      read: CAPITAL,
      namesAndFigures: written.filter((w, i) => (i > 0 && w.length > 1 && CAPITALISED.test(w)) || /\d/.test(w)).map((w) => w.toLowerCase()),
    };
    readings.set(text, reading);
  }
  const missing = wanted & ~reading.read;
  if (missing & BACKGROUND) mark(reading, backgroundWords(text, true), BACKGROUND);
  if (missing & NAME_MODIFIER) mark(reading, nameModifierWords(text), NAME_MODIFIER);
  return reading;
}

function mark(reading: ClauseReading, words: ReadonlySet<number>, flag: number): void {
  for (const i of words) if (i < reading.flags.length) reading.flags[i]! |= flag;
  reading.read |= flag;
}

/**
 * Whether a written word, by its stem, is one of the terms. The index stems a word's normal form ("harbour" is
 * "harbor"): a word whose own stem the sentence's stems lack is matched as a name is, by its spelling.
 */
function isTerm(s: string, terms: ReadonlySet<string>, stems: ReadonlySet<string>): boolean {
  if (terms.has(s)) return true;
  if (stems.has(s)) return false;
  for (const t of terms) if (sameName(s, t)) return true;
  return false;
}

/** Whether one of the terms stands in the sentence's main clause, not only in a background phrase or inside another thing's name. */
function inMainClause(sentence: { text: string; stems: readonly string[] }, terms: ReadonlySet<string>): boolean {
  const { stems: written } = readingOf(sentence.text, 0);
  const stems = new Set(sentence.stems);
  // A loop, not a flatMap: that makes an array per written word of every unit tested.
  const at: number[] = [];
  for (let i = 0; i < written.length; i++) if (isTerm(written[i]!, terms, stems)) at.push(i);
  if (!at.length) return false;
  const { flags } = readingOf(sentence.text, BACKGROUND);
  const open = at.filter((i) => !(flags[i]! & BACKGROUND));
  if (!open.length) return false;
  // A word in lower case is in no name: the names are read only for capitalised ones.
  if (open.some((i) => !(flags[i]! & CAPITAL))) return true;
  return open.some((i) => !(readingOf(sentence.text, NAME_MODIFIER).flags[i]! & NAME_MODIFIER));
}

/** Whether the question's focus stands in the main clause; a focus stated only in another form of its word ("fell") is not placed, and passes. */
function focusInMainClause(sentence: { text: string; stems: readonly string[] }, family: ReadonlySet<string>): boolean {
  if (!sentence.stems.some((s) => family.has(s))) return statesFocus(sentence, family);
  const { stems: written, flags } = readingOf(sentence.text, BACKGROUND);
  const stems = new Set(sentence.stems);
  return written.some((w, i) => isTerm(w, family, stems) && !(flags[i]! & BACKGROUND));
}

/**
 * Whether a unit adds to the summary: a name or figure the summary does not write, or NEW_WORDS
 * content words it does not use, a NEW_SHARE of the unit's own at least (the topic's terms aside).
 */
function addsTo(summary: readonly Sentence[], terms: ReadonlySet<string>): (unit: Sentence) => boolean {
  const parts = summary.flatMap(partsOf);
  const written = new Set(parts.flatMap((s) => (s.text.match(WRITTEN_WORD) ?? []).map((w) => w.toLowerCase())));
  const said = new Set(parts.flatMap((s) => s.stems));
  return (unit) => {
    // Read once per text, as the main-clause test reads it: many answers test the same units against their own summaries.
    if (partsOf(unit).some((p) => readingOf(p.text, 0).namesAndFigures.some((w) => !written.has(w)))) return true;
    const own = new Set(unit.stems.filter((s) => !terms.has(s)));
    let fresh = 0;
    for (const s of own) if (!said.has(s)) fresh++;
    return fresh >= NEW_WORDS && fresh >= own.size * NEW_SHARE;
  };
}
