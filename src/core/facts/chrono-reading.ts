import { createRequire } from 'node:module';
import type { ChronoFound } from '../ingest/document.js';

type Chrono = typeof import('chrono-node/en');
type Parser = Chrono['casual']['parsers'][number];
type Reader = Pick<Chrono['casual'], 'parse'>;

/** A bit for each part of a date chrono may be certain of, as ChronoFound.certain holds them. */
export const CERTAIN = { year: 1, month: 2, day: 4, weekday: 8 } as const;

// English only: the whole package loads every locale, a fifth of a cold start. Required on the first parse, not
// imported: a process that answers from stored readings (a restart over stored analyses) never loads it.
let chrono: Chrono | undefined;
const load = createRequire(import.meta.url);

const MONTH_NAME = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** An ASCII digit: `\d` without the `u` flag. */
const DIGIT = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
/**
 * Words without which a parser of chrono's English casual configuration cannot match: a literal its pattern requires
 * (chrono-node 2.10's sources). Every parser runs its pattern over the whole text, and a parser that cannot match finds
 * nothing and changes nothing, so a text without any of its words is read without it. A parser not listed always runs.
 * Looked for in the text in lower case: chrono's patterns are case-insensitive without the `u` flag, where only "A" and
 * "a" match "a" (no other character folds to an ASCII letter), and lower-casing keeps every ASCII letter as it reads.
 */
export const PARSER_WORDS: Readonly<Record<string, readonly string[]>> = {
  // "3 days later", "two weeks from now": a span of time, then one of these.
  ENTimeUnitLaterFormatParser: ['later', 'after', 'from now', 'henceforth', 'forward', 'out'],
  // "3 days ago", "a week earlier".
  ENTimeUnitAgoFormatParser: ['ago', 'before', 'earlier'],
  // A weekday of chrono's dictionary ("thurs.", "sun") or "weekend", "weekday".
  ENWeekdayParser: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'week'],
  // A month of chrono's dictionary ("sept.", "may", "january").
  ENMonthNameParser: MONTH_NAME,
  ENMonthNameLittleEndianParser: MONTH_NAME,
  ENMonthNameMiddleEndianParser: MONTH_NAME,
  ENYearMonthNameParser: MONTH_NAME,
  // "the end of the month".
  ENEndOfCurrentMonthParser: ['month'],
  // "next week", "after this month".
  ENRelativeDateFormatParser: ['this', 'last', 'past', 'next', 'after'],
  // "next 3 days", "+2 weeks".
  ENTimeUnitCasualRelativeFormatParser: ['this', 'last', 'past', 'next', 'after', '+', '-'],
  // "today", "tomorrow", "last night".
  ENCasualDateParser: ['now', 'today', 'tonight', 'tomorrow', 'overmorrow', 'tmr', 'yesterday', 'night'],
  // "this morning", "at noon".
  ENCasualTimeParser: ['morning', 'afternoon', 'evening', 'night', 'midday', 'noon'],
  // "at 5:30 p.m.", "1998-10-14", "10/14/98", "10/1998", "1998 Oct 14": a number is written in digits.
  ENTimeExpressionParser: DIGIT,
  ENYearMonthDayParser: DIGIT,
  ISOFormatParser: DIGIT,
  SlashDateFormatParser: DIGIT,
  ENSlashMonthFormatParser: DIGIT,
};

/** Whether the text holds one of the words (in any case, as chrono's patterns read them). */
export function holdsWord(lower: string, words: readonly string[]): boolean {
  for (const word of words) if (lower.includes(word)) return true;
  return false;
}

/** Chrono's casual configuration less the parsers a text cannot wake, by which ones it leaves out (a bit each). */
const readers = new Map<number, Reader>();

function readerFor(text: string): Reader {
  chrono ??= load('chrono-node/en') as Chrono;
  const casual = chrono.casual;
  const lower = text.toLowerCase();
  /** The same word list for several parsers (the month names) is looked for once. */
  const held = new Map<readonly string[], boolean>();
  let skipped = 0;
  casual.parsers.forEach((parser, i) => {
    const words = PARSER_WORDS[parser.constructor.name];
    if (i >= 31 || !words) return;
    let holds = held.get(words);
    if (holds === undefined) held.set(words, (holds = holdsWord(lower, words)));
    if (!holds) skipped |= 1 << i;
  });
  let reader = readers.get(skipped);
  if (!reader) {
    // The same parser and refiner objects, in the same order: only those that would find nothing are left out.
    reader = skipped ? new chrono.Chrono({ parsers: casual.parsers.filter((_: Parser, i: number) => !(skipped & (1 << i))), refiners: [...casual.refiners] }) : casual;
    readers.set(skipped, reader);
  }
  return reader;
}

/** Whether chrono is certain of that part of the found expression's date. */
export function isCertain(found: Pick<ChronoFound, 'certain'>, part: keyof typeof CERTAIN): boolean {
  return (found.certain & CERTAIN[part]) !== 0;
}

/** What chrono finds in a text read against the instant (UTC, no forward dating), as the timeline reads it. */
export function readChrono(text: string, instant: Date): ChronoFound[] {
  return readerFor(text)
    .parse(text, { instant, timezone: 0 }, { forwardDate: false })
    .map((r) => {
      let certain = 0;
      for (const [k, bit] of Object.entries(CERTAIN)) if (r.start.isCertain(k as keyof typeof CERTAIN)) certain |= bit;
      return { text: r.text, index: r.index, certain, month: r.start.get('month'), day: r.start.get('day'), weekday: r.start.get('weekday'), start: r.start.date().getTime() };
    });
}
