import type { Sentence } from '../ingest/document.js';
import { WRITTEN_WORD, writtenStem } from '../nlp.js';

/** Cosine of two sparse vectors; 0 when either is empty. */
export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, v] of a) {
    na += v * v;
    dot += v * (b.get(k) ?? 0);
  }
  for (const v of b.values()) nb += v * v;
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}

/** Cosine of two sentences' stem counts: 1 for the same words, 0 for none in common. */
export function sentenceSimilarity(a: Sentence, b: Sentence): number {
  const va = stemVector(a);
  const vb = stemVector(b);
  if (!va[0] || !vb[0]) return 0;
  // Both hold their stem ids sorted, a stem said twice twice: one merge walk over runs, no hashing (answers compare thousands of pairs).
  let dot = 0;
  for (let i = 1, j = 1; i < va.length && j < vb.length; ) {
    const x = va[i]!;
    const y = vb[j]!;
    if (x < y) i++;
    else if (y < x) j++;
    else {
      let ra = 0;
      let rb = 0;
      while (va[i] === x) i++, ra++;
      while (vb[j] === x) j++, rb++;
      dot += ra * rb;
    }
  }
  // As cosine() computes it, to the last bit: thresholds compare the same.
  return dot / Math.sqrt(va[0] * vb[0]);
}

/**
 * How many distinct stems two sentences share, counted up to `atMost` and no further: a test that needs a few shared words
 * stops as soon as it has them. One merge walk over the sentences' kept stem vectors, as the cosine's.
 */
export function sharedStems(a: Sentence, b: Sentence, atMost = Number.POSITIVE_INFINITY): number {
  const va = stemVector(a);
  const vb = stemVector(b);
  let shared = 0;
  for (let i = 1, j = 1; i < va.length && j < vb.length && shared < atMost; ) {
    const x = va[i]!;
    const y = vb[j]!;
    if (x < y) i++;
    else if (y < x) j++;
    else {
      shared++;
      while (va[i] === x) i++;
      while (vb[j] === x) j++;
    }
  }
  return shared;
}

const stemIds = new Map<string, number>();
/**
 * A sentence's stems as one array per sentence (a few hundred thousand are compared in a large
 * set's briefings): the sum of the squared stem counts, then the interned stem ids, sorted.
 */
const vectors = new WeakMap<Sentence, Int32Array>();

function stemVector(s: Sentence): Int32Array {
  let out = vectors.get(s);
  if (!out) {
    out = new Int32Array(s.stems.length + 1);
    s.stems.forEach((stem, k) => {
      let id = stemIds.get(stem);
      if (id === undefined) stemIds.set(stem, (id = stemIds.size));
      out![k + 1] = id;
    });
    out.subarray(1).sort();
    let squares = 0;
    for (let i = 1; i < out.length; ) {
      let run = 0;
      const x = out[i];
      while (out[i] === x) i++, run++;
      squares += run * run;
    }
    out[0] = squares;
    vectors.set(s, out);
  }
  return out;
}

const counts = new WeakMap<Sentence, Map<string, number>>();

/** A sentence's stem counts, built once per sentence: sentences live as long as their index, and are compared often. */
export function stemCounts(s: Sentence): Map<string, number> {
  let out = counts.get(s);
  if (!out) {
    out = new Map();
    for (const stem of s.stems) out.set(stem, (out.get(stem) ?? 0) + 1);
    counts.set(s, out);
  }
  return out;
}

/** Two sentences that state the same thing, in the same or nearly the same words. */
export const SAME_POINT = 0.55;

const numbers = new WeakMap<Sentence, string>();

/** The numbers a sentence states, in order, written the same way ("1,500" and "1500" alike). */
function numbersOf(s: Sentence): string {
  let out = numbers.get(s);
  if (out === undefined) {
    out = [...new Set((s.text.match(/\d[\d,./]*/g) ?? []).map((n) => n.replace(/[,.]+$/, '').replace(/,/g, '')))].sort().join(' ');
    numbers.set(s, out);
  }
  return out;
}

const NEGATION = /\b(?:not|never|cannot)\b|\bno longer\b|n['’]t\b/i;

/** Rule NG: both sentences or neither deny what they state ("Pryce did not concede" is not "Pryce conceded on Friday"). */
export function samePolarity(a: Sentence, b: Sentence): boolean {
  return NEGATION.test(a.text) === NEGATION.test(b.text);
}

/** Two sentences state the same numbers (as sets): a wire update that changes a figure is a different point. */
export function sameNumbers(a: Sentence, b: Sentence): boolean {
  return numbersOf(a) === numbersOf(b);
}

/** Quotation marks, straight and curly, each opening or closing a quotation. */
const QUOTE_MARK = /["“”]/g;
const quotations = new WeakMap<Sentence, ReadonlyMap<string, number> | null>();

/**
 * The stems a sentence writes inside its quotation marks, counted, when its marks pair up within it (an even number, each pair
 * opened by `"` or `“` and closed by `"` or `”`); null when it quotes nothing or its marks do not pair (a quotation opened in the
 * sentence before). Only the sentence's own stems count, so its words are read as its stem vector reads them.
 */
function quotedStems(s: Sentence): ReadonlyMap<string, number> | null {
  let out = quotations.get(s);
  if (out !== undefined) return out;
  out = null;
  const marks = [...s.text.matchAll(QUOTE_MARK)];
  if (marks.length >= 2 && marks.length % 2 === 0 && marks.every((m, i) => (i % 2 === 0 ? m[0] !== '”' : m[0] !== '“'))) {
    const own = new Set(s.stems);
    const counts = new Map<string, number>();
    for (let i = 0; i < marks.length; i += 2) {
      for (const w of s.text.slice(marks[i]!.index + 1, marks[i + 1]!.index).matchAll(WRITTEN_WORD)) {
        const st = writtenStem(w[0]);
        if (own.has(st)) counts.set(st, (counts.get(st) ?? 0) + 1);
      }
    }
    out = counts;
  }
  quotations.set(s, out);
  return out;
}

/**
 * Rule QD (docs/quality.md, "Session 59"): two sentences that each quote someone state the same point only when what they quote
 * is alike; "…," said Dana Okafor, the union's general secretary, twice over, is two quotations that share their attribution.
 */
export function sameQuotation(a: Sentence, b: Sentence): boolean {
  const qa = quotedStems(a);
  const qb = quotedStems(b);
  return !qa || !qb || cosine(qa, qb) >= SAME_POINT;
}
