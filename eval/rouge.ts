import { rougeStem } from './rouge-stem.js';

/**
 * ROUGE as ROUGE-1.5.5 computes it with `-n 2 -m -a -f A -p 0.5 -t 0` and a length limit
 * (`-b 665` for DUC, `-l 250` for TAC), read from the Perl script:
 *
 * - a summary is read line by line (one sentence a line), lines lower-cased (ASCII);
 * - the length limit is applied to that text before tokenising: with `-b`, lines are added while
 *   their bytes (the spaces between them not counted) stay under the limit, and the line that
 *   reaches it is cut to the bytes left; with `-l`, the same in words. The references are read
 *   the same way, so they are cut too;
 * - every character but A-Z, a-z, 0-9 becomes a space (a hyphen is its own token and dropped),
 *   and tokens of more than three characters are stemmed (rouge-stem.ts); stop words are kept;
 * - `-f A`: n-gram hits (clipped per reference) and reference n-gram counts are summed over the
 *   references, recall = hits / counts; precision = hits / (summary n-grams × references).
 *   There is no jackknifing: ROUGE 1.4 removed it;
 * - each score is rounded to 5 decimals, and a system's score is the mean over clusters.
 *
 * ROUGE-L here is the summary-level union LCS over sentences with the same tokens; it is close
 * to, not exactly, the script's (whose byte limit on LCS units is looser).
 */

export const DUC_BYTE_LIMIT = 665;

/** A summary's length limit as ROUGE's `-b` (bytes) or `-l` (words). */
export type Limit = { bytes: number } | { words: number } | undefined;

export const DUC_LIMIT: Limit = { bytes: DUC_BYTE_LIMIT };

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

/** One line a sentence, as ROUGE's SPL format reads a file: blank lines skipped. */
function linesOf(sentences: readonly string[]): string[] {
  return sentences.flatMap((s) => s.split('\n')).filter((line) => line.length > 0);
}

/** A line's UTF-8 bytes as one character each, as Perl reads a file without an encoding, lower-cased as tr/A-Z/a-z/. */
function asBytes(line: string): string {
  return Buffer.from(line, 'utf8')
    .toString('latin1')
    .replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

/** The text ROUGE scores: lines joined by spaces, cut at the limit as readText does. */
export function limitedText(sentences: readonly string[], limit: Limit): string {
  const lines = linesOf(sentences).map(asBytes);
  if (!limit) return lines.join(' ');
  const out: string[] = [];
  let used = 0;
  for (const line of lines) {
    if ('bytes' in limit) {
      if (used + line.length < limit.bytes) {
        out.push(line);
        used += line.length;
        continue;
      }
      out.push(line.slice(0, limit.bytes - used));
    } else {
      const words = line.split(/\s+/);
      if (used + words.length < limit.words) {
        out.push(line);
        used += words.length;
        continue;
      }
      out.push(words.slice(0, limit.words - used).join(' '));
    }
    break;
  }
  return out.join(' ');
}

/** ROUGE's tokens of a text already lower-cased and limited: letters and digits, stemmed. */
export function tokensOf(text: string): string[] {
  return text
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((t) => t.length > 0)
    .map(rougeStem);
}

/** Tokens of free text (lower-cased, no limit): for tests and for callers that need ROUGE's view of a sentence. */
export function tokenize(text: string): string[] {
  return tokensOf(asBytes(text));
}

function ngramCounts(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = n === 1 ? tokens[i]! : tokens.slice(i, i + n).join(' ');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

function overlap(reference: Map<string, number>, summary: Map<string, number>): number {
  let hits = 0;
  for (const [gram, count] of reference) hits += Math.min(count, summary.get(gram) ?? 0);
  return hits;
}

const round5 = (x: number) => Math.round(x * 1e5) / 1e5;

function score(hits: number, refTotal: number, candTotal: number): Score {
  const recall = refTotal > 0 ? round5(hits / refTotal) : 0;
  const precision = candTotal > 0 ? round5(hits / candTotal) : 0;
  const f1 = recall + precision > 0 ? round5((recall * precision) / (0.5 * precision + 0.5 * recall)) : 0;
  return { recall, precision, f1 };
}

/** ROUGE-N with hits and counts summed over the references (`-f A`). */
export function rougeN(candidate: readonly string[], references: readonly (readonly string[])[], n: number): Score {
  const cand = ngramCounts(candidate, n);
  const candTotal = Math.max(candidate.length - n + 1, 0);
  let hits = 0;
  let refTotal = 0;
  for (const ref of references) {
    hits += overlap(ngramCounts(ref, n), cand);
    refTotal += Math.max(ref.length - n + 1, 0);
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
      table[i * cols + j] = ref[i - 1] === cand[j - 1] ? table[(i - 1) * cols + j - 1]! + 1 : Math.max(table[(i - 1) * cols + j]!, table[i * cols + j - 1]!);
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
 * Summary-level ROUGE-L (union LCS): each reference sentence is matched against every candidate
 * sentence and the union of the matched words counts, each word no more often than it occurs in
 * the reference and in the candidate.
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
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?]["']?)\s+(?=["']?[A-Z0-9])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** A reference as ROUGE reads a model file: the text's own lines, else one sentence a line. */
function referenceLines(reference: string): string[] {
  return reference.includes('\n') ? linesOf([reference]) : splitSentences(reference);
}

/**
 * Scores a summary (its sentences in the order shown, one a line) against human references,
 * both cut at `limit` as ROUGE-1.5.5 cuts them.
 */
export function rouge(summary: readonly string[], references: readonly string[], limit: Limit = DUC_LIMIT): RougeScores {
  const flat = tokensOf(limitedText(summary, limit));
  const refFlat = references.map((r) => tokensOf(limitedText(referenceLines(r), limit)));
  // ROUGE-L on sentence units: the summary's sentences up to the same cut.
  const cutSentences = sentencesWithin(summary, flat.length);
  const refSentences = references.map((r) => sentencesWithin(referenceLines(r), tokensOf(limitedText(referenceLines(r), limit)).length));
  return {
    rouge1: rougeN(flat, refFlat, 1),
    rouge2: rougeN(flat, refFlat, 2),
    rougeL: rougeL(cutSentences, refSentences),
  };
}

/** Sentences as token lists, keeping only the first `tokens` tokens in all. */
function sentencesWithin(sentences: readonly string[], tokens: number): string[][] {
  const out: string[][] = [];
  let left = tokens;
  for (const s of linesOf(sentences)) {
    if (left <= 0) break;
    const t = tokenize(s).slice(0, left);
    out.push(t);
    left -= t.length;
  }
  return out;
}
