import { stemmer } from 'stemmer';
import { standsAlone } from '../index/stands-alone.js';
import type { Sentence } from '../ingest/document.js';

/**
 * What summary selection needs of a sentence, worked out once per sentence (sentences live as
 * long as their index, and a large set's briefings weigh the same sentences again and again).
 */
export interface SentenceFacts {
  /** Whole prose: neither a dateline, caption or fragment, nor a list or run-on. */
  prose: boolean;
  /** Needs no sentence before it: opens on no connective, demonstrative or quotation (stands-alone.ts). */
  standsAlone: boolean;
  /** UTF-8 bytes, as DUC counts a summary. */
  bytes: number;
  /** How many concepts of each kind the sentence holds: word pairs (pairsOf), single words (wordsOf). */
  pairCount: number;
  wordCount: number;
  /**
   * Where its concepts are kept: a slab shared by many sentences, from `at` on, its pairs' stem keys, then its words', then
   * one bit per pair for bothContentAt. A sentence holds no typed array of its own (issue 17: a view costs more than its numbers).
   */
  codes: Int32Array;
  at: number;
}

/**
 * Concepts: adjacent word pairs, stemmed, that hold at least one content word ("hun sen", "sen 's", "the coalit"), as stem-key
 * pairs [a0, b0, a1, b1, …], each pair once.
 */
export function pairsOf(facts: SentenceFacts): Int32Array {
  return facts.codes.subarray(facts.at, facts.at + 2 * facts.pairCount);
}

/** The sentence's distinct content stems, as stem keys: single-word concepts. */
export function wordsOf(facts: SentenceFacts): Int32Array {
  const from = facts.at + 2 * facts.pairCount;
  return facts.codes.subarray(from, from + facts.wordCount);
}

/** Whether both words of the sentence's pair `j` are content words ("hun sen", not "the coalit"). */
export function bothContentAt(facts: SentenceFacts, j: number): boolean {
  return ((facts.codes[facts.at + 2 * facts.pairCount + facts.wordCount + (j >> 5)]! >>> (j & 31)) & 1) === 1;
}

/** Shorter sentences are datelines, captions and fragments; longer ones are lists and run-ons. */
const MIN_WORDS = 8;
const MAX_WORDS = 55;

const facts = new WeakMap<Sentence, SentenceFacts>();

export function factsOf(sentence: Sentence): SentenceFacts {
  let out = facts.get(sentence);
  if (!out) {
    const words = sentence.words.length;
    const { pairs, bothContent } = conceptPairs(sentence);
    const single = [...new Set(sentence.stems.map(stemKey))];
    const bits = new Array<number>((bothContent.length + 31) >> 5).fill(0);
    bothContent.forEach((both, j) => {
      if (both) bits[j >> 5] = bits[j >> 5]! | (1 << (j & 31));
    });
    const { codes, at } = cutCodes([...pairs, ...single, ...bits]);
    out = {
      prose: words >= MIN_WORDS && words <= MAX_WORDS && !isFragment(sentence.text),
      standsAlone: standsAlone(sentence.text),
      bytes: utf8Length(sentence.text),
      pairCount: bothContent.length,
      wordCount: single.length,
      codes,
      at,
    };
    facts.set(sentence, out);
  }
  return out;
}

/**
 * Dense ids, for one selection, of the concepts its candidates hold, numbered in the order the
 * candidates hold them (so the same candidates always get the same ids): an open-addressing
 * table on the two stem keys, since a Map keyed by 64-bit numbers is several times slower on
 * the hundred thousand pairs of a large briefing. With `single`, each candidate's single words
 * are read, each taken as the pair (key, key); else its word pairs. The ids of candidate k are
 * written to `into` from `at[k]` on, numbered from `first`: a selection keeps all its candidates'
 * concepts in one array.
 */
export function conceptIds(candidates: readonly SentenceFacts[], single: boolean, into: Int32Array, at: ArrayLike<number>, first = 0): { count: number; keys: Int32Array } {
  const step = single ? 1 : 2;
  let total = 0;
  for (const f of candidates) total += single ? f.wordCount : f.pairCount;
  let size = 16;
  while (size < total * 2) size <<= 1;
  const mask = size - 1;
  const { used, keyA, keyB, value, call } = scratchTable(size);
  let count = 0;
  // The two stem keys of each concept id, in id order.
  const keys = new Int32Array(total * 2);
  candidates.forEach((f, list) => {
    const from = at[list]!;
    const codes = f.codes;
    const start = single ? f.at + 2 * f.pairCount : f.at;
    const length = single ? f.wordCount : 2 * f.pairCount;
    for (let k = 0; k < length; k += step) {
      const a = codes[start + k]!;
      const b = codes[start + k + step - 1]!;
      let slot = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) & mask;
      while (used[slot] === call && (keyA[slot] !== a || keyB[slot] !== b)) slot = (slot + 1) & mask;
      if (used[slot] !== call) {
        used[slot] = call;
        keyA[slot] = a;
        keyB[slot] = b;
        keys[2 * count] = a;
        keys[2 * count + 1] = b;
        value[slot] = count++;
      }
      into[from + k / step] = first + value[slot]!;
    }
  });
  return { count, keys: keys.subarray(0, 2 * count) };
}

/**
 * The hash table conceptIds works in, kept between calls: a broad query's pool makes tables of a few
 * MiB, four a query, and allocating and zeroing them each time cost as much as filling them. A slot is
 * in use when `used` holds the current call's number, so nothing is cleared between calls.
 */
let scratch = { used: new Int32Array(0), keyA: new Int32Array(0), keyB: new Int32Array(0), value: new Int32Array(0), calls: 0 };

function scratchTable(size: number): { used: Int32Array; keyA: Int32Array; keyB: Int32Array; value: Int32Array; call: number } {
  if (scratch.used.length < size || scratch.calls === 0x7fffffff) scratch = { used: new Int32Array(size), keyA: new Int32Array(size), keyB: new Int32Array(size), value: new Int32Array(size), calls: 0 };
  const call = ++scratch.calls;
  return { used: scratch.used, keyA: scratch.keyA, keyB: scratch.keyB, value: scratch.value, call };
}

/**
 * A subheading its source flattened into the paragraph, glued to the sentence after it ("MISCALCULATIONS, POLITICS AND SAFETY
 * NETS On a steaming January day, …"): three or more words wholly in capitals, then a word in capitals and lower case. Three,
 * so that a two-word dateline ("SAN FRANCISCO") is not read as one (docs/quality.md, "Twenty-fourth round (issue 16alone2)", rule H1).
 */
const GLUED_HEADING = /^(?:\p{Lu}[\p{Lu}\d.,'’&-]*[?:!]?\s+){3,}\p{Lu}\p{Ll}/u;

export function opensOnHeading(text: string): boolean {
  return GLUED_HEADING.test(text.trim());
}

/** Headings, bylines and questions put to the reader state nothing a summary or key point can use. */
export function isFragment(text: string): boolean {
  const t = text.trim();
  if (opensOnHeading(t)) return true;
  if (!/[.!"'”’)]$/.test(t)) return true;
  if (/\?["'”’]?$/.test(t)) return true;
  // An absolute phrase ("With the winner completing the trial in 8 minutes.") is set off from its main clause by a mark;
  // with none, the sentence never reaches one (twenty-second round, 16tidy3, rule B2).
  if (/^with(?:out)?\s/i.test(t) && !/[,;:—–]|\s(?:_|--)\s/.test(t)) return true;
  return /^by [A-Z]/i.test(t) && t.split(/\s+/).length <= 12;
}

function conceptPairs(sentence: Sentence): { pairs: number[]; bothContent: boolean[] } {
  const content = new Set(sentence.stems.map(stemKey));
  const words = sentence.words.map(wordKey);
  const pairs: number[] = [];
  const bothContent: boolean[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i]!;
    const b = words[i + 1]!;
    const ca = content.has(a);
    const cb = content.has(b);
    if (!ca && !cb) continue;
    if (hasPair(pairs, a, b)) continue;
    pairs.push(a, b);
    bothContent.push(ca && cb);
  }
  return { pairs, bothContent };
}

/**
 * Facts are kept for every sentence of a set (hundreds of thousands): their numbers are cut from shared slabs, and a sentence
 * keeps the slab and where its numbers start rather than a view of them (a view costs about 60 bytes besides its numbers).
 */
const SLAB = 1 << 16;
let slab = new Int32Array(SLAB);
let used = 0;

/** Where `values` are kept: the current slab, or an array of their own when longer than a sixteenth of one. */
function cutCodes(values: readonly number[]): { codes: Int32Array; at: number } {
  if (values.length > SLAB >> 4) return { codes: Int32Array.from(values), at: 0 };
  if (used + values.length > SLAB) [slab, used] = [new Int32Array(SLAB), 0];
  slab.set(values, used);
  const at = used;
  used += values.length;
  return { codes: slab, at };
}

/**
 * How far into the sentence each of its concepts is first stated, as the index in `sentence.words`
 * of the word that completes it: per pair of `factsOf(sentence).pairs`, then per stem of its
 * `words`. Worked out on demand (only budget fill needs it), so indexing keeps no more per sentence.
 */
export function conceptEnds(sentence: Sentence): { pairs: Uint16Array; words: Uint16Array } {
  const facts = factsOf(sentence);
  const pairs = pairsOf(facts);
  const keys = sentence.words.map(wordKey);
  const pairEnds = new Uint16Array(facts.pairCount);
  for (let k = 0, i = 0; k < pairEnds.length; k++) {
    const a = pairs[2 * k]!;
    const b = pairs[2 * k + 1]!;
    // Pairs are listed in the order the sentence first states them.
    while (i + 1 < keys.length && (keys[i] !== a || keys[i + 1] !== b)) i++;
    pairEnds[k] = Math.min(i + 1, 0xffff);
  }
  const first = new Map<number, number>();
  keys.forEach((key, i) => {
    if (!first.has(key)) first.set(key, i);
  });
  // A stem the words do not spell the same way (rare) counts as stated at the end.
  const last = Math.max(keys.length - 1, 0);
  return { pairs: pairEnds, words: Uint16Array.from(wordsOf(facts), (key) => Math.min(first.get(key) ?? last, 0xffff)) };
}

/** A sentence has a few dozen pairs: a scan is cheaper than hashing them. */
function hasPair(pairs: readonly number[], a: number, b: number): boolean {
  for (let k = 0; k < pairs.length; k += 2) if (pairs[k] === a && pairs[k + 1] === b) return true;
  return false;
}

/**
 * A stem's key: a 32-bit hash (FNV-1a) of its text. It depends on the stem alone, not on what
 * the process read before, so a set's summary is the same in any process; two stems that share
 * a key (about one pair in a vocabulary of 100,000) would count as one concept.
 */
export function stemKey(stem: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < stem.length; i++) {
    h ^= stem.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** Word → stem key, kept because stemming every word of a large set again is slow; the key is a pure function of the word. */
const wordKeys = new Map<string, number>();
const CACHE_LIMIT = 500_000;

function wordKey(word: string): number {
  let key = wordKeys.get(word);
  if (key === undefined) {
    key = stemKey(stemmer(word.replace(/['’]s$/, '')));
    if (wordKeys.size < CACHE_LIMIT) wordKeys.set(word, key);
  }
  return key;
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
