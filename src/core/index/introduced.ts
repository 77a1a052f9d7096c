/**
 * Whether a sentence names someone or something its document introduced earlier in other words
 * (docs/quality.md, "Tenth round (issue 16u)"): a person by a short form ("Wang", "Ms. He") whose
 * full form ("Wang Dan's lawyer Li Wang", "President Cardoso") an earlier sentence wrote, or an
 * opening definite description ("The raid was…") whose head an earlier sentence introduced. English
 * closed classes (honorifics, determiners, pronouns, prepositions) and the document's own words only.
 */

import { CALENDAR_NAMES } from '../ingest/calendar-words.js';
import type { Sentence } from '../ingest/document.js';
import { stem } from '../nlp.js';
import { HONORIFICS } from './person-titles.js';
import { descriptionHead } from './stands-alone.js';

/**
 * The word a title's abbreviation stands for ("gov." governor): a question asks of "the governor", never "the gov", so the
 * asked speaker is matched on the word (rule AB, docs/quality.md, "Session 63"). Sentences' stems keep the abbreviation.
 */
export const TITLE_WORDS: ReadonlyMap<string, string> = new Map([
  ['gov.', 'governor'],
  ['sen.', 'senator'],
  ['rep.', 'representative'],
  ['gen.', 'general'],
  ['lt.', 'lieutenant'],
  ['col.', 'colonel'],
  ['maj.', 'major'],
  ['capt.', 'captain'],
  ['cmdr.', 'commander'],
  ['adm.', 'admiral'],
  ['sgt.', 'sergeant'],
  ['supt.', 'superintendent'],
  ['insp.', 'inspector'],
  ['det.', 'detective'],
  ['atty.', 'attorney'],
  ['prof.', 'professor'],
  ['pres.', 'president'],
]);

/** Words that may open a sentence capitalised and are never part of a name: English function words. */
export const FUNCTION_WORDS = new Set(
  (
    'a an the this that these those such some any each every either neither no all both many most few several other another ' +
    'i you he she it we they me him her us them my your his its our their mine yours ours theirs who whom whose which what ' +
    'in on at by for from with without to of about after before during since until till under over into onto upon among between ' +
    'through across against along around behind beyond despite toward towards within unlike like near as per via ' +
    'and or but nor so yet if when while although though because unless whether where why how once then than ' +
    'however also still meanwhile instead thus therefore moreover besides otherwise nevertheless nonetheless indeed furthermore ' +
    'here there now today yesterday tomorrow later earlier last next first not only even just according asked'
  ).split(' '),
);

/**
 * A name word: a capital, then lower-case letters, maybe a second capital after them ("McKinney", "DeLay"); hyphens and
 * apostrophes join parts ("Jean-Claude", "O'Brien").
 */
const NAME_WORD = /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:[-'’]\p{Lu}?\p{Ll}+)*$/u;
/** A middle initial ("Lucio A. Noto"): one capital and a full stop, read inside a run of names as an honorific is. */
export const INITIAL = /^\p{Lu}\.$/u;
/** A romanised given name written after the family name ("Lee Teng-hui", "Ban Ki-moon"): its part after the hyphen is lower case. */
const GIVEN_NAME_AFTER = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;
const POSSESSIVE = /['’]s?$/;
/** Punctuation before a word that breaks a run of names. */
const OPENS = /^[("“‘'«[]+/;
const CLOSES = /[,;:!?)"”’'»\]…—–]+$/;

interface Token {
  /** The word without its punctuation or possessive; an honorific keeps its full stop. */
  word: string;
  honorific: boolean;
  name: boolean;
  /** Punctuation after it (or a sentence's full stop) ends any run of names it is in. */
  breaksAfter: boolean;
  breaksBefore: boolean;
  /** The word before it, lower-cased, when it is a determiner ("the Army" is no person). */
  afterDeterminer: boolean;
}

/**
 * Whether a word as split at white space may be a name word or an honorific. One that opens on a lower-case ASCII letter
 * and holds no full stop is neither: `NAME_WORD` and `INITIAL` open on a capital (`OPENS` strips only punctuation before
 * it), and every honorific ends on a full stop. `namesIn` reads nothing else of a word that is neither, so the patterns
 * below, about 4 % of a worker's CPU over every word (docs/quality.md, "twenty-first round (17cpu2)"), are skipped for it.
 */
export function mayNameSomeone(word: string): boolean {
  const first = word.charCodeAt(0);
  return first < 97 || first > 122 || word.includes('.');
}
/** A word that is neither a name word nor an honorific: no run of names starts or goes on at it. */
const NEITHER: Token = { word: '', honorific: false, name: false, breaksAfter: true, breaksBefore: true, afterDeterminer: false };

function tokensOf(text: string): Token[] {
  const raw = text.trim().split(/\s+/);
  const out: Token[] = [];
  raw.forEach((r, i) => {
    if (!mayNameSomeone(r)) {
      out.push(NEITHER);
      return;
    }
    const breaksBefore = OPENS.test(r);
    let w = r.replace(OPENS, '');
    let breaksAfter = CLOSES.test(w);
    w = w.replace(CLOSES, '');
    // An initial between two words of a run joins them as an honorific does; one ending the sentence or the run does not.
    const honorific = HONORIFICS.has(w.toLowerCase()) || (INITIAL.test(w) && i > 0 && i < raw.length - 1 && NAME_WORD.test(raw[i + 1]!.replace(CLOSES, '').replace(POSSESSIVE, '')));
    if (!honorific && w.endsWith('.')) {
      w = w.slice(0, -1);
      breaksAfter = true;
    }
    w = w.replace(POSSESSIVE, '');
    const lower = w.toLowerCase();
    const opening = i === 0 || /[.!?]["'”’)]*$/.test(raw[i - 1]!);
    const name = NAME_WORD.test(w) && !CALENDAR_NAMES.has(lower) && !(opening && FUNCTION_WORDS.has(lower));
    const before = raw[i - 1]?.toLowerCase();
    out.push({ word: w, honorific, name, breaksAfter, breaksBefore, afterDeterminer: before === 'the' || before === 'a' || before === 'an' });
  });
  return out;
}

/** What a sentence writes of people: last words of full forms, and name words standing as short forms. */
export interface NamesIn {
  /** The last word of each run of two to five name words ("Charles Graner", "President Cardoso"). */
  full: Set<string>;
  /** Name words standing alone, or after an honorific alone ("Graner", "Ms. He" → "He"). */
  short: Set<string>;
}

const MAX_FULL = 5;

export function namesIn(text: string): NamesIn {
  const tokens = tokensOf(text);
  const full = new Set<string>();
  const short = new Set<string>();
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!t.name && !t.honorific) {
      i++;
      continue;
    }
    // A run: honorifics and name words with no punctuation between them.
    const start = i;
    const names: string[] = [];
    let j = i;
    while (j < tokens.length && (tokens[j]!.name || tokens[j]!.honorific) && (j === start || !tokens[j]!.breaksBefore)) {
      if (tokens[j]!.name) names.push(tokens[j]!.word);
      if (tokens[j]!.breaksAfter) {
        j++;
        break;
      }
      j++;
    }
    if (names.length >= 2 && names.length <= MAX_FULL) {
      full.add(names.at(-1)!);
      // Family name first: "Lee" later in the document is the "(President) Lee Teng-hui" this run writes.
      if (GIVEN_NAME_AFTER.test(names.at(-1)!)) full.add(names.at(-2)!);
    } else if (names.length === 1 && !tokens[start]!.afterDeterminer) short.add(names[0]!);
    i = Math.max(j, i + 1);
  }
  return { full, short };
}

/** The sentences one sentence needs, by why: the nearest earlier full form of a short form it uses, the nearest earlier sentence introducing its opening description's head. */
export interface Needs {
  name?: number;
  description?: number;
  /** The short forms that `name` is for: a unit writing each of them in full, shown before, introduces them too. */
  shortForms?: readonly string[];
}

/**
 * For each sentence of a document, the earlier sentences it must be shown with to be understood by the
 * rules of issue 16u: for each short form it uses, the nearest earlier sentence writing its full form
 * (the earliest of those over its short forms); for a description it opens on, the nearest earlier
 * sentence holding its head, unless the document's first sentence holds it (the lead states the story).
 */
export function needsOf(doc: readonly Sentence[]): readonly Needs[] {
  let known = cache.get(doc);
  if (known) return known;
  const names = doc.map((s) => namesIn(s.text));
  const lead = new Set(doc[0]?.stems ?? []);
  // A name the document first writes alone is one its writer takes as known ("Putin said…" before "Vladimir Putin").
  const takenAsKnown = new Set<string>();
  let capitalisedWords: Set<string> | undefined;
  const capitalised = () => (capitalisedWords ??= new Set(doc.flatMap((s) => s.text.match(CAPITALISED_WORD) ?? [])));
  // A word in -s is a people's plural only beside its singular ("Serbs", "Serb"; "Danes", "Dane"), not "Idris" or "Williams";
  // one in "-ses", "-ches", "-ies"… always is, as English adds "-es" there (docs/quality.md, "Seventeenth round (issue 16alone3)").
  const plural = (word: string) => PLURAL.test(word) && (ES_PLURAL.test(word) || capitalised().has(word.slice(0, -1)));
  const written = new Set<string>();
  for (const n of names) {
    for (const word of n.short) if (!written.has(word) && !n.full.has(word)) takenAsKnown.add(word);
    for (const word of [...n.short, ...n.full]) written.add(word);
  }
  known = doc.map((sentence, k) => {
    const needs: Needs = {};
    const own = names[k]!;
    for (const word of own.short) {
      if (own.full.has(word) || plural(word) || takenAsKnown.has(word)) continue;
      const at = nearestBefore(k, (j) => names[j]!.full.has(word));
      if (at === undefined) continue;
      if (needs.name === undefined || at < needs.name) needs.name = at;
      needs.shortForms = [...(needs.shortForms ?? []), word];
    }
    const head = k > 1 ? descriptionHead(sentence.text) : null;
    if (head && !lead.has(stem(head))) {
      const s = stem(head);
      const at = nearestBefore(k, (j) => j > 0 && doc[j]!.stems.includes(s));
      if (at !== undefined) needs.description = at;
    }
    return needs;
  });
  cache.set(doc, known);
  return known;
}

/** The earliest sentence each sentence of a document must be shown with (`needsOf`), or undefined. */
export function introducedAt(doc: readonly Sentence[], k: number): number | undefined {
  const { name, description } = needsOf(doc)[k]!;
  return name === undefined ? description : description === undefined ? name : Math.min(name, description);
}

/** A people's plural ("Serbs", "Albanians") names no one person: a word in -s beside its singular, or in "-es" where English adds it (`plural`). */
const PLURAL = /[^s']s$/;
/** The endings English plurals add "-es" to: "-ses", "-xes", "-zes", "-ches", "-shes", and "-ies" for "-y". */
const ES_PLURAL = /(?:[sxz]|ch|sh|i)es$/;
const CAPITALISED_WORD = /\p{Lu}[\p{Ll}'’-]+/gu;

const cache = new WeakMap<readonly Sentence[], readonly Needs[]>();

/** A document's needs as stored with its analysis (passage-readings.ts): `needsOf` reads them instead of making them. */
export function holdNeeds(doc: readonly Sentence[], needs: readonly Needs[]): void {
  cache.set(doc, needs);
}

function nearestBefore(k: number, holds: (j: number) => boolean): number | undefined {
  for (let j = k - 1; j >= 0; j--) if (holds(j)) return j;
  return undefined;
}
