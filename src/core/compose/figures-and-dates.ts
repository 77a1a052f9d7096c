import { isNumberWord } from '../facts/number-words.js';
import { MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS } from '../ingest/calendar-words.js';

/**
 * The figures and dates a text states, as written: digit groups (read as `sameNumbers` reads them: "1,500" and "1500"
 * alike), number words and date words. A near copy may leave its sentence to one printed before only when the reader
 * loses none of these (docs/quality.md, "Twenty-third round (issue 16once2)").
 */
const DATE_WORDS = new RegExp(`\\b(?:${[...WEEKDAYS, ...MONTHS, ...MONTH_ABBREVIATIONS, 'yesterday', 'today', 'tomorrow', 'tonight'].join('|')})\\b`, 'gi');

export function figuresAndDates(text: string): Set<string> {
  return new Set([
    ...(text.match(/\d[\d,./]*/g) ?? []).map((n) => n.replace(/[,.]+$/, '').replace(/,/g, '')),
    ...(text.match(/[a-z]+/gi) ?? []).filter(isNumberWord).map((w) => w.toLowerCase()),
    ...(text.match(DATE_WORDS) ?? []).map((w) => w.toLowerCase()),
  ]);
}

/**
 * Whether an item whose sentence is a near copy of a printed one may refer back to it: every figure and date its sentence
 * states is stated by the printed sentence or by the item's label; and when the label prints one the printed sentence
 * lacks, the printed sentence states none the item's lacks: "65 killed (see summary)" never points at "killing 60".
 */
export function carriedBy(item: string, printed: string, label: string): boolean {
  const own = figuresAndDates(item);
  const shown = figuresAndDates(printed);
  const labelled = figuresAndDates(label);
  const added = [...own].filter((m) => !shown.has(m));
  if (added.some((m) => !labelled.has(m))) return false;
  return added.length === 0 || [...shown].every((m) => own.has(m));
}
