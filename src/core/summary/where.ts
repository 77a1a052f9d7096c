import { CALENDAR_NAMES } from '../ingest/calendar-words.js';
import { WRITTEN_WORD, writtenStem } from '../nlp.js';
import { partOfSpeech, writtenWords } from './written-words.js';

/**
 * "Where" is answered by a place a locative preposition introduces ("in Oporto", "at a hotel in
 * Lund", "in northern Portugal"), not by any capitalised word: a sentence that lists the nations taking
 * part does not say where they met. English prepositions and compass adjectives.
 */
const COMPASS = String.raw`(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western)\s+)?`;
/** A compass direction and "of" locate as a preposition does ("southwest of Port-au-Prince"; session 41, rule W2). */
const DIRECTION_OF = String.raw`(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est|[Nn]orth-?east|[Nn]orth-?west|[Ss]outh-?east|[Ss]outh-?west)\s+of`;
const PLACE = new RegExp(String.raw`\b(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside|[Ii]nside|${DIRECTION_OF})\s+(?:the\s+)?${COMPASS}(\p{Lu}[\p{L}'’.-]*)`, 'gu');
/** The prepositions a place question may end on ("where did they launch it from"): each introduces the place it asks for. */
const ENDING = /\b(?:(from|to|into)\s+and\s+)?(from|to|into)\s*$/i;

/**
 * The places a text names after a locative preposition or, when the question ends on one of ENDING's, after that preposition:
 * "where … from" is answered by "from Kazakhstan" (docs/quality.md, "Seventeenth round (issue 16lead4)").
 */
function placesIn(text: string, question: string | undefined): RegExpMatchArray[] {
  const ending = question ? ENDING.exec(question.trim()) : null;
  if (!ending) return [...text.matchAll(PLACE)];
  // The stranded preposition says which relation of place is asked: "in the Atlantic" is no "from" (session 42, rule W4).
  return ending.slice(1).flatMap((p) => (p ? [...text.matchAll(placeAfter(p.toLowerCase()))] : []));
}

/** The place pattern after each ending preposition, built once: a \p{L} pattern costs a compile on every `new RegExp`. */
const PLACE_AFTER = new Map<string, RegExp>();
function placeAfter(ending: string): RegExp {
  let found = PLACE_AFTER.get(ending);
  if (!found) {
    found = new RegExp(String.raw`\b(?:${ending[0]!.toUpperCase()}|${ending[0]!})${ending.slice(1)}\s+(?:the\s+)?${COMPASS}(\p{Lu}[\p{L}'’.-]*)`, 'gu');
    PLACE_AFTER.set(ending, found);
  }
  return found;
}

/** After "X's", the rest of the phrase to an apposed name: "outside Chechnya's| capital, Grozny" (session 48, rule WA). */
const APPOSED = /^\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+,\s+(?:the\s+)?(\p{Lu}[\p{L}'’.-]*)/u;

/**
 * Whether a place the text names after a locative preposition is one the question does not already name: the phrase's first
 * capitalised word, or the name apposed to its possessive ("outside Chechnya's capital, Grozny" gives Grozny).
 */
function newPlace(text: string, m: RegExpMatchArray, questionWords: ReadonlySet<string>): boolean {
  const fresh = (written: string) => {
    const word = written.toLowerCase().replace(/['’]s$|\.$/, '');
    return !questionWords.has(word) && !CALENDAR_NAMES.has(word);
  };
  if (fresh(m[1]!)) return true;
  const apposed = /['’]s$/.test(m[1]!) ? APPOSED.exec(text.slice(m.index! + m[0].length)) : null;
  return !!apposed && fresh(apposed[1]!);
}

export function namesPlace(text: string, questionWords: ReadonlySet<string>, question?: string): boolean {
  return placesIn(text, question).some((m) => newPlace(text, m, questionWords));
}

/** Words a place may follow its verb by, or precede it by, at most (docs/quality.md, "Eleventh round"). */
const AFTER_VERB = 10;
const BEFORE_VERB = 6;
/** What ends the verb's clause between it and a place: a subordinator, or a semicolon, colon, dash or bracket. */
const SUBORDINATOR = /^(?:who|which|that|when|while|until|after|before|because|since|if|although|though|whereas)$/i;
const CLAUSE_MARK = /[;:—–()]/;

/**
 * "Where were they held" is answered by a place attached to the asked verb ("held in Tehran", "In
 * Tehran, the crew were held"), not by one where they were captured or a statement was read.
 * `isVerb` tells the stems by which the set states the verb; `isEvent`, those of the event a verb of occurring is asked of.
 */
export function placeOfVerb(text: string, isVerb: (stem: string) => boolean, questionWords: ReadonlySet<string>, isAsked: (stem: string) => boolean, question?: string, isEvent?: (stem: string) => boolean): boolean {
  const words = [...text.matchAll(WRITTEN_WORD)].map((m) => ({ at: m.index, end: m.index + m[0].length, word: m[0] }));
  const stemAt = (i: number) => writtenStem(words[i]!.word);
  const written = writtenWords(text);
  // A participle right after a noun of something else is said of that noun ("a press conference held at …"), not of what was asked.
  const ofOther = (v: number) => v > 0 && /^\p{Ll}/u.test(words[v - 1]!.word) && !isAsked(stemAt(v - 1)) && partOfSpeech(written, v - 1) === 'NOUN';
  // The event's noun stands for a verb that says only that it occurs: "a summit in Portugal" places the summit's holding.
  const verbs = words.flatMap((_, i) => ((isVerb(stemAt(i)) && !ofOther(i)) || isEvent?.(stemAt(i)) ? [i] : []));
  if (!verbs.length) return false;
  const places = placesIn(text, question)
    .filter((m) => newPlace(text, m, questionWords))
    .map((m) => words.findIndex((w) => w.at === m.index));
  const joined = (from: number, to: number) => {
    const between = text.slice(words[from]!.end, words[to]!.at);
    return !CLAUSE_MARK.test(between) && !words.slice(from + 1, to).some((w) => SUBORDINATOR.test(w.word));
  };
  return places.some((p) => p >= 0 && verbs.some((v) => (p > v ? p - v <= AFTER_VERB && joined(v, p) : v - p <= BEFORE_VERB && joined(p, v))));
}
