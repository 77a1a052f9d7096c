import { createRequire } from 'node:module';
import { stemmer } from 'stemmer';
import type { ItsHelpers, Model, Document as Reading, WinkMethods } from 'wink-nlp';

/** The part of wink's core model that holds its lexicon (wink's types leave the model opaque). */
interface CoreModel {
  features: { lexeme: { hash: Record<string, number> } };
}

/**
 * The annotations briefbot reads: sentences, parts of speech (and lemmas) and entities. wink's
 * default pipe also runs negation, sentiment and custom entities, which nothing reads; each is a
 * pass of its own over every token. Tokens, parts of speech and entities are the same without them
 * (checked over a 10,000-article corpus: the same analyses).
 */
const PIPE = ['sbd', 'pos', 'ner'];

// wink and its model are required on the first reading, not imported: a process that reads no text (a service's start
// over a stored set, `briefbot topics` over a store, a usage error) never loads them (about 160 ms of CPU and 100 MiB).
const load = createRequire(import.meta.url);
/** wink's accessors: the module its instances hand out as `its`, loaded without the model. */
export const its = load('wink-nlp/src/its.js') as ItsHelpers;

/** One wink-nlp instance for the process, built on the first reading: loading the model is the costly part. */
let nlp: WinkMethods | undefined;
let forgetEarlierReadings: () => void = () => {};

function wink(): WinkMethods {
  if (nlp) return nlp;
  const model = load('wink-eng-lite-web-model') as Model & { core: () => CoreModel };
  const winkNLP = load('wink-nlp') as (model: Model, pipe?: string[]) => WinkMethods;
  let core: CoreModel | undefined;
  const instance = winkNLP({ ...model, core: () => (core = model.core()) } as Model, PIPE);
  // Kept only once its lexicon is guarded: a reading never runs on an instance whose guard failed to install.
  forgetEarlierReadings = readEachTextAfresh(core);
  nlp = instance;
  return nlp;
}

/**
 * The last readings made, by their text, for the next reader of the same text: an answer reads each sentence it meets with
 * several readers (its statement, its clauses, its dates, its polarity…), one after another, and cleaning asks whether a
 * short paragraph has a verb before splitting the same paragraph. A reading depends on its text alone (readEachTextAfresh)
 * and readers only read its tokens, so the first serves them all (docs/quality.md, "Issue 17, session 43", rule RD).
 */
const recent = new Map<string, Reading>();
/** A bound on memory (a sentence's reading is a few kilobytes), well past the distance between two readers of one text. */
const RECENT = 64;
/** Only texts of a sentence's length are kept: a long paragraph, which the sentence splitter reads once, would hold far more. */
const RECENT_CHARS = 1_000;

/** wink's reading of the text, the same whatever was read before it in the process (see readEachTextAfresh). */
export function readDoc(text: string): Reading {
  const kept = recent.get(text);
  if (kept) {
    // Moved to the newest end, so the texts read most recently are those kept.
    recent.delete(text);
    recent.set(text, kept);
    return kept;
  }
  const reading = read(text);
  if (text.length > RECENT_CHARS) return reading;
  if (recent.size >= RECENT) recent.delete(recent.keys().next().value!);
  recent.set(text, reading);
  return reading;
}

function read(text: string): Reading {
  const instance = wink();
  forgetEarlierReadings();
  return instance.readDoc(forTokenizer(text));
}

/**
 * wink asks its lexicon whether a whole token ("Tolland's") is a known word before it splits it,
 * and it adds every new word it meets to that lexicon for the life of the instance. So
 * "Tolland's," (kept whole before a comma) in one document made every later "Tolland's" one word
 * instead of "Tolland" + "'s", with other tags and phrases: a document's analysis depended on what
 * the process had read before. wink's lookup keeps the lexicon object it was built with; this makes
 * it see the shipped words, the words met in the current reading, and earlier readings' words of
 * plain letters or digits only (which wink reads whole either way; seeing them keeps its fast path
 * for recurring names). wink's store still finds every word met so far, so each is kept once, as
 * before. Returns the step that starts a new reading.
 *
 * The words wink's lookup may see are written into the lexicon object itself and those of the
 * current reading deleted after it, rather than kept on objects in its prototype chain: V8 makes
 * an object fast again each time it becomes or is looked through as a prototype, and with words
 * added and deleted every paragraph that cost about a tenth of the reading.
 */
function readEachTextAfresh(core: CoreModel | undefined): () => void {
  const lexeme = core?.features?.lexeme;
  if (!lexeme || typeof lexeme.hash !== 'object') throw new Error('wink-nlp: its core model no longer has features.lexeme.hash (see readEachTextAfresh in src/core/nlp.ts)');
  // The shipped words, and the words wink's lookup sees beyond them: only learned words are added
  // here, and a word of the current reading is never a shipped or plain one (it was not found).
  const seen = lexeme.hash;
  // No prototype: "constructor" or "toString" in a text is not a known word.
  Object.setPrototypeOf(seen, null);
  const learned: Record<string, number> = Object.create(null);
  let currentWords: string[] = [];
  const meet = (word: string, index: number) => {
    seen[word] = index;
    currentWords.push(word);
  };
  lexeme.hash = new Proxy(learned, {
    get(_, word) {
      if (typeof word !== 'string') return undefined;
      const known = seen[word];
      if (known !== undefined) return known;
      const index = learned[word];
      if (index !== undefined) meet(word, index);
      return index;
    },
    set(_, word, index: number) {
      if (typeof word !== 'string') return false;
      learned[word] = index;
      if (/^(?:[A-Za-z]+|[0-9]+)$/.test(word)) seen[word] = index;
      else meet(word, index);
      return true;
    },
  });
  return () => {
    for (const word of currentWords) delete seen[word];
    currentWords = [];
  };
}

/**
 * The text as wink-nlp is given it: each run of non-space characters longer than 64 (no word is)
 * replaced by as many digits. wink's model tests every new token with /[a-z].*\.$/i, which costs
 * time in the square of its length: one 130 KB "word" took 100 s. Lengths and offsets stay the
 * same, so a sentence's text is still cut from the original.
 */
export function forTokenizer(text: string): string {
  return hasLongRun(text) ? text.replace(LONG_RUN, (run) => '1'.repeat(run.length)) : text;
}
const LONG_RUN = /\S{65,}/g;

/**
 * Whether the text may hold a run of more than 64 non-space characters. The pattern alone costs a
 * paragraph's length times each word's (it retries at every letter of a word); this one pass
 * counts only ASCII spaces and line breaks as breaks, so it may say yes wrongly (the pattern then
 * decides) but never misses a run. Almost no paragraph has one.
 */
function hasLongRun(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9) run = 0;
    else if (++run > 64) return true;
  }
  return false;
}

/**
 * True when the text has a finite verb by wink's part-of-speech tagger. A lone "-ing"
 * participle does not count: "Ships waiting at anchor" names a scene, it states nothing.
 */
export function hasVerb(text: string): boolean {
  const tokens = readDoc(text).tokens();
  const words = tokens.out() as string[];
  return (tokens.out(its.pos) as string[]).some((pos, i) => (pos === 'VERB' && !/ing$/i.test(words[i]!)) || pos === 'AUX');
}

/** A word of a sentence as wink tags it: as written, in lower case, and its part of speech. */
export interface TaggedWord {
  word: string;
  lower: string;
  pos: string;
}

/** A verb or an auxiliary, by wink's tag. */
export const isVerb = (t: { pos: string } | undefined): boolean => t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX');

/** The sentence's words, each with its part of speech: what a reading of clauses by their verbs and modals starts from. */
export function taggedWords(text: string): TaggedWord[] {
  const tokens = readDoc(text).tokens();
  const words = tokens.out() as string[];
  const tags = tokens.out(its.pos) as string[];
  return words.map((word, i) => ({ word, lower: word.toLowerCase(), pos: tags[i]! }));
}

/**
 * Whether the text reads as a photo caption does: no verb at all, or verbs only in the simple present's third person
 * ("docks", "carries") and no auxiliary ("is", "was", "has", "will" are news, or a scheduled event). A form of "-ing" is
 * read as hasVerb reads it, as no verb.
 */
export function hasOnlyPresentVerbs(text: string): boolean {
  const tokens = readDoc(text).tokens();
  const words = tokens.out() as string[];
  const lemmas = tokens.out(its.lemma as never) as string[];
  return (tokens.out(its.pos) as string[]).every((pos, i) => {
    if (pos === 'AUX') return false;
    if (pos !== 'VERB' || /ing$/i.test(words[i]!)) return true;
    const word = words[i]!.toLowerCase();
    const lemma = lemmas[i]!.toLowerCase();
    return word === `${lemma}s` || word === `${lemma}es` || (lemma.endsWith('y') && word === `${lemma.slice(0, -1)}ies`);
  });
}

/**
 * An adverb of manner or degree as written in lower case: four letters or more before "-ly" ("exactly", "bluntly",
 * "flatly"), so "only", "early" and "daily" are not. A question's way of asking, or a word between a speaker and the verb.
 */
export const MANNER_ADVERB = /^\p{Ll}{4,}ly$/u;

const normals = new Map<string, string>();
const NORMALS = 200_000;
/**
 * wink's normal form of each lower-cased word, as the index reads a sentence's words before stemming them: a British
 * spelling read the American way ("epicentre" → epicenter, "kilometres" → kilometers). Words not yet read are read in
 * one batch, each kept for the process: a set spells the same few thousand words again and again.
 */
export function normalsOf(words: readonly string[]): string[] {
  const unread = [...new Set(words.filter((w) => !normals.has(w)))];
  if (unread.length) {
    const read = normalsRead(unread.join(' '));
    // A word wink splits ("cannot") breaks the one-token-a-word match: then each word is read alone, so what a word is
    // read as never depends on the words read with it. A word read as several tokens is its own normal.
    const alone = read.length !== unread.length;
    for (const [i, w] of unread.entries()) if (normals.size < NORMALS) normals.set(w, alone ? normalAlone(w) : read[i]!);
  }
  return words.map((w) => normals.get(w) ?? normalAlone(w));
}

/** A word's normal read on its own; a word wink reads as several tokens is its own normal. */
function normalAlone(word: string): string {
  const read = normalsRead(word);
  return read.length === 1 ? read[0]! : word;
}

function normalsRead(text: string): string[] {
  return readDoc(text).tokens().out(its.normal) as string[];
}

/**
 * A word as written in a text (any case, a possessive "'s" or "’s") as the index stems it: its normal form (a British
 * spelling read the American way, `normalsOf`), stemmed. One reading for every reader that stems a text word by word, so a
 * sentence written "organised" matches the stems the index holds for it.
 */
export function writtenStem(word: string): string {
  const lower = word.toLowerCase().replace(/['’]s$/, '');
  return stem(normals.get(lower) ?? normalsOf([lower])[0]!);
}

const stems = new Map<string, string>();
/**
 * Rule IE (docs/quality.md, "Session 79"): Porter keeps the "e" of a word of one consonant and "ie" ("die") and takes the
 * ending off its other forms ("died", "dies" → di; "dying" → dy): such a word and its "-ying" form are stemmed as the "-ied"
 * form is, so a question's "die" meets a set's "died".
 */
const SHORT_IE = /^[b-df-hj-np-tv-z]ie$/;
const SHORT_YING = /^[b-df-hj-np-tv-z]ying$/;
/** Porter stem, cached: the same few thousand words recur across a set. */
export function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    s = stemmer(SHORT_IE.test(word) ? `${word}d` : SHORT_YING.test(word) ? `${word.slice(0, -4)}ied` : word);
    if (stems.size < 200_000) stems.set(word, s);
  }
  return s;
}

/** A word as written in a sentence's text, letters or digits with inner apostrophes and hyphens; global, for matchAll. */
export const WRITTEN_WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
