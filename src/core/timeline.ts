import * as chrono from 'chrono-node';
import type { Sentence } from './document.js';

export interface FoundEvent {
  /** YYYY, YYYY-MM or YYYY-MM-DD; null when the text's date cannot be pinned down. */
  date: string | null;
  when: string;
  sentence: Sentence;
}

/** Calendar anchors; "in 24 hours" or "three days later" date nothing on their own. */
const ANCHOR = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:sun|mon|tues|wednes|thurs|fri|satur)day\b|\b(?:1[89]|20)\d\d\b|\b(?:yesterday|today|tonight)\b|\b(?:last|this|next|previous|past) (?:week|month|year)\b/i;
const YEAR_ONLY = /\b(?:in|since|by|until|from|of|early|late|mid-?)\s+((?:1[89]|20)\d\d)\b/gi;

/**
 * Dated events: sentences with a calendar date. Relative dates ("on Monday", "last week") are
 * resolved against the document's own date; where the document has none, they stay undated.
 */
export function findEvents(sentences: readonly Sentence[], publishedOf: (docId: string) => string | undefined): FoundEvent[] {
  const out: FoundEvent[] = [];
  for (const sentence of sentences) {
    const published = publishedOf(sentence.docId);
    const key = published ?? '';
    let known = parsed.get(sentence);
    // Date parsing is the slow part of a briefing, and a set's briefings look at the same sentences again.
    if (!known || known.published !== key) parsed.set(sentence, (known = { published: key, event: eventIn(sentence, published) }));
    if (known.event) out.push(known.event);
  }
  return out;
}

const parsed = new WeakMap<Sentence, { published: string; event: FoundEvent | undefined }>();

function eventIn(sentence: Sentence, published: string | undefined): FoundEvent | undefined {
  const reference = published ? new Date(`${published}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1, 12));
  const results = chrono.parse(sentence.text, { instant: reference, timezone: 0 }, { forwardDate: false });
  for (const r of results) {
    if (!ANCHOR.test(r.text) || /^now$/i.test(r.text.trim())) continue;
    const certain = (k: 'year' | 'month' | 'day' | 'weekday') => r.start.isCertain(k);
    const when = r.text.trim();
    // Only a year written out makes a date absolute; "last week" is certain only relative to the document.
    if (/\b(?:1[89]|20)\d\d\b/.test(when)) return { date: isoOf(r.start.date(), certain('day') ? 'day' : certain('month') ? 'month' : 'year'), when, sentence };
    if (!published) return { date: null, when, sentence };
    if (certain('weekday') && !certain('day')) return { date: lastWeekday(reference, r.start.get('weekday')!), when, sentence };
    // "last year" names a year and "last month" a month, whatever day chrono fills in.
    const precision = certain('day') ? 'day' : certain('month') || /\bmonth\b/i.test(when) ? 'month' : /\byear\b/i.test(when) ? 'year' : 'day';
    return { date: isoOf(pastLeaning(r.start.date(), reference, sentence.text), precision), when, sentence };
  }
  YEAR_ONLY.lastIndex = 0;
  const year = YEAR_ONLY.exec(sentence.text);
  if (year) return { date: year[1]!, when: year[0], sentence };
  return undefined;
}

/** Words that put a date with no year ahead of the story rather than behind it. */
const FUTURE = /\b(?:will|shall|next|upcoming|scheduled|planned|plans?|expected|due|later this)\b/i;

/**
 * A day or month named without its year ("in late February", in a story of October) is the one
 * just past: news reports what happened. Only a sentence that looks ahead keeps the one to come.
 */
function pastLeaning(date: Date, published: Date, text: string): Date {
  const weekAhead = published.getTime() + 7 * 86_400_000;
  if (date.getTime() <= weekAhead || FUTURE.test(text)) return date;
  const back = new Date(date);
  back.setUTCFullYear(back.getUTCFullYear() - 1);
  return back;
}

/** News says "on Monday" of the Monday just past (or today), never of the one to come. */
function lastWeekday(reference: Date, weekday: number): string {
  const d = new Date(reference);
  const back = (d.getUTCDay() - weekday + 7) % 7;
  d.setUTCDate(d.getUTCDate() - back);
  return isoOf(d, 'day');
}

function isoOf(date: Date, precision: 'year' | 'month' | 'day'): string {
  const iso = date.toISOString();
  return precision === 'year' ? iso.slice(0, 4) : precision === 'month' ? iso.slice(0, 7) : iso.slice(0, 10);
}

export interface FoundDate extends FoundEvent {
  isEvent: boolean;
}

/** Every dated expression with whether it places an event. */
export function findDates(sentences: readonly Sentence[], publishedOf: (docId: string) => string | undefined): FoundDate[] {
  return findEvents(sentences, publishedOf).map((e) => ({ ...e, isEvent: true }));
}
