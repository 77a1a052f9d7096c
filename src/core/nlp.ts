import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { stemmer } from 'stemmer';
import type { ItsHelpers, Model, Document as Reading, WinkMethods } from 'wink-nlp';

const require = createRequire(import.meta.url);

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

/** wink's helpers that read a token's or an entity's properties: plain functions, no model needed. */
export const its: ItsHelpers = require('wink-nlp/src/its.js');

interface Tagger {
  nlp: WinkMethods;
  forgetEarlierReadings: () => void;
}
/**
 * One wink-nlp instance for the process, made when the first text is tagged: loading its model
 * is the costly part of a start (about a tenth of a seed set's first answer), and a start whose
 * analyses are stored may answer some commands without tagging anything.
 */
let tagger: Tagger | undefined;
function loadTagger(): Tagger {
  if (tagger) return tagger;
  const winkNLP = require('wink-nlp') as (model: Model, pipe?: string[]) => WinkMethods;
  let core: CoreModel | undefined;
  const nlp = winkNLP(
    englishModel(() => (core = coreModel(readCoreJson()))),
    PIPE,
  );
  tagger = { nlp, forgetEarlierReadings: readEachTextAfresh(core) };
  return tagger;
}

/**
 * wink-eng-lite-web-model as its dist/model.js (1.8) puts it together, but with `core` given: that
 * file loads the core model's 3 MB of JSON as it is imported, for a loader that then deep-copies it.
 */
function englishModel(core: () => CoreModel): Model {
  const part = (file: string) => require(`wink-eng-lite-web-model/dist/${file}`);
  const addons = Object.assign(Object.create(null), { stem: part('porter-stemmer.js'), lemmatize: part('lemmatize.js'), readabilityStats: part('readability-stats.js'), wordVectors: undefined });
  return Object.assign(Object.create(null), {
    core,
    sbd: part('load-sbd-model.js'),
    pos: part('load-pos-model.js'),
    ner: part('load-ner-model.js'),
    negation: part('load-negation-model.js'),
    sa: part('load-sa-model.js'),
    metaCER: part('load-cer-meta-model.js'),
    featureFn: part('feature.js'),
    addons,
  });
}

/** The core model's JSON, parsed afresh: coreModel changes it in place. */
export function readCoreJson(): unknown {
  return JSON.parse(readFileSync(require.resolve('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json'), 'utf8'));
}

/**
 * wink's core model as its own loader makes it (wink-eng-lite-web-model's dist/read-core-model.js and
 * load-core-model.js, 1.8), from JSON parsed for it alone: that loader first deep-copies the JSON
 * (JSON.parse of JSON.stringify, to leave the copy `require` caches untouched) and decodes base64 a
 * character at a time, which together cost more than the rest of the load. A test compares the two models.
 */
export function coreModel(json: unknown): CoreModel {
  // biome-ignore lint/suspicious/noExplicitAny: wink's model JSON has no types; the test that compares the models checks its shape.
  const model = json as any;
  const { packing, features, pos } = model;
  const words = (base64: string) => {
    const bytes = Buffer.from(base64, 'base64');
    // A copy of its own: Buffer.from may hand out a slice of a shared pool, not aligned for 32-bit words.
    return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
  };
  model.lexicon = words(model.lexicon);
  model.xpansions = words(model.xpansions);
  const hashOf = (list: string[]) => {
    const hash: Record<string, number> = Object.create(null);
    for (let k = 0; k < list.length; k += 1) hash[list[k]!] = k;
    return hash;
  };
  for (const f in packing.layout) if (packing.layout[f][3] === 0) features[f].hash = hashOf(features[f].list);
  features.lexeme.hash = hashOf(features.lexeme.list);
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k += 1) clusters[k] = new Set(clusters[k].split('_').map((e: string) => pos.hash[e] || 0));
  packing.efList = [];
  for (const f in packing.layout) {
    const [, bits, shift, packed, extended] = packing.layout[f];
    if (packed === 0) {
      features[f].intrinsicSize = features[f].list.length;
      features[f].index = features[f].list.length;
      features[f].maxIndex = bits >>> shift;
    }
    if (extended === 1) packing.efList.push(f);
  }
  features.lexeme.intrinsicSize = features.lexeme.list.length;
  features.lexeme.index = features.lexeme.list.length;
  return model;
}

/**
 * Readings hasVerb made, each handed once to the next readDoc of the same text: cleaning asks
 * whether a short paragraph has a verb, then splitting it into sentences reads the same paragraph.
 * A reading does not depend on what was read before it, so the first serves both.
 */
const handedOn = new Map<string, Reading>();
const HANDED_ON = 8;

/** wink's reading of the text, the same whatever was read before it in the process (see readEachTextAfresh). */
export function readDoc(text: string): Reading {
  const held = handedOn.get(text);
  if (held) {
    handedOn.delete(text);
    return held;
  }
  return read(text);
}

function read(text: string): Reading {
  const { nlp, forgetEarlierReadings } = loadTagger();
  forgetEarlierReadings();
  return nlp.readDoc(forTokenizer(text));
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
  const reading = read(text);
  if (handedOn.size >= HANDED_ON) handedOn.delete(handedOn.keys().next().value!);
  handedOn.set(text, reading);
  const tokens = reading.tokens();
  const words = tokens.out() as string[];
  return (tokens.out(its.pos) as string[]).some((pos, i) => (pos === 'VERB' && !/ing$/i.test(words[i]!)) || pos === 'AUX');
}

const stems = new Map<string, string>();
/** Porter stem, cached: the same few thousand words recur across a set. */
export function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    s = stemmer(word);
    if (stems.size < 200_000) stems.set(word, s);
  }
  return s;
}

/** A word as written in a sentence's text, letters or digits with inner apostrophes and hyphens; global, for matchAll. */
export const WRITTEN_WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
