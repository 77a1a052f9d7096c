import type { DayGloss } from '../briefing.js';
import { findDates } from '../facts/timeline.js';
import { MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS } from '../ingest/calendar-words.js';
import type { Sentence } from '../ingest/document.js';

/**
 * The days a briefing's points name relative to their article ("Tuesday", "last month"), each given the date the
 * timeline's reading resolves it to (docs/quality.md, "Twenty-fourth round (issue 16editor), rule D"). A briefing mixes
 * articles of different days, so "Tuesday" in one point and "Sunday" in the next place nothing for a reader who has not
 * opened the sources; the sentences stay verbatim and the date is a note of its own, as a name's gloss is.
 *
 * Only a weekday or day word read to a day, or "last/next/this month" read to a month: "last week" and "this weekend"
 * read only to their month, which does not place the day they name. A written date ("June 1") stands as written; a date
 * borrowed from the story (`inferred`) or not resolved is not glossed; a gloss printed by an earlier point is not printed
 * again, nor a second expression of one point for a date the point already glosses. `units` are the points in reading
 * order, each as its sentences.
 */
export function dayGlosses(units: readonly (readonly Sentence[])[], publishedOf: (docId: string) => string | undefined): DayGloss[][] {
  const printed = new Set<string>();
  return units.map((parts) => {
    const glosses: DayGloss[] = [];
    const dated = new Set<string>();
    // Reading dates is the slow part of a briefing: only a sentence that writes a day word or "month" can be glossed.
    for (const found of findDates(
      parts.filter((p) => MAY_NAME_A_DAY.test(p.text)),
      publishedOf,
    )) {
      if (!found.date || found.inferred) continue;
      const words = found.when.replace(/^on\s+/i, '');
      const date = dateOfWords(words, found.date);
      if (!date) continue;
      const key = `${words.toLowerCase()}\u0001${found.date}`;
      // Amendment D′: "Thursday … Thursday night" in one point is one date, told once.
      if (printed.has(key) || dated.has(found.date)) continue;
      printed.add(key);
      dated.add(found.date);
      glosses.push({ words, date });
    }
    return glosses;
  });
}

/** The date as a reader is told it, when the words name a day relative to the article and the reading has that precision. */
function dateOfWords(words: string, iso: string): string | undefined {
  const lower = words
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
  if (/\d/.test(words) || lower.some((w) => MONTH_SET.has(w))) return undefined;
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const weekday = lower.find((w) => (WEEKDAYS as readonly string[]).includes(w));
  if (day && (weekday || lower.some((w) => DAY_WORDS.has(w)))) {
    const at = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]), 12));
    // The reading's day must be the weekday the words name: a day counted some other way is left as written.
    if (weekday && WEEKDAYS[(at.getUTCDay() + 6) % 7] !== weekday) return undefined;
    return `${at.getUTCDate()} ${monthName(at.getUTCMonth())} ${day[1]}`;
  }
  const month = /^(\d{4})-(\d{2})$/.exec(iso);
  if (month && lower.length === 2 && RELATIVE.has(lower[0]!) && lower[1] === 'month') return `${monthName(Number(month[2]) - 1)} ${month[1]}`;
  return undefined;
}

const MAY_NAME_A_DAY = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow|tonight|month)\b/i;
const MONTH_SET: ReadonlySet<string> = new Set<string>([...MONTHS, ...MONTH_ABBREVIATIONS]);
const DAY_WORDS: ReadonlySet<string> = new Set(['yesterday', 'today', 'tomorrow', 'tonight']);
const RELATIVE: ReadonlySet<string> = new Set(['last', 'next', 'this']);

function monthName(m: number): string {
  const name = MONTHS[m]!;
  return name[0]!.toUpperCase() + name.slice(1);
}
