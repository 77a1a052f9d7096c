import { speechAt } from '../index/deferred-readings.js';
import { INITIAL } from '../index/introduced.js';
import { HONORIFICS, TITLE_MODIFIERS, TITLES } from '../index/person-titles.js';
import { type SameText, standInFor } from '../index/same-text.js';
import { MONTHS, WEEKDAYS } from '../ingest/calendar-words.js';
import type { Sentence, Speech } from '../ingest/document.js';
import { hasQuotationMark, type Marks, quotationSpans, type Span } from '../ingest/quotation.js';
import { transcriptTurns } from '../ingest/transcript-turns.js';
import { its, readDoc, stem, WRITTEN_WORD } from '../nlp.js';
import { regExpLiteral } from '../regexp-literal.js';
import { introducedAs } from './introduced-as.js';
import { isNumberWord } from './number-words.js';
import { descriptionHeadOf, tiedName, tiesOf } from './tied-descriptions.js';

export interface FoundQuote {
  /** Who said the quoted words: a name without its title, or a description ("senior IMF official"); '' when the text does not say. */
  speaker: string;
  /** Whether the speaker is named (isNamedSpeaker): who said what shows only those. */
  named: boolean;
  sentence: Sentence;
}

/**
 * Sentences that carry direct speech, with who said it. Attribution follows the text: the speaker
 * named before or after the quotation ("…," Olin said; said the chief, Lars-Erik Olin), a pronoun
 * ("…," he said) takes the person the document named last as a speaker, a sentence inside a
 * multi-sentence quotation takes the quotation's speaker, and words a spokesman relays are
 * credited to their author. A term of one to three words in quotation marks ("land swaps") is a
 * scare quote, not speech, unless it is a three-word predicate ("pretty much enacted").
 * Every step is a single pass over a sentence's tokens: the time is linear in the text.
 */
/**
 * `sameText` lets wire copies share what their text alone says (quotation marks, a reported voice). A sentence that carries
 * its `speech` (its document's analysis attributed it: speechOf) is read from it, with no stretch read again.
 */
export function findQuotes(sentences: readonly Sentence[], allOfDocument: (docId: string) => readonly Sentence[], sameText?: SameText): FoundQuote[] {
  const byDoc = new Map<string, Sentence[]>();
  for (const sentence of sentences) {
    // speechAt: a sentence of a document whose readings were deferred is attributed with its document first.
    if (speechAt(sentence) !== undefined || known.has(sentence)) continue;
    const wanted = byDoc.get(sentence.docId);
    if (wanted) wanted.push(sentence);
    else byDoc.set(sentence.docId, [sentence]);
  }
  for (const [docId, wanted] of byDoc) attributeAround(allOfDocument(docId), wanted, sameText);
  return sentences.flatMap((sentence) => {
    const { speech } = sentence;
    if (speech === undefined) return known.get(sentence) ?? [];
    return speech ? [{ speaker: speech.speaker, named: speech.named, sentence }] : [];
  });
}

/**
 * Who each sentence of a document quotes, read the way findQuotes reads it (every stretch of the document, each with its
 * own context), so it can be kept with the document's analysis: the reading depends on the document alone. A change to
 * attribution therefore bumps ANALYSIS_VERSION (index/analysis.ts), or stored analyses keep the older speakers.
 */
export function speechOf(document: readonly Sentence[], listed: readonly string[] = []): (Speech | null)[] {
  documentTokens = new Map();
  if (listed.length) listedOf.set(document, listed);
  try {
    attributeAround(document, document, undefined);
  } finally {
    documentTokens = undefined;
  }
  const out = document.map((s) => {
    const quote = known.get(s);
    return quote ? { speaker: quote.speaker, named: quote.named } : null;
  });
  // What the reading kept for the document's later answers is not needed once its sentences carry their speech.
  for (const s of document) {
    known.delete(s);
    voices.delete(s);
    readings.delete(s);
    subjects.delete(s);
  }
  insideNames.delete(document);
  fullNames.delete(document);
  descriptions.delete(document);
  listedOf.delete(document);
  speakers.delete(document);
  people.delete(document);
  ties.delete(document);
  return out;
}

/**
 * Whether a speaker is named (a person or a body: "Olin", "Exxon", "Yugoslav government") rather than only
 * described ("banker", "senior official"). Who said what shows named speakers: readers cannot weigh words
 * from a description, and annotators disagree on whether an anonymous source is a speaker at all.
 */
export const isNamedSpeaker = (speaker: string): boolean => opensUpper(speaker) && !barePlural(speaker) && !described(speaker);

/**
 * "New York-based human rights organization": a name carries at most one common noun, its head ("Yugoslav government",
 * "Bank of England"); two or more words in lower case besides joining words describe a speaker without naming it.
 */
const described = (speaker: string) => speaker.split(' ').filter((w) => opensLower(w) && !PARTICLES.has(w) && !JOINING.has(w)).length >= 2;
const JOINING = new Set(['of', 'and', 'for', 'the', 'on', 'in']);

/**
 * "Iranian officials", "Western diplomats": a subject whose head is a plural common noun, with no article and no name after
 * it, is several unnamed people, however its modifier is capitalised. The tagger's lemma tells a plural from a singular.
 */
function barePlural(speaker: string): boolean {
  const last = speaker.slice(speaker.lastIndexOf(' ') + 1);
  if (!/^\p{Ll}+s$/u.test(last) || !speaker.includes(' ')) return false;
  const tokens = readDoc(speaker).tokens();
  const lemma = (tokens.out(its.lemma as never) as string[]).at(-1);
  return (tokens.out(its.pos) as string[]).at(-1) === 'NOUN' && lemma !== undefined && lemma !== last.toLowerCase();
}

/** What each sentence was found to carry; null when no speech. */
const known = new WeakMap<Sentence, FoundQuote | null>();
/** Sentences of context read before and after a wanted one: enough for a quotation's speaker and "he said". */
const BEFORE = 8;
const AFTER = 7;
/** Sentences before a role ("the Cuban leader said") read for the person it refers to. */
const ROLE_REACH = 2;
/** How many sentences a quotation may run on without its closing mark. */
const MAX_OPEN_SENTENCES = 6;

/** Sentences of a document read as one stretch, each stretch with its own context: a window's length short of its context. */
const STRETCH = BEFORE;

/**
 * Reads only the stretches of a document that hold wanted sentences, so a briefing on a few sentences of a long document
 * does not read all of it. The stretches lie at fixed places (positions 0–7, 8–15, …) and each is read with its own
 * BEFORE sentences before it and AFTER after, never merged with a neighbour: the voice carried into a sentence then
 * depends on its document alone, not on which other sentences were wanted with it, and the speaker kept for it is the
 * same whatever was asked before (a window merged with an earlier sentence's once reached a speaker nine sentences back).
 */
function attributeAround(document: readonly Sentence[], wanted: readonly Sentence[], sameText: SameText | undefined): void {
  const stretches = new Set<number>();
  for (const s of wanted) {
    const at = document[s.position] === s ? s.position : document.indexOf(s);
    if (at >= 0) stretches.add(Math.floor(at / STRETCH));
  }
  const reading: DocumentReading = {
    names: () => namesInside(document),
    people: () => peopleOf(document),
    fullName: (name) => fullNameOf(name, document),
    tied: (speaker, text) => tiedPerson(speaker, text, document),
    speaks: (name) => speaksIn(name, document),
    own: new Map(),
    frameSpeakers: new Map(),
  };
  for (const stretch of stretches) {
    const start = stretch * STRETCH;
    const end = Math.min(document.length, start + STRETCH);
    const from = Math.max(0, start - BEFORE);
    const found = attribute(document.slice(from, Math.min(document.length, end + AFTER)), end - from, reading, sameText);
    // Every sentence of the stretch was read with its whole context: kept, wanted or not.
    for (const s of document.slice(start, end)) {
      if (known.has(s)) continue;
      const quote = found.get(s);
      // Rule TT: a transcript's turn is its labelled speaker's words, where no quotation in it names another.
      const turn = quote?.speaker ? undefined : transcriptTurns(document).get(s);
      if (turn) {
        known.set(s, { speaker: turn, named: true, sentence: s });
        continue;
      }
      const speaker = quote && fullNameOf(quote.speaker, document);
      // Whether it is named, and who it is (speakerKey), are the name's own; the description only labels it (rule S2).
      known.set(s, quote ? { speaker: describedName(speaker!, document), named: isNamedSpeaker(speaker!), sentence: s } : null);
    }
  }
  for (const s of wanted) if (!known.has(s)) known.set(s, null);
}

/**
 * "Deborah (Hickey's sister)": a one-word name the document gives no full name (after fullNameOf) is labelled with the
 * description the document introduces it with, when it writes one (introducedAs; rule S2, issue 16speaker).
 */
function describedName(speaker: string, document: readonly Sentence[]): string {
  if (!/^\p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(speaker)) return speaker;
  let byName = descriptions.get(document);
  if (!byName) descriptions.set(document, (byName = new Map()));
  let description = byName.get(speaker);
  if (description === undefined) byName.set(speaker, (description = introducedAs(speaker, nameTexts(document)) ?? null));
  return description ? `${speaker} (${description})` : speaker;
}
const descriptions = new WeakMap<readonly Sentence[], Map<string, string | null>>();

/** Rule HV: whether a sentence of the document writes the name right before or after a reporting verb ("Oyelaran said", "said Oyelaran"). */
function speaksIn(name: string, document: readonly Sentence[]): boolean {
  let byName = speakers.get(document);
  if (!byName) speakers.set(document, (byName = new Map()));
  let found = byName.get(name);
  if (found === undefined) {
    found = document.some((s) => {
      const written = s.text.split(/\s+/);
      const words = written.map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''));
      // "said Oyelaran," closes its clause on the name; "said Washington was concerned" opens what was said on it.
      return words.some((w, i) => w === name && (REPORTING.has(words[i + 1] ?? '') || (REPORTING.has(words[i - 1] ?? '') && (i === words.length - 1 || /[,.;]$/.test(written[i]!)))));
    });
    byName.set(name, found);
  }
  return found;
}
const speakers = new WeakMap<readonly Sentence[], Map<string, boolean>>();

const insideNames = new WeakMap<readonly Sentence[], Set<string>>();
const fullNames = new WeakMap<readonly Sentence[], Map<string, Set<string>>>();
/**
 * The list items cleaning dropped from a document (Rule P3, docs/quality.md "Twenty-first round (issue 16tidy2)"): a name
 * an article writes in full only in a list ("The meeting included: • … Ursula von der Leyen") is its full name too.
 */
const listedOf = new WeakMap<readonly Sentence[], readonly string[]>();
/** The texts a document's full names are read from: its sentences and the list items cleaning dropped. */
const nameTexts = (document: readonly Sentence[]) => [...document.map((sentence) => sentence.text), ...(listedOf.get(document) ?? [])];
const people = new WeakMap<readonly Sentence[], Map<string, string>>();

/** The last word of a name, without a possessive: what "Holt" and "Lena Holt's" share. */
const surnameOf = (name: string) => name.slice(name.lastIndexOf(' ') + 1).replace(/['’]s$/, '');
/**
 * One voice however an article names it: "Zelensky" in one, "Volodymyr Zelensky" in another. "Mrs. Holt" stays apart from
 * the "Holt" of the article's other full name: the honorific says she is not necessarily that person.
 */
export const speakerKey = (speaker: string): string => shortNameOf(speaker.replace(DESCRIPTION_LABEL, '')).toLowerCase();
/** The description a label gives in brackets after a one-word name ("Deborah (Hickey's sister)"): no part of who it is. */
export const DESCRIPTION_LABEL = / \([^()]*\)$/;

/** "B.J.", "K.S.": two or three capital initials written as one word (rule S3, issue 16speaker). */
const GIVEN_INITIALS = /^(?:\p{Lu}\.){2,3}$/u;
/** "Mrs.", "Ms.", "Miss", "Mme.": an honorific that says its bearer is a woman, as the bare word reads it. */
const FEMININE_HONORIFIC = /^(?:Mrs|Ms|Miss|Mme)\.?$/i;
/** "Mrs. Holt": a feminine honorific and a surname, as a speaker keeps them when the article ties no full name to them. */
const HONORIFIC_AND_SURNAME = /^(Mrs|Ms|Miss|Mme)(\.?) (\p{Lu}[\p{L}'’-]*)$/u;
/** What a name is looked up by: its surname, or its feminine honorific with its surname ("Mrs. Holt"). */
const shortNameOf = (name: string) => (HONORIFIC_AND_SURNAME.test(name) ? name : surnameOf(name));

/**
 * "Mayor Holt said" after "Lena Holt": a one-word speaker is the person of the one full name the document gives that ends on
 * it; with two ("Dennis Shepard", "Judy Shepard") it stays as written. Full names are the capitalised runs of the document,
 * without their titles (`fullNamesOf`).
 */
function fullNameOf(speaker: string, document: readonly Sentence[]): string {
  const honorific = HONORIFIC_AND_SURNAME.exec(speaker);
  if (honorific) {
    const [, title, , surname] = honorific;
    const tied = tiedFullName(title!, surname!, document);
    if (tied) return tied;
    const full = fullNameOf(surname!, document);
    // "Ms. He" beside "his wife, He Xintong": a surname-first name ends on its given name; no English copy writes a feminine
    // honorific before a given name, so the one two-word full name opening on the word is hers (and "He Xintong" is no
    // second person bearing the surname bare).
    const byLast = fullNames.get(document)!;
    const opening = full.includes(' ') && byLast.has(surname!) ? undefined : openingFullName(surname!, byLast, document);
    if (opening) return opening;
    if (namesAnother(title!, surname!, document)) return speaker;
    return full.includes(' ') ? full : speaker;
  }
  if (particleSurname(speaker)) return particleFullName(speaker, document) ?? speaker;
  if (!/^\p{Lu}[\p{L}'’-]*$/u.test(speaker)) return speaker;
  const byLast = fullNamesOf(document);
  const found = byLast.get(speaker);
  if (found) return found.size === 1 ? [...found][0]! : speaker;
  return openingFullName(speaker, byLast, document) ?? speaker;
}

/**
 * A document's full names by their last word: the capitalised runs of its texts, without their titles. Read once per
 * document, on the first one-word speaker or surname gloss that asks, or in the set's preparation (`prepareFullNames`).
 */
function fullNamesOf(document: readonly Sentence[]): Map<string, Set<string>> {
  let byLast = fullNames.get(document);
  if (!byLast) {
    byLast = new Map();
    const tokenised = nameTexts(document).map(tokensOf);
    // Each token's capital read once: a document's full names are read for its first one-word speaker, over every sentence.
    const upper = tokenised.map((tokens) => tokens.map((t) => opensUpper(t.bare)));
    // A sentence's first word is a common noun when the document writes it in lower case, or opens a run of three or more
    // words with it and never capitalises it inside a sentence ("Policeman José Arévalo"); a given name otherwise ("Ola Berg said").
    const common = new Set<string>();
    const inside = new Set<string>();
    tokenised.forEach((tokens, k) => {
      for (let i = 0; i < tokens.length; i++) {
        const bare = tokens[i]!.bare;
        if (upper[k]![i]) {
          if (!opensRun(tokens, i)) inside.add(bare);
        } else if (opensLower(bare)) common.add(bare);
      }
    });
    // "B.J.", "K.S.": initials the document writes before one surname only, never as a place or a body's ("U.S. officials", "the U.N.").
    const initialsBefore = new Map<string, string | null>();
    for (const tokens of tokenised) {
      tokens.forEach((t, i) => {
        if (!GIVEN_INITIALS.test(t.word)) return;
        const next = tokens[i + 1] && /^\p{Lu}\p{Ll}/u.test(tokens[i + 1]!.bare) ? tokens[i + 1]!.bare.replace(/['’]s$/, '') : null;
        const seen = initialsBefore.get(t.word);
        initialsBefore.set(t.word, seen === undefined || seen === next ? next : null);
      });
    }
    const add = (name: string) => {
      const key = surnameOf(name);
      byLast!.set(key, (byLast!.get(key) ?? new Set()).add(name));
    };
    tokenised.forEach((tokens, k) => {
      const capital = upper[k]!;
      // "McKinney's father, Bill,": a relative named by a given name after the surname's possessive is one more full name.
      tokens.forEach((t, i) => {
        const given = tokens[i + 2];
        if (capital[i] && endsPossessive(t.bare) && POSSESSIVE_NAME.test(t.bare) && RELATIVE_WORD.test(tokens[i + 1]?.word ?? '') && given && GIVEN_NAME.test(given.word)) add(`${given.bare} ${surnameOf(t.bare)}`);
      });
      for (let i = 0; i < tokens.length; ) {
        let end = i;
        while (end < tokens.length && capital[end] && (end === i || !opensRun(tokens, end))) {
          end++;
          if (closesRun(tokens[end - 1]!)) break;
        }
        // A run of fewer than two capitalised words holds no full name, whatever its first word is.
        if (end - i < 2) {
          i++;
          continue;
        }
        const first = tokens[i]!.bare;
        // "Whenever Yeltsin gets sick": a conjunction that opens the sentence is no given name.
        const from = opensRun(tokens, i) && (common.has(first.toLowerCase()) || functionWord(first) || (end - i >= 3 && !inside.has(first))) ? i + 1 : i;
        // "Secretary of Defense Donald Rumsfeld", "Prime Minister of the United Kingdom Tony Blair": a title with its office after
        // "of", "to" or "for" comes in with the run, so the office's place is not read as part of the name (rule Q1, issue 16quotes).
        const context = from - officeBefore(tokens, from);
        const name = end - from >= 2 ? trailingName(tokens.slice(context, end)) : undefined;
        // "Justice Noor Mohammed Saqib": a title word that only makes a title before another one still opens this full name.
        const words = name?.split(' ') ?? [];
        const person = words.length >= 3 && TITLES.has(words[0]!.toLowerCase()) ? words.slice(1) : words;
        // "David C. Leavy": a middle initial between the given name and the surname is part of the full name (nineteenth round, 16read).
        // "B.J. Habibie": a given name in initials, when the document writes them before this surname alone (rule S3, issue 16speaker).
        const nameWord = (w: string, k: number) => /^\p{Lu}\p{Ll}/u.test(w) || (k > 0 && k < person.length - 1 && INITIAL.test(w)) || (k === 0 && person.length === 2 && initialsBefore.get(w) === person[1]);
        if (person.length >= 2 && person.every(nameWord) && !HONORIFIC_AND_SURNAME.test(name!)) add(person.join(' '));
        i = end;
      }
    });
    fullNames.set(document, byLast);
  }
  return byLast;
}

/**
 * Reads a document's full names ahead of any answer (library/prepare-set.ts): the surname gloss of an ad-hoc answer reads
 * them for every cited document that writes the word, most of them new to the answer at 10,000 articles. The table is the
 * one the first answer would build (the document's sentence texts; list items are read only inside `speechOf`, which is
 * over before this is asked), so answers do not change.
 */
export function prepareFullNames(document: readonly Sentence[]): void {
  fullNamesOf(document);
}

/**
 * The one full name a document gives the person it also calls by one word ("Lahoud" → "Emile Lahoud"), read as a speaker's
 * is (`fullNameOf`, titles left out); undefined when it gives none, or several ending on the word ("Dennis Shepard", "Judy
 * Shepard"). A briefing glosses a surname with it (docs/quality.md, "Twenty-third round (issue 16names)").
 */
export function fullNameIn(word: string, document: readonly Sentence[]): string | undefined {
  const full = fullNameOf(word, document);
  return full !== word && full.includes(' ') && !HONORIFIC_AND_SURNAME.test(full) ? full : undefined;
}

/**
 * Whether a document writes two or more full names the word may stand for ("Wang Youcai" and "Dr. Wang Bingzhang"; "Aaron
 * McKinney" and "McKinney's father, Bill,"), read as a speaker's surname is: then the article names two people by it, and no
 * other article can say which one it means (docs/quality.md, "Twenty-sixth round (issue 16speaker2)", amendment S′).
 */
export function namesSeveral(word: string, document: readonly Sentence[]): boolean {
  fullNameOf(word, document);
  const byLast = fullNames.get(document);
  const ending = byLast?.get(word)?.size ?? 0;
  if (!byLast || ending === 1) return false;
  if (ending > 1) return true;
  let opening = 0;
  for (const names of byLast.values()) for (const name of names) if (name.startsWith(`${word} `) && name.split(' ').length === 2) opening++;
  return opening > 1;
}

/** A word of a title before a name, itself or as its modifier: "President", "envoy", "Foreign" of "Foreign Minister", "Gen.". */
export const titleWord = (word: string): boolean => {
  const lower = word.toLowerCase().replace(/[.]$/, '');
  return TITLES.has(lower) || TITLES.has(`${lower}.`) || TITLE_MODIFIERS.has(lower) || HONORIFICS.has(`${lower}.`);
};

/** "Von der Leyen", "de Boer": a surname that opens on name particles (the first capitalised only at a sentence's head). */
function particleSurname(speaker: string): boolean {
  const words = speaker.split(' ');
  return words.length >= 2 && words.slice(0, -1).every((w) => PARTICLES.has(w.toLowerCase())) && /^\p{Lu}[\p{L}'’-]*$/u.test(words.at(-1)!);
}

/**
 * "Von der Leyen said" after "President Ursula von der Leyen": the capitalised runs that hold a document's full names break
 * at a particle written in lower case, so a surname with particles is looked up as written inside a sentence: the one given
 * name the document writes before it ("Ursula", "Yvo"), not a title or a function word. Undefined with none or several.
 */
function particleFullName(speaker: string, document: readonly Sentence[]): string | undefined {
  const surname = speaker.charAt(0).toLowerCase() + speaker.slice(1);
  // The surname is letters, spaces, apostrophes and hyphens (particleSurname): nothing in it needs escaping.
  const written = new RegExp(`(?<![\\p{L}.])(\\p{Lu}[\\p{Ll}'’-]+) ${surname}(?![\\p{L}])`, 'gu');
  const given = new Set<string>();
  for (const text of nameTexts(document)) {
    for (const m of text.matchAll(written)) {
      const word = m[1]!;
      if (!TITLES.has(word.toLowerCase()) && !functionWord(word) && !NOT_NAME_WORDS.has(word)) given.add(word);
    }
  }
  return given.size === 1 ? `${[...given][0]} ${surname}` : undefined;
}

/**
 * "Ban" beside "UN General Secretary Ban Ki-moon": a name written family name first ends on its given name, so no full name
 * ends on the word the article calls him by; the one two-word full name that opens on it is his. Undefined when none or
 * several do.
 */
function openingFullName(word: string, byLast: ReadonlyMap<string, ReadonlySet<string>>, document: readonly Sentence[]): string | undefined {
  // One pass, no arrays made: a briefing's surname gloss asks this of every document it cites (docs/quality.md, 17gloss W3).
  const opening: string[] = [];
  const prefix = `${word} `;
  for (const names of byLast.values()) for (const name of names) if (name.startsWith(prefix) && name.split(' ').length === 2) opening.push(name);
  return opening.length === 1 && writtenAsPerson(opening[0]!, document) ? opening[0] : undefined;
}

/**
 * "McKinney's father, Bill,": a capitalised possessive, a lower-case word and its comma, a given name and its comma or stop
 * (the full-name table's relatives). Kept as constants: a literal in the loop is a new RegExp object for every token.
 */
const POSSESSIVE_NAME = /^\p{Lu}\p{L}+['’]s$/u;
const RELATIVE_WORD = /^\p{Ll}+,$/u;
const GIVEN_NAME = /^\p{Lu}\p{Ll}+[,.]$/u;

/** Whether a word ends on "'s" or "’s", as POSSESSIVE_NAME requires: tested by code first, since most capitalised words do not. */
function endsPossessive(word: string): boolean {
  const n = word.length;
  if (n < 3 || word.charCodeAt(n - 1) !== 115) return false;
  const mark = word.charCodeAt(n - 2);
  return mark === 39 || mark === 0x2019;
}

/**
 * Amendment, written after measuring: "West" the speaker is not "West Africa", nor "Chinese" "the Chinese Constitution". A
 * place or a body is written after a determiner or a preposition ("near West Africa", "the Chinese Constitution"); a person
 * is written at least once elsewhere ("Secretary Ban Ki-moon said", "telling Zha Jianguo", at a sentence's head).
 */
function writtenAsPerson(name: string, document: readonly Sentence[]): boolean {
  let written = false;
  for (const sentence of document) {
    for (let at = sentence.text.indexOf(name); at >= 0; at = sentence.text.indexOf(name, at + 1)) {
      written = true;
      const before = /([\p{L}]+)[^\p{L}]*$/u.exec(sentence.text.slice(0, at))?.[1]?.toLowerCase();
      if (!before || !(DETERMINERS.has(before) || PLACE_PREPOSITIONS.has(before))) return true;
    }
  }
  // A full name never written whole was put together from a person's given name ("Shepherd's father, Dennis,").
  return !written;
}
/** Prepositions before which a name is a place's or a body's more often than a person's. */
const PLACE_PREPOSITIONS = new Set('in on at near from to into across throughout by of for off over around through toward towards along beyond within outside inside via'.split(' '));

/**
 * "Mrs. Holt" is "Lena Holt" only where the article writes "Mrs. Lena Holt": the article's one full name on "Holt" may be
 * her husband's, and without a lexicon of given names nothing tells a man's from a woman's. The one full name the article
 * writes after this same honorific, or undefined when there is none or more than one.
 */
function tiedFullName(honorific: string, surname: string, document: readonly Sentence[]): string | undefined {
  const found = new Set<string>();
  for (const sentence of document) {
    const tokens = tokensOf(sentence.text);
    tokens.forEach((t, i) => {
      if (t.bare.replace(/\.$/, '') !== honorific) return;
      let end = i + 1;
      while (end < tokens.length && /^\p{Lu}\p{Ll}/u.test(tokens[end]!.bare) && tokens[end]!.bare.replace(/['’]s$/, '') !== surname && !closesRun(tokens[end]!)) end++;
      if (end > i + 1 && tokens[end]?.bare.replace(/['’]s$/, '') === surname) found.add([...tokens.slice(i + 1, end).map((g) => g.bare), surname].join(' '));
    });
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * "The 67-year-old Holt's health", "President Holt", "Mr. Holt": the article writes the surname inside a sentence without the
 * feminine honorific or a given name before it, so it names someone else by it too (the family's other member): then
 * "Mrs. Holt" is not the one full name on "Holt" unless the article ties it to her.
 */
function namesAnother(honorific: string, surname: string, document: readonly Sentence[]): boolean {
  return document.some((sentence) => {
    const tokens = tokensOf(sentence.text);
    return tokens.some((t, i) => {
      if (t.bare.replace(/['’]s$/, '') !== surname || opensRun(tokens, i)) return false;
      const before = tokens[i - 1]!;
      return before.bare.replace(/\.$/, '') !== honorific && (!opensUpper(before.bare) || closesRun(before) || isTitle(before));
    });
  });
}

/** A token that starts a sentence or a quotation, or follows one that ends a sentence: its capital says nothing. */
const opensRun = (tokens: readonly Token[], i: number) => i === 0 || /^["“‘'(`]/.test(tokens[i]!.word) || (/[.!?:]["”’']?$/.test(tokens[i - 1]!.word) && !/\.$/.test(tokens[i - 1]!.bare));
/** A token that ends a name: punctuation after it ("Itogi,", "Milosevic,\"") or a possessive ("the Fund's Stanley Fischer"). */
const closesRun = (t: Token) => /[^\p{L}\p{N}.]$/u.test(t.word) || (/\.$/.test(t.word) && !/\.$/.test(t.bare)) || /['’]s$/.test(t.bare);

/**
 * The people the document reports speaking anywhere (the subjects of its reporting verbs, named), by last word, each
 * with its fullest form: who a role ("the Cuban leader") may refer to. Read once per document, and only when a role speaks.
 */
function peopleOf(document: readonly Sentence[]): ReadonlyMap<string, string> {
  let found = people.get(document);
  if (found) return found;
  found = new Map();
  for (const sentence of document) {
    for (const name of speakersIn(sentence)) {
      if (!opensUpper(name) || !isNamedSpeaker(name) || isRole(name)) continue;
      // A person named in full somewhere in the document, not a place or a body named in one word ("Kosovo").
      const full = fullNameOf(shortNameOf(name), document);
      if (!full.includes(' ') || HONORIFIC_AND_SURNAME.test(full)) continue;
      const key = surnameOf(full);
      const known = found.get(key);
      if (!known || full.length > known.length) found.set(key, full);
    }
  }
  people.set(document, found);
  return found;
}

/**
 * "the writer of the document", "the East African operative": a speaker the sentence describes with a definite determiner,
 * whose head noun the document ties to exactly one name by apposition or a copula (tiesOf), is that person (rule N,
 * docs/quality.md, "Thirty-first round (issue 16speaker6)"). A title word's head is a role many people hold, read by
 * personMeant within ROLE_REACH as before; a plural head is several people.
 */
function tiedPerson(speaker: string, text: string, document: readonly Sentence[]): string | undefined {
  // "East African operative" reads as named (one lower-case word); it is still a description: its head is a common noun.
  if (isPronoun(speaker) || speaker.includes('(')) return undefined;
  const head = descriptionHeadOf(speaker);
  if (!head || TITLES.has(head)) return undefined;
  // The article's ties are read once per document; most heads have none, so the costlier tests below (a pattern built for
  // this speaker, the tagger's lemma) run only for a head the article ties to one name.
  let tiedIn = ties.get(document);
  if (!tiedIn) ties.set(document, (tiedIn = tiesOf(nameTexts(document), PARTICLES)));
  const name = tiedName(tiedIn, head);
  if (name === undefined || pluralHead(head)) return undefined;
  const written = regExpLiteral(speaker);
  if (!new RegExp(`(?<![\\p{L}'’-])(?:the|its|his|her|their) ${written}(?![\\p{L}'’-])`, 'iu').test(text)) return undefined;
  return trailingName(tokensOf(name)) ?? name;
}
const ties = new WeakMap<readonly Sentence[], ReadonlyMap<string, ReadonlySet<string>>>();

/** "operatives", "writers": a plural noun by the tagger's lemma ("witness" is one). */
function pluralHead(word: string): boolean {
  if (!/[^s]s$/.test(word)) return false;
  const lemma = (
    readDoc(word)
      .tokens()
      .out(its.lemma as never) as string[]
  )[0];
  return lemma !== undefined && lemma !== word;
}

/** "Cuban leader", "harbour chief", "president": a description whose head is a title word, of one person the text may have named. */
const isRole = (speaker: string) => {
  const words = speaker.split(' ');
  const head = words.at(-1)!;
  return words.length <= 4 && opensLower(head) && TITLES.has(head) && !INDEFINITE.has(words[0]!);
};

/**
 * The one person a role refers to: of the people the document reports speaking, those the sentences just before (and this
 * sentence's own words) mention. The reading is unambiguous only when exactly one is mentioned and a word of the role stands
 * beside that mention ("Cuban President Fidel Castro" for "the Cuban leader"; "The harbour chief, Tove Lind," for "the chief").
 */
function personMeant(context: readonly string[], people: ReadonlyMap<string, string>, role: string): string | undefined {
  const roleWords = new Set(role.split(' ').map((w) => w.toLowerCase().replace(/['’]s$/, '')));
  const meant = new Set<string>();
  let described = false;
  for (const text of context) {
    const tokens = tokensOf(text);
    tokens.forEach((t, j) => {
      const word = t.bare.replace(/['’]s$/, '');
      if (!people.has(word) || roleWords.has(word.toLowerCase())) return;
      meant.add(word);
      if (describedBeside(tokens, j).some((b) => roleWords.has(b.bare.toLowerCase().replace(/['’]s$/, '')) || abbreviates(b.word, roleWords))) described = true;
    });
  }
  return meant.size === 1 && described ? people.get([...meant][0]!) : undefined;
}

/**
 * Whether the article writes the role's head word as a title before the name: "Secretary of State Ana Lind" for "the
 * secretary" (rule O′, docs/quality.md, "Who said what on a set nobody tuned on, session 34").
 */
function titledAs(name: string, role: string, document: readonly Sentence[]): boolean {
  const head = role.split(' ').at(-1)!;
  const title = new RegExp(`(?<![\\p{L}])[${head[0]!.toUpperCase()}${head[0]}]${regExpLiteral(head.slice(1))} (?:(?:of|for|the|\\p{Lu}[\\p{L}.'’-]*) ){0,4}${regExpLiteral(name)}(?![\\p{L}])`, 'u');
  return document.some((s) => s.text.includes(name) && title.test(s.text));
}

/**
 * "Gov." beside "Jim Geringer" for "the governor": a title written as the opening letters of a word and a full stop stands for the
 * role word it opens (rule G2, docs/quality.md, "Twenty-eighth round (issue 16speaker5)").
 */
function abbreviates(word: string, roleWords: ReadonlySet<string>): boolean {
  const letters = /^(\p{Lu}\p{Ll}{2,})\.$/u.exec(word)?.[1]?.toLowerCase();
  return letters !== undefined && [...roleWords].some((r) => r.length > letters.length && r.startsWith(letters));
}

/**
 * The words that describe the person mentioned at `j`: the title and its modifiers right before the name, up to a
 * determiner, a function word or punctuation ("Cuban President Fidel Castro"), and an apposition set off by a comma right
 * after it ("Tove Lind, the harbour chief,").
 */
function describedBeside(tokens: readonly Token[], j: number): Token[] {
  const words: Token[] = [];
  for (let k = j - 1; k >= 0 && k >= j - ROLE_BESIDE; k--) {
    const t = tokens[k]!;
    // "Gov. Jim Geringer": a title's full stop does not end the words before the name (rule G2).
    if ((closesRun(t) && !TITLES.has(t.word.toLowerCase())) || DETERMINERS.has(t.bare.toLowerCase()) || functionWord(t.bare)) break;
    words.push(t);
  }
  if (!/,$/.test(tokens[j]!.word)) return words;
  for (let k = j + 1; k < tokens.length && k <= j + ROLE_BESIDE + 2; k++) {
    words.push(tokens[k]!);
    if (/[,.;:]$/.test(tokens[k]!.word)) break;
  }
  return words;
}

/** Words before a person's name that may be their title and its modifiers ("former Cuban President"). */
const ROLE_BESIDE = 4;

/**
 * Words the document capitalises inside a sentence (not first, not after a full stop, colon or opening quote),
 * or that open a run of capitalised words: the names it uses. Read once per document, and only when a sentence's first word is a speaker.
 */
function namesInside(document: readonly Sentence[]): ReadonlySet<string> {
  let names = insideNames.get(document);
  if (names) return names;
  names = new Set();
  for (const sentence of document) {
    const tokens = tokensOf(sentence.text);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!opensUpper(t.bare)) continue;
      // A sentence's first word is a name when a capitalised word follows it in one run ("Qin Yongmin's").
      const first = i === 0 || /^["“‘'(]/.test(t.word) || /[.!?:]["”’']?$/.test(tokens[i - 1]!.word);
      const next = tokens[i + 1];
      if (!first || (!endsPart(t) && next && opensUpper(next.bare) && !isTitle(t))) names.add(t.bare.replace(/['’]s$/, ''));
    }
  }
  insideNames.set(document, names);
  return names;
}

/**
 * A speaker found in the sentence's first word is a name only when it reads as one beyond the capital the sentence
 * start gives every word: another capitalised word with it ("Chatham House analysts"), or the document writing it
 * capitalised elsewhere ("Lind"), a name joined to it ("Lind and Ek") or a description set off after it
 * ("Putin, Russia's president,"). Otherwise it is a description ("Officials" → "officials"; "Troops").
 */
function asNamed(speaker: string | undefined, text: string, names: () => ReadonlySet<string>): string | undefined {
  if (!speaker || isPronoun(speaker)) return speaker;
  const [first, ...rest] = speaker.split(' ');
  const tokens = tokensOf(text).filter((t) => t.bare);
  if (first !== tokens[0]?.bare || rest.some((w) => capitalised({ word: w, bare: w })) || names().has(first!)) return speaker;
  // "Lind and Ek said": joined to a name, it is one; "Putin, Russia's president, said": a description set off after it describes a person.
  if (tokens[1]?.bare === 'and' && tokens[2] && opensUpper(tokens[2].bare) && !isTitle(tokens[2])) return speaker;
  if (endsPart(tokens[0]!) && tokens[1] && (DETERMINERS.has(tokens[1].bare.toLowerCase()) || /['’]s$/.test(tokens[1].bare))) return speaker;
  return first!.toLowerCase() + speaker.slice(first!.length);
}

/**
 * Whether a sentence whose own words name no speaker carries on the voice just heard: it opens on its quotation (or inside
 * one), or its own words report speech ("the former trader warned that "…""), or open on that voice ("Holbrooke spoke in…").
 */
function carriesVoice(text: string, spans: readonly Span[], voice: string): boolean {
  if (!spans.length || wordsIn(text.slice(0, spans[0]!.start)) <= 1) return true;
  // "a section called "…"": a verb that introduces quoted words as a name reports no speech (rule Q2, issue 16quotes).
  const own = tokensOf(
    ownWords(
      text,
      spans.map((span) => ({ ...span, start: namedFrom(text, span) })),
    ),
  );
  return own.some((_, i) => reports(own, i)) || own.slice(0, 3).some((t) => t.bare.replace(/['’]s$/, '') === surnameOf(voice));
}

/** "Ms North says:", "…, said:": a sentence ending on a colon introduces the quotation set off after it, as its own paragraph. */
const handsOnVoice = (before: Sentence | undefined) => before !== undefined && /:\s*$/.test(before.text);

/** Whether a sentence's quoted words come first: it opens inside a quotation, or at most one word stands before its first mark. */
const opensOnQuotation = (text: string, spans: readonly Span[], openedInside: boolean) => openedInside || !spans.length || wordsIn(text.slice(0, spans[0]!.start)) <= 1;

/** Where the words that introduce a span as a name ("a section called", "known as the") begin; the span's start when none do. */
function namedFrom(text: string, span: Span): number {
  if (span.start <= 0) return span.start;
  const from = Math.max(0, span.start - 40);
  const naming = NAMED_AS.exec(text.slice(from, span.start - 1));
  return naming ? from + naming.index : span.start;
}

/** A sentence's text outside its quotation spans. */
const ownWords = (text: string, spans: readonly Span[]) => {
  let own = '';
  let at = 0;
  for (const span of spans) {
    own += `${text.slice(at, span.start)} `;
    at = span.end;
  }
  return own + text.slice(at);
};

const isTitleCase = (text: string) => {
  const words = text.match(WRITTEN_WORD) ?? [];
  // "the Coalition of the Willing": a name may open on its article.
  return words.length > 1 && words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 ? /^(?:of|the|a|an|and|or|in|on|for|to|at|by|with)$/ : /^(?:the|a|an)$/).test(w)) && words.some((w) => opensUpper(w));
};

const wordsIn = (text: string) => text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.length ?? 0;

/** A one- or two-word term in quotes is a label; three words are speech only when they do not end on a noun (a predicate). */
function isSpeech(text: string, span: Span): boolean {
  if (span.carried) return true;
  if (NAMED_AS.test(text.slice(Math.max(0, span.start - 40), span.start - 1))) return false;
  const inner = text.slice(span.start, span.end);
  const n = wordsIn(inner);
  // "Gay Awareness Week 1998", "Heather Has Two Mommies": a title or name in quotes, not speech.
  if (isTitleCase(inner)) return false;
  if (n >= 4) return true;
  if (n < 3) return false;
  // "We're halfway home": a phrase that opens on a subject pronoun has a verb, a clause, whatever the tagger makes of its
  // last word (rule T, docs/quality.md, "Who said what on a set nobody tuned on, session 34").
  if (SUBJECT_PRONOUN.test(inner.replace(/^[^\p{L}]+/u, ''))) return true;
  const tags = readDoc(inner.replace(/[^\p{L}\p{N}\s'’-]/gu, ' '))
    .tokens()
    .out(its.pos) as string[];
  const last = tags.at(-1);
  return last !== undefined && last !== 'NOUN' && last !== 'PROPN' && last !== 'NUM';
}

/**
 * A personal subject pronoun opening a phrase, alone or with its verb contracted ("I'm", "we're", "it's"); amendment T′
 * (docs/quality.md, "Session 68"): a demonstrative with its verb contracted ("That's all right", "There's no way").
 */
const SUBJECT_PRONOUN = /^(?:(?:I|we|you|he|she|it|they)(?:['’](?:m|re|s|ve|ll|d))?|(?:that|this|there|here|what)['’]s)\s/iu;

/**
 * Words that introduce what follows as a name, not as anyone's words: a group "that calls itself", "known as",
 * "so-called", "dubbed", "a plan called". "What he called" stays speech: it quotes his words.
 */
const NAMED_AS = new RegExp(
  '(?:\\b(?:call|calls|called|calling|name|names|named|style|styles|styled)\\s+(?:itself|themselves|himself|herself)' +
    '|\\bso-called|\\bknown\\s+as|\\bdubbed|\\bnicknamed|\\bnamed|\\b(?:en)?titled|\\bbranded|\\blabell?ed' +
    // Rule HT (docs/quality.md, "Session 75"): "under the headline "…"", "captioned "…"": a headline's words are no one's speech.
    '|\\bheadlined?|\\bheadlines|\\btitle|\\bcaption(?:ed)?' +
    '|\\b(?!(?:it|them|him|her|this|that|he|she|they|we|i|you|what|who)\\s)\\p{Ll}+\\s+called)(?:\\s+(?:the|a|an))?\\s*$',
  'u',
);

const REPORTING = new Set(
  (
    'said says say told tells added adds asked asks stated states noted notes argued argues warned warns wrote writes declared ' +
    'emphasized emphasised stressed insisted claimed explained acknowledged admitted announced vowed suggested urged replied ' +
    'responded responds remarked commented conceded predicted promised recalled recalls concluded reported reports quoted ' +
    'added continued complained charged cautioned shouted yelled told testified observed agreed conceded decried accused ' +
    'called calls described describes expressed wondered declared pledged demanded proclaimed boasted joked quipped quips snapped ' +
    'saying adding warning insisting calling telling arguing noting writing reflected informed informs ' +
    'argue warn insist claim note explain stress add tell write describe call ' +
    // "sent a statement reassuring relatives that '…'": assuring someone that is telling them.
    'assured assures assuring reassured reassures reassuring ' +
    'recounted recounts recounting maintained confirmed answered exclaimed whispered'
  ).split(' '),
);
/** Words sent by radio, telephone, wire or message are speech (rule M, docs/quality.md, "Who said what on a set nobody tuned on, session 34"). */
const SENT = new Set('radioed telephoned phoned cabled wired faxed e-mailed emailed texted tweeted messaged'.split(' '));
for (const verb of SENT) REPORTING.add(verb);
/** "the faxed statement": such a verb after an article or a possessive modifies the noun after it (amendment M′). */
const sentModifier = (tokens: readonly Token[], i: number) => i > 0 && SENT.has(tokens[i]!.bare) && /^(?:a|an|the|its|his|her|their|our|my|your)$/i.test(tokens[i - 1]!.bare);
/** The reporting verbs by stem: a question's verb in its dictionary form ("ask", "demand") asks for speech when its stem is one. */
const REPORTING_STEMS = new Set([...REPORTING].map((w) => stem(w)));
export const isReportingStem = (verbStem: string): boolean => REPORTING_STEMS.has(verbStem);
/**
 * A reporting verb as written in running text ("States" in "United States" is a name). "Agreed" reports words only where it
 * closes the attribution ("…," Holt agreed.): "agreed to hold talks", "agreed that", "agreed on" report an agreement.
 */
const reports = (tokens: readonly Token[], i: number) =>
  (REPORTING.has(tokens[i]!.bare) && (tokens[i]!.bare !== 'agreed' || closesClause(tokens, i)) && !passive(tokens, i) && !ingNoun(tokens, i) && !pluralNoun(tokens, i) && !sentModifier(tokens, i)) || putsIt(tokens, i);
/** Rule PI (docs/quality.md, "Session 68"): "as Edmund White put it", "as one docker puts it": the words are the subject's. */
const putsIt = (tokens: readonly Token[], i: number) => /^puts?$/.test(tokens[i]!.bare) && tokens[i + 1]?.bare === 'it' && tokens.slice(Math.max(0, i - 6), i).some((t) => t.bare.toLowerCase() === 'as');
/** "enough warning", "a warning": an -ing form after a determiner or a quantifier is a noun (amendment A2, issue 16quotes). */
const ingNoun = (tokens: readonly Token[], i: number) => i > 0 && /ing$/.test(tokens[i]!.bare) && NOUN_MARKERS.has(tokens[i - 1]!.bare.toLowerCase());
const NOUN_MARKERS = new Set('a an the one another its his her their our my your this that these those any no some enough every each'.split(' '));
/**
 * "in 40 states", "the reports", "his notes": a reporting word's -s form right after a number, an article or a possessive is a
 * plural noun, not the verb (rule V, docs/quality.md, "Twenty-eighth round (issue 16speaker5)"). Not after "that", "one" or
 * "each", which head a clause ("a sign that states", "no one says").
 */
const pluralNoun = (tokens: readonly Token[], i: number) => {
  if (i === 0 || !/[^s]s$/.test(tokens[i]!.bare) || endsPart(tokens[i - 1]!)) return false;
  const before = tokens[i - 1]!.bare.toLowerCase();
  // "Article 5 states", "Resolution 1244 calls for": a number that ends a name is the subject's, not a count.
  const counts = /^\d[\d,.]*$/.test(before) ? !(i > 1 && capitalised(tokens[i - 2]!)) : before !== 'one' && isNumberWord(before);
  return PLURAL_MARKERS.has(before) || counts;
};
const PLURAL_MARKERS = new Set('the these those its his her their our my your'.split(' '));
/**
 * "Wang was accused of "inciting…"", "his family was told that…": a reporting verb under a form of "be" says what was said of or
 * to its subject, not by it. "Was quoted as saying" stays the subject's words.
 */
const passive = (tokens: readonly Token[], i: number) => {
  // "was described by the diplomats as "…"": the agent after "by" is the speaker, read where the verb is.
  if (tokens[i]!.bare === 'quoted' || i === 0 || tokens[i + 1]?.bare.toLowerCase() === 'by') return false;
  const before = /ly$/.test(tokens[i - 1]!.bare) && i > 1 ? tokens[i - 2]! : tokens[i - 1]!;
  return /^(?:was|were|is|are|been|being|be)$/i.test(before.bare) && !endsPart(before);
};
const closesClause = (tokens: readonly Token[], i: number) => i === tokens.length - 1 || /[.,;:!?"”]$/.test(tokens[i]!.word);
/**
 * "The academy praised her work that "…lets us see…"", "the union criticized the plan as "…"": a verb of praise or blame (the
 * verbs of judgement summary/reason.ts reads, those done in words) reports the quotation that follows it in its sentence, and
 * its subject is the speaker (docs/quality.md, "Seventeenth round (issue 16speak)"). Only before a quotation: no reporting
 * verb elsewhere, so "who praised …?" asks for no speech.
 */
const JUDGES_IN_WORDS = new Set('praised praises credited blamed criticized criticised condemned thanked'.split(' '));
const judgesInWords = (tokens: readonly Token[], i: number) => JUDGES_IN_WORDS.has(tokens[i]!.bare) && !passive(tokens, i);
/**
 * "issued a statement", "sent a message": a verb of giving out with a written or spoken message as its object reports
 * speech as a reporting verb does, and its subject is the speaker.
 */
const ISSUES = new Set('issued issues issuing sent sends released releases read reads delivered delivers gave gives published posted'.split(' '));
const MESSAGE = new Set('statement statements message messages letter letters communique communiqué note speech declaration'.split(' '));
const issuesMessage = (tokens: readonly Token[], i: number) => ISSUES.has(tokens[i]!.bare) && /^(?:a|an|the|his|her|its|their)$/i.test(tokens[i + 1]?.bare ?? '') && MESSAGE.has(tokens[i + 2]?.bare.toLowerCase() ?? '');
/**
 * "…," read an Astana Team statement; "…," the statement read: "read" reports the words of a written message, which is its
 * subject (before or after it); without a message next to it, "read" reports nothing.
 */
const readsMessage = (tokens: readonly Token[], i: number) => {
  if (!/^reads?$/.test(tokens[i]!.bare)) return false;
  if (MESSAGE.has(tokens[i - 1]?.bare.toLowerCase() ?? '')) return true;
  if (!/^(?:a|an|the|his|her|its|their)$/i.test(tokens[i + 1]?.bare ?? '')) return false;
  for (let j = i + 2; j < Math.min(tokens.length, i + 6); j++) {
    if (MESSAGE.has(tokens[j]!.bare.toLowerCase())) return true;
    if (!capitalised(tokens[j]!) && !/['’]s$/.test(tokens[j]!.bare)) return false;
  }
  return false;
};

/** Verbs that can stand before their subject: "…," said the chief. */
const INVERTS = new Set('said says added asked wrote writes replied recalled recounted continued quoted answered exclaimed explained noted stated remarked commented declared insisted warned stressed announced'.split(' '));
/** Whether a reporting verb as written may stand before its subject: "…," said the chief. */
export const invertsSubject = (word: string): boolean => INVERTS.has(word.toLowerCase());
const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we']);
const DETERMINERS = new Set(['the', 'a', 'an', 'one', 'another', 'its', 'his', 'her', 'their']);
const PARTICLES = new Set(['von', 'van', 'der', 'de', 'la', 'al', 'bin', 'da', 'di', 'du', 'le', 'el', 'ibn', 'dos']);
const CLAUSE_START = new Set(['who', 'whose', 'which', 'where', 'when', 'while', 'whom', 'whenever', 'wherever']);
/** Words between a subject and its verb that belong to neither: "Milosevic also said", "she had told". */
/** Days and months, and the parts of a day, named after "on" or "last" between a speaker and the verb. */
const TIME_NAMES = new Set<string>([...WEEKDAYS, ...MONTHS, 'morning', 'afternoon', 'evening', 'night', 'week', 'month', 'year']);
const BETWEEN = new Set(['was', 'were', 'is', 'also', 'later', 'then', 'had', 'has', 'have', 'would', 'will', 'once', 'again', 'further', 'earlier', 'repeatedly', 'quickly']);
const RELAY = /\b(?:spokes(?:man|woman|person)|press secretary|aide|assistant|mouthpiece)\b/i;
const NOT_NAME_WORDS = new Set([
  'The',
  'But',
  'And',
  'In',
  'On',
  'At',
  'It',
  'This',
  'That',
  'However',
  'Meanwhile',
  'Still',
  'Yet',
  'So',
  'Then',
  'Also',
  'If',
  'When',
  'While',
  'As',
  'After',
  'Before',
  'Even',
  'Asked',
  'He',
  'She',
  'They',
  'We',
  'I',
  'Instead',
  'There',
  'Here',
  'Now',
  'Today',
  'Yesterday',
  'Later',
  'Earlier',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'Thus',
  'Indeed',
  'Besides',
  'Finally',
  'Other',
  'Some',
  'Many',
  'Most',
  'Both',
  'Such',
  'What',
  'Why',
  'How',
]);
const PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'with', 'for', 'from', 'by', 'without', 'despite', 'speaking', 'asked', 'although', 'though', 'if', 'when', 'while', 'as', 'however', 'meanwhile']);
const CLAUSE_JOINERS = new Set(['while', 'whereas', 'but', 'and', 'although', 'though', 'because', 'when', 'which', 'who', 'after', 'before', 'as', 'if', 'since']);
const CONJUNCTIONS = new Set(['and', 'but', 'or', 'so', 'yet', 'then']);
const OTHER_FUNCTION_WORDS = new Set([
  'although',
  'though',
  'because',
  'since',
  'despite',
  'unless',
  'until',
  'once',
  'whether',
  'under',
  'over',
  'among',
  'like',
  'unlike',
  'of',
  'to',
  'only',
  'each',
  'every',
  'such',
  'this',
  'that',
  'these',
  'those',
  'it',
  'its',
]);
/** A capitalised word at a sentence's start that is no name: "Although", "During". */
const functionWord = (word: string) => {
  const w = word.toLowerCase();
  return CONJUNCTIONS.has(w) || PREPOSITIONS.has(w) || CLAUSE_START.has(w) || DETERMINERS.has(w) || OTHER_FUNCTION_WORDS.has(w);
};

interface Token {
  word: string;
  bare: string;
}

/**
 * The last text read into tokens, with them: attribution reads a sentence without quotation marks three times in a row
 * (whether it opens on a pronoun, introduces a subject, opens on a person). Tokens are never changed by their readers.
 */
let lastTokens: { text: string; tokens: readonly Token[] } | undefined;

function tokensOf(text: string): readonly Token[] {
  const held = documentTokens?.get(text);
  if (held) return held;
  if (lastTokens?.text !== text) lastTokens = { text, tokens: (text.match(/[^\s]+/g) ?? []).map((word) => ({ word, bare: bareWord(word) })) };
  documentTokens?.set(text, lastTokens.tokens);
  return lastTokens.tokens;
}

/**
 * Each sentence's tokens while speechOf reads a whole document: its full names, its names inside sentences and every
 * stretch (read with the stretches before and after it) tokenise each sentence about five times otherwise.
 */
let documentTokens: Map<string, readonly Token[]> | undefined;

/** A token without surrounding punctuation; a full stop stays only on an abbreviation ("Gen.", "U.N."). */
function bareWord(word: string): string {
  let from = 0;
  let to = word.length;
  while (from < to && !letterOrDigit(word, from)) from++;
  while (to > from && !(letterOrDigit(word, to - 1) || word.charCodeAt(to - 1) === 46)) to--;
  const bare = word.slice(from, to);
  return bare.endsWith('.') && /\p{L}{3}$/u.test(bare.slice(-4, -1)) && !bare.slice(0, -1).includes('.') ? bare.slice(0, -1) : bare;
}

/**
 * Whether a text opens on a capital letter (`/^\p{Lu}/u`) or a lower-case one (`/^\p{Ll}/u`): an ASCII first character by its
 * code, any other by the pattern. Attribution asks it of nearly every token of a document, and the patterns cost more than the test.
 */
function opensUpper(text: string): boolean {
  const code = text.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : UPPER_FIRST.test(text);
}
function opensLower(text: string): boolean {
  const code = text.charCodeAt(0);
  return code < 128 ? code >= 97 && code <= 122 : LOWER_FIRST.test(text);
}
const UPPER_FIRST = /^\p{Lu}/u;
const LOWER_FIRST = /^\p{Ll}/u;

/** Whether the UTF-16 unit at `i` is a letter or a digit: ASCII by its code (most of a text), anything else by the pattern. */
function letterOrDigit(word: string, i: number): boolean {
  const code = word.charCodeAt(i);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return LETTER_OR_DIGIT.test(word[i]!);
}
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** "Berg", "von", and "al-Amin": a particle joined to a capitalised name by a hyphen is part of the name, as an elided one is ("d'Argentre"). */
const capitalised = (t: Token) => opensUpper(t.bare) || PARTICLES.has(t.bare) || (PARTICLES.has(t.bare.split('-')[0]!) && /^\p{Ll}+-\p{Lu}/u.test(t.bare)) || /^[dl]['’]\p{Lu}/u.test(t.bare);
/** "Chancellor-elect", "Governor-General", "ex-President": a title joined to another word by a hyphen is a title. */
const isTitle = (t: Token) => {
  const word = t.bare.toLowerCase();
  return TITLES.has(word) || TITLES.has(`${word}.`) || (word.includes('-') && word.split('-').some((part) => TITLES.has(part)));
};
const endsPart = (t: Token) => /[,;:]$/.test(t.word);

/**
 * Who a subject phrase names: the name set off by commas ("the chief, Lars-Erik Olin,"), else the
 * capitalised run it ends on without its titles ("Prime Minister Goran Persson" → "Goran Persson"),
 * else a pronoun, else the description itself without its article ("a senior IMF official").
 */
/** Words that open a clause with its own subject: relative adverbs and subordinating conjunctions, no preposition ("after the vote"). */
const OWN_CLAUSE_OPENERS = new Set(['where', 'when', 'while', 'whenever', 'wherever', 'although', 'though', 'because', 'if']);

function nameIn(phrase: readonly Token[]): string | undefined {
  const parts: Token[][] = [[]];
  for (const t of phrase) {
    parts.at(-1)!.push(t);
    if (endsPart(t)) parts.push([]);
  }
  // Relative clauses and set-off circumstances ("Clinton, in a call with Yeltsin, said") name nobody who speaks.
  // "in Potomac, Md., said": a state's abbreviation set off by commas belongs to the place before it; a short name that opens
  // the phrase ("…," said Kemp.) has no place before it to belong to.
  // "celebrated in Lisbon, where President Jorge Sampaio described it as "…"": a clause opened by a relative adverb or a
  // conjunction right before the verb is the verb's own, and its name is the subject (rule Q2, issue 16quotes).
  const own = parts.at(-1)!;
  if (own.length >= 2 && OWN_CLAUSE_OPENERS.has(own[0]!.bare.toLowerCase()) && capitalised(own.at(-1)!)) {
    const subject = trailingName(own.slice(1));
    if (subject) return subject;
  }
  const filled = parts.filter((p, i) => p.length && !CLAUSE_START.has(p[0]!.bare.toLowerCase()) && !PREPOSITIONS.has(p[0]!.bare.toLowerCase()) && !(i > 0 && p.length === 1 && /^\p{Lu}\p{Ll}{0,3}\.,?$/u.test(p[0]!.word)));
  const whole = filled.at(-1);
  if (!whole) return undefined;
  const last = withoutPlace(whole);
  // "Exxon, he added, is…": the pronoun is the speaker, not the subject before it.
  const pronoun = pronounIn(last);
  if (pronoun) return pronoun;
  // "The governor, a Republican, added": a name takes no indefinite article, so the capitalised word set off after "a" or "an"
  // describes the part before it, which is the subject (rule G1, docs/quality.md, "Twenty-eighth round (issue 16speaker5)").
  const before = filled.at(-2);
  if (before && endsPart(before.at(-1)!) && /^an?$/i.test(last[0]?.bare ?? '') && last.length <= 3 && !trailingName(before)) {
    const described = pronounOrDescription(before);
    if (described) return described;
  }
  const lastName = wholeName(last);
  if (lastName) return lastName;
  // "Putin, Russia's president, said", "Latsis, a commentator with Izvestiya, said": a description set off after a name describes it.
  // "Tove Lind, 41, a ferry pilot, said": an age set off by commas stands between the name and its description.
  let at = filled.length - 2;
  // "Beatrice Laroche, liaison at the Center for Rights in China, a New York group, said": each description set off describes the name before them.
  while (at > 0 && (filled[at]!.every((t) => /^\d+$/.test(t.bare)) || describesBefore(filled[at]!))) at--;
  const previous = filled[at];
  // "The quake was centered in the Indian Ocean, and it created …": a name after a preposition of place is where, not who,
  // as at the end of a subject phrase (withoutPlace; docs/quality.md, "Twenty-sixth round (issue 16speaker2)", rule P1).
  const named = previous && endsPart(previous.at(-1)!) && !endsOnPlace(previous) ? trailingName(previous) : undefined;
  // "Sergio Barrientos, Director of University of Chile Seismologic Service said": an office right after a name describes it.
  const office = previous !== undefined && at === filled.length - 2 && opensOnOffice(last) && wholeName(previous) !== undefined;
  const describes = DETERMINERS.has(last[0]!.bare.toLowerCase()) || /['’]s$/.test(last[0]!.bare) || opensLower(last[0]!.bare) || office;
  if (named && (describes || !trailingName(last))) return named;
  return reporterOfOutlet(last) ?? pronounIn(last) ?? trailingName(last) ?? pronounOrDescription(last);
}

/**
 * "a reporter for Reuters", "the correspondent of the BBC": a person whose trade is to report, and the outlet they work
 * for, described without the article. Their words are their own; a spokesman's or an expert's ("a geologist for NOAA")
 * speak for the body.
 */
function reporterOfOutlet(part: readonly Token[]): string | undefined {
  const link = part.findIndex((t, i) => i > 0 && OUTLET_LINKS.has(t.bare) && PRESS_TRADES.has(part[i - 1]!.bare.toLowerCase()));
  if (link < 0) return undefined;
  const outlet = part[link + 1]?.bare === 'the' ? part[link + 2] : part[link + 1];
  if (!outlet || !capitalised(outlet) || !part.slice(0, link - 1).every((t) => DETERMINERS.has(t.bare.toLowerCase()) || opensLower(t.bare))) return undefined;
  // The description without its article: "reporter for Reuters", never a named speaker.
  const words = part.map((t) => t.bare).filter(Boolean);
  while (words.length && DETERMINERS.has(words[0]!.toLowerCase())) words.shift();
  return words.join(' ');
}

const OUTLET_LINKS = new Set(['for', 'with', 'of', 'from', 'at']);
/** Trades whose work is to report what others say or do: singular and plural. */
const PRESS_TRADES = new Set('reporter correspondent journalist photographer cameraman editor columnist writer stringer'.split(' ').flatMap((w) => [w, `${w}s`]));

/** "Director of University of Chile Seismologic Service": title words and "of" open an office of a body, which describes a person. */
const opensOnOffice = (part: readonly Token[]) => {
  let k = 0;
  while (k < part.length && isTitle(part[k]!)) k++;
  return k > 0 && part[k]?.bare === 'of';
};

/** A part set off by commas that opens on a lower-case word or an article: a description of the name before it. */
const describesBefore = (part: readonly Token[]) => DETERMINERS.has(part[0]!.bare.toLowerCase()) || opensLower(part[0]!.bare);

/** "he", "And she": a pronoun standing as the subject. */
function pronounIn(part: readonly Token[]): string | undefined {
  const words = part.map((t) => t.bare.toLowerCase()).filter((w) => w && !CONJUNCTIONS.has(w));
  return words.length === 1 && PRONOUNS.has(words[0]!) ? words[0] : undefined;
}

/** The part is a name (with titles or a possessive description before it). */
function wholeName(part: readonly Token[]): string | undefined {
  const name = trailingName(part);
  if (!name) return undefined;
  const words = part.map((t) => t.bare).filter(Boolean);
  const lower = words.filter((w) => opensLower(w) && !PARTICLES.has(w) && !TITLES.has(w.toLowerCase()) && !DETERMINERS.has(w));
  return lower.length === 0 ? name : undefined;
}

/**
 * "The Ministry of Defence", "the Bank of England": after a determiner, capitalised names joined by
 * "of" are one institution's name. A person's affiliation ("Kerstin Einarsson of Sahlgrenska
 * Hospital") has no determiner before it and keeps its name alone.
 */
function institutionStart(part: readonly Token[], start: number): number {
  // Rule BN (docs/quality.md, "Session 65"): "Missouri Families for Medical Choice", "Physicians for Human Rights": capitalised
  // words, "for" and capitalised words, no title before "for", are one body's name.
  if (start >= 2 && start < part.length && part[start - 1]!.bare === 'for' && capitalised(part[start - 2]!) && !isTitle(part[start - 2]!) && !endsPart(part[start - 2]!)) {
    let head = start - 2;
    while (head > 0 && capitalised(part[head - 1]!) && !endsPart(part[head - 1]!)) head--;
    if (!part.slice(head, start - 1).some(isTitle)) return head;
  }
  if (start < 2 || start >= part.length || part[start - 1]!.bare !== 'of' || !capitalised(part[start - 2]!)) return start;
  let head = start - 2;
  while (head > 0 && capitalised(part[head - 1]!) && !endsPart(part[head - 1]!)) head--;
  if (DETERMINERS.has(part[head]!.bare.toLowerCase())) return head + 1 < start - 1 ? head + 1 : start;
  return head > 0 && DETERMINERS.has(part[head - 1]!.bare.toLowerCase()) ? head : start;
}

/**
 * "Kerstin Einarsson of Harbour Mutual said": a name of two words or more before "of", with no
 * determiner before it, is the person; what follows "of" is where they work. Where the person's
 * name ends (the "of"), or 0 when the part is not so written.
 */
function personBeforeOf(part: readonly Token[], start: number): number {
  // "Yvo de Boer of the UNFCCC": the body may take its article; rule BW: "Anna Berg of Save the Children", "Denise Harlan of
  // Parents for Choice Marlow": and lower-case words of its own name, between capitalised ones.
  let of = start - 1;
  for (let n = 0; of > 0 && n < BODY_NAME_WORDS && part[of]!.bare !== 'of' && (BODY_JOINERS.has(part[of]!.bare) || capitalised(part[of]!)); n++) of--;
  if (of < 2 || start >= part.length || part[of]!.bare !== 'of' || !capitalised(part[of - 1]!)) return 0;
  // "US Secretary of State Ana Lind": what follows a title's "of" is its office, not where a person works.
  if (isTitle(part[of - 1]!)) return 0;
  let head = of - 1;
  while (head > 0 && capitalised(part[head - 1]!) && !endsPart(part[head - 1]!)) head--;
  const determined = DETERMINERS.has(part[head]!.bare.toLowerCase()) || (head > 0 && DETERMINERS.has(part[head - 1]!.bare.toLowerCase()));
  return !determined && of - head >= 2 ? of : 0;
}

/** The words a body's name may hold besides capitalised ones ("Save the Children", "Parents for Choice"), and how far back its "of" is looked for. */
const BODY_JOINERS = new Set(['the', 'for', 'and', '&']);
const BODY_NAME_WORDS = 6;

/** Prepositions that join a title to its office: "Minister of Finance", "Ambassador to Russia", "Minister for Europe". */
const OFFICE_PREPOSITIONS = new Set(['of', 'to', 'for']);

/** How many tokens before `at` a title and the preposition of its office take ("Ambassador to", "Minister of the"); 0 when none. */
function officeBefore(part: readonly Token[], at: number): number {
  const article = at >= 1 && part[at - 1]!.bare === 'the' ? 1 : 0;
  const preposition = part[at - 1 - article];
  const title = part[at - 2 - article];
  return preposition && title && OFFICE_PREPOSITIONS.has(preposition.bare) && isTitle(title) ? 2 + article : 0;
}

/** Whether the run at `at` follows "spokesman for", "an aide to": a relay and its preposition. */
function relayedFor(part: readonly Token[], at: number): boolean {
  const preposition = part[at - 1];
  return (preposition?.bare === 'for' || preposition?.bare === 'to') && RELAY.test(part[at - 2]?.bare ?? '');
}

/** The relay as the text describes it, without its article: "deputy spokeswoman for Senate Majority Leader Curtis Vandermeer". */
function relayDescription(part: readonly Token[], at: number): string {
  let from = at - 2;
  while (from > 0 && opensLower(part[from - 1]!.bare) && !DETERMINERS.has(part[from - 1]!.bare) && !endsPart(part[from - 1]!)) from--;
  return part
    .slice(from)
    .map((t) => t.bare)
    .filter(Boolean)
    .join(' ');
}

/** A person's name at the end of a run: a given name and surname, three words with a surname particle or a middle initial ("Jan de Boer", "David C. Leavy"). */
const personWords = (run: readonly Token[]) => (run.length >= 3 && (PARTICLES.has(run.at(-2)!.bare) || INITIAL.test(run.at(-2)!.word)) ? 3 : 2);

/** The capitalised run a part ends on, past its last title word. */
function trailingName(part: readonly Token[]): string | undefined {
  let start = part.length;
  while (start > 0 && capitalised(part[start - 1]!) && !/[;:]$/.test(part[start - 1]!.word)) start--;
  const affiliated = personBeforeOf(part, start);
  if (affiliated) return trailingName(part.slice(0, affiliated));
  start = institutionStart(part, start);
  let run = part.slice(start).filter((t) => t.bare);
  let lastTitle = -1;
  // "Sen. Ann Holt", "Mr Holt": a title comes before the name; "Hun Sen", ending without a stop, ends on a name written like an abbreviated title.
  run.forEach((t, i) => {
    if (!isTitle(t) || (i === run.length - 1 && !TITLES.has(t.bare.toLowerCase()) && !/\.$/.test(t.word) && !hyphenatedOffice(run))) return;
    // "Foreign Minister Ana Lind" but "the Foreign Ministry": a word that makes a title only of the title after it; or that ends
    // the title before it ("Chief Executive Ana Lind", "Chief Justice": rule CE, docs/quality.md "Session 70").
    if (TITLE_MODIFIERS.has(t.bare.toLowerCase()) && !(run[i + 1] && isTitle(run[i + 1]!)) && !(lastTitle === i - 1 && i > 0)) return;
    lastTitle = i;
  });
  // Rule SR (docs/quality.md, "Session 65"): "a spokesman for Senate Majority Leader Curtis Vandermeer": a titled person a relay
  // speaks for did not say the words; the relay, described, did (a body a relay speaks for speaks, amendment P2′).
  if (lastTitle >= 0 && relayedFor(part, start)) return relayDescription(part, start);
  // "Mrs. Holt said": a feminine honorific before a lone surname stays with it (fullNameOf says why).
  const feminine = lastTitle >= 0 && FEMININE_HONORIFIC.test(run[lastTitle]!.bare) && run.length === lastTitle + 2 ? run[lastTitle]! : undefined;
  run = run.slice(lastTitle + 1);
  if (feminine && /^\p{Lu}\p{Ll}/u.test(run[0]!.bare)) return `${feminine.bare.replace(/\.$/, '')}${/\.$/.test(feminine.word) ? '.' : ''} ${run[0]!.bare.replace(/['’]s$/, '')}`;
  // "Secretary of State Ana Lind", "Ambassador to Russia Andrew Wood", "Prime Minister of the United Kingdom Gordon Brown": a
  // title's office after "of", "to" or "for" names a place or body, and the person follows it with no comma between; the
  // person is the run's given name and surname (docs/quality.md, "Twenty-fourth round (issue 16quotes)", rule Q1).
  if (lastTitle < 0 && run.length >= 3 && officeBefore(part, start)) run = run.slice(-personWords(run));
  // "according to the Minister for London": one word after the office's preposition is the office's place, and no person
  // follows it; the subject is the office, a description (docs/quality.md, "Twenty-sixth round (issue 16speaker2)", rule P2).
  // Amendment P2′ (written after the suite ran): "a spokesman for Norvik" speaks for the body after "for"; a relay's title is no office.
  if (lastTitle < 0 && run.length === 1 && officeBefore(part, start) && !RELAY.test(part[start - 2 - (part[start - 1]!.bare === 'the' ? 1 : 0)]!.bare)) return undefined;
  // "Ivanov and Sergeyev said": the first named speaks for both.
  if (run.length && start >= 2 && part[start - 1]!.bare === 'and' && capitalised(part[start - 2]!) && !isTitle(part[start - 2]!)) {
    const first = trailingName(part.slice(0, start - 1));
    // "Dennis and Judy Shepard": a given name alone joined to a full name shares its surname; the two are one speaker.
    if (first && !first.includes(' ') && run.length === 2 && run.every((t) => /^\p{Lu}\p{Ll}/u.test(t.bare))) return `${first} and ${run.map((t) => t.bare).join(' ')}`.replace(/['’]s$/, '');
    if (first) return first;
  }
  // "The Australian has reported", "The Guardian said": a one-word name the text writes after a capitalised "The" takes it (a
  // person is never "The Holt"); "The Washington Post" reads whole without it, and a lower-case "the" is no part of a name.
  if (run.length === 2 && run[0]!.bare === 'The' && /^\p{Lu}\p{Ll}/u.test(run[1]!.bare) && !isTitle(run[1]!)) return `The ${run[1]!.bare.replace(/['’]s$/, '')}`;
  while (run.length && (NOT_NAME_WORDS.has(run[0]!.bare) || PARTICLES.has(run[0]!.bare) || functionWord(run[0]!.bare)) && !opensName(run)) run = run.slice(1);
  if (!run.length || !opensUpper(run[0]!.bare)) return undefined;
  const name = run
    .map((t) => t.bare)
    .join(' ')
    .replace(/['’]s$/, '')
    .replace(/(?<!\b(?:Jr|Sr|St|\p{Lu}))\.$/u, '');
  return name.length > 1 ? name : undefined;
}

/**
 * Rule HG (docs/quality.md, "Session 78"): "the Auditor-General", "Attorney-General": a run that is one hyphenated word ending on
 * a title is an office, as "the Auditor General" in two words is; a longer run may end on a hyphenated surname ("Lloyd-King").
 */
function hyphenatedOffice(run: readonly Token[]): boolean {
  const word = run.length === 1 ? run[0]!.bare.toLowerCase() : '';
  return word.includes('-') && TITLES.has(word.split('-').at(-1)!);
}

/**
 * "said de Boer", "his wife, He Xintong": a surname's particle before the one capitalised word of a surname, and "He" or "She"
 * written in capitals before a capitalised word that is no day or connective, open a name; they are no article or pronoun.
 */
function opensName(run: readonly Token[]): boolean {
  const next = run[1];
  if (!next || !opensUpper(next.bare) || NOT_NAME_WORDS.has(next.bare) || TIME_NAMES.has(next.bare.toLowerCase())) return false;
  return (PARTICLES.has(run[0]!.bare) && run.length === 2) || /^(?:He|She)$/.test(run[0]!.bare);
}

/**
 * "an analyst for the survey in Denver", "a spokesman at Heathrow": a name after a preposition of place
 * at the end of a subject phrase is where the person is, never who speaks.
 */
function withoutPlace(part: readonly Token[]): readonly Token[] {
  const at = part.findIndex((t, i) => i > 0 && LOCATIVE.has(t.bare.toLowerCase()) && part[i + 1] !== undefined && capitalised(part[i + 1]!) && !isTitle(part[i + 1]!));
  return at > 0 && part.slice(at + 1).every((t) => capitalised(t)) ? part.slice(0, at) : part;
}

const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'throughout']);

/** "centered in the Indian Ocean,": the part's last capitalised run follows a preposition of place (with or without "the"). */
function endsOnPlace(part: readonly Token[]): boolean {
  let start = part.length;
  while (start > 0 && capitalised(part[start - 1]!) && !LOCATIVE.has(part[start - 1]!.bare.toLowerCase())) start--;
  const before = part[start - 1]?.bare.toLowerCase() === 'the' ? start - 2 : start - 1;
  return start < part.length && before >= 0 && LOCATIVE.has(part[before]!.bare.toLowerCase());
}

function pronounOrDescription(whole: readonly Token[]): string | undefined {
  // "a teacher carrying a flag": a participle taking its object after the head noun ends the description.
  const cut = whole.findIndex((t, i) => i > 1 && /^\p{Ll}+ing$/u.test(t.bare) && !DETERMINERS.has(whole[i - 1]!.bare.toLowerCase()) && DETERMINERS.has(whole[i + 1]?.bare.toLowerCase() ?? ''));
  const part = cut > 0 ? whole.slice(0, cut) : whole;
  const words = part.map((t) => t.bare).filter(Boolean);
  if (words.length === 1 && PRONOUNS.has(words[0]!.toLowerCase())) return words[0]!.toLowerCase();
  let from = 0;
  words.forEach((w, i) => {
    if (DETERMINERS.has(w.toLowerCase())) from = i + 1;
  });
  if (words.some((w) => NOT_IN_DESCRIPTION.has(w.toLowerCase()))) return undefined;
  // "The writer of the document": the description's determiner is the one before its head, not the one inside the of-phrase
  // after the head (rule H, docs/quality.md, "Thirty-first round (issue 16speaker6)"); a phrase too long for a description
  // keeps the reading from its last determiner.
  const of = words.findIndex((w, i) => w === 'of' && i > 0 && !DETERMINERS.has(words[i - 1]!.toLowerCase()));
  if (of > 0 && from > of) {
    let own = 0;
    words.slice(0, of).forEach((w, i) => {
      if (DETERMINERS.has(w.toLowerCase())) own = i + 1;
    });
    if (own < of && words.length - own <= 6 && words.slice(own, of).every((w) => opensLower(w))) from = own;
  }
  const description = words.slice(from);
  if (!description.length || description.length > 6) return undefined;
  // "The President said that "…"": title words alone after an article are a role, as "the president" is, however capitalised;
  // read as other roles are, not as no one (docs/quality.md, "Twenty-sixth round (issue 16speaker2)", rule P3).
  if (from > 0 && TITLES.has(description.at(-1)!.toLowerCase()) && description.every((w) => TITLES.has(w.toLowerCase()))) return description.join(' ').toLowerCase();
  if (!description.some((w) => opensLower(w)) || description.some((w) => NOT_IN_DESCRIPTION.has(w.toLowerCase()))) return undefined;
  // "an Iranian foreign Ministry official": one of many, named by no one; its article (lower-cased) keeps the
  // description from reading as a name where it opens on a nationality or an institution.
  const article = words[from - 1]?.toLowerCase();
  if (article && INDEFINITE.has(article) && opensUpper(description[0]!)) return [article, ...description].join(' ');
  return description.join(' ');
}

const INDEFINITE = new Set(['a', 'an', 'one', 'another']);

/** A subject phrase holding these is a clause, not a description of a person. */
const NOT_IN_DESCRIPTION = new Set('was is are were be been being has have had do did does will would can could should may might to that it this and or but he she they'.split(' '));

const isPronoun = (s: string | undefined) => s !== undefined && PRONOUNS.has(s);
/** "he" or "she" is a person, never the statement or letter quoted before. */
const notThisVoice = (pronoun: string | undefined, voice: string) => (pronoun === 'he' || pronoun === 'she') && MESSAGE.has(voice.split(' ').at(-1)!.toLowerCase());

/** A reporting verb's subject in the tokens before it (stopping at the quote), or after it when it stands first. */
function subjectBefore(tokens: readonly Token[], verb: number, floor: number): string | undefined {
  let end = verb;
  while (end > floor && BETWEEN.has(tokens[end - 1]!.bare.toLowerCase())) end--;
  if (end > floor && /ly$/.test(tokens[end - 1]!.bare) && !capitalised(tokens[end - 1]!)) end--;
  // Rule SA (docs/quality.md, "Session 68"): "Sture Allen smiled and said": a verb joined to the reporting verb by "and" shares
  // its subject, which stands before both.
  if (end - 2 > floor && tokens[end - 1]!.bare === 'and' && /^\p{Ll}+ed$/u.test(tokens[end - 2]!.bare) && !endsPart(tokens[end - 2]!) && capitalised(tokens[end - 3]!)) end -= 2;
  // "Ahmadinejad on Wednesday announced": a time between the subject and its verb is not part of who spoke.
  if (end - 1 > floor && TIME_NAMES.has(tokens[end - 1]!.bare.toLowerCase()) && /^(?:on|last|this|next|late|early|earlier|later)$/i.test(tokens[end - 2]!.bare)) end -= 2;
  // Rule RQ (docs/quality.md, "Session 66"): "which she said holds": a personal pronoun right before the verb is its subject; in
  // lower case only, since "Ms. He said" names Ms. He.
  if (end > floor && /^(?:he|she|they)$/.test(tokens[end - 1]!.bare) && !endsPart(tokens[end - 1]!)) return tokens[end - 1]!.bare;
  // "a group that calls itself", "fishermen who said": the verb's subject is the noun the relative pronoun stands for, not a name earlier in the sentence.
  if (end > floor && /^(?:who|that|which)$/i.test(tokens[end - 1]!.bare) && !endsPart(tokens[end - 1]!)) {
    const head = tokens.slice(Math.max(floor, end - 8), end - 1);
    return head.length && capitalised(head.at(-1)!) ? trailingName(head) : pronounOrDescription(head.slice(-4));
  }
  const from = Math.max(floor, end - 30);
  // "Clinton has condemned the attack, saying…": a participle's subject is its clause's.
  // Rule PS (docs/quality.md, "Session 68"): "In a speech on Monday, he attacked traders, saying…": with no name in it, the clause's
  // subject pronoun, which the document's reading resolves as it does "he said".
  if (/ing$/.test(tokens[verb]!.bare)) return firstNameIn(tokens.slice(from, end)) ?? nameIn(tokens.slice(from, end)) ?? subjectPronounIn(tokens.slice(from, end));
  // "Hale said that the victim's father also said: “…”": a verb inside what another reports has its own subject; the
  // reporter ahead of "that" ("said that", "told reporters that") only relays the words.
  for (let j = end - 1; j > from; j--) {
    if (tokens[j]!.bare !== 'that') continue;
    if (reports(tokens, j - 1) || (j - 2 >= from && TELLS.has(tokens[j - 2]!.bare))) {
      const inner = tokens.slice(j + 1, end);
      return inner.length ? (nameIn(inner) ?? firstNameIn(inner) ?? pronounOrDescription(inner)) : undefined;
    }
    break;
  }
  return nameIn(tokens.slice(from, end)) ?? firstNameIn(tokens.slice(from, end));
}

/**
 * Verbs that direct someone to speak, with an object and an infinitive: "told her to tell", "asked them to say" (rule S1,
 * issue 16speaker). The closed class of verbs of telling and asking that take both.
 */
const DIRECTS = new Set('told tells tell asked asks ask urged urges instructed instructs ordered orders begged begs'.split(' '));

/**
 * Where the verb that directs the reporting verb at `verb` stands: "told Anwar's daughter, Nurul Izzah, to tell" (an object
 * between it and "to"), or "was told to tell" (passive, no object); -1 when the infinitive has no such verb ("went on to
 * say", "was quick to say").
 */
function directingVerbOf(tokens: readonly Token[], verb: number): number {
  if (verb < 2 || tokens[verb - 1]!.bare.toLowerCase() !== 'to') return -1;
  // The object is a short noun phrase, an apposition set off by commas at most: never a clause's stop or another verb of speech.
  for (let j = verb - 2; j >= Math.max(0, verb - 10); j--) {
    const word = tokens[j]!.bare;
    if (DIRECTS.has(word)) return j < verb - 2 || passive(tokens, j) ? j : -1;
    if ((/[.;:!?]$/.test(tokens[j]!.word) && !/^(?:\p{Lu}\.)+$/u.test(tokens[j]!.word)) || reports(tokens, j)) return -1;
  }
  return -1;
}

/** The first subject pronoun of a clause, in lower case ("He attacked", "In May, she wrote"); a capital "He" before a name is one ("He Xintong"). */
function subjectPronounIn(tokens: readonly Token[]): string | undefined {
  const at = tokens.findIndex((t, i) => /^(?:he|she|they)$/i.test(t.bare) && !endsPart(t) && !(tokens[i + 1] && /^\p{Lu}/u.test(tokens[i + 1]!.bare)));
  return at >= 0 ? tokens[at]!.bare.toLowerCase() : undefined;
}

/** Reporting verbs that take the hearer before what they report: "told reporters that", "assured them that". */
const TELLS = new Set('told tells tell assured assures informed informs warned warns reminded reminds'.split(' '));

/** "Annan has joined the argument, warning that…": the clause's subject, its first name. */
function firstNameIn(tokens: readonly Token[]): string | undefined {
  for (let i = 0; i < tokens.length; i++) {
    // A sentence's first word is capitalised anyway: "Responding to questions, Zelensky said".
    if (!capitalised(tokens[i]!) || (i === 0 && (NOT_NAME_WORDS.has(tokens[i]!.bare) || /(?:ing|ed|ly)$/.test(tokens[i]!.bare)))) continue;
    // "centered in the Indian Ocean": a name after a preposition of place is where, never the subject (rule P1, issue 16speaker2).
    if (endsOnPlace(tokens.slice(0, i + 1))) continue;
    let end = i;
    while (end < tokens.length && capitalised(tokens[end]!) && !endsPart(tokens[end]!)) end++;
    if (end < tokens.length && capitalised(tokens[end]!)) end++;
    return (i > 0 && DETERMINERS.has(tokens[i - 1]!.bare.toLowerCase()) ? modifierOf(tokens, i, end) : undefined) ?? trailingName(tokens.slice(i, end));
  }
  return undefined;
}

/**
 * "the Brazilian defence minister said", "The U.S. internet news site Salon has": after an article, capitalised words before
 * lower-case nouns modify them. The subject is named by a capitalised run after those nouns ("Salon"); without one, a person's
 * office ("Brazilian defence minister") is a description, and any other noun is the body the capitalised words name (undefined).
 */
function modifierOf(tokens: readonly Token[], from: number, end: number): string | undefined {
  if (endsPart(tokens[end - 1]!)) return undefined;
  let k = end;
  while (
    k < tokens.length &&
    opensLower(tokens[k]!.bare) &&
    !PARTICLES.has(tokens[k]!.bare) &&
    !functionWord(tokens[k]!.bare) &&
    !NOT_IN_DESCRIPTION.has(tokens[k]!.bare) &&
    !BETWEEN.has(tokens[k]!.bare) &&
    !reports(tokens, k) &&
    !/(?:ed|ing|ly)$/.test(tokens[k]!.bare)
  ) {
    k++;
    if (endsPart(tokens[k - 1]!)) break;
  }
  if (k === end) return undefined;
  if (k < tokens.length && capitalised(tokens[k]!) && !endsPart(tokens[k - 1]!)) {
    let last = k;
    while (last < tokens.length && capitalised(tokens[last]!) && !endsPart(tokens[last]!)) last++;
    if (last < tokens.length && capitalised(tokens[last]!)) last++;
    const named = trailingName(tokens.slice(k, last));
    if (named) return named;
  }
  // "the Nezavisimaya Gazeta newspaper", "the Yugoslav government": a body, named by its capitalised words.
  if (!tokens.slice(end, k).some((t) => isTitle(t))) return undefined;
  return tokens
    .slice(from, k)
    .map((t) => t.bare)
    .join(' ');
}

/**
 * "University of Sao Paulo political scientist Eduardo Kugelmas": capitalised words, then lower-case ones, then a capitalised run
 * that ends the phrase (at its punctuation): the run is the name, what comes before it describes the person.
 */
function nameAfterDescription(tokens: readonly Token[]): string | undefined {
  const end = tokens.findIndex((t) => /[.,;:!?]$/.test(t.word) && !/^(?:\p{Lu}\.)+$/u.test(t.word));
  const phrase = tokens.slice(0, end < 0 ? tokens.length : end + 1);
  let k = phrase.length;
  while (k > 0 && capitalised(phrase[k - 1]!)) k--;
  const lower = phrase.slice(0, k).filter((t) => opensLower(t.bare) && !JOINING.has(t.bare));
  if (k === phrase.length || k === 0 || !lower.length || lower.some((t) => functionWord(t.bare) || NOT_IN_DESCRIPTION.has(t.bare) || reports(phrase, phrase.indexOf(t)))) return undefined;
  if (!opensLower(phrase[k - 1]!.bare)) return undefined;
  return trailingName(phrase);
}

/**
 * The name a relative clause says its person gave, read from the clause's verb at `from`: "gave his name only as Sami", "gave
 * only her first name, Anna", "identified himself as Omar Haddad"; undefined for any other clause (rule GN).
 */
function givenName(tokens: readonly Token[], from: number, ceiling: number): string | undefined {
  const words = tokens.slice(from, Math.min(ceiling, from + 9)).map((t) => t.bare.toLowerCase());
  const m = /^(?:would )?(?:gave|gives|give|identified|identifies|identify)(?: only)? (?:his|her|their|himself|herself|themselves)(?: only)?(?: (?:first|last|full))?(?: names?)?(?: only)?(?: as)? /.exec(`${words.join(' ')} `);
  if (!m || !/\b(?:name|names|himself|herself|themselves)\b/.test(m[0])) return undefined;
  const at = from + m[0].trim().split(' ').length;
  const run: Token[] = [];
  for (let i = at; i < ceiling && run.length < 3 && capitalised(tokens[i]!); i++) {
    run.push(tokens[i]!);
    if (endsPart(tokens[i]!) || /[.!?]$/.test(tokens[i]!.word)) break;
  }
  return run.length ? run.map((t) => t.bare.replace(/[.,;:!?]+$/, '')).join(' ') : undefined;
}

function subjectAfter(tokens: readonly Token[], verb: number, ceiling: number): string | undefined {
  const phrase: Token[] = [];
  for (let i = verb + 1; i < ceiling && phrase.length < 16; i++) {
    const t = tokens[i]!;
    // Rule GN (docs/quality.md, "Session 60"): "said a young man who gave his name only as Sami" names Sami.
    if (/^who$/i.test(t.bare) && phrase.length) {
      const given = givenName(tokens, i + 1, ceiling);
      if (given) return given;
    }
    // "quoted the president telling…", "said Olin, who…": the subject ends where its clause does.
    if (/^(?:as|telling|saying|who|which|in|on|at|after|before|during|to|according)$/i.test(t.bare)) break;
    // Rule QP (docs/quality.md, "Session 68"): "said the letter faxed to foreign news agencies", "according to court documents
    // given to his wife": a past participle that opens a reduced relative on the noun before it ends the subject. Not one with
    // its agent ("the statement released by the union" is the union's words).
    if (reducedRelativeAt(tokens, i, phrase)) break;
    // "said Kerstin Einarsson of Sahlgrenska Hospital": a name, once given, is not extended by where the person works.
    // "said the Executive Clerk of the Monuments Council, Ana Lind": after a determiner the capitalised words are a title.
    if (/^(?:of|from|with|at)$/.test(t.bare) && phrase.length && trailingName(phrase) && !DETERMINERS.has(phrase[0]!.bare.toLowerCase())) {
      // "said University of Sao Paulo political scientist Eduardo Kugelmas": the capitalised words open a description whose name ends it.
      const described = nameAfterDescription(tokens.slice(verb + 1, ceiling));
      if (described) return described;
      break;
    }
    phrase.push(t);
    // "said the Rev. Royce Brown": a title's stop does not end the phrase.
    if (/[.;:]$/.test(t.word) && !/^(?:\p{Lu}\.)+$|^(?:Mr|Mrs|Ms|Dr|Gen|Gov|Sen|Rep|St|Jr)\.$/u.test(t.word) && !TITLES.has(t.word.toLowerCase())) break;
  }
  // "said the United Financial Group, a Russian investment business": the first part names the speaker,
  // unless it is a description and the name follows it ("said the party's first secretary, Alexander Kuvayev").
  const firstPart = phrase.findIndex((t) => endsPart(t));
  if (firstPart >= 0 && firstPart < phrase.length - 1) {
    const first = phrase.slice(0, firstPart + 1);
    const rest = phrase.slice(firstPart + 1);
    // "said Shepard's father, Dennis, outside City Hall": the name set off after a description is the speaker.
    const restEnd = rest.findIndex((t) => endsPart(t));
    const named = wholeName(rest) ?? (restEnd >= 0 ? wholeName(rest.slice(0, restEnd + 1)) : undefined);
    return named && (!trailingName(first) || DETERMINERS.has(first[0]!.bare.toLowerCase())) ? named : nameIn(first);
  }
  return nameIn(phrase);
}

/** A lower-case past participle after a lower-case noun, with a preposition after it that is not its agent's "by". */
function reducedRelativeAt(tokens: readonly Token[], i: number, phrase: readonly Token[]): boolean {
  const before = phrase.at(-1)?.bare ?? '';
  return (
    /^\p{Ll}+(?:ed|en)$/u.test(tokens[i]!.bare) &&
    !/^(?:quoted|cited|reported)$/.test(tokens[i]!.bare) &&
    /^\p{Ll}+$/u.test(before) &&
    !DETERMINERS.has(before) &&
    !/ly$/.test(before) &&
    /^(?:to|at|in|on|from|with|for|over|into|across|through)$/.test(tokens[i + 1]?.bare ?? '')
  );
}

interface Frame {
  /** Who the sentence's own words credit; undefined when they credit nobody. */
  speaker?: string;
  /** Credited through a spokesman: the author named before the quotation wins over the relaying voice after it. */
  relayed?: boolean;
  /** Read from the subject of a clause that a colon ends before the quotation: a speaker only when it is a person named in full. */
  byColon?: boolean;
}

/**
 * "…, said Secretary of State Madeleine Albright on Friday, …": an inverting verb after a comma whose name after it ends
 * the clause (the sentence's end, a comma, or a short time or place phrase) has that name as its subject. "Clinton, in a
 * call with Yeltsin, said Milosevic's forces must withdraw" does not: the words after the verb run on into a clause.
 */
function namedAfterComma(tokens: readonly Token[], verb: number, ceiling: number): boolean {
  if (!INVERTS.has(tokens[verb]!.bare.toLowerCase()) || verb < 1 || !tokens[verb - 1]!.word.endsWith(',')) return false;
  let k = verb + 1;
  let last: Token | undefined;
  while (k < ceiling && (capitalised(tokens[k]!) || (last && /^(?:of|the)$/.test(tokens[k]!.bare)))) {
    last = tokens[k++]!;
    if (/[,;:.!?]$/.test(last.word)) return capitalised(last);
  }
  if (!last || !capitalised(last)) return false;
  if (k >= ceiling) return true;
  if (!CLOSING_PHRASE.has(tokens[k]!.bare.toLowerCase())) return false;
  for (let m = k + 1; m < Math.min(ceiling, k + 4); m++) if (/[,;:.!?]$/.test(tokens[m]!.word)) return true;
  return k + 4 >= ceiling;
}
/** Words that open a time or place phrase after a speaker's name: "on Friday", "in Chicago", "last week". */
const CLOSING_PHRASE = new Set(['on', 'in', 'at', 'last', 'this', 'late', 'early', 'earlier', 'yesterday', 'today', 'tonight']);

/** The subject of the reporting verb at `verb`: before it, or after it when it is inverted after a comma. */
function subjectOf(tokens: readonly Token[], verb: number): string | undefined {
  return namedAfterComma(tokens, verb, tokens.length) ? subjectAfter(tokens, verb, tokens.length) : subjectBefore(tokens, verb, 0);
}

/** Speaker named in the sentence around its quotation spans (tokens outside the quotes only). */
function frameOf(text: string, spans: readonly Span[]): Frame {
  const tokens = tokensOf(text);
  // Where each token sits: inside a quote or not, by its character offset.
  // Spans come in text order, so one pointer walks them beside the tokens: linear in both.
  const inside: boolean[] = [];
  let offset = 0;
  let span = 0;
  for (const t of tokens) {
    const at = text.indexOf(t.word, offset);
    offset = at + t.word.length;
    const mid = at + t.word.length / 2;
    while (span < spans.length && spans[span]!.end <= mid) span++;
    inside.push(span < spans.length && mid > spans[span]!.start && mid < spans[span]!.end);
  }
  const firstQuoted = inside.indexOf(true);
  let after: string | undefined;
  let before: string | undefined;
  let relay = false;
  /** "Exxon, he added, is …": the reporting clause before the quotation is set off by commas inside it. */
  let parenthetical = false;
  /** Where the reporting verb before the quotation stands. */
  let verbBefore = firstQuoted;
  // After a quotation: the first reporting verb within a few words ("…," Olin said; "…," said Olin; "…," Olin said, "…").
  for (let q = 0; q < tokens.length && after === undefined; q++) {
    if (!inside[q] || inside[q + 1] !== false) continue;
    let reach = q + 14;
    for (let i = q + 1; i < tokens.length && i <= reach && !inside[i]; i++) {
      // ""…," Yuri Levada, who heads the center, said": a description set off by commas after the speaker's name is read past.
      const aside = asideAfterName(tokens, q + 1, i, inside);
      if (aside > i) {
        reach = Math.max(reach, aside + 2);
        i = aside;
        continue;
      }
      const word = tokens[i]!.bare.toLowerCase();
      // Rule PI: "…," as one docker put it": "as" opens the reporting clause, not a new one.
      const put = word === 'as' ? tokens.slice(i + 1, i + 7).findIndex((_, n) => putsIt(tokens, i + 1 + n)) : -1;
      if (put >= 0) {
        after = subjectBefore(tokens, i + 1 + put, i + 1);
        break;
      }
      // "…,” while Macron stressed": a new clause begins; its verb is not this quotation's.
      if (CLAUSE_JOINERS.has(word)) break;
      if (word === 'according' && tokens[i + 1]?.bare.toLowerCase() === 'to') {
        after = subjectAfter(tokens, i + 1, tokens.length);
        break;
      }
      const readOut = readsMessage(tokens, i);
      if (!reports(tokens, i) && !readOut) continue;
      if (word === 'quoted') after = subjectAfter(tokens, i, tokens.length);
      after ??= i === q + 1 ? undefined : subjectBefore(tokens, i, q + 1);
      after ??= INVERTS.has(word) || readOut ? subjectAfter(tokens, i, tokens.length) : undefined;
      if (after)
        relay = RELAY.test(
          tokens
            .slice(q + 1, i + 4)
            .map((t) => t.word)
            .join(' '),
        );
      break;
    }
  }
  // Before the quotation: the subject of the last reporting verb ahead of it ("Albright said Washington was “…”").
  if (firstQuoted > 0) {
    // "a grab-bag section called "threatening state security"": a verb that introduces the quoted words as a name reports no
    // one's speech (the reading isSpeech makes of them); the look-back passes it (rule Q2, issue 16quotes).
    const naming = spans[0] && spans[0].start > 0 && NAMED_AS.test(text.slice(Math.max(0, spans[0].start - 40), spans[0].start - 1)) ? firstQuoted - 3 : firstQuoted;
    for (let i = firstQuoted - 1; i >= 0; i--) {
      if (i >= naming) continue;
      const word = tokens[i]!.bare.toLowerCase();
      if (word === 'according' && tokens[i + 1]?.bare.toLowerCase() === 'to') {
        if (insertedAfterVerb(tokens, i)) continue;
        before = subjectAfter(tokens, i + 1, firstQuoted);
        break;
      }
      if (!reports(tokens, i) && !issuesMessage(tokens, i) && !judgesInWords(tokens, i)) continue;
      if (tokens[i - 1]?.bare.toLowerCase() === 'as' && insertedAfterVerb(tokens, i - 1)) continue;
      // "Estrada told Nurul Izzah to tell her father "…"": the words of a request to speak are the requester's, and the one
      // asked is the hearer; "Izzah was told to tell…" names only the hearer (rule S1, issue 16speaker).
      const directing = directingVerbOf(tokens, i);
      if (directing >= 0) {
        before = passive(tokens, directing) ? undefined : subjectBefore(tokens, directing, 0);
        verbBefore = directing;
        break;
      }
      // "was described by the diplomats as “…”", "quoted X as saying": the speaker follows the verb.
      const byAgent = tokens[i + 1]?.bare.toLowerCase() === 'by' ? subjectAfter(tokens, i + 1, firstQuoted) : undefined;
      // "In the face of it, said Amy Jaffe, an analyst, “…”": a verb after an opening phrase, a name after it, has its subject after
      // ("Clinton, in a call with Yeltsin, said Milosevic's…" keeps the subject before).
      const inverted = (INVERTS.has(word) && i > 0 && tokens[i + 1] !== undefined && capitalised(tokens[i + 1]!) && openingPhrase(tokens.slice(0, i))) || namedAfterComma(tokens, i, firstQuoted);
      before = byAgent ?? (word === 'quoted' || inverted ? subjectAfter(tokens, i, firstQuoted) : undefined) ?? subjectBefore(tokens, i, 0);
      parenthetical = i >= 2 && endsPart(tokens[i]!) && endsPart(tokens[i - 2]!);
      verbBefore = i;
      break;
    }
  }
  // "Although Verth vowed…, he called it “…”": the pronoun's person is named earlier in the sentence.
  // In "Exxon, he added, is “…”" the name is what the words are about, so the pronoun is someone named before.
  // "He told reporters that Lahoud will "…"": a name after the verb is in what was said, not who said it.
  // Rule RQ: "Carla Minh said the town had switched …, which she said holds …": the pronoun is who the sentence's first report is by.
  if (isPronoun(before) && !after && firstQuoted > 0 && !parenthetical) before = earlierReporter(tokens, verbBefore, inside) ?? firstNameIn(tokens.slice(0, verbBefore).filter((_, i) => !inside[i])) ?? before;
  // Words a spokesman relays are their author's; "ITAR-Tass quoted him" names the author before.
  if (before && after && (relay || isPronoun(after)) && !isPronoun(before)) return { speaker: before, relayed: true };
  // "Lind held up two fingers: "…"": a colon that ends the sentence's own clause sets off its subject's words (rule C,
  // docs/quality.md, "Who said what on a set nobody tuned on, session 34"); attribute keeps only a person named in full.
  if (!after && !before && firstQuoted > 0 && /:$/.test(tokens[firstQuoted - 1]!.word) && !inside.slice(0, firstQuoted).some(Boolean)) {
    const opening = openingName(text, tokens);
    if (opening) return { speaker: opening, byColon: true };
  }
  return { speaker: after ?? before };
}

/** The named subject of a reporting verb before `verb` in the sentence, outside quotation marks (rule RQ); undefined when none. */
function earlierReporter(tokens: readonly Token[], verb: number, inside: readonly boolean[]): string | undefined {
  for (let j = 1; j < verb; j++) {
    if (inside[j] || !reports(tokens, j)) continue;
    const subject = subjectBefore(tokens, j, 0);
    return subject !== undefined && !isPronoun(subject) && /^\p{Lu}/u.test(subject) ? subject : undefined;
  }
  return undefined;
}

/**
 * Where a part set off by commas closes (its last token) when the tokens from `from` up to `at` are a name ending on a comma
 * and the aside opens at `at` (""…," Marv Johnson, executive director of …, said"); `at` itself otherwise. The aside ends at
 * the next comma within 20 tokens, never inside a quotation or across a sentence's stop.
 */
function asideAfterName(tokens: readonly Token[], from: number, at: number, quoted: readonly boolean[]): number {
  const name = tokens.slice(from, at);
  if (!name.length || !tokens[at - 1]!.word.endsWith(',') || name.slice(0, -1).some((t) => endsPart(t)) || !name.every((t) => capitalised(t)) || !trailingName(name)) return at;
  for (let k = at; k < Math.min(tokens.length, at + 20); k++) {
    if (quoted[k] || (/[.;:!?]$/.test(tokens[k]!.word) && !TITLES.has(tokens[k]!.word.toLowerCase()) && !/^(?:\p{Lu}\.)+$/u.test(tokens[k]!.word))) return at;
    if (tokens[k]!.word.endsWith(',')) return k;
  }
  return at;
}

/**
 * "The Post has noted, as suggested by SBS, that…", "Lind said, according to Ek, that…": a clause set off by a comma after the
 * sentence's own reporting verb comments on the claim; that verb's subject is the speaker, not the clause's agent.
 */
function insertedAfterVerb(tokens: readonly Token[], at: number): boolean {
  if (at < 1 || !endsPart(tokens[at - 1]!)) return false;
  for (let j = 1; j < at; j++) if (reports(tokens, j)) return true;
  return false;
}

/** The tokens are one phrase that opens a sentence and is set off by a comma: "In the face of it,", "Faced with rivals,". */
function openingPhrase(tokens: readonly Token[]): boolean {
  const first = tokens[0]?.bare ?? '';
  return tokens.length > 0 && endsPart(tokens.at(-1)!) && tokens.slice(0, -1).every((t) => !endsPart(t)) && (functionWord(first) || /(?:ing|ed)$/.test(first));
}

/** What attribution reads of one document, whichever of its stretches it reads: each piece read once, when first needed. */
interface DocumentReading {
  names: () => ReadonlySet<string>;
  people: () => ReadonlyMap<string, string>;
  fullName: (name: string) => string;
  /** The one named person a definite description in the sentence stands for, when the document ties its head to one (rule N). */
  tied: (speaker: string, text: string) => string | undefined;
  /** Whether the document credits speech to this one-word name anywhere ("…," Oyelaran said; "Oyelaran told reporters"): rule HV. */
  speaks: (name: string) => boolean;
  /**
   * What each sentence's own words say of its voice and its subject: every sentence is read in up to three stretches (its own
   * and as context of the two beside it), and these depend on its text and its document alone, not on the state carried in.
   */
  own: Map<Sentence, OwnWords>;
  /** Each speaker frame's speaker as asNamed gives it (a sentence has one frame read closed at its start and one read open). */
  frameSpeakers: Map<Frame, string | undefined>;
}

/** A sentence's readings that no state carried from sentence to sentence changes; absent until first asked. */
interface OwnWords {
  /** The voice it reports, as asNamed gives it. */
  reported?: string | null;
  /** The person it introduces or opens on (introducedSubject, else personOpening). */
  subject?: string | null;
  opensOnPronoun?: boolean;
}

/**
 * One pass over a stretch of a document and its context: quotation state carries from sentence to sentence within a
 * paragraph, each speech sentence gets the speaker its own words name, else its quotation's, else the voice quoted or
 * reported just before it. Sentences from `until` on are context after the stretch: read only while a quotation that
 * holds a sentence before `until` goes on (a speaker named later is the whole quotation's), since no later sentence
 * changes what the stretch's sentences were found to carry.
 */
function attribute(document: readonly Sentence[], until: number, { names, people, fullName, tied, speaks, own, frameSpeakers }: DocumentReading, sameText?: SameText): Map<Sentence, Omit<FoundQuote, 'named'>> {
  const out = new Map<Sentence, Omit<FoundQuote, 'named'>>();
  let open = false;
  let openFor = 0;
  let paragraph = -1;
  /** The current multi-sentence quotation: its sentences and the speaker found so far. */
  let block: { sentences: Sentence[]; speaker?: string; carriesVoice: boolean; opensAt: number } | undefined;
  /** The voice last quoted or reported, with the position where it was. */
  let lastVoice: { speaker: string; position: number; paragraph: number } | undefined;
  const guessed = new Set<Sentence>();
  /** The person the last sentence without quotation introduced: what a pronoun after it refers to, never a quotation's speaker by itself. */
  let lastSubject: { speaker: string; position: number } | undefined;
  /** The pronoun ("he" or "she") each person was last taken for in this document: one person is never both (rule GA). */
  const pronounOf = new Map<string, string>();
  const resolve = (speaker: string | undefined, position: number): string | undefined => {
    if (!isPronoun(speaker)) return speaker;
    const antecedent = lastSubject && (!lastVoice || lastSubject.position > lastVoice.position) ? lastSubject : lastVoice;
    if (!antecedent || notThisVoice(speaker, antecedent.speaker) || position - antecedent.position > 4) return undefined;
    if (otherPronoun(speaker, antecedent.speaker)) return undefined;
    if (speaker === 'he' || speaker === 'she') pronounOf.set(antecedent.speaker, speaker);
    return antecedent.speaker;
  };
  const otherPronoun = (pronoun: string | undefined, person: string) => (pronoun === 'he' || pronoun === 'she') && (pronounOf.get(person) ?? pronoun) !== pronoun;
  /**
   * A sentence that quotes no speech: the voice it reports, else the person it introduces as its subject. Quoted words
   * that are no speech (a title, a phrase) may hide the subject, so such a sentence that reports no voice changes nothing.
   */
  const ownWordsOf = (sentence: Sentence) => {
    let words = own.get(sentence);
    if (!words) own.set(sentence, (words = {}));
    return words;
  };
  const openingPerson = (text: string | undefined) => (text ? (introducedSubject(text) ?? describedPerson(text) ?? personOpening(text, fullName)) : undefined);
  // Rule HV: "Oyelaran rejected that argument." where '"…," Oyelaran said': a one-word name the article hears speak is a person.
  const heardOpening = (text: string) => {
    const first = /^\p{Lu}[\p{L}'’-]+/u.exec(text)?.[0];
    if (!first || !speaks(first)) return undefined;
    const name = openingName(text, tokensOf(text));
    return name === first ? name : undefined;
  };
  const readWithoutSpeech = (sentence: Sentence, quotesWords = false) => {
    const text = sentence.text;
    const words = ownWordsOf(sentence);
    if (words.reported === undefined) words.reported = asNamed(reportedVoiceOf(sentence, sameText), text, names) ?? null;
    const reported = words.reported;
    if (reported) {
      const voice = resolve(reported, sentence.position) ?? reported;
      lastVoice = { speaker: tied(voice, text) ?? voice, position: sentence.position, paragraph: sentence.paragraph };
    } else if (!quotesWords) {
      // "Lasse Dahl, a former firefighter, came to the site. '…,' he said": a pronoun takes the subject of the sentence
      // just before it, not a voice quoted earlier; a sentence about someone else ends that reach.
      // "Saramago learned of his award…", "Yeltsin has a history…": a person the article names in full, as the subject, is one
      // too; "Still, he insists…" goes on about the person just introduced.
      const continues = lastSubject && (!lastVoice || lastSubject.position > lastVoice.position) && (words.opensOnPronoun ??= opensOnPronoun(text));
      if (words.subject === undefined) words.subject = openingPerson(text) ?? openingPerson(afterOpeningPhrase(text)) ?? openingPerson(afterRoleWords(text)) ?? describedOpening(text, tied) ?? null;
      const subject = words.subject ?? heardOpening(text) ?? (continues ? lastSubject!.speaker : undefined);
      lastSubject = subject ? { speaker: subject, position: sentence.position } : undefined;
    }
  };
  for (let at = 0; at < document.length; at++) {
    const sentence = document[at]!;
    if (sentence.paragraph !== paragraph) {
      paragraph = sentence.paragraph;
      open = false;
      block = undefined;
    }
    if (at >= until && !(block && block.opensAt < until)) break;
    const text = sentence.text;
    const reading: SentenceReading | undefined = hasQuotationMark(text) || open ? readingOf(sentence, open, sameText) : undefined;
    if (!reading || (!reading.marks.spans.length && !open)) {
      readWithoutSpeech(sentence);
      continue;
    }
    const marks: Marks = reading.marks;
    const frame: Frame | undefined = reading.frame;
    const openedInside = open;
    // A quotation left open for many sentences is a lost closing mark, not a speech that long.
    openFor = marks.open ? openFor + 1 : 0;
    open = marks.open && openFor <= MAX_OPEN_SENTENCES;
    if (!frame) {
      block = open ? block : undefined;
      // "Albright said Washington was "deeply concerned" about…": quoted words that are no speech leave the sentence's own voice.
      if (!openedInside && !open) readWithoutSpeech(sentence, true);
      continue;
    }
    if (!frameSpeakers.has(frame)) frameSpeakers.set(frame, frame.byColon ? (personIn(frame.speaker!, fullName) ?? undefined) : asNamed(frame.speaker, text, names));
    let speaker = resolve(frameSpeakers.get(frame), sentence.position);
    // "…," the Cuban leader said, after a sentence naming Castro: a role is the one person the sentences before it name.
    if (speaker && isRole(speaker)) {
      const context = [...document.slice(Math.max(0, at - ROLE_REACH), at).map((s) => s.text), ownWords(text, marks.spans)];
      const voice = lastVoice && lastVoice.paragraph === sentence.paragraph && sentence.position - lastVoice.position <= 3 ? lastVoice.speaker : undefined;
      speaker = personMeant(context, people(), speaker) ?? (voice && titledAs(voice, speaker, document) ? voice : undefined) ?? speaker;
    } else if (speaker) speaker = tied(speaker, text) ?? speaker;
    const carriedIn = marks.spans[0]?.carried && marks.spans[0].start === 0;
    if (carriedIn && block) block.sentences.push(sentence);
    // Whether the quotation carries the voice just heard is read where it opens: its later sentences open inside it anyway.
    else block = { sentences: [sentence], carriesVoice: lastVoice !== undefined && carriesVoice(text, marks.spans, lastVoice.speaker), opensAt: at };
    if (speaker) {
      // The whole quotation is this speaker's, the sentences before this one included.
      for (const s of block.sentences) {
        const known = out.get(s);
        if (known && (!known.speaker || guessed.has(s))) known.speaker = speaker;
        guessed.delete(s);
      }
      block.speaker ??= speaker;
    } else if (block.speaker) speaker = block.speaker;
    // Rule OV: "The union said it would ask …, 'no matter how small,'": the sentence's own reporter, not the voice last heard.
    else if (!openedInside && marks.spans[0] && (speaker = reporterBefore(text, marks.spans[0].start))) block.speaker = speaker;
    else if (
      lastVoice &&
      sentence.position - lastVoice.position <= 3 &&
      // A paragraph that opens on words it credits to no one starts a voice the writer has not named yet (rule P,
      // docs/quality.md, "Twenty-eighth round (issue 16speaker5)"): the voice of the paragraph before is not carried into it,
      // unless that paragraph ends on a colon ("Ms North says:") or this sentence's own words open on the voice (P′).
      (lastVoice.paragraph === sentence.paragraph || handsOnVoice(document[at - 1]) || !opensOnQuotation(text, marks.spans, openedInside)) &&
      block.carriesVoice &&
      !notThisVoice(frame.speaker, lastVoice.speaker) &&
      !otherPronoun(frame.speaker, lastVoice.speaker) &&
      // A person introduced since the voice was heard ("Joseph Delva, a reporter, was in the area.") may be the one speaking now.
      !(lastSubject && lastSubject.position > lastVoice.position)
    ) {
      // Until the quotation names its speaker, it continues the voice just heard; a sentence that opens on the writer's own
      // clause about something else ("The entries ranged from "…" to "…"") describes quoted words, it does not carry the voice on.
      speaker = lastVoice.speaker;
      guessed.add(sentence);
    }
    out.set(sentence, { speaker: speaker ?? '', sentence });
    // A guess carries the voice on, but does not make it more recent than a person introduced since it was named.
    if (speaker && !(guessed.has(sentence) && lastSubject && lastVoice && lastSubject.position > lastVoice.position)) lastVoice = { speaker, position: sentence.position, paragraph: sentence.paragraph };
    if (!open) block = undefined;
  }
  return out;
}

/**
 * The person a sentence opens on and introduces with a description set off after the name ("Lasse Dahl, a former
 * firefighter, …") or a title before it ("Prime Minister Ola Berg travelled…"): the subject a following "he" or "she" refers to.
 */
function introducedSubject(text: string): string | undefined {
  const tokens = tokensOf(text);
  let end = 0;
  // "Secretary of State Ana Lind": an office's "of" between capitalised words stays in the run (rule O).
  while (end < tokens.length && (capitalised(tokens[end]!) || (end > 0 && tokens[end]!.word === 'of' && capitalised(tokens[end + 1] ?? tokens[end]!))) && !endsPart(tokens[end]!)) end++;
  // "Prime Minister Ola Berg travelled to the site": a title before the name says it is a person's.
  if (end >= 3 && tokens[0] && isTitle(tokens[0]) && opensLower(tokens[end]?.bare ?? '')) {
    const name = trailingName(tokens.slice(0, end));
    return name?.includes(' ') ? name : undefined;
  }
  const last = tokens[end];
  if (!last || !capitalised(last) || !/,$/.test(last.word) || /['’]s,?$/.test(last.bare)) return undefined;
  // "Lasse Dahl, a former firefighter,", "Lieutenant Colonel Bruce Ewing, commander of the team,": a description set off after the name.
  const next = tokens[end + 1]?.bare ?? '';
  // Rule AP: "Anders Lund, its chief executive,": a company's or a body's officer is described by "its" or "their".
  // Rule LR: "Ruth Albers, who sits on the committee," is described by a relative clause as by a noun phrase.
  // Rule WP: "Gerald Okafor, Vance's lawyer,": another's name in the possessive opens a description too.
  const possessive = /^\p{Lu}[\p{L}-]*['’]s$/u.test(tokens[end + 1]?.word ?? '');
  // Amendment LR′ (docs/quality.md, "Session 65"): "Kelsey Arnett, whose two children attend Cedar Hollow," too.
  if (!possessive && !/^(?:a|an|the|his|her|its|their|who|whose)$/.test(next) && !(opensLower(next) && !functionWord(next) && !NOT_IN_DESCRIPTION.has(next))) return undefined;
  const name = trailingName(tokens.slice(0, end + 1));
  return name?.includes(' ') && !NOT_NAME_WORDS.has(name.split(' ')[0]!) ? name : undefined;
}

/**
 * "Its chief executive, Anders Lund, criticised…", "The agency's director, Paul Aubry, flew…": a sentence that opens on a
 * description with the person's name set off after it introduces that person as its subject (rule AP, docs/quality.md, "Session 57").
 */
function describedPerson(text: string): string | undefined {
  const opening = DESCRIBED_PERSON.exec(text);
  if (!opening) return undefined;
  const name = opening[1]!;
  return NOT_NAME_WORDS.has(name.split(' ')[0]!) ? undefined : name;
}
// Rule WP: the name may carry its place ("Vance's lawyer, Gerald Okafor of Des Moines, questioned").
const DESCRIBED_PERSON = /^(?:The|Its|His|Her|Their|\p{Lu}[\p{L}-]*['’]s)(?: [\p{Ll}'’-]+){1,4}, ((?:\p{Lu}[\p{L}'’-]*\.? ){1,3}\p{Lu}[\p{L}'’-]*)(?: of (?:\p{Lu}[\p{L}'’-]*\.? ){0,2}\p{Lu}[\p{L}'’-]*)?, \p{Ll}/u;

/**
 * "Saramago learned of his award…": the person a sentence opens on, when the article gives the full name and the name is the
 * subject of the verb after it. A place or a body named in one word ("Kosovo", "Exxon") has no full name and is no one here.
 */
function personOpening(text: string, fullName: (name: string) => string): string | undefined {
  const name = openingName(text, tokensOf(text));
  return name ? personIn(name, fullName) : undefined;
}

/** A name as the person the article names in full ("Saramago" → "Jose Saramago"); a place or a body in one word is no one here. */
function personIn(name: string, fullName: (name: string) => string): string | undefined {
  const full = fullName(shortNameOf(name));
  return full.includes(' ') ? full : undefined;
}

/** The name of one to three capitalised words a sentence opens on, as the subject of the verb after it ("Saramago learned…"). */
function openingName(text: string, tokens: readonly Token[]): string | undefined {
  let end = 0;
  while (end < tokens.length && capitalised(tokens[end]!) && !endsPart(tokens[end]!) && !/['’]s$/.test(tokens[end]!.bare)) end++;
  if (end === 0 || end > 3 || !opensLower(tokens[end]?.word ?? '') || functionWord(tokens[end]!.bare) || NOT_NAME_WORDS.has(tokens[0]!.bare)) return undefined;
  const name = trailingName(tokens.slice(0, end));
  if (!name) return undefined;
  // The subject of the sentence's verb: "Gay leaders charge…" opens on a noun's modifier, no one.
  const read = readDoc(text).tokens();
  const tags = read.out(its.pos) as string[];
  const words = read.out() as string[];
  const at = words.indexOf(tokens[end]!.word.replace(/[^\p{L}'’-]+$/u, ''));
  return at >= 0 && (tags[at] === 'VERB' || tags[at] === 'AUX') ? name : undefined;
}

/**
 * "The writer, who federal authorities believe was Haroun Fazil, … noted …": a sentence that opens on a definite description the
 * document ties to one name introduces that person, as one opening on the name does (rule N′, docs/quality.md, "Thirty-first
 * round (issue 16speaker6)").
 */
function describedOpening(text: string, tied: (speaker: string, text: string) => string | undefined): string | undefined {
  const opening = /^(?:The|Its|His|Her|Their) ((?:[\p{L}-]+ ){0,3}?\p{Ll}[\p{Ll}-]*)(?=,| of | \p{Ll})/u.exec(text);
  return opening ? tied(opening[1]!, text) : undefined;
}

/**
 * "At the harbour, Port Director Ana Lind praised…", "On Friday, Lind flew…": the words after a short opening phrase of place
 * or time set off by a comma, where the sentence's subject stands (rule O, docs/quality.md, "Who said what on a set nobody
 * tuned on, session 34").
 */
function afterOpeningPhrase(text: string): string | undefined {
  const comma = /^([^,]*),\s+/.exec(text);
  if (!comma) return undefined;
  const opening = comma[1]!.split(/\s+/);
  // Rule AQ (docs/quality.md, "Session 74"): "Asked whether the association would sue, Domnik declined to speculate": a clause of
  // being asked or reached, however long, stands before the subject as a phrase of time does.
  if (opening.length <= 20 && ASKED_OPENING.test(opening[0]!)) return text.slice(comma[0].length);
  return opening.length <= 5 && OPENS_CIRCUMSTANCE.has(opening[0]!.toLowerCase()) ? text.slice(comma[0].length) : undefined;
}
const ASKED_OPENING = /^(?:Asked|Pressed|Questioned|Reached|Contacted|Interviewed|Speaking|Responding|Challenged)$/;
const OPENS_CIRCUMSTANCE = new Set([...PLACE_PREPOSITIONS, 'during', 'after', 'before', 'since', 'until', 'earlier', 'later', 'yesterday', 'today', 'tonight', ...TIME_NAMES]);

/**
 * "Council member Ruth Albers, who …", "Finance chief Ruth Albers disagreed": the text from the name on, where a role written
 * with lower-case words stands before it (rule LR). A lower-case word is required, so no capitalised word of a name is cut off it.
 */
function afterRoleWords(text: string): string | undefined {
  const role = ROLE_BEFORE_NAME.exec(text);
  if (!role || role[0].trim().split(' ').slice(1).some(functionWord)) return undefined;
  return text.slice(role[0].length);
}
const ROLE_BEFORE_NAME = /^\p{Lu}\p{Ll}+(?: \p{Ll}+){1,2} (?=\p{Lu}\p{Ll}+ \p{Lu})/u;

/** "He immediately returned…", "Still, he insists…": the sentence's subject is "he" or "she", after at most an opening phrase. */
function opensOnPronoun(text: string): boolean {
  const tokens = tokensOf(text);
  const comma = tokens.findIndex((t) => endsPart(t));
  const at = comma >= 0 && comma < 6 && /^(?:he|she)$/i.test(tokens[comma + 1]?.bare ?? '') ? comma + 1 : 0;
  return /^(?:he|she)$/i.test(tokens[at]?.bare ?? '');
}

/**
 * What a sentence's own words say, read once: a document's stretches are read again for each
 * briefing that wants another of its sentences, and only the state carried between sentences differs.
 */
const voices = new WeakMap<Sentence, string | null>();
const readings = new WeakMap<Sentence, [SentenceReading?, SentenceReading?]>();
interface SentenceReading {
  marks: Marks;
  /** The speaker frame, when a quotation span is speech. */
  frame?: Frame;
}

/**
 * Reads what a sentence's own words say of speech (its quotation marks and speaker frame, or the voice it reports) ahead of
 * any briefing: the same readings `findQuotes` makes and keeps when it first meets the sentence, so it then only attributes.
 */
export function readSpeech(sentence: Sentence, sameText?: SameText): void {
  const reading = hasQuotationMark(sentence.text) ? readingOf(sentence, false, sameText) : undefined;
  if (!reading?.marks.spans.length) reportedVoiceOf(sentence, sameText);
}

function reportedVoiceOf(sentence: Sentence, sameText?: SameText): string | undefined {
  const first = standInFor(sentence, sameText);
  if (first) return reportedVoiceOf(first);
  let voice = voices.get(sentence);
  if (voice === undefined) voices.set(sentence, (voice = reportedVoice(sentence.text) ?? null));
  return voice ?? undefined;
}

function readingOf(sentence: Sentence, openAtStart: boolean, sameText?: SameText): SentenceReading {
  const first = standInFor(sentence, sameText);
  if (first) return readingOf(first, openAtStart);
  const both = readings.get(sentence) ?? [];
  const slot = openAtStart ? 1 : 0;
  let reading = both[slot];
  if (!reading) {
    const marks = quotationSpans(sentence.text, openAtStart);
    reading = marks.spans.some((s) => isSpeech(sentence.text, s)) ? { marks, frame: frameOf(sentence.text, marks.spans) } : { marks };
    both[slot] = reading;
    readings.set(sentence, both);
  }
  return reading;
}

/**
 * Rule OV (docs/quality.md, "Session 64"): who a sentence's own words report speaking before its first quotation mark ("The union
 * said it would ask …, "no matter how small,""), any subject but a pronoun, which the voices before it tell.
 */
function reporterBefore(text: string, quoteStart: number): string | undefined {
  const tokens = tokensOf(text.slice(0, quoteStart));
  for (let i = 1; i < tokens.length; i++) {
    // Amendment OV′: an infinitive reports no one ("Tove Lind was told to tell the crew": rule S1's hearer).
    if (!reports(tokens, i) || tokens[i - 1]!.bare.toLowerCase() === 'to') continue;
    const subject = subjectOf(tokens, i);
    if (subject && !isPronoun(subject)) return subject;
  }
  return undefined;
}

/** "Albright said the crisis would last": who a sentence without quotation marks reports speaking. */
function reportedVoice(text: string): string | undefined {
  const tokens = tokensOf(text);
  for (let i = 1; i < tokens.length && i < 24; i++) {
    if (!reports(tokens, i)) continue;
    const subject = subjectOf(tokens, i);
    // A voice is someone identified: a name, or one of a nation's or a body's people ("an Israeli official"), not "officials".
    if (subject && !isPronoun(subject) && /^(?:(?:a|an|one|another) )?\p{Lu}/u.test(subject)) return subject;
    return undefined;
  }
  return undefined;
}

const subjects = new WeakMap<Sentence, string[]>();

/**
 * Who a sentence's own words say spoke: the subject of each reporting verb in it, named or described
 * ("Mahathir told reporters", "the mayor said", "…, said the prosecutor"), pronouns left out. Read once a sentence.
 */
function speakersIn(sentence: Sentence): string[] {
  let found = subjects.get(sentence);
  if (found) return found;
  const tokens = tokensOf(sentence.text);
  found = [];
  for (let i = 1; i < tokens.length; i++) {
    if (!reports(tokens, i)) continue;
    const subject = subjectOf(tokens, i) ?? (INVERTS.has(tokens[i]!.bare) ? subjectAfter(tokens, i, tokens.length) : undefined);
    if (subject && !isPronoun(subject)) found.push(subject);
  }
  subjects.set(sentence, found);
  return found;
}
