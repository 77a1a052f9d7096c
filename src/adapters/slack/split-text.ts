import { escapeMrkdwn } from './escape.js';

/**
 * Fitting document text into Slack's per-block limits without ever cutting a sentence when a
 * sentence fits: text is split between sentences first, between words only for a sentence longer
 * than a whole block, and mid-word only for a "word" longer than a block (a pasted blob).
 * Lengths are measured on the escaped text, which is what Slack counts.
 */

const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Splits raw text into escaped pieces of at most `max` characters each. */
export function splitEscaped(raw: string, max: number): string[] {
  if (escapeMrkdwn(raw).length <= max) return [escapeMrkdwn(raw)];
  const units = [...sentences.segment(raw)].map((s) => s.segment);
  return packUnits(units, max, (unit) => splitByWords(unit, max));
}

function splitByWords(raw: string, max: number): string[] {
  const words = raw.split(/(?<=\s)/);
  return packUnits(words, max, (word) => splitByChars(word, max));
}

function splitByChars(raw: string, max: number): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const char of raw) {
    const escaped = escapeMrkdwn(char);
    if (current.length + escaped.length > max) {
      pieces.push(current);
      current = '';
    }
    current += escaped;
  }
  if (current) pieces.push(current);
  return pieces;
}

/** Greedily joins units while they fit; a unit too long on its own goes through `splitLarger`. */
function packUnits(units: string[], max: number, splitLarger: (unit: string) => string[]): string[] {
  const pieces: string[] = [];
  let current = '';
  const flush = () => {
    if (current.trim()) pieces.push(current.trimEnd());
    current = '';
  };
  for (const unit of units) {
    const escaped = escapeMrkdwn(unit);
    if (escaped.trimEnd().length > max) {
      flush();
      pieces.push(...splitLarger(unit));
      continue;
    }
    if ((current + escaped).trimEnd().length > max) flush();
    current += current ? escaped : escaped.trimStart();
  }
  flush();
  return pieces;
}

/** Shortens plain text to `max` characters at a word boundary, with an ellipsis. */
export function truncatePlain(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max - 1).join('');
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${atWord.length >= max / 2 ? atWord : cut}…`;
}

/** Shortens escaped mrkdwn to `max` characters at a sentence boundary when one is near, else a word. */
export function truncateEscaped(raw: string, max: number): string {
  const [first = ''] = splitEscaped(raw, max - 1);
  return first.length < escapeMrkdwn(raw).trimEnd().length ? `${first}…` : first;
}
