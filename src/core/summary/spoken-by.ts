import { invertsSubject, isReportingStem } from '../facts/quotes.js';
import { TITLE_WORDS } from '../index/introduced.js';
import { CALENDAR_NAMES } from '../ingest/calendar-words.js';
import type { Sentence } from '../ingest/document.js';
import { its, MANNER_ADVERB, readDoc, stem } from '../nlp.js';
import { type Leaning, partsOf, type SentencesOf, unitOf } from './passages.js';

/**
 * Whether a sentence gives the asked speaker's own words (docs/quality.md, eighth round, rule 1): the
 * speaker is the subject of an active reporting verb ("Hariri told…", "…, said the prosecutor"), the
 * subject of a clause a reporting participle continues ("Hun Sen rejected…, saying…"), the one quoted
 * ("quoted Mahathir as saying", "according to the police"), or the speaker the product's attribution
 * gives a quotation. The asked word inside another thing's phrase ("sources close to Hariri", "Hun
 * Sen's party", "the union leader" for "the leaders") or under a passive ("Milosevic was told") is
 * spoken of, not speaking. English grammar, not words of any story.
 */

export interface AskedSpeaker {
  /** The asked speaker as the question writes it ("the tribunal prosecutor", "Louise Arbour"): its last word is its head. */
  words: string;
  /** Every word of the question, lower-cased: a modifier the question uses names the same thing. */
  questionWords: ReadonlySet<string>;
}

/** Words that stand between a subject and its verb without changing who acts ("Hun Sen on Friday rejected"). */
const BETWEEN =
  /^(?:has|have|had|will|would|also|recently|later|again|then|on|last|this|earlier|today|yesterday|once|repeatedly|publicly|previously|separately|further|immediately|quickly|himself|herself|itself|themselves|monday|tuesday|wednesday|thursday|friday|saturday|sunday|night|morning|week|\d+)$/i;
/** Adverbs of hearsay: "Putin reportedly suggested" is a third party's account of him, not him speaking. */
const EVIDENTIAL = /^(?:reportedly|allegedly|purportedly|supposedly|apparently|seemingly)$/i;
const between = (t: Token | undefined) => !!t && (BETWEEN.test(t.text) || (MANNER_ADVERB.test(t.text) && !EVIDENTIAL.test(t.text)));
/** Words that open a relative clause: an aside or an "of" phrase that holds one speaks of someone else ("the man who said"). */
const RELATIVE = /^(?:who|whom|whose|which|that|where|when)$/i;
/** Words of an aside left unclosed before the verb ("Margaret Beckett, the U.K.'s Foreign Secretary said"), at most. */
const UNCLOSED_ASIDE = 8;
/** Lower-case words of the head's own "of" phrase before the verb ("the chief of emergency relief said"), at most. */
const OF_PHRASE = 4;
/** Words of an aside before the asked phrase's own words ("Lanza, a former Trump campaign adviser,"), at most. */
const ASIDE_OPENING = 6;

/** Verbs that make the subject the one spoken to or of: "was told", "were asked". */
const PASSIVE = /^(?:was|were|is|are|been|being|be|get|gets|got)$/i;
/** What opens a phrase inside a subject that names another thing than its head ("sources close to X", "a website run by X"). */
const INSIDE_ANOTHER = /^(?:of|to|by|for|from|with|about|against|on|at|near|among|toward|towards|behind|under|over|around|like|than|between|and|or)$/i;
const DETERMINER = /^(?:the|a|an|this|that|these|those)$/i;
/**
 * Prepositions that open where or when the inverted speaker spoke (amendment SV′: "…," said union president Marta Okafor outside
 * Eastgate General Hospital; "said Hariri in a statement"): a verb after the name instead ("said Hariri turned down…") is another clause.
 */
const SETTING = /^(?:outside|at|in|on|after|before|during|near|from|inside|while|when|as|with)$/;
/** A reporting participle that continues its clause's subject: "…, saying…". */
const PARTICIPLE = /^\p{Ll}+ing$/u;

interface Token {
  text: string;
  lower: string;
  stem: string;
  word: boolean;
}

function tokensOf(text: string): Token[] {
  return [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]|[,;:()"“”—–]/gu)].map((m) => {
    const lower = m[0].toLowerCase();
    const word = /^[\p{L}\p{N}]/u.test(m[0]);
    // Rule AB: "Gov. Elena Ortiz" is the governor a question asks of; "Hun Sen." ending a sentence is no senator.
    const title = word ? TITLE_WORDS.get(`${lower}.`) : undefined;
    const named = title !== undefined && TITLE_BEFORE_NAME.test(text.slice(m.index + m[0].length));
    return { text: m[0], lower, stem: word ? bare(named ? title : lower) : '', word };
  });
}
/** What follows a title's abbreviation: its full stop, then a capitalised name. */
const TITLE_BEFORE_NAME = /^\.\s+\p{Lu}/u;

/** A word's stem, its possessive and the dots of an abbreviation aside ("U.S." is written "U.S" before a full stop). */
const bare = (word: string) =>
  stem(
    word
      .toLowerCase()
      .replace(/['’]s$/, '')
      .replace(/\./g, ''),
  );
const capital = (t: Token | undefined) => !!t?.word && /^\p{Lu}/u.test(t.text);
const reporting = (t: Token | undefined) => !!t?.word && /^\p{Ll}/u.test(t.text) && isReportingStem(t.stem);

/**
 * Whether the sentence gives the words of the asked speaker. `quoted` are the speakers the product's
 * attribution gives the sentence's quotations: one whose name ends on the asked head is the asked speaker.
 */
export function givesWordsOf(text: string, asked: AskedSpeaker, quoted: readonly string[] = [], before?: string): boolean {
  // "said the statement released by the EU" for the European Union: a speaker written by its initials is the one asked.
  if (quoted.some((q) => sameByInitials(q, asked.words))) return true;
  const tokens = tokensOf(text);
  const head = headOf(asked.words);
  const named = tokens.flatMap((t, i) => (t.stem === head ? [i] : []));
  // Rule BO (docs/quality.md, "Session 57"): "The union's president, Tom Reed, said", "Its general secretary, Amy Doyle, said"
  // after a sentence naming the union: an officer speaks for the body.
  if (named.some((i) => /['’]s$/i.test(tokens[i]!.text) && officerSpeaksFrom(tokens, i + 1))) return true;
  if (/^(?:its|their)$/.test(tokens[0]?.lower ?? '') && before && tokensOf(before).some((t) => t.stem === head && !/['’]s$/i.test(t.text)) && officerSpeaksFrom(tokens, 1)) return true;
  // A sentence that names the speaker says by its grammar whether they speak; one that does not ("…," he said) is read by the attribution.
  if (!named.length) return quoted.some((q) => headOf(q) === head);
  return named.some((i) => !/['’]s$/i.test(tokens[i]!.text) && speaksAt(tokens, i, asked));
}

/** Rule BO: the offices that speak for a body, country or company. A closed class of English nouns. */
const OFFICE = new Set(
  'spokesman spokeswoman spokesperson president chairman chairwoman chair executive director secretary leader head chief minister ambassador envoy commissioner governor mayor lawyer attorney'.split(' ').map((w) => bare(w)),
);

/** Whether an office opens at `from` (within three words), then its holder's name, then a reporting verb: "general secretary, Amy Doyle, said". */
function officerSpeaksFrom(tokens: readonly Token[], from: number): boolean {
  let at = from;
  while (at < from + 3 && tokens[at]?.word && !OFFICE.has(tokens[at]!.stem)) at++;
  if (!tokens[at]?.word || !OFFICE.has(tokens[at]!.stem)) return false;
  let next = at + 1;
  if (tokens[next]?.text === ',') {
    const close = tokens.findIndex((t, k) => k > next && k <= next + 6 && t.text === ',');
    if (close < 0 || !tokens.slice(next + 1, close).every(capital)) return false;
    next = close + 1;
  } else while (capital(tokens[next])) next++;
  while (between(tokens[next])) next++;
  return reporting(tokens[next]);
}

/** Verbs whose noun does not give what was said ("a saying"): only the speaker speaking answers them. */
const PLAIN_SAYING: ReadonlySet<string> = new Set(['say', 'said', 'tell', 'told'].map(stem));

/**
 * Whether the sentence writes the question's own verb, as a verb or its noun, right after the asked speaker's head: "Putin has
 * other demands", "Putin's demands", "Putin also demanded" tell what Putin demanded (session 48, rule SD). Not for "say" or
 * "tell", nor across a clause mark, a relative word or another name ("Putin, whose demands …" is spoken of).
 */
export function namesWithOwnVerb(text: string, asked: AskedSpeaker, verb: string): boolean {
  if (PLAIN_SAYING.has(verb)) return false;
  const tokens = tokensOf(text);
  const head = headOf(asked.words);
  return tokens.some((t, i) => {
    if (t.stem !== head) return false;
    for (let j = i + 1, words = 0; j < tokens.length && words < OF_PHRASE; j++) {
      const w = tokens[j]!;
      // Another name between opens another's phrase: "a meeting with Putin suggest Russia is demanding" is Russia's demand.
      if (!w.word || RELATIVE.test(w.text) || capital(w)) return false;
      if (w.stem === verb) return true;
      words++;
    }
    return false;
  });
}

/** "EU" and "the European Union", "U.N." and "United Nations": one written as the other's initials. */
function sameByInitials(a: string, b: string): boolean {
  const initials = (name: string) => (name.match(/\p{Lu}[\p{L}'’-]*/gu) ?? []).map((w) => w[0]).join('');
  const letters = (name: string) => (/^(?:\p{Lu}\.?){2,6}$/u.test(name.trim()) ? name.replace(/[.\s]/g, '') : '');
  const [short, long] = letters(a) ? [letters(a), b] : [letters(b), a];
  return short.length >= 2 && !letters(long) && initials(long) === short;
}

/** The stem of a speaker's last word, a possessive's aside: the name's head. */
function headOf(speaker: string): string {
  const word = headWord(speaker);
  // Rule GV (docs/quality.md, "Session 64"): a title given alone ("Gov.") heads as its word.
  return bare(TITLE_WORDS.get(word.toLowerCase()) ?? word);
}

/** A speaker's last word, as written. */
function headWord(speaker: string): string {
  return speaker.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.at(-1) ?? '';
}

/** Whether the phrase whose head word is at `at` is the one who speaks in its sentence. */
function speaksAt(tokens: readonly Token[], at: number, asked: AskedSpeaker): boolean {
  // The phrase: its capitalised name run around the word, and the title or modifiers before it.
  let start = at;
  while (start > 0 && capital(tokens[start - 1]) && capital(tokens[at])) start--;
  let end = at;
  while (end + 1 < tokens.length && capital(tokens[end + 1]) && capital(tokens[at]) && !/['’]s$/i.test(tokens[end]!.text)) end++;
  if (/['’]s$/i.test(tokens[end]!.text)) return false;
  // A name runs on past the asked one ("Luis Augusto Castro Neves" for "Castro"): a name ends on its surname, so this is another person.
  // A day or month after it is no part of the name ("said Castro Tuesday").
  // Only for a name the question writes as one: a title the question asks by ("the prosecutor") runs on into a name ("Prosecutor Anna Berg").
  if (end > at && /\p{Lu}/u.test(headWord(asked.words)) && !CALENDAR_NAMES.has(tokens[at + 1]!.lower) && !asked.questionWords.has(tokens[at + 1]!.lower)) return false;
  while (
    start > 0 &&
    tokens[start - 1]!.word &&
    /^\p{Ll}/u.test(tokens[start - 1]!.text) &&
    !DETERMINER.test(tokens[start - 1]!.text) &&
    !INSIDE_ANOTHER.test(tokens[start - 1]!.text) &&
    !reporting(tokens[start - 1]) &&
    !PASSIVE.test(tokens[start - 1]!.text) &&
    !BETWEEN.test(tokens[start - 1]!.text)
  )
    start--;
  if (namesAnotherThing(tokens, start, at, asked)) return false;
  const before = start > 0 && DETERMINER.test(tokens[start - 1]!.text) ? start - 1 : start;
  const prev = tokens[before - 1];
  // "…, said the prosecutor", "according to the police", "quoted Mahathir as saying"; not "…, accused Hun Sen of…" nor "…, said Hariri turned down…".
  if (prev && invertsSubject(prev.text) && !tokens[before - 2]?.word && (!tokens[end + 1]?.word || SETTING.test(tokens[end + 1]!.text))) return true;
  if (prev?.lower === 'to' && tokens[before - 2]?.lower === 'according') return true;
  if (/^quoted$/i.test(prev?.text ?? '') && tokens[end + 1]?.lower === 'as' && reporting(tokens[end + 2])) return true;
  // Inside another thing's phrase ("sources close to Hariri", "a website run by supporters of X"): spoken of.
  if (prev?.word && (INSIDE_ANOTHER.test(prev.text) || /^\p{Ll}+(?:ed|en)$/u.test(prev.text) || /^(?:run|led|close)$/i.test(prev.text))) return false;
  let next = end + 1;
  // "Prime Minister Rafik Hariri, the business tycoon who launched…, said": an aside between commas.
  if (tokens[next]?.text === ',') {
    const close = tokens.findIndex((t, k) => k > next && k <= next + 30 && t.text === ',');
    if (close > 0 && (reporting(tokens[close + 1]) || between(tokens[close + 1]))) next = close + 1;
    // "Margaret Beckett, the U.K.'s Foreign Secretary said": the aside's closing comma left out.
    else next = unclosedAsideEnd(tokens, next + 1) ?? next;
  }
  // "Graham Blewitt of Australia said".
  if (tokens[next]?.lower === 'of' && capital(tokens[next + 1])) {
    next++;
    while (capital(tokens[next])) next++;
  } else if (tokens[next]?.lower === 'of') next = ofPhraseEnd(tokens, next + 1) ?? next;
  // "Bryan Lanza, a former campaign adviser, bluntly stated": the asked phrase is a name's aside, and this comma closes it.
  if (tokens[next]?.text === ',' && isAside(tokens, before)) next++;
  let passive = false;
  while (tokens[next] && (between(tokens[next]) || PASSIVE.test(tokens[next]!.text))) {
    passive ||= PASSIVE.test(tokens[next]!.text);
    next++;
  }
  if (passive) {
    // "Hariri was quoted as saying": his words; "Milosevic was told": words said to him.
    return /^quoted$/i.test(tokens[next]?.text ?? '') && tokens[next + 1]?.lower === 'as' && reporting(tokens[next + 2]);
  }
  if (reporting(tokens[next])) return !reportedByAnother(tokens, before);
  // "Hun Sen rejected the demands, saying…": a participle continues the clause of the sentence's subject.
  return isSubject(tokens, before) && tokens.some((t, k) => k > next && t.text === ',' && PARTICIPLE.test(tokens[k + 1]?.text ?? '') && reporting(tokens[k + 1]));
}

/**
 * Where an aside that opens at `from` on a determiner or a possessive runs, without a closing comma, into a reporting verb
 * ("…, the U.K.'s Foreign Secretary said"): that verb's place, or undefined.
 */
function unclosedAsideEnd(tokens: readonly Token[], from: number): number | undefined {
  const first = tokens[from];
  if (!first || !(DETERMINER.test(first.text) || /\p{L}['’]s$/u.test(first.text))) return undefined;
  for (let k = from + 1; k <= from + UNCLOSED_ASIDE && tokens[k]?.word; k++) {
    if (RELATIVE.test(tokens[k]!.text)) return undefined;
    if (reporting(tokens[k])) return k;
  }
  return undefined;
}

/** Where the asked head's own "of" phrase of lower-case words ("chief of emergency relief") ends on a reporting verb: its place, or undefined. */
function ofPhraseEnd(tokens: readonly Token[], from: number): number | undefined {
  for (let k = from; k <= from + OF_PHRASE && tokens[k]?.word && /^\p{Ll}/u.test(tokens[k]!.text); k++) {
    if (RELATIVE.test(tokens[k]!.text)) return undefined;
    if (k > from && reporting(tokens[k])) return k;
  }
  return undefined;
}

/** Whether the phrase at `start` is the aside of a name before it: a comma and a capitalised word stand a few words before it. */
function isAside(tokens: readonly Token[], start: number): boolean {
  for (let k = start - 1; k >= Math.max(0, start - 1 - ASIDE_OPENING); k--) {
    if (tokens[k]!.text === ',') return capital(tokens[k - 1]);
    if (!tokens[k]!.word) return false;
  }
  return false;
}

/**
 * Whether the clause the phrase opens is another's report: "A columnist wrote that the mayor had said
 * little" gives the columnist's words. A reporting verb inside a quotation, or before a comma that
 * closes its clause ("After officials warned of violence, Hun Sen said"), reports nothing of the phrase.
 */
function reportedByAnother(tokens: readonly Token[], start: number): boolean {
  let quoted = false;
  let reported = false;
  for (let k = 0; k < start; k++) {
    const t = tokens[k]!;
    if (/^["“”]$/.test(t.text)) quoted = t.text === '“' ? true : t.text === '”' ? false : !quoted;
    else if (t.text === ',' || t.text === ';') reported = false;
    else if (!quoted && reporting(t)) reported = true;
  }
  return reported;
}

/** Whether the phrase opens its sentence, or its clause after a fronted phrase's comma. */
function isSubject(tokens: readonly Token[], start: number): boolean {
  return start === 0 || tokens[start - 1]?.text === ',' || (start === 1 && DETERMINER.test(tokens[0]!.text));
}

/**
 * A common noun before the asked head that the question does not use makes the phrase another thing:
 * "the union leader" is not "the leaders". A capitalised title before a name is the name's, and an
 * adjective ("chief", "deputy") names a kind of the same thing.
 */
function namesAnotherThing(tokens: readonly Token[], start: number, at: number, asked: AskedSpeaker): boolean {
  const modifiers = tokens.slice(start, at).filter((t) => t.word && /^\p{Ll}/u.test(t.text) && !asked.questionWords.has(t.lower));
  if (!modifiers.length || capital(tokens[at])) return false;
  const phrase = tokens.slice(start, at + 1).map((t) => t.text);
  const tags = readDoc(phrase.join(' ')).tokens().out(its.pos) as string[];
  return phrase.some((w, k) => k < phrase.length - 1 && /^\p{Ll}/u.test(w) && !asked.questionWords.has(w.toLowerCase()) && tags[k] === 'NOUN');
}

/** A sentence that tells on the previous one's speaker's words: a subject pronoun and a reporting verb ("He said", "She also told"). */
const TELLS_ON = /^(?:he|she|they)\s+(?:(?:also|later|then|again|further)\s+)?(\p{Ll}+)\b/iu;

const tellsOn = (s: Sentence) => isReportingStem(stem(TELLS_ON.exec(s.text)?.[1]?.toLowerCase() ?? ''));

/**
 * Rule SV (docs/quality.md, "Session 55"): "what did Devane say" is answered by "Health Minister Paul Devane said the strike put
 * patients at risk. He said the government could not afford …", not by its first sentence alone. The sentence that tells on a
 * unit's speaker's words has none of the question's words, so retrieval never offers its passage: each unit is offered with the
 * sentence after it too, where that one tells on and leans on it, at the unit's score.
 */
export function withToldOn(choices: { units: readonly Sentence[]; scores: ArrayLike<number> }, sentencesOf: SentencesOf, rules: Leaning): { units: Sentence[]; scores: Float64Array } {
  const units = [...choices.units];
  const scores = Array.from(choices.scores);
  const offered = new Set(units);
  choices.units.forEach((unit, i) => {
    const doc = sentencesOf(unit.docId);
    // A sentence of its document, not a passage (which already holds what it leans on).
    if (doc[unit.position] !== unit) return;
    const next = doc[unit.position + 1];
    if (!next || !tellsOn(next)) return;
    const told = unitOf(next, sentencesOf, rules);
    if (!told || offered.has(told) || partsOf(told)[0] !== unit) return;
    offered.add(told);
    units.push(told);
    scores.push(choices.scores[i]!);
  });
  return { units, scores: Float64Array.from(scores) };
}

/** Of the units that give the asked speaker's words, those a passage among them tells on (rule SV): alone, each is a mention. */
export function toldOnAlone(speaking: ReadonlySet<Sentence>): ReadonlySet<Sentence> {
  const out = new Set<Sentence>();
  for (const unit of speaking) {
    const [head, ...rest] = partsOf(unit);
    if (rest.length && rest.every(tellsOn)) out.add(head!);
  }
  return out;
}
