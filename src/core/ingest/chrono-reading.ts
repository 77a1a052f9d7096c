import { createRequire } from 'node:module';
import type { ChronoFound } from './document.js';

type Chrono = typeof import('chrono-node/en');

/** A bit for each part of a date chrono may be certain of, as ChronoFound.certain holds them. */
export const CERTAIN = { year: 1, month: 2, day: 4, weekday: 8 } as const;

// English only: the whole package loads every locale, a fifth of a cold start. Required on the first parse, not
// imported: a process that answers from stored readings (a restart over stored analyses) loads it only for the rare sentence
// whose counted time has nothing before it to count from (stands-alone.ts, rule TA′).
let chrono: Chrono | undefined;
const load = createRequire(import.meta.url);

/** Whether chrono is certain of that part of the found expression's date. */
export function isCertain(found: Pick<ChronoFound, 'certain'>, part: keyof typeof CERTAIN): boolean {
  return (found.certain & CERTAIN[part]) !== 0;
}

const BARE_WEEK_PART = /^week(?:day|end)s?$/i;
/** ", 40" closing chrono's reading of a day and month. */
const SHORT_YEAR_AFTER_DAY = /,\s*\d{1,3}$/;

/** What chrono finds in a text read against the instant (UTC, no forward dating), as the timeline reads it. */
export function readChrono(text: string, instant: Date): ChronoFound[] {
  chrono ??= load('chrono-node/en') as Chrono;
  // Rule WK: "Weekday traffic", "Weekend service" name no day; chrono reads them as a Wednesday and the coming Saturday.
  return chrono
    .parse(text, { instant, timezone: 0 }, { forwardDate: false })
    .filter((r) => !BARE_WEEK_PART.test(r.text))
    .map((r) => {
      let certain = 0;
      for (const [k, bit] of Object.entries(CERTAIN)) if (r.start.isCertain(k as keyof typeof CERTAIN)) certain |= bit;
      // Rule SY (docs/quality.md, "Session 72"): "By June 30, 40 people had died": a day's year is written in four digits; a
      // shorter number after its comma opens the clause that follows.
      const shortYear = SHORT_YEAR_AFTER_DAY.exec(r.text);
      if (shortYear && certain & CERTAIN.day)
        return { text: r.text.slice(0, shortYear.index), index: r.index, certain: certain & ~CERTAIN.year, month: r.start.get('month'), day: r.start.get('day'), weekday: r.start.get('weekday'), start: r.start.date().getTime() };
      return { text: r.text, index: r.index, certain, month: r.start.get('month'), day: r.start.get('day'), weekday: r.start.get('weekday'), start: r.start.date().getTime() };
    });
}
