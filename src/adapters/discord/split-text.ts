import { ELLIPSIS } from './limits.js';

/** A sentence ends at . ! or ?, maybe followed by closing quotes or brackets, then whitespace. */
const SENTENCE_END = /[.!?…]["'”’)\]]*(?=\s)/g;

/**
 * Shortens `text` to at most `max` characters: to its last whole sentence that fits when there is
 * one, else to its last whole word, and marks the cut with "…". Never cuts inside a word: a single
 * word longer than `max` is dropped whole.
 */
export function fitText(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max < ELLIPSIS.length) return '';
  const sentenceRoom = max - ELLIPSIS.length - 1;
  let sentenceCut = -1;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    if (end > sentenceRoom) break;
    sentenceCut = end;
  }
  if (sentenceCut > 0) return `${text.slice(0, sentenceCut)} ${ELLIPSIS}`;
  const wordRoom = max - ELLIPSIS.length;
  // The cut must fall on whitespace: look at one character past the room for a space there.
  const head = text.slice(0, wordRoom + 1);
  const space = head.search(/\s\S*$/);
  if (space <= 0) return ELLIPSIS;
  return `${head.slice(0, space).trimEnd()}${ELLIPSIS}`;
}

/**
 * Groups whole lines into chunks of at most `max` characters (joined by "\n"). A line that is
 * longer than `max` on its own is shortened with fitText, so no chunk ever breaks a line.
 */
export function packLines(lines: readonly string[], max: number): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const raw of lines) {
    const line = fitText(raw, max);
    if (!line) continue;
    if (!current) current = line;
    else if (current.length + 1 + line.length <= max) current = `${current}\n${line}`;
    else {
      chunks.push(current);
      current = line;
    }
  }
  if (current) chunks.push(current);
  return chunks;
}

/** Whole items, joined by `separator`, as many as fit in `max`; when some are left out, "…" says so. */
export function joinWhole(items: readonly string[], max: number, separator = ' '): string {
  const all = items.join(separator);
  if (all.length <= max) return all;
  const kept: string[] = [];
  for (const item of items) {
    if ([...kept, item].join(separator).length + 1 + ELLIPSIS.length > max) break;
    kept.push(item);
  }
  if (!kept.length) return fitText(items[0] ?? '', max);
  return `${kept.join(separator)} ${ELLIPSIS}`;
}
