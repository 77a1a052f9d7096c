import { isReportingStem } from '../facts/quotes.js';
import { type RelatedStem, relatedStems } from '../index/related-words.js';
import type { TermIndex } from '../index/term-index.js';
import { MONTHS, WEEKDAYS } from '../ingest/calendar-words.js';
import { its, readDoc, stem, WRITTEN_WORD, writtenStem } from '../nlp.js';
import type { Question } from './read-query.js';

/**
 * What a question is about, beyond its words: its focus (the event its main verb names, "who was
 * arrested") and the names it asks about ("how far did the Dow fall"); the referent its noun phrase
 * names is read in asked-referent.ts. A sentence that holds the question's words but none of its
 * focus speaks of something else. English grammar, not words of any story.
 */

/** The verb a question turns on, as written, with the stems of it and of its dictionary form. */
export interface Focus {
  word: string;
  stems: string[];
  /** The main verb's dictionary form, where the question was read for one. */
  lemma?: string;
}

/** Verbs that name no event of their own ("how does the crisis affect…", "what does X want"): the question's nouns carry it. */
export const LIGHT_VERB = /^(?:be|have|do|happen|make|get|take|go|come|become|affect|involve|concern|mean|want|need|seem|let|put|give|keep|find|say|tell|know|think|see|use)$/;
const AUXILIARY_OPENING = /^(?:did|does|do|will|would|could|should|can|may|might|must|has|have|had)$/i;
const BE_OPENING = /^(?:is|are|was|were|be|been)$/i;

/** A question's main verb as written, and its dictionary form. */
export interface MainVerb {
  word: string;
  lemma: string;
}

/**
 * The main verb of a question's asked part. After "did"/"will" it is the first bare verb ("did the
 * ambassador say", "did people give"); where there is none, as the tagger often reads a short question
 * as a noun phrase, the last word of the first run of common words ("did the king offer the…", "does
 * the Gaza airport open"); otherwise the last word tagged a verb ("where will the talks be held"), else
 * a passive participle the tagger took for an adjective ("why was his hand bandaged").
 */
export function mainVerbOf(question: string, asked: string): MainVerb | undefined {
  const tokens = readDoc(asked).tokens();
  const words = tokens.out() as string[];
  const pos = tokens.out(its.pos) as string[];
  const lemmas = tokens.out(its.lemma as never) as string[];
  const stops = tokens.out(its.stopWordFlag) as unknown as boolean[];
  const verbAt = (i: number): MainVerb => ({ word: words[i]!.toLowerCase(), lemma: (lemmas[i] ?? words[i]!).toLowerCase() });
  const common = (i: number) => !stops[i] && /^\p{Ll}+$/u.test(words[i]!);
  const opening = (question.match(/^\s*(?:(?:what|who|whom|whose|when|where|why|which|how)(?:\s+(?:many|much|far|long|strong|big|often))?\s+)?(\p{L}+)/iu) ?? [])[1] ?? '';
  // Not "will … be held" (a passive: its participle is tagged a verb) nor "will be …" (no verb of its own).
  const passive = words.some((w, i) => pos[i] === 'AUX' && BE_OPENING.test(w));
  if (AUXILIARY_OPENING.test(opening) && !passive) {
    // Light and reporting verbs are stop words to the run below, so the subject's noun was read as the verb (session 42,
    // rule V2). A subject stands between an auxiliary the asked part still holds ("how much did | people give") and its
    // verb; where the question word is the subject ("who will | go to …"), a light verb may open the asked part.
    const auxiliary = words.findIndex((w) => AUXILIARY_OPENING.test(w));
    const bare = words.findIndex((w, i) => (i > auxiliary + 1 || (auxiliary < 0 && i === 0 && LIGHT_VERB.test(w))) && /^\p{Ll}+$/u.test(w) && w === lemmas[i] && (pos[i] === 'VERB' || LIGHT_VERB.test(w) || isReportingStem(stem(w))));
    if (bare >= 0) return verbAt(bare);
    const first = words.findIndex((_, i) => common(i));
    if (first >= 0) {
      let last = first;
      while (last + 1 < words.length && common(last + 1)) last++;
      return verbAt(last);
    }
  }
  for (let i = words.length - 1; i >= 0; i--) if (pos[i] === 'VERB' && common(i)) return verbAt(i);
  const last = words.length - 1;
  if (BE_OPENING.test(opening) && last >= 1 && common(last) && /ed$/.test(words[last]!)) return verbAt(last);
  return undefined;
}

/** The words of a text the tagger reads as common nouns. */
export function nounsOf(text: string): string[] {
  const tokens = readDoc(text).tokens();
  const pos = tokens.out(its.pos) as string[];
  return (tokens.out() as string[]).filter((_, i) => pos[i] === 'NOUN');
}

/** The question's focus: its main verb (the one an object question names, else `mainVerbOf`), unless that verb is light. */
export function focusOf(question: string, asked: string, verb?: MainVerb): Focus | undefined {
  const main = verb ?? mainVerbOf(question, asked);
  if (!main || LIGHT_VERB.test(main.lemma)) return undefined;
  const focus = focusWord(main.word, main.lemma);
  return focus.stems.some((s) => requestStems(question).includes(s)) ? { ...focus, stems: [...new Set([...focus.stems, ...ASKING_FOR])] } : focus;
}

/**
 * Rule AK (docs/quality.md, "Session 74"): "asking for", "called for": a verb of asking before "for" is stated as often by the
 * nouns and verbs of a request ("12,000 refund requests", "is demanding 38 million"), and its own word is no word the answer must
 * otherwise hold. The stems of such verbs in a question.
 */
export function requestStems(question: string): string[] {
  const words = question.toLowerCase().match(/[\p{L}'’-]+/gu) ?? [];
  return words.flatMap((w, i) => (words[i + 1] === 'for' && REQUEST_STEMS.has(stem(w)) ? [stem(w)] : []));
}
const REQUEST_STEMS = new Set(['ask', 'call', 'press', 'push', 'appeal', 'plead']);
const ASKING_FOR = [stem('request'), stem('demand')];

function focusWord(word: string, lemma: string): Focus {
  const w = word.toLowerCase();
  return { word: w, stems: [...new Set([writtenStem(w), stem(lemma.toLowerCase())])], lemma: lemma.toLowerCase() };
}

/** How close in meaning a word must be to stand in for the focus where a sentence holds the question's other words, and where it is all the question asks. */
export const RELATED_IN_CONTEXT = 0.7;
const RELATED_ALONE = 0.8;
/** The shortest stem that counts as the root of a word family ("threat" of "threaten"). */
const FAMILY_ROOT = 4;

/**
 * The stems by which the set states the focus: the focus's own and its dictionary form's; the
 * set's words of the same family ("threat" for "threaten", "captured" for "capture"); and words
 * close in meaning: `near` only for near-synonyms ("detained" for "arrested"), `loose` for words
 * that may stand in where the rest of the question anchors them ("killed" for "died").
 */
export interface FocusFamily {
  near: ReadonlySet<string>;
  loose: ReadonlySet<string>;
}

export function focusFamily(index: TermIndex, focus: Focus): FocusFamily {
  // Read once per question and state of the set's vocabulary, not by each stage of its answer: it scans the vocabulary.
  // The family depends only on which stems the set holds, and an index only gains stems (an edit makes a new index).
  let families = familiesOf.get(index);
  if (!families || families.stems !== index.stemSentences.size) familiesOf.set(index, (families = { stems: index.stemSentences.size, byFocus: new Map() }));
  const key = `${focus.word}\u0000${focus.stems.join(' ')}`;
  let family = families.byFocus.get(key);
  if (!family) {
    if (families.byFocus.size >= FAMILIES_KEPT) families.byFocus.clear();
    families.byFocus.set(key, (family = readFocusFamily(index, focus)));
  }
  return family;
}

/** Question focuses whose families are kept at most: a few small sets each. */
const FAMILIES_KEPT = 1000;
const familiesOf = new WeakMap<TermIndex, { stems: number; byFocus: Map<string, FocusFamily> }>();

function readFocusFamily(index: TermIndex, focus: Focus): FocusFamily {
  const near = new Set<string>();
  const loose = new Set<string>();
  for (const s of focus.stems) if (index.stemSentences.has(s)) near.add(s);
  const roots = focus.stems.filter((s) => s.length >= FAMILY_ROOT);
  if (roots.length) {
    for (const s of index.stemSentences.keys()) {
      if (s.length >= FAMILY_ROOT && roots.some((r) => s.startsWith(r) || r.startsWith(s))) near.add(s);
    }
  }
  for (const r of relatedStems(focus.word, (s) => index.stemSentences.has(s))) {
    if (r.similarity >= RELATED_ALONE) near.add(r.stem);
    else if (r.similarity >= RELATED_IN_CONTEXT) loose.add(r.stem);
  }
  for (const s of near) loose.add(s);
  return { near, loose };
}

/**
 * What a who-question asks its person to stand in (docs/quality.md, "Twentieth round (issue 16who)"): the stems by which
 * the set states the asked event, the question's focus ("won", "wins"). A name next to one of them is the person asked for.
 */
export interface AskedRelation {
  event: ReadonlySet<string>;
}

/** The asked relation of a who-question with a focus; undefined for any other question, whose answer is read as before. */
export function askedRelationOf(index: TermIndex, question: Question): AskedRelation | undefined {
  if (question.kind !== 'person' || !question.focus) return undefined;
  return { event: focusFamily(index, question.focus).near };
}

/** Dictionary-form stems of a sentence's words ("fell" → fall), read once for each sentence asked about. */
const lemmaStems = new WeakMap<object, ReadonlySet<string>>();
function lemmaStemsOf(sentence: { text: string }): ReadonlySet<string> {
  let found = lemmaStems.get(sentence);
  if (!found) {
    const lemmas = readDoc(sentence.text)
      .tokens()
      .out(its.lemma as never) as string[];
    // wink gives some tokens no lemma ("cannot"): they have no dictionary form to count.
    found = new Set(lemmas.flatMap((l) => (l ? [stem(l.toLowerCase())] : [])));
    lemmaStems.set(sentence, found);
  }
  return found;
}

/** The sentences whose word forms were read while answering each question (a question is read afresh for each answer). */
const formsRead = new WeakMap<object, WeakSet<object>>();
function formsReadFor(question: object): WeakSet<object> {
  let read = formsRead.get(question);
  if (!read) formsRead.set(question, (read = new WeakSet()));
  return read;
}

/**
 * Whether a sentence states the focus: by its stems, else by the dictionary forms of its words.
 * Asked while answering a question (`within`), a sentence's forms count only once they were read
 * for that question (`read: true` reads them): reading every sentence a common word finds would
 * cost seconds in a large set, and counting forms read for earlier questions would make an answer
 * depend on what was asked before it.
 */
export function statesFocus(sentence: { text: string; stems: readonly string[] }, family: ReadonlySet<string>, within?: { question: object; read: boolean }): boolean {
  if (sentence.stems.some((s) => family.has(s))) return true;
  let forms: ReadonlySet<string> | undefined;
  if (!within) forms = lemmaStemsOf(sentence);
  else {
    const read = formsReadFor(within.question);
    if (within.read) read.add(sentence);
    if (read.has(sentence)) forms = lemmaStemsOf(sentence);
  }
  for (const s of forms ?? []) if (family.has(s)) return true;
  return false;
}

const CALENDAR_STEMS = new Set([...WEEKDAYS, ...MONTHS].map((w) => stem(w)));

/** Two stems that name the same name, spelt a little otherwise ("Zelensky", "Zelenskyy"). */
const NAME_PREFIX = 5;
export function sameName(a: string, b: string): boolean {
  return a === b || (a.length >= NAME_PREFIX && b.length >= NAME_PREFIX && a.slice(0, NAME_PREFIX) === b.slice(0, NAME_PREFIX) && Math.abs(a.length - b.length) <= 2) || demonymOf(a, b) || demonymOf(b, a);
}

/** Whether `people` is the adjective of the place `place` names, by an English demonym ending: "european" of "europ", "chines" of "china". */
export function demonymOf(people: string, place: string): boolean {
  if (place.length < 4 || people.length <= place.length) return false;
  const root = place.replace(/[aeiou]$/, '');
  return DEMONYM_ENDINGS.some((end) => people === place + end || people === root + end);
}
export const DEMONYM_ENDINGS = ['an', 'ian', 'ean', 'ese', 'es', 'i', 'ish'];

/** The names a question asks about; a day's name is matched as that day, however a sentence dates it. */
function askedNames(question: Question): string[] {
  return question.names.filter((n) => question.asked.includes(n) && !CALENDAR_STEMS.has(n));
}

/** Whether a sentence holds one of the names the question asks about (none asked: it does). */
export function holdsAskedName(sentence: { stems: readonly string[] }, question: Question): boolean {
  const names = askedNames(question);
  return !names.length || names.some((n) => sentence.stems.some((s) => sameName(s, n)));
}

/**
 * Whether the set uses any name the question asks about (none asked: it does). A sentence without the name is only
 * ranked lower.
 */
export function setHoldsAskedName(index: TermIndex, question: Question): boolean {
  const names = askedNames(question);
  if (!names.length || names.some((n) => index.stemSentences.has(n))) return true;
  for (const s of index.stemSentences.keys()) if (names.some((n) => sameName(s, n))) return true;
  return false;
}

/** Words of the asked part, besides an unknown name, that one sentence must hold for the question to be answered without the name. */
const REST_MET = 2;

/**
 * Whether the set says nothing of what a question asks about: it never uses the asked name, and no sentence holds
 * REST_MET of the asked part's other words. "How did Spanish farmers react" of a set that writes neither "Spanish" nor
 * "farmers" is not answered with sentences about other things. But a name the set writes otherwise ("Gothenburg" where
 * the articles say "Goteborg") is one unknown word among the question's: "the Gothenburg dance hall allowed to hold"
 * meets in "licensed to hold a maximum of 150, the hall …", which answers, lowered for lacking the name.
 */
export function saysNothingOfAskedName(index: TermIndex, question: Question): boolean {
  if (setHoldsAskedName(index, question)) return false;
  const names = askedNames(question);
  const held = new Map<number, number>();
  for (const s of question.asked) {
    if (names.includes(s)) continue;
    for (const id of index.stemSentences.get(s) ?? []) {
      const n = (held.get(id) ?? 0) + 1;
      if (n >= REST_MET) return false;
      held.set(id, n);
    }
  }
  return true;
}

/** Conjunctions and prepositions that open a phrase before the main clause ("With the threat of attack mounting, …"). */
const FRONTED = /^(?:with|under|after|before|when|while|although|though|since|as|despite|if|because|amid|following|during|once|until|unless|whereas)$/i;
const RELATIVE = /^(?:who|which|whose|whom|where)$/i;

/** Conjunctions and prepositions that open a subordinate clause or phrase mid-sentence ("…, if no agreement was reached at…"). */
const SUBORDINATE = /^(?:if|when|whenever|while|although|though|because|since|unless|until|after|before|despite|amid|following|assuming|whereas|once)$/i;
/** Words a company's name ends on that do not name another thing than the company ("Exxon Corp."). */
const COMPANY_SUFFIX = /^(?:corp|corporation|inc|co|ltd|plc|llc|group|company)$/i;
const CAPITAL = /^\p{Lu}/u;
/** Lower-case words inside a capitalised name ("University of Chile", "Institute for the Study of War"). */
const NAME_LINK = /^(?:of|for|the|de|du|la|del)$/;

/**
 * Indexes (among the sentence's written words) of words in a background phrase rather than the
 * main clause: a fronted phrase up to its comma, a relative clause up to the next comma, a
 * participle phrase after a comma ("…, accusing them of …"). `strict` also counts a subordinate
 * clause or phrase opened mid-sentence up to its punctuation, an "according to …" phrase, and an
 * aside between dashes or in brackets: what a key point must not hold its subject only in.
 */
export function backgroundWords(text: string, strict = false): Set<number> {
  // "30,000" is two written words but no comma between clauses.
  const tokens = [...text.replace(/(\p{N})[,.](?=\p{N})/gu, '$1 ').matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*|--|[,;:()—–]/gu)].map((m) => m[0]);
  const out = new Set<number>();
  let word = -1;
  let inPhrase = false;
  let fronted = FRONTED.test(tokens[0] ?? '');
  let aside = false;
  let bracket = false;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    if (!/^[\p{L}\p{N}]/u.test(token)) {
      inPhrase = false;
      fronted = false;
      if (strict && /^(?:—|–|--)$/.test(token)) aside = !aside && tokens.slice(t + 1).some((x) => /^(?:—|–|--)$/.test(x));
      if (strict && token === '(') bracket = true;
      if (strict && token === ')') bracket = false;
      // A participle after a comma opens a background phrase.
      if (token === ',' && /^\p{Ll}+ing$/u.test(tokens[t + 1] ?? '')) inPhrase = true;
      continue;
    }
    word++;
    if (RELATIVE.test(token)) inPhrase = true;
    if (strict && t > 0 && (SUBORDINATE.test(token) || (/^according$/i.test(token) && /^to$/i.test(tokens[t + 1] ?? '')))) inPhrase = true;
    if (strict && t === 0 && /^according$/i.test(token)) fronted = true;
    if (inPhrase || fronted || aside || bracket) out.add(word);
  }
  return out;
}

/**
 * Indexes (among the sentence's written words) of words that stand inside a capitalised name whose
 * head is another word: "Chile" in "the University of Chile", "York" in "New York Times". The head is
 * the name's last word before "of"/"for", else its last word, a company suffix aside ("Exxon Corp.").
 * A sentence written in capitals throughout (a headline) has no names to tell.
 */
export function nameModifierWords(text: string): Set<number> {
  // Written words, with the punctuation that ends a name between them (null).
  const tokens = [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*|--|[,;:()—–"“”]/gu)].map((m) => (/^[\p{L}\p{N}]/u.test(m[0]) ? m[0] : null));
  const out = new Set<number>();
  const capital = (w: string | null | undefined) => !!w && CAPITAL.test(w);
  if (tokens.every((w) => w === null || w.length < 4 || capital(w))) return out;
  let word = 0;
  let i = 0;
  while (i < tokens.length) {
    if (!capital(tokens[i])) {
      if (tokens[i] !== null) word++;
      i++;
      continue;
    }
    let end = i;
    while (end + 1 < tokens.length && (capital(tokens[end + 1]) || (NAME_LINK.test(tokens[end + 1] ?? '') && tokens.slice(end + 2, end + 4).some(capital)))) end++;
    while (end > i && !capital(tokens[end])) end--;
    const run = tokens.slice(i, end + 1) as string[];
    const link = run.findIndex((w) => /^(?:of|for)$/.test(w));
    let head = link > 0 ? link - 1 : run.length - 1;
    while (head > 0 && COMPANY_SUFFIX.test(run[head]!)) head--;
    // A sentence's first word is capitalised whatever it is: it heads no name of its own.
    const first = i === 0 && run.length > 1 ? 1 : 0;
    if (run.length - first > 1) run.forEach((w, k) => k >= first && k !== head && capital(w) && out.add(word + k));
    word += run.length;
    i = end + 1;
  }
  return out;
}

/** What a sentence's score keeps when it states the question's focus only in a background phrase. */
export const BACKGROUND_FOCUS = 0.5;

/** Whether every place the sentence states the focus is in a background phrase. */
export function focusInBackground(sentence: { text: string }, family: ReadonlySet<string>): boolean {
  const written = [...sentence.text.matchAll(WRITTEN_WORD)].map((m) => m[0].toLowerCase());
  const background = backgroundWords(sentence.text);
  const at = written.flatMap((w, i) => (family.has(writtenStem(w)) ? [i] : []));
  return at.length > 0 && at.every((i) => background.has(i));
}

/**
 * The focus word of a question the set cannot answer: no sentence states it (in its own words,
 * its family or a near-synonym) and the question asks about nothing else the set holds ("who was
 * arrested" in a set where only a policing sentence is near it). Undefined when the set may answer.
 */
export function unstatedFocus(index: TermIndex, variants: readonly (readonly string[])[], question: Question): string | undefined {
  if (!question.focus) return undefined;
  if (focusFamily(index, question.focus).near.size) return undefined;
  const own = new Set(question.focus.stems);
  const others = variants.flat().filter((s) => !own.has(s) && index.stemSentences.has(s));
  return others.length ? undefined : question.focus.word;
}

/**
 * The stems by which the set names each participant of a question with a focus (its own, or a word
 * close in meaning: "crew" for "sailors"); none for a question without one, unless `always`.
 */
export function participantFamilies(index: TermIndex, question: Question, always = false): Array<ReadonlySet<string>> {
  if (!question.focus && !always) return [];
  return question.participants.map(([word, s]) => {
    const family = new Set<string>([s]);
    for (const r of relatedStems(word, (x) => index.stemSentences.has(x))) if (r.similarity >= RELATED_IN_CONTEXT) family.add(r.stem);
    return family;
  });
}

/** What a word close to an asked word counts of the asked word's weight, where it stands in for it. */
export const RELATED_SHARE = 0.6;

/**
 * The words of the set that stand in for the question's asked common words: for the focus verb and for each participant
 * ("captives" for "hostages", "inquiry" for "investigation"), the stems the lexicon holds close to it (`RELATED_IN_CONTEXT`)
 * that the set uses and the question does not write. Names are no participants, so "Russia" never stands for "Ukraine".
 * What relevance credits a sentence with for a question's word it lacks (`relatedStems` keeps each word's neighbours).
 */
export function askedStandIns(index: TermIndex, question: Question): Map<string, readonly RelatedStem[]> {
  const own = new Set([...question.asked, ...question.setting, ...(question.focus?.stems ?? [])]);
  const close = (word: string) => relatedStems(word, (s) => index.stemSentences.has(s) && !own.has(s)).filter((r) => r.similarity >= RELATED_IN_CONTEXT);
  const out = new Map<string, readonly RelatedStem[]>();
  const focusNear = question.focus ? close(question.focus.word) : [];
  if (focusNear.length) for (const s of question.focus!.stems) out.set(s, focusNear);
  for (const [word, s] of question.participants) {
    const near = out.has(s) ? [] : close(word);
    if (near.length) out.set(s, near);
  }
  return out;
}

/** Whether a sentence names one of the question's participants: an event told of another thing ("a land route opens") is not the one asked about. */
export function namesAParticipant(sentence: { stems: readonly string[] }, families: ReadonlyArray<ReadonlySet<string>>): boolean {
  return !families.length || families.some((f) => sentence.stems.some((s) => f.has(s)));
}
