import { stemmer } from 'stemmer';

/**
 * A small ROUGE scorer that follows ROUGE-1.5.5 as run for DUC 2004
 * (`-n 2 -m -f A -b 665`): lower-case, every non-alphanumeric becomes a space,
 * Porter stems for tokens longer than three characters (as ROUGE's -m does),
 * stop words kept, the summary cut at 665 bytes, counts pooled over the references.
 * Numbers differ a little from the Perl script's; compare systems within one run.
 */

export const DUC_BYTE_LIMIT = 665;

export interface Score {
  recall: number;
  precision: number;
  f1: number;
}

export interface RougeScores {
  rouge1: Score;
  rouge2: Score;
  rougeL: Score;
}

export function tokenize(text: string): string[] {
  const tokens = text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim().split(' ');
  return tokens.filter((t) => t.length > 0).map((t) => (t.length > 3 ? stemmer(t) : t));
}

/** The first `limit` UTF-8 bytes of the sentences joined by spaces, never splitting a character. */
export function truncateBytes(sentences: readonly string[], limit = DUC_BYTE_LIMIT): string[] {
  const out: string[] = [];
  let used = 0;
  for (const sentence of sentences) {
    const sep = out.length > 0 ? 1 : 0;
    const bytes = Buffer.byteLength(sentence, 'utf8');
    if (used + sep + bytes <= limit) {
      out.push(sentence);
      used += sep + bytes;
      continue;
    }
    const room = limit - used - sep;
    if (room > 0) out.push(cutToBytes(sentence, room));
    break;
  }
  return out;
}

function cutToBytes(text: string, bytes: number): string {
  const buf = Buffer.from(text, 'utf8').subarray(0, bytes);
  // A cut inside a multi-byte character decodes to U+FFFD: drop it.
  return buf.toString('utf8').replace(/\uFFFD+$/, '');
}

function ngramCounts(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = tokens.slice(i, i + n).join(' ');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

function overlap(a: Map<string, number>, b: Map<string, number>): number {
  let hits = 0;
  for (const [gram, count] of a) hits += Math.min(count, b.get(gram) ?? 0);
  return hits;
}

function total(counts: Map<string, number>): number {
  let sum = 0;
  for (const c of counts.values()) sum += c;
  return sum;
}

function score(hits: number, refTotal: number, candTotal: number): Score {
  const recall = refTotal > 0 ? hits / refTotal : 0;
  const precision = candTotal > 0 ? hits / candTotal : 0;
  const f1 = recall + precision > 0 ? (2 * recall * precision) / (recall + precision) : 0;
  return { recall, precision, f1 };
}

/** ROUGE-N with counts pooled over the references, as ROUGE-1.5.5's `-f A`. */
export function rougeN(candidate: readonly string[], references: readonly string[][], n: number): Score {
  const cand = ngramCounts(candidate, n);
  const candTotal = total(cand);
  let hits = 0;
  let refTotal = 0;
  for (const ref of references) {
    const refCounts = ngramCounts(ref, n);
    hits += overlap(refCounts, cand);
    refTotal += total(refCounts);
  }
  return score(hits, refTotal, candTotal * references.length);
}

/** Positions in `ref` that one longest common subsequence with `cand` uses. */
function lcsPositions(ref: readonly string[], cand: readonly string[]): number[] {
  const rows = ref.length + 1;
  const cols = cand.length + 1;
  const table = new Uint16Array(rows * cols);
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      table[i * cols + j] =
        ref[i - 1] === cand[j - 1]
          ? table[(i - 1) * cols + j - 1]! + 1
          : Math.max(table[(i - 1) * cols + j]!, table[i * cols + j - 1]!);
    }
  }
  const used: number[] = [];
  let i = ref.length;
  let j = cand.length;
  while (i > 0 && j > 0) {
    if (ref[i - 1] === cand[j - 1]) {
      used.push(i - 1);
      i--;
      j--;
    } else if (table[(i - 1) * cols + j]! >= table[i * cols + j - 1]!) i--;
    else j--;
  }
  return used;
}

/**
 * Summary-level ROUGE-L (union LCS, as ROUGE-1.5.5): each reference sentence is matched against
 * every candidate sentence and the union of the matched words counts, each word no more often
 * than it occurs in the reference and in the candidate.
 */
export function rougeL(candidate: readonly string[][], references: readonly string[][][]): Score {
  const candTotal = candidate.reduce((sum, s) => sum + s.length, 0);
  let hits = 0;
  let refTotal = 0;
  for (const ref of references) {
    const candLeft = countsOf(candidate.flat());
    const refLeft = countsOf(ref.flat());
    for (const refSentence of ref) {
      const union = new Set<number>();
      for (const candSentence of candidate) for (const p of lcsPositions(refSentence, candSentence)) union.add(p);
      for (const p of [...union].sort((a, b) => a - b)) {
        const token = refSentence[p]!;
        if ((candLeft.get(token) ?? 0) > 0 && (refLeft.get(token) ?? 0) > 0) {
          hits++;
          candLeft.set(token, candLeft.get(token)! - 1);
          refLeft.set(token, refLeft.get(token)! - 1);
        }
      }
      refTotal += refSentence.length;
    }
  }
  return score(hits, refTotal, candTotal * references.length);
}

function countsOf(tokens: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

/** Sentence split for reference summaries: end punctuation followed by a space and a capital or digit. */
export function splitReference(text: string): string[] {
  return text
    .split(/(?<=[.!?]["']?)\s+(?=["']?[A-Z0-9])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Scores a summary (its sentences, in order) against human references at a byte budget. */
export function rouge(summary: readonly string[], references: readonly string[], byteLimit = DUC_BYTE_LIMIT): RougeScores {
  const cut = truncateBytes(summary, byteLimit).map(tokenize);
  const flat = cut.flat();
  const refSentences = references.map((r) => splitReference(r).map(tokenize));
  const refFlat = refSentences.map((r) => r.flat());
  return {
    rouge1: rougeN(flat, refFlat, 1),
    rouge2: rougeN(flat, refFlat, 2),
    rougeL: rougeL(cut, refSentences),
  };
}
