import type { Sentence } from '../ingest/document.js';
import { isVerb, type TaggedWord, taggedWords, writtenStem } from '../nlp.js';

/**
 * Rule L (docs/quality.md, "Twenty-seventh round (issue 16lean2)"): how a sentence leans on what came before it in its
 * document from inside, where rule O (briefing-opener.ts) reads only its head. Read for a briefing's first item only: at
 * the head of a briefing the reader has met nothing, and there a leaning item costs most.
 * - `adverb`: a conjunct or sequence adverb in the verb group ("The ministry also said", "have also touched");
 * - `description`: a definite description whose head one of the three sentences before writes and nothing in the sentence identifies;
 * - `pronoun`: a third-person pronoun before any name (or, plural, any plural noun) it could take up in the sentence;
 * - `demonstrative`: "this", "these", "those", "that" before a noun that is not a unit of time;
 * - `shell`: a shell noun in the anaphoric pattern "the move", "Hariri's decision" whose content its sentence does not give
 *   (rule S, docs/quality.md "Twenty-eighth round (issue 16lean3)").
 */
export type InsideLeaning = 'adverb' | 'description' | 'pronoun' | 'demonstrative' | 'shell';

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
/** Nouns a demonstrative points at the calendar with ("this week"), not at an earlier sentence. */
const TIME_UNITS = new Set('second seconds minute minutes hour hours day days week weeks weekend month months year years morning afternoon evening night time season century decade spring summer autumn fall winter quarter'.split(' '));

/**
 * Shell nouns: abstract nouns that take their content from elsewhere (Schmid 2000, English Abstract Nouns as Conceptual
 * Shells: the frequent members of his factual, linguistic, mental, modal, eventive and circumstantial classes), taken as
 * written there, not from the briefings.
 */
const SHELL_NOUNS = new Set(
  [
    'fact problem reason point result thing truth difference',
    'news message report statement claim announcement proposal suggestion request demand order offer promise warning threat argument question answer',
    'idea decision plan aim goal belief view hope fear thought notion',
    'possibility chance need ability',
    'move step attempt effort action measure job task event incident development change process',
    'situation case issue position way',
  ]
    .join(' ')
    .split(' '),
);
/** Words that open a shell noun's anaphoric pattern, th-N (Schmid): the definite article, a demonstrative, "such", a possessive. */
const SHELL_DETERMINERS = new Set(['the', 'this', 'that', 'these', 'those', 'such', 'his', 'her', 'its', 'their']);
/** Words after a shell noun that give its content in the sentence itself (Schmid's N-cl, N-of, N-prep patterns). */
const SHELL_CONTENT = new Set(['that', 'to', 'of', 'whether', 'which', 'who', 'on', 'about', 'over', 'against', 'for', 'by']);
/** Forms of "be": Schmid's N-be-cl ("The problem is that …", "The aim was to …") gives the content after the verb. */
const BE_FORMS = new Set(['is', 'was', 'are', 'were', 'be', 'been', "'s"]);
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
  if (shellNounLeans(tokens)) return 'shell';
  const before = ofDocument(sentence.docId).slice(Math.max(0, sentence.position - DESCRIPTION_REACH), sentence.position);
  const written = new Set(before.flatMap((s) => s.stems));
  if (descriptionHeads(tokens).some((head) => written.has(writtenStem(head)))) return 'description';
  if (pronounUnanchored(tokens, () => ofDocument(sentence.docId).map((s) => s.text))) return 'pronoun';
  if (tokens.some((t, i) => DEMONSTRATIVES.has(t.lower) && t.pos === 'DET' && tokens[i + 1]?.pos === 'NOUN' && !TIME_UNITS.has(tokens[i + 1]!.lower))) return 'demonstrative';
  return undefined;
}

/**
 * Rule K (docs/quality.md, "Twenty-eighth round (issue 16lean3)"): whether a key point's first sentence, not its document's
 * lead, leans on the sentence before it by an adverb in the verb group or a pronoun: the readings a reader trips on
 * wherever the point stands. Not the description and demonstrative readings, looser than a reader (16lean2), nor the shell
 * nouns (amendment C).
 */
export function leansAsKeyPoint(sentence: Sentence, ofDocument: (docId: string) => readonly Sentence[]): boolean {
  if (sentence.position === 0) return false;
  const tokens = taggedWords(sentence.text);
  // Not the shell-noun reading (amendment C): in a key point the topic, or the summary above it, mostly gives a shell its content ("his case", "the situation").
  return tokens.some((_, i) => adverbInVerbGroup(tokens, i)) || pronounUnanchored(tokens, () => ofDocument(sentence.docId).map((s) => s.text));
}

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
 * "In his will, Nobel…": backward pronominalisation).
 */
function pronounUnanchored(tokens: readonly Token[], written: () => readonly string[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const lower = tokens[i]!.lower;
    const singular = SINGULAR_PRONOUNS.has(lower);
    if (!singular && !PLURAL_PRONOUNS.has(lower)) continue;
    const firstIsName = () => writtenAsName(tokens[0]!.word, written());
    const anchoredBefore = singular
      ? tokens.slice(0, i).some((t, k) => isName(t) && (k > 0 || firstIsName()))
      : tokens.slice(0, i).some((t, k) => isPlural(t) || IRREGULAR_PLURALS.has(t.lower) || (t.lower === 'and' && isNominal(tokens[k - 1]) && isNominal(tokens[k + 1])));
    return !anchoredBefore && !takenUpByMainSubject(tokens, i);
  }
  return false;
}

/** Plurals not in -s that a "they" takes up ("people … their grief"): the irregular plurals of persons, and "police". */
const IRREGULAR_PLURALS = new Set(['people', 'men', 'women', 'children', 'police']);

/** Whether a capitalised word is written so inside a sentence of its document (not after a sentence's or a quotation's opening). */
function writtenAsName(word: string, written: readonly string[]): boolean {
  const inside = new RegExp(`[^\\s"“‘(]\\s+${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'u');
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

/** A shell noun in Schmid's anaphoric pattern (th-N: "the move", "Hariri's decision") whose content its sentence does not give. */
function shellNounLeans(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!SHELL_NOUNS.has(t.lower) || t.pos !== 'NOUN') continue;
    let d = i - 1;
    let adjectives = 0;
    while (d >= 0 && tokens[d]!.pos === 'ADJ' && adjectives < 2) {
      d--;
      adjectives++;
    }
    const determiner = tokens[d];
    if (!determiner) continue;
    const possessive = determiner.pos === 'PART' && /^['’]s?$/.test(determiner.word);
    if (!possessive && !SHELL_DETERMINERS.has(determiner.lower)) continue;
    // "that" as a determiner only, not the conjunction ("said that decision" is rare, "said that the plan" the article's).
    if (determiner.lower === 'that' && determiner.pos === 'SCONJ') continue;
    // A shell noun complement of "be" takes its content from the subject ("Latin America is chiefly Washington's problem", amendment A4).
    let phrase = d;
    while (possessive && phrase > 0 && ['NOUN', 'PROPN', 'ADJ', 'DET'].includes(tokens[phrase - 1]!.pos)) phrase--;
    if (tokens.slice(Math.max(0, phrase - 2), phrase).some((w) => BE_FORMS.has(w.lower))) continue;
    const next = tokens[i + 1];
    if (next && SHELL_CONTENT.has(next.lower)) continue;
    // A participle after it identifies it, as it does a description (L2; amendment A5: "the plan drafted by …", "the talks ending …").
    // A form in -ed is read as one only before "by" (a finite verb looks the same: "The move angered …").
    if (next?.pos === 'VERB' && (/ing$/.test(next.lower) || (/ed$/.test(next.lower) && tokens[i + 2]?.lower === 'by'))) continue;
    if (next && BE_FORMS.has(next.lower) && SHELL_CONTENT.has(tokens[i + 2]?.lower ?? '')) continue;
    if (isComma(next) && /^\p{Lu}/u.test(tokens[i + 2]?.word ?? '')) continue;
    return true;
  }
  return false;
}
