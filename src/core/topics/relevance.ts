import { headlineLeads } from '../index/headline-leads.js';
import { holdsId, idf, idfOf, sentenceIdsOf, type TermIndex } from '../index/term-index.js';
import { its, MANNER_ADVERB, readDoc, stem } from '../nlp.js';
import { answersNear } from '../summary/answer-first.js';
import { asksAState, exclusionOf, exclusionShare, type PhraseReading, phraseReading, phraseShare, stateShare, timeFrameOf, timeFrameShares } from './asked-referent.js';
import { nameForms } from './name-forms.js';
import { angleRelevance, angleScore } from './news-angles.js';
import { askedStandIns, BACKGROUND_FOCUS, focusFamily, focusInBackground, holdsAskedName, namesAParticipant, participantFamilies, RELATED_SHARE, saysNothingOfAskedName, statesFocus } from './question-focus.js';
import type { Question } from './read-query.js';
import { titledSpeakerQuotes } from './titled-speakers.js';
import type { Topic } from './topic.js';

/**
 * Sentences a briefing weighs at most, whatever the set's size: every sentence of a set of some
 * fifty articles (the bundled set, a desk's week of a story), so a small set's answers are those
 * of its every match; past it, a broad query over a large archive ("said" in 10,000 articles:
 * tens of thousands of matches) weighs the most relevant, and an answer costs what its pool costs.
 */
export const CANDIDATE_POOL = 2000;

/** Share of a variant's weight a sentence must carry to speak to it: all of a two-word phrase. */
const MIN_MATCH = 0.6;

/**
 * Rule OQ (docs/quality.md, "Session 69"): an ordinal from "second" up is a question's content word ("who finished third"), as
 * "second" and "fourth", which the stop list does not hold, already are; "first", "last" and "next" stay the instance and
 * history tests' to read.
 */
const ORDINAL = /^(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\p{L}+teenth|\p{L}+tieth|hundredth)$/u;

/**
 * Content-word stems of free text, the way sentences are stemmed ("security-guarantees" → secur, guarante).
 * `question`: the text is a question's phrase. A stop word the tagger reads as a noun is kept ("land mine victims", not
 * the pronoun "mine"), and an adverb in -ly is dropped as a stop word is: "where exactly", "when did it finally lift off"
 * say how the question is asked, and the sentence that answers rarely writes them.
 */
export function stemsOf(text: string, question = false): string[] {
  const tokens = readDoc(text.replace(/[-_/]+/g, ' ')).tokens();
  const types = tokens.out(its.type) as string[];
  const stops = tokens.out(its.stopWordFlag) as unknown as boolean[];
  const pos = tokens.out(its.pos) as string[];
  const out: string[] = [];
  (tokens.out(its.normal) as string[]).forEach((w, i) => {
    const base = w.replace(/['’]s$/, '');
    const asked = question ? (stops[i] ? pos[i] === 'NOUN' || ORDINAL.test(base) : !(pos[i] === 'ADV' && MANNER_ADVERB.test(base))) : !stops[i];
    if (types[i] === 'word' && asked && /\p{L}{2}/u.test(base)) out.push(stem(base));
  });
  return [...new Set(out)];
}

/** Sentence index → how strongly it speaks to the topic (0..1]; sentences that do not are absent. */
export function topicRelevance(index: TermIndex, topic: Topic): Map<number, number> {
  if (topic.angle) return angleRelevance(index, topic.angle);
  const scores = new Map<number, number>();
  if (!topic.variants.length) {
    // Every sentence of the topic's documents, in index order: read from each document's id range, not a scan of the set.
    const docs = topic.docIds ? [...topic.docIds].filter((d) => index.firstSentence.has(d)) : [...index.documents.keys()];
    docs.sort((a, b) => index.firstSentence.get(a)! - index.firstSentence.get(b)!);
    for (const d of docs) for (const id of sentenceIdsOf(index, d)) scores.set(id, 1);
    return scores;
  }
  const inTopicDocs = (id: number) => !topic.docIds || topic.docIds.has(index.sentences[id]!.docId);
  const curated = topic.ref.kind === 'curated';
  for (const variant of topic.variants) {
    const matches = variantMatches(index, variant);
    for (const id of matches.ids) {
      const score = matches.score[id]!;
      if (score >= MIN_MATCH && inTopicDocs(id) && (!curated || statesTerm(index.sentences[id]!, variant))) scores.set(id, Math.max(scores.get(id) ?? 0, score));
    }
  }
  return scores;
}

/** Words a curated term's words may stand apart beyond their own number ("exchange of territory"). */
const PHRASE_GAP = 2;
/**
 * Prepositions of place: a word only inside "on Ukrainian territory" or "in Crimea" says where
 * something happens, not what the sentence is about. English function words.
 */
const PLACE_PREPOSITION = new Set(['on', 'in', 'at', 'into', 'onto', 'from', 'across', 'within', 'inside', 'outside', 'throughout', 'near']);
/** Modifiers allowed between such a preposition and the word ("on Ukrainian territory", "in the occupied Crimea"). */
const PLACE_MODIFIERS = 3;

/**
 * Whether a sentence states a curated term, not merely holds its words: a term of several words
 * as a phrase, its words together in either order, a few function words between ("exchange of
 * territory", "territory exchange"), in any inflection; a term of one word where it is not only
 * the place of a prepositional phrase ("no troops on Ukrainian territory" is not about territory).
 */
export function statesTerm(sentence: { words: readonly string[]; text: string }, variant: readonly string[]): boolean {
  const stems = sentence.words.map((w) => stem(w.replace(/['’]s$/, '')));
  const at = stems.flatMap((s, i) => (variant.includes(s) ? [i] : []));
  if (!at.length) return false;
  // A name ("in NATO", "in Crimea") is what the sentence speaks of wherever it stands.
  if (variant.length === 1) return at.some((i) => isName(sentence.text, sentence.words[i]!) || !onlyAPlace(sentence.words, i));
  const window = variant.length + PHRASE_GAP;
  return at.some((start) => {
    const seen = new Set(at.filter((i) => i >= start && i < start + window).map((i) => stems[i]!));
    return variant.every((s) => seen.has(s));
  });
}

function isName(text: string, word: string): boolean {
  const at = text.toLowerCase().indexOf(word);
  return at > 0 && /\p{Lu}/u.test(text.charAt(at));
}

function onlyAPlace(words: readonly string[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 1 - PLACE_MODIFIERS); k--) {
    if (PLACE_PREPOSITION.has(words[k]!)) return true;
    if (/^(?:and|or|but|that|which|who|his|her|its|their|our|your|my|,)$/.test(words[k]!)) return false;
  }
  return false;
}

/** The most related words together count of the word they stand in for (each counts RELATED_SHARE of its similarity). */
const RELATED_CAP = 0.8;

/** Sentences whose words are read for another form of a question's verb ("fell" for "fall"), the best matches first: as many as an answer reads closely. */
const FORMS_READ = 300;

/** Of the best match, the share a sentence must carry to answer a query. */
const QUERY_SHARE = 0.75;

/**
 * Of a question's word a sentence leaves to its document ("the search was extended" in a story whose lead says which
 * search), the share of its weight that counts toward the sentence's entry: less than the word itself, so that a sentence
 * must still hold a fifth of the question itself to enter where its document writes all the rest (docs/quality.md,
 * "Nineteenth round (issue 16pool)").
 */
const DOC_CONTEXT_SHARE = 0.5;

/**
 * What a question's sentence keeps of its score for each thing it lacks: no word of the focus
 * verb's family; no participant the question names ("the sailors"); none of the names it asks
 * about. A lack lowers a sentence's rank, never keeps it out: the sentences that answer "how did
 * the United States help Haiti" say aid, troops, a hospital ship, and "help" was the whole
 * question when the verb was required. Stating the focus only in a background phrase keeps
 * BACKGROUND_FOCUS. The values were chosen before measuring and checked by cross-validation over
 * the design questions (`eval/answer-key.ts --cross-validate`, docs/quality.md "Tenth round"),
 * which is the only caller that sets them otherwise.
 */
export const QUESTION_FACTORS = { focusAbsent: 0.4, participantAbsent: 0.7, nameAbsent: 0.5 };

/**
 * For a question, a word counts as held by at least this many documents when weighed: a word the
 * set never uses, or uses in one document, then weighs no more than one used in two, so neither
 * holding it lets a sentence in nor lacking it keeps one out on its own.
 */
const QUESTION_MIN_DF = 2;

/** The best sentences a question's answer is read from (summary/answer-first.ts reads as many): each document that names the asked name is among them. */
export const QUESTION_POOL = 150;

/**
 * How strongly sentences answer a free query: those that hold as much of it as a topic's sentence
 * holds of a topic (MIN_MATCH) or, since a long question rarely has one sentence holding all its
 * words, most of what the best-matching sentence holds; and at least two of its words (its one
 * word, for a one-word query). A question's sentences are weighed further by whether they state
 * its focus, name its participants and hold its asked name (soft factors, above), entering by the
 * share they hold of the question's other words when they lack the focus verb.
 */
export function queryRelevance(index: TermIndex, topic: Topic, on?: DayMatch, question?: Question): Map<number, number> {
  const scores = new Map<number, number>();
  // Sentences that entered on their own words in some variant, and those that entered only with their document's.
  const alone = new Set<number>();
  const lentOnly = new Set<number>();
  if (question && saysNothingOfAskedName(index, question)) return scores;
  const family = question?.focus ? focusFamily(index, question.focus).loose : undefined;
  const participants = question ? participantFamilies(index, question) : [];
  const exclusion = question && exclusionOf(question);
  const state = question && asksAState(question);
  const readings = new Map<number, PhraseReading>();
  // What a sentence keeps of its score for what it lacks of the question, and for speaking of another referent than the asked one (asked-referent.ts).
  const about = (id: number): number => {
    if (!question) return 1;
    const sentence = index.sentences[id]!;
    const reading = phraseReading(sentence, question);
    if (reading) readings.set(id, reading);
    let share = phraseShare(reading) * (holdsAskedName(sentence, question) ? 1 : QUESTION_FACTORS.nameAbsent);
    if (family?.size) {
      const states = statesFocus(sentence, family, { question, read: false });
      share *= !states ? QUESTION_FACTORS.focusAbsent : focusInBackground(sentence, family) ? BACKGROUND_FOCUS : 1;
      if (states && state) share *= stateShare(sentence, family);
    }
    if (!namesAParticipant(sentence, participants)) share *= QUESTION_FACTORS.participantAbsent;
    if (exclusion) share *= exclusionShare(index, sentence, question, exclusion);
    return share;
  };
  const focusStems = question?.focus && new Set(question.focus.stems);
  const standIns = question && askedStandIns(index, question);
  for (const variant of topic.variants) {
    const terms = on ? variant.filter((s) => !on.stems.includes(s)).length + 1 : variant.length;
    // A sentence that writes the question's verb in another form ("fell" for "fall") holds it.
    const inOtherForm = question?.focus && { stems: question.focus.stems, holds: (id: number) => statesFocus(index.sentences[id]!, focusStems!, { question, read: true }) };
    const related = standIns ? withAskedRelated(topic.related, variant, standIns) : topic.related;
    // A question's sentence is also read in its document, for entry; the focus verb is not lent: the focus rules read a sentence that does not state it.
    const inDocument = question ? { share: DOC_CONTEXT_SHARE, lends: (s: string) => !focusStems?.has(s) } : undefined;
    const matches = variantMatches(index, variant, on, related, inOtherForm || undefined, question ? QUESTION_MIN_DF : undefined, inDocument, true);
    // The focus verb decides a question's rank, not entry: a sentence without it is read by the share it holds of the other words.
    const focusShare = question?.focus ? matches.focusShare(question.focus.stems) : 0;
    // Asked of a sentence several times (each test reads its entry), so read once. Once a variant, after its matches: reading
    // them reads the word forms of some sentences, which `statesFocus` then counts.
    const stated = family?.size ? focusReadings(index) : undefined;
    const statesIt = (id: number) => {
      if (!stated) return true;
      if (stated.stamp[id] !== stated.call) {
        stated.stamp[id] = stated.call;
        stated.states[id] = statesFocus(index.sentences[id]!, family!, { question: question!, read: false }) ? 1 : 0;
      }
      return stated.states[id] === 1;
    };
    const shareOf = (id: number, share: number) => (focusShare > 0 && focusShare < 1 && !statesIt(id) ? Math.min(1, share / (1 - focusShare)) : share);
    const entry = (id: number) => shareOf(id, matches.score[id]!);
    // The share as the question's words are written, without a name's other forms: the entry tests read as on main.
    const entryAsWritten = (id: number) => shareOf(id, matches.score[id]! - matches.formed[id]!);
    // With what its document lends: for entry only, never the sentence's score.
    const entryInDocument = (id: number) => shareOf(id, matches.score[id]! + matches.lent[id]!);
    // A loop, not Math.max(...spread): a common word matches more sentences than a call takes arguments.
    let best = 0;
    let bestAsWritten = 0;
    let bestInDocument = 0;
    for (const id of matches.ids) {
      best = Math.max(best, entry(id));
      if (matches.byForms) bestAsWritten = Math.max(bestAsWritten, entryAsWritten(id));
      if (inDocument) bestInDocument = Math.max(bestInDocument, entryInDocument(id));
    }
    const asked = new Set(question?.kind ? question.asked : []);
    const entersBy = (share: number, top: number, id: number, held = matches.count[id]!) => share >= MIN_MATCH || (share >= top * QUERY_SHARE && held >= Math.min(2, terms));
    // With a name's other forms, or as written: a sentence that holds the name as its adjective raises the best, and must not keep out one that entered without it.
    const holdsWords = (id: number) => entersBy(entry(id), best, id) || (matches.byForms && entersBy(entryAsWritten(id), bestAsWritten, id, matches.count[id]! - matches.formedCount[id]!));
    // A sentence enters as it did alone, or by the same tests read with its document's words: nothing that entered alone moves.
    const holdsInDocument = (id: number) => inDocument !== undefined && entersBy(entryInDocument(id), bestInDocument, id);
    const readClosely = asked.size > 0 ? closeReading(matches, (id) => !holdsWords(id) && index.sentences[id]!.stems.some((s) => asked.has(s))) : undefined;
    for (const id of matches.ids) {
      // A sentence that gives the kind of thing a question asks for next to its asked word answers
      // it, however few of the setting's words it repeats ("two men were charged" for "who was
      // charged in the attack on the student").
      const own = holdsWords(id) || (readClosely?.has(id) === true && answersNear(index.sentences[id]!, question!));
      const holds = own || holdsInDocument(id);
      const share = holds ? about(id) : 0;
      if (share > 0) (own ? alone : lentOnly).add(id);
      if (share > 0) scores.set(id, Math.max(scores.get(id) ?? 0, entry(id) * share));
    }
  }
  // Another thing of the kind the question names ("the Nobel Peace Prize" for the literature prize) is another subject: out where the pool holds the asked one.
  if ([...readings.values()].includes('asked')) for (const [id, reading] of readings) if (reading === 'another') scores.delete(id);
  if (question) titledSpeakerQuotes(index, scores, question);
  if (question) inTimeFrame(index, scores, question);
  if (question) keepEachNamingDocument(index, scores, question);
  for (const id of alone) lentOnly.delete(id);
  // A document lends words to a question the set answers in some sentence's own words; it does not make one answerable.
  if (lentOnly.size && ![...scores.keys()].some((id) => !lentOnly.has(id))) scores.clear();
  else if (lentOnly.size) enteredByDocument.set(scores, lentOnly);
  return scores;
}

const enteredByDocument = new WeakMap<ReadonlyMap<number, number>, ReadonlySet<number>>();

/**
 * Of a question's scores (as `queryRelevance` returned them), the sentences that entered only by the words their
 * document lends: they may be read and shown, but a point made of them alone does not lead the answer.
 */
export function enteredOnlyByDocument(scores: ReadonlyMap<number, number>): ReadonlySet<number> | undefined {
  return enteredByDocument.get(scores);
}

/**
 * Lowers the sentences dated on the wrong side of a question's time frame ("after the NATO threat").
 * Dates are read from the best CANDIDATE_POOL sentences only: reading a sentence's dates is slow, and
 * a briefing weighs no more.
 */
function inTimeFrame(index: TermIndex, scores: Map<number, number>, question: Question): void {
  const frame = timeFrameOf(index, question);
  if (!frame || !scores.size) return;
  const ids = [...scores.keys()].sort((a, b) => scores.get(b)! - scores.get(a)! || a - b).slice(0, CANDIDATE_POOL);
  for (const [id, share] of timeFrameShares(index, ids, frame)) scores.set(id, scores.get(id)! * share);
}

/**
 * Whether any sentence a question is answered from states its focus: the verb, or a word of its
 * family. When none does, the set speaks of what the question asks about but never with its verb,
 * and the answer says so. Only then: a line that says "no sentence says" must be true of the whole
 * answer, and one sentence that says "travelling" of the bombers (without "London") answers "how did
 * the bombers travel to London". A verb the set never writes in any form has no family: nothing states it.
 */
export function focusStatedAmong(index: TermIndex, scores: ReadonlyMap<number, number>, question: Question): boolean {
  if (!question.focus) return true;
  const family = focusFamily(index, question.focus).loose;
  if (!family.size) return false;
  // A sentence in the pool only by its document's words may state the verb of something else ("rescue teams were sent").
  const lent = enteredOnlyByDocument(scores);
  for (const id of scores.keys()) if (!lent?.has(id) && statesFocus(index.sentences[id]!, family, { question, read: false })) return true;
  return false;
}

/**
 * The related words a question's variant is matched with: the topic's (for words the set never
 * uses) and, for the focus verb and each participant, the words close to it in meaning the set uses
 * ("provided" for "help", "captives" for "hostages"), which credit a sentence for part of the word's
 * weight as a lacking word's do.
 */
function withAskedRelated(related: Topic['related'], variant: readonly string[], standIns: ReturnType<typeof askedStandIns>): Topic['related'] {
  if (!standIns.size) return related;
  const out: Record<string, NonNullable<Topic['related']>[string]> = { ...related };
  for (const s of variant) if (standIns.has(s) && !out[s]) out[s] = standIns.get(s)!;
  return Object.keys(out).length ? out : related;
}

/** Of a question's pool, the share of places a document may be raised into: in a large archive thousands of documents name a name, and the best-ranked stay. */
const RAISED_SHARE = 1 / 3;

/**
 * Among a question's best QUESTION_POOL sentences, each document that names an asked name and has
 * a sentence in its scores is represented by its best: the answer is read from no fewer documents
 * than speak of what the question asks about. Its score is raised to the pool's last; at most
 * RAISED_SHARE of the pool is so raised, the documents with the best such sentences first.
 */
function keepEachNamingDocument(index: TermIndex, scores: Map<number, number>, question: Question): void {
  if (scores.size <= QUESTION_POOL) return;
  // The pool's last score, from a native sort of the scores: a broad question in a large archive scores tens of thousands.
  const last = Float64Array.from(scores.values()).sort()[scores.size - QUESTION_POOL]!;
  const inPool = new Set<string>();
  for (const [id, score] of scores) if (score >= last) inPool.add(index.sentences[id]!.docId);
  const bestOf = new Map<string, [id: number, score: number]>();
  for (const [id, score] of scores) {
    const sentence = index.sentences[id]!;
    if (inPool.has(sentence.docId) || (bestOf.get(sentence.docId)?.[1] ?? -1) >= score || !holdsAskedName(sentence, question)) continue;
    bestOf.set(sentence.docId, [id, score]);
  }
  const raised = [...bestOf.values()].sort((x, y) => y[1] - x[1]).slice(0, Math.floor(QUESTION_POOL * RAISED_SHARE));
  for (const [id] of raised) scores.set(id, last);
}

/**
 * The sentences whose words are read for an answer near the asked word: those `mayAnswer` lets
 * through, and past a briefing's pool (a common asked word in a large archive) the best matches
 * among them, as many as the pool holds: reading is per sentence, and a briefing weighs no more.
 */
function closeReading(matches: Matches, mayAnswer: (id: number) => boolean): Set<number> {
  const ids = matches.ids.filter(mayAnswer);
  if (ids.length <= CANDIDATE_POOL) return new Set(ids);
  // The best CANDIDATE_POOL, ties in the order reached: the cut-off from a native sort of the scores.
  const cut = Float64Array.from(ids, (id) => matches.score[id]!).sort()[ids.length - CANDIDATE_POOL]!;
  let ties = CANDIDATE_POOL - ids.filter((id) => matches.score[id]! > cut).length;
  return new Set(ids.filter((id) => matches.score[id]! > cut || (matches.score[id] === cut && ties-- > 0)));
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

/**
 * The sentences a variant reaches, in the order first reached, and by sentence id the share of the
 * variant's idf weight each holds and how many of its terms. The arrays are the index's, reused by
 * the next call: a common word reaches tens of thousands of sentences, and an object for each was
 * most of a broad query's retrieval (and of its garbage).
 */
interface Matches {
  ids: number[];
  score: Float64Array;
  count: Uint32Array;
  /** The share of the variant's weight a sentence's document lends it: the words it lacks that the document's opening sentence holds. */
  lent: Float64Array;
  /** Of a sentence's share and word count, what it holds only in a name's other form ("Syrian" for "Syria"). */
  formed: Float64Array;
  formedCount: Uint32Array;
  /** Whether any of the variant's words was read in another form. */
  byForms: boolean;
  /** The share of the variant's weight these stems carry. */
  focusShare(stems: readonly string[]): number;
}

const scratch = new WeakMap<TermIndex, { score: Float64Array; count: Uint32Array; lent: Float64Array; formed: Float64Array; formedCount: Uint32Array; stamp: Uint32Array; call: number }>();

const focusScratch = new WeakMap<TermIndex, { stamp: Uint32Array; states: Uint8Array; call: number }>();

/**
 * Whether each sentence states a question's focus, by sentence id, as read in one variant: a sentence whose stamp is not `call`
 * is not read yet. Kept per index and reused, as the match arrays are: an array the size of a large set, made per question,
 * would be allocated outside the young generation.
 */
function focusReadings(index: TermIndex): { stamp: Uint32Array; states: Uint8Array; call: number } {
  const n = index.sentences.length;
  let arrays = focusScratch.get(index);
  if (!arrays || arrays.stamp.length < n || arrays.call === 0xffffffff) {
    const room = n + (n >> 2);
    focusScratch.set(index, (arrays = { stamp: new Uint32Array(room), states: new Uint8Array(room), call: 0 }));
  }
  arrays.call++;
  return arrays;
}

/** The index's match arrays, room for ids below `n`, with a fresh stamp: a sentence whose stamp is older holds nothing yet. */
function matchArrays(index: TermIndex, n: number): { score: Float64Array; count: Uint32Array; lent: Float64Array; formed: Float64Array; formedCount: Uint32Array; stamp: Uint32Array; call: number } {
  let arrays = scratch.get(index);
  // A set grows in place as articles arrive: room for a quarter more before the arrays are made again.
  if (!arrays || arrays.score.length < n) {
    const size = Math.ceil(n * 1.25) + 16;
    arrays = { score: new Float64Array(size), count: new Uint32Array(size), lent: new Float64Array(size), formed: new Float64Array(size), formedCount: new Uint32Array(size), stamp: new Uint32Array(size), call: 0 };
    scratch.set(index, arrays);
  }
  if (arrays.call === 0xffffffff) {
    arrays.stamp.fill(0);
    arrays.call = 0;
  }
  arrays.call++;
  return arrays;
}

/** What a sentence's document lends it (a question's): `share` of the weight of each word it lacks and `lends` lets through that its opening sentence holds. */
interface InDocument {
  share: number;
  lends: (stem: string) => boolean;
}

function variantMatches(
  index: TermIndex,
  variant: readonly string[],
  on?: DayMatch,
  related?: Topic['related'],
  inOtherForm?: { stems: readonly string[]; holds: (id: number) => boolean },
  minDf?: number,
  inDocument?: InDocument,
  headlines = false,
): Matches {
  const words = on ? variant.filter((s) => !on.stems.includes(s)) : variant;
  // A question's place name is held where the set writes it as its people's adjective, or the adjective as its place
  // ("Syrian" for "Syria"): the same name, so the sentences of either form hold it. It weighs as the form the question
  // writes, and what the other forms add is kept apart (`formed`), so that the entry tests can also be read without it.
  // Only a question's (`minDf` is set for one): a topic's words are matched as written.
  const forms = words.map((s) => (minDf ? nameForms(index, s) : []));
  const holders = words.map((s, i) => heldBy(index, s, forms[i]!));
  // A word the set never uses weighs as a word held by one document, not the most of all.
  const absent = (s: string) => !index.stemSentences.has(s);
  const weights = words.map((s, i) => (related?.[s] && absent(s) && !forms[i]!.length ? idfOf(index, Math.max(1, minDf ?? 1)) : minDf ? idfOf(index, Math.max(minDf, index.stemDf.get(s) ?? 0)) : idf(index, s)));
  // The day weighs as much as the query's average word.
  const dayWeight = on ? weights.reduce((a, b) => a + b, 0) / Math.max(1, weights.length) || 1 : 0;
  const total = weights.reduce((a, b) => a + b, 0) + dayWeight;
  // Posting lists hold ids in rising order: the last of each is the highest a word reaches.
  let reached = index.sentences.length;
  words.forEach((s, i) => {
    for (const stem of [s, ...forms[i]!, ...(related?.[s] ?? []).map((r) => r.stem)]) reached = Math.max(reached, (index.stemSentences.get(stem)?.at(-1) ?? -1) + 1);
  });
  // Rule HL: a query's word in a story's headline is its lead's (headline-leads.ts).
  const leads = words.map((s) => (headlines ? headlineLeads(index, s) : []));
  const { score, count, lent, formed, formedCount, stamp, call } = matchArrays(index, reached);
  const ids: number[] = [];
  const reach = (id: number, share: number) => {
    if (stamp[id] !== call) {
      stamp[id] = call;
      score[id] = 0;
      count[id] = 0;
      lent[id] = 0;
      formed[id] = 0;
      formedCount[id] = 0;
      ids.push(id);
    }
    score[id] = score[id]! + share;
    count[id] = count[id]! + 1;
  };
  const standsInFor = new Map<string, ReadonlyMap<number, number>>();
  words.forEach((s, i) => {
    const written = index.stemSentences.get(s) ?? [];
    for (const id of written) reach(id, weights[i]! / total);
    for (const id of leads[i]!) reach(id, weights[i]! / total);
    for (const id of forms[i]!.length ? without(holders[i]!, written) : []) {
      reach(id, weights[i]! / total);
      formed[id] = formed[id]! + weights[i]! / total;
      formedCount[id] = formedCount[id]! + 1;
    }
    // Related words stand in for a word the set lacks, for less than it: the more of them a
    // sentence holds, the surer it speaks of the same thing ("soldiers … killed" for casualties).
    // For a word the set uses (a question's verb), only in sentences without it.
    const own = related?.[s] && holders[i]!.length ? new Set(holders[i]) : undefined;
    const credit = new Map<number, number>();
    for (const r of related?.[s] ?? []) for (const id of index.stemSentences.get(r.stem) ?? []) if (!own?.has(id)) credit.set(id, (credit.get(id) ?? 0) + r.similarity * RELATED_SHARE);
    for (const [id, c] of credit) reach(id, (Math.min(RELATED_CAP, c) * weights[i]!) / total);
    if (inDocument?.lends(s)) standsInFor.set(s, credit);
  });
  // Lent after the sentence's own words are all read, to the sentences they reached: a document lends words, it does not reach sentences.
  if (inDocument)
    lendFromDocuments(
      index,
      words,
      holders,
      weights.map((w) => (w * inDocument.share) / total),
      ids,
      lent,
      standsInFor,
    );
  // Read only among the sentences the question's other words found, the best of them: the forms are read from each sentence's text.
  if (inOtherForm) {
    words.forEach((s, i) => {
      if (!inOtherForm.stems.includes(s)) return;
      const held = new Set(index.stemSentences.get(s) ?? []);
      const lacking = ids.filter((id) => !held.has(id));
      const best = lacking.length > FORMS_READ ? lacking.sort((a, b) => score[b]! - score[a]!).slice(0, FORMS_READ) : lacking;
      for (const id of best) if (inOtherForm.holds(id)) reach(id, weights[i]! / total);
    });
  }
  if (on) {
    for (const id of ids) {
      const stems = index.sentences[id]!.stems;
      if (!on.stems.every((d) => stems.includes(d)) && !on.isOnDay(id)) continue;
      reach(id, dayWeight / total);
    }
  }
  const focusShare = (stems: readonly string[]) => words.reduce((a, w, i) => a + (stems.includes(w) ? weights[i]! : 0), 0) / total;
  return { ids, score, count, lent, formed, formedCount, byForms: forms.some((f) => f.length > 0), focusShare };
}

/**
 * For each word `standsInFor` names (those a document may lend), adds its lent weight to each reached sentence that holds
 * neither the word nor a word standing in for it, when its document's opening sentence (its headline or lead) holds the word.
 */
function lendFromDocuments(
  index: TermIndex,
  words: readonly string[],
  held: readonly (readonly number[])[],
  lentWeight: readonly number[],
  ids: readonly number[],
  lent: Float64Array,
  standsInFor: ReadonlyMap<string, ReadonlyMap<number, number>>,
): void {
  words.forEach((s, i) => {
    const standIns = standsInFor.get(s);
    const holders = held[i]!;
    if (!standIns || !holders.length) return;
    // A story names its subject in its opening sentence and refers back to it after; a word further down is a detail.
    const documents = new Set<string>();
    for (const id of holders) {
      const docId = index.sentences[id]!.docId;
      if (index.firstSentence.get(docId) === id) documents.add(docId);
    }
    for (const id of ids) if (!standIns.has(id) && documents.has(index.sentences[id]!.docId) && !holdsId(holders, id)) lent[id] = lent[id]! + lentWeight[i]!;
  });
}

/** The ids of one posting list (rising) that another does not hold: the sentences a name holds only in its other forms. */
function without(all: readonly number[], written: readonly number[]): number[] {
  const out: number[] = [];
  let w = 0;
  for (const id of all) {
    while (w < written.length && written[w]! < id) w++;
    if (written[w] !== id) out.push(id);
  }
  return out;
}

/** Two posting lists (rising ids) as one, each id once: a merge, not a sort, since a common name's list is long. */
function mergeSorted(a: readonly number[], b: readonly number[]): readonly number[] {
  if (!a.length) return b;
  if (!b.length) return a;
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!;
    if (out[out.length - 1] !== next) out.push(next);
  }
  return out;
}

/** The sentences that hold a word, in rising order: its own posting list, or with its other forms' merged in (each sentence once). */
function heldBy(index: TermIndex, s: string, forms: readonly string[]): readonly number[] {
  const own = index.stemSentences.get(s) ?? [];
  return forms.reduce<readonly number[]>((all, f) => mergeSorted(all, index.stemSentences.get(f) ?? []), own);
}

/** How strongly one sentence speaks to the topic, as `topicRelevance` scores it; 0 when it does not. For sentences just added. */
export function sentenceRelevance(index: TermIndex, topic: Topic, id: number): number {
  const sentence = index.sentences[id];
  if (!sentence || (topic.docIds && !topic.docIds.has(sentence.docId))) return 0;
  if (topic.angle) return angleScore(index, topic.angle, sentence);
  if (!topic.variants.length) return 1;
  const stems = new Set(sentence.stems);
  let best = 0;
  for (const variant of topic.variants) {
    if (topic.ref.kind === 'curated' && !statesTerm(sentence, variant)) continue;
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
