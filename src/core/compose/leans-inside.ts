import { cappedMemo } from '../capped-memo.js';
import { isReportingStem } from '../facts/quotes.js';
import type { Sentence } from '../ingest/document.js';
import { isVerb, stem, type TaggedWord, taggedWords, writtenStem } from '../nlp.js';
import { regExpLiteral } from '../regexp-literal.js';

/**
 * Rule L (docs/quality.md, "Twenty-seventh round (issue 16lean2)"): how a sentence leans on what came before it in its
 * document from inside, where rule O (briefing-opener.ts) reads only its head. Read for a briefing's first item only: at
 * the head of a briefing the reader has met nothing, and there a leaning item costs most.
 * - `adverb`: a conjunct or sequence adverb in the verb group ("The ministry also said", "have also touched");
 * - `description`: a definite description whose head one of the three sentences before writes and nothing in the sentence identifies;
 * - `pronoun`: a third-person pronoun before any name (or, plural, any plural noun) it could take up in the sentence;
 * - `demonstrative`: "this", "these", "those", "that" before a noun that is not a unit of time.
 * The pronoun reading is rule P's as amended (docs/quality.md "Twenty-eighth round (issue 16lean3)"); that round's shell
 * nouns (rule S) were reverted with its opener remedies (at commit 04ce692).
 */
export type InsideLeaning = 'adverb' | 'description' | 'pronoun' | 'demonstrative';

type Token = TaggedWord;

/** How far back a description's head may be written and still be what it takes up: a unit spans at most three sentences (passages.ts). */
const DESCRIPTION_REACH = 3;

/** Conjunct and sequence adverbs that can stand inside a clause (Quirk et al. 1985, §8.137–8.144, medial position). */
const INSIDE_ADVERBS = new Set('also further furthermore moreover then later therefore thus hence consequently meanwhile likewise similarly however nevertheless nonetheless instead'.split(' '));
/** The same class's two-word members, read as one adverb. */
const INSIDE_ADVERB_PAIRS = new Set(['in turn', 'in addition']);
/** Words after a description that identify it in the sentence itself: a complement, a relative clause. */
const IDENTIFIES = new Set(['of', 'that', 'which', 'who', 'whom', 'whose', 'where', 'when']);
const SINGULAR_PRONOUNS = new Set(['he', 'him', 'his', 'she', 'her']);
const PLURAL_PRONOUNS = new Set(['they', 'them', 'their']);
const DEMONSTRATIVES = new Set(['this', 'these', 'those', 'that']);
const POINTS_AT_CALENDAR = new Set(['this', 'these']);
/**
 * Nouns a near demonstrative points at the calendar with ("this week"), not at an earlier sentence; a far one takes up a time
 * told before ("that year", "those days": rule TY, docs/quality.md "Session 71").
 */
const TIME_UNITS = new Set('second seconds minute minutes hour hours day days week weeks weekend month months year years morning afternoon evening night time season century decade spring summer autumn fall winter quarter'.split(' '));

/** Subordinators that open a fronted adverbial clause ("After he landed, …"). */
const SUBORDINATORS = new Set('after before when while as since because although though if once until unless'.split(' '));

const isNominal = (t: Token | undefined) => t?.pos === 'NOUN' || t?.pos === 'PROPN' || t?.pos === 'PRON';
const isComma = (t: Token | undefined) => t?.word === ',';
const isName = (t: Token) => t.pos === 'PROPN' || (/^\p{Lu}/u.test(t.word) && t.pos === 'NOUN');
const isPlural = (t: Token) => (t.pos === 'NOUN' || t.pos === 'PROPN') && /[^'’s]s$/i.test(t.word);

/** How the sentence leans on the sentences before it from inside, or undefined when it does not (by these readings). */
export function leansInside(sentence: Sentence, ofDocument: (docId: string) => readonly Sentence[]): InsideLeaning | undefined {
  if (sentence.position === 0) return undefined;
  const tokens = taggedWords(sentence.text);
  if (tokens.some((_, i) => adverbInVerbGroup(tokens, i))) return 'adverb';
  const before = ofDocument(sentence.docId).slice(Math.max(0, sentence.position - DESCRIPTION_REACH), sentence.position);
  const written = new Set(before.flatMap((s) => s.stems));
  if (descriptionHeads(tokens).some((head) => written.has(writtenStem(head)))) return 'description';
  if (pronounUnanchored(tokens, () => ofDocument(sentence.docId).map((s) => s.text))) return 'pronoun';
  if (tokens.some((t, i) => DEMONSTRATIVES.has(t.lower) && t.pos === 'DET' && tokens[i + 1]?.pos === 'NOUN' && !(TIME_UNITS.has(tokens[i + 1]!.lower) && POINTS_AT_CALENDAR.has(t.lower)))) return 'demonstrative';
  return undefined;
}

/** Whether the description heads of `leansInside`'s L2 include one the sentence just before writes: the antecedent is there. */
export function headWrittenJustBefore(sentence: Sentence, ofDocument: (docId: string) => readonly Sentence[]): boolean {
  const previous = ofDocument(sentence.docId)[sentence.position - 1];
  if (!previous) return false;
  const written = new Set(previous.stems);
  return descriptionHeads(taggedWords(sentence.text)).some((head) => written.has(writtenStem(head)));
}

/**
 * Rule K (docs/quality.md, "Twenty-eighth round (issue 16lean3)"): whether a key point's first sentence, not its document's
 * lead, leans on the sentence before it by an adverb in the verb group or a pronoun: the readings a reader trips on
 * wherever the point stands. Not the description and demonstrative readings, looser than a reader (16lean2), nor shell
 * nouns (amendment C: in a key point the topic, or the summary above it, mostly gives a shell its content).
 */
export function leansAsKeyPoint(sentence: Sentence, ofDocument: (docId: string) => readonly Sentence[]): boolean {
  if (sentence.position === 0) return false;
  const tokens = keptTags(sentence.text);
  return tokens.some((_, i) => adverbInVerbGroup(tokens, i)) || pronounUnanchored(tokens, () => ofDocument(sentence.docId).map((s) => s.text));
}

/**
 * wink's tags of a text, kept by the text: a key point's candidates at 10,000 articles are mostly copies of a few wire
 * sentences (22,782 tests of 2,762 texts over the bench's answers), and the tags are the same whatever was read before
 * (`readDoc`). Only the tags are kept; the pronoun reading still reads the sentence's own document (docs/quality.md, "Issue
 * 17, thirty-second round (17adhoc10)", rule L). 4,000 texts: twice the most one answer asked there.
 */
const keptTags = cappedMemo((text: string): readonly Token[] => taggedWords(text), 4000);

/** An adverb of the class at `i` standing between the subject or an auxiliary and the verb ("officials later said", "is also"). */
function adverbInVerbGroup(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  let end = i;
  if (INSIDE_ADVERB_PAIRS.has(`${t.lower} ${tokens[i + 1]?.lower}`)) end = i + 1;
  else if (!(INSIDE_ADVERBS.has(t.lower) && t.pos === 'ADV')) return false;
  let p = i - 1;
  while (isComma(tokens[p])) p--;
  // A sentence's opening adverb is 16conj's and rule O's to read, not this one's.
  if (p < 0) return false;
  const previous = tokens[p];
  if (previous?.pos === 'AUX') return true;
  if (!isNominal(previous)) return false;
  let n = end + 1;
  while (isComma(tokens[n]) || tokens[n]?.pos === 'ADV') n++;
  return isVerb(tokens[n]);
}

/** The heads of the definite descriptions inside the sentence that nothing in it identifies. */
function descriptionHeads(tokens: readonly Token[]): string[] {
  const heads: string[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i]!.word !== 'the') continue;
    let j = i + 1;
    let head: Token | undefined;
    let named = false;
    while (j < tokens.length && (tokens[j]!.pos === 'ADJ' || tokens[j]!.pos === 'NOUN' || tokens[j]!.pos === 'PROPN')) {
      if (/^\p{Lu}/u.test(tokens[j]!.word)) named = true;
      if (tokens[j]!.pos !== 'ADJ') head = tokens[j];
      j++;
    }
    const next = tokens[j];
    const identified = !!next && (IDENTIFIES.has(next.lower) || (next.pos === 'VERB' && /(?:ed|ing)$/.test(next.lower)) || (isComma(next) && /^\p{Lu}/u.test(tokens[j + 1]?.word ?? '')));
    if (head && !named && !identified) heads.push(head.lower);
  }
  return heads;
}

/**
 * A third-person pronoun no name (or, plural, no plural noun, names joined by "and" or name) before it in the sentence can
 * take up ("Hours after he returned…"). The sentence's capitalised first word is a name only when its document writes it
 * capitalised inside a sentence too (rule P(i), amendment A1: its capital may be the sentence's); a pronoun in a fronted
 * adverbial is taken up by a name opening the main clause after it (P(ii), amendment A2: "After he landed, Smith said…",
 * "In his will, Nobel…": backward pronominalisation). A unit of time is no one a "they" takes up ("In the last six months
 * they have …": the lead's amendment T, twenty-eighth round).
 */
function pronounUnanchored(tokens: readonly Token[], written: () => readonly string[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const lower = tokens[i]!.lower;
    const singular = SINGULAR_PRONOUNS.has(lower) || reportingIt(tokens, i);
    if (!singular && !PLURAL_PRONOUNS.has(lower)) continue;
    const firstIsName = () => writtenAsName(tokens[0]!.word, written());
    const anchoredBefore = singular
      ? tokens.slice(0, i).some((t, k) => isName(t) && (k > 0 || firstIsName()))
      : tokens.slice(0, i).some((t, k) => (isPlural(t) && !TIME_UNITS.has(t.lower)) || IRREGULAR_PLURALS.has(t.lower) || (t.lower === 'and' && isNominal(tokens[k - 1]) && isNominal(tokens[k + 1])));
    return !anchoredBefore && !takenUpByMainSubject(tokens, i);
  }
  return false;
}

/**
 * Rule IS (docs/quality.md, "Session 60"): "…, it said, …", "Meanwhile, it says,", "…," it said in a statement": "it" after a
 * comma and before a reporting verb is a speaker someone must have named. Any other "it" is as often no one's ("it is likely").
 */
function reportingIt(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]!.lower !== 'it') return false;
  let p = i - 1;
  while (p >= 0 && /^["”’']$/.test(tokens[p]!.word)) p--;
  const verb = tokens[i + 1];
  return isComma(tokens[p]) && !!verb && isReportingStem(stem(verb.lower));
}

/** Plurals not in -s that a "they" takes up ("people … their grief"): the irregular plurals of persons, and "police". */
const IRREGULAR_PLURALS = new Set(['people', 'men', 'women', 'children', 'police']);

/** Whether a capitalised word is written so inside a sentence of its document (not after a sentence's or a quotation's opening). */
function writtenAsName(word: string, written: readonly string[]): boolean {
  const inside = new RegExp(`[^\\s"“‘(]\\s+${regExpLiteral(word)}\\b`, 'u');
  return written.some((text) => inside.test(text));
}

/** Whether the pronoun at `i` stands in a fronted adverbial (a subordinator or preposition among the first three words) and a name opens the main clause after its comma. */
function takenUpByMainSubject(tokens: readonly Token[], i: number): boolean {
  if (!tokens.slice(0, 3).some((t) => SUBORDINATORS.has(t.lower) || t.pos === 'ADP' || t.pos === 'SCONJ')) return false;
  const comma = tokens.findIndex((t) => isComma(t));
  if (comma < 0 || comma < i) return false;
  const after = tokens[comma + 1];
  return !!after && isName(after);
}
