import type { Figure } from '../briefing.js';

/**
 * A key figure's printed label, the one every renderer shows: its value and what it counts, joined as its sentence joins
 * them. A compound measure keeps its hyphen ("a 49-page indictment" → "49-page indictment", not "49 page indictment"): what
 * it counts is read without the hyphen, so only the sentence still says how the two were written.
 */
export function figureLabel(f: Pick<Figure, 'value' | 'counts' | 'text'>): string {
  if (!f.counts) return f.value;
  // "town of 27,000": the size of a noun named before "of" keeps the sentence's order (docs/quality.md, 16figs8's rule N).
  if (/ of$/.test(f.counts)) return `${f.counts} ${f.value}`;
  return hyphened(f.text, `${f.value}-${f.counts.split(' ')[0]!}`) ? `${f.value}-${f.counts}` : `${f.value} ${f.counts}`;
}

/** Whether the text writes these words whole: not "13-page" for "3-page", not "20-months" for "20-month". */
function hyphened(text: string, words: string): boolean {
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    if (!/[\p{L}\p{N}.,$]/u.test(text[at - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[at + words.length] ?? ' ')) return true;
  }
  return false;
}
