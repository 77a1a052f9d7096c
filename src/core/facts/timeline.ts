import { MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS } from '../ingest/calendar-words.js';
import { CERTAIN, isCertain, readChrono } from '../ingest/chrono-reading.js';
import type { ChronoFound, ChronoReading, Sentence } from '../ingest/document.js';
import { its, readDoc } from '../nlp.js';
import { attributiveKind } from './attributive-date.js';
import { MAX_FACT_SENTENCE_CHARS } from './fact-bounds.js';
import { numberWordValue } from './number-words.js';
import { doneVerbBefore } from './past-main-clause.js';
import { attributiveUnderPresent, pastSideClauseUnderPresent } from './present-over-past.js';
import { sideClauseAt, tokensOf, verbGroups } from './side-clause.js';

export interface FoundEvent {
  /** YYYY, YYYY-MM or YYYY-MM-DD (a decade or century as its ISO prefix: "199"); null when the text's date cannot be pinned down. */
  date: string | null;
  when: string;
  sentence: Sentence;
  /** The year is not in the article: it was taken from the dated articles of the same story. */
  inferred?: boolean;
  /** Rule A1′ (issue 16dates11): the side clause's date of an item redated to its article's day, for `oneEventEach` only. */
  alsoTells?: string | null;
}

export interface FoundDate extends FoundEvent {
  /** False for background, comparisons and spans ("since 1978", "as bad as two weeks ago", "the past week"). */
  isEvent: boolean;
}

/**
 * Every expression that places something in time, resolved against the article's date: a
 * weekday or a day without its year in the direction of the sentence's tense (future → forward),
 * "last week" to its month, "two years ago" to its year. An undated article's explicit day and
 * month take their year from `storyDate` (the dated articles of the same story), marked inferred.
 * A time counted from the narrative time ("three days earlier", "that afternoon") is counted from the nearest
 * explicit date before it, in its sentence or the one before it in its paragraph: `sentenceBefore` gives that
 * sentence (by default, the one among `sentences`); with none, it is not dated (rules A1–A2, issue 16dates2).
 */
export function findDates(sentences: readonly Sentence[], publishedOf: (docId: string) => string | undefined, storyDate?: string, sentenceBefore?: (sentence: Sentence) => Sentence | undefined): FoundDate[] {
  const out: FoundDate[] = [];
  let years: Map<string, number[]> | undefined;
  // Rule N1 (issue 16dates3): an event named by its day takes the year the sentences read together write for that day.
  const readingOf = (sentence: Sentence): Reading => {
    const known = readOwn(sentence);
    if (!known.spots.some((s) => s.named)) return known;
    years ??= yearsWrittenFor(sentences);
    return withStoryYear(known, years, publishedOf(sentence.docId) ?? storyDate);
  };
  const readOwn = (sentence: Sentence): Reading => {
    const published = publishedOf(sentence.docId);
    // The story's date stands in only for an undated article's year: a dated one's dates hold for any story.
    const key = published ?? `|${storyDate ?? ''}`;
    let known = parsed.get(sentence);
    // Date parsing is the slow part of a briefing, and a set's briefings look at the same sentences again.
    if (!known || known.key !== key) {
      const read = datesIn(sentence, published, storyDate);
      // Most sentences name no date: they share one reading per article date, so a set read whole holds little for them.
      known = read.dates.length ? { key, ...read } : (noDates.get(key) ?? noDates.set(key, { key, dates: [], spots: [] }).get(key)!);
      parsed.set(sentence, known);
    }
    return known;
  };
  let before = sentenceBefore;
  for (const sentence of sentences) {
    const known = readingOf(sentence);
    if (!known.spots.some((s) => s.offset || s.storyOrder)) {
      out.push(...known.dates);
      continue;
    }
    before ??= sentenceBeforeAmong(sentences);
    const previous = before(sentence);
    const inParagraph = previous && previous.docId === sentence.docId && previous.paragraph === sentence.paragraph ? readingOf(previous) : undefined;
    known.dates.forEach((d, i) => {
      const { offset, storyOrder } = known.spots[i]!;
      if (storyOrder) {
        // Rule W1: a weekday told in the story's order is counted from the day the text wrote before it, when that day
        // lies more than a week from the article's (within a week both readings name the same days).
        const anchor = writtenDayBefore(known, i, inParagraph);
        const published = publishedOf(sentence.docId);
        const far = anchor?.date && published && Math.abs(dayOf(anchor.date).getTime() - dayOf(published).getTime()) > 7 * 86_400_000;
        return out.push(far ? { ...d, date: isoOf(weekdayFrom(dayOf(anchor.date!), storyOrder.weekday, storyOrder.side), 'day'), ...(anchor.inferred ? { inferred: true } : {}) } : d);
      }
      if (!offset) return out.push(d);
      const anchor = anchorOf(known, i, inParagraph, offset);
      const date = countedFrom(anchor, offset);
      out.push({ ...d, date, ...(date && anchor?.inferred ? { inferred: true } : {}) });
    });
  }
  return out;
}

/** The sentence right before each of `sentences` in its document, when it is among them too. */
function sentenceBeforeAmong(sentences: readonly Sentence[]): (sentence: Sentence) => Sentence | undefined {
  const at = new Map(sentences.map((s) => [`${s.docId}\u0001${s.position}`, s]));
  return (s) => at.get(`${s.docId}\u0001${s.position - 1}`);
}

/**
 * The narrative time an offset counts from (rule A2): the last explicit date before it in its sentence, else the last
 * one of the sentence before it in the paragraph. Explicit: dated to a day or a month, and not itself counted from
 * another time; for a count of years, a written year too.
 */
function anchorOf(known: Reading, at: number, before: Reading | undefined, offset: Offset): FoundDate | undefined {
  const explicit = (reading: Reading, i: number) => {
    const d = reading.dates[i]!;
    if (reading.spots[i]!.offset || d.date === null) return false;
    return /^\d{4}-\d{2}/.test(d.date) || (offset.unit === 'year' && /^\d{4}$/.test(d.date) && /\b\d{4}\b/.test(d.when));
  };
  for (let i = at - 1; i >= 0; i--) if (known.spots[i]!.index < known.spots[at]!.index && explicit(known, i)) return known.dates[i];
  if (!before) return undefined;
  for (let i = before.dates.length - 1; i >= 0; i--) if (explicit(before, i)) return before.dates[i];
  return undefined;
}

/**
 * The day the text writes last before a weekday told in the story's order (rule W1): in its sentence, else the last of
 * the sentence before it in its paragraph. Written: a day and month the expression names itself ("Feb. 27", "Saturday,
 * February 27, 2010"), not a weekday read from the article's week nor a time counted from another.
 */
function writtenDayBefore(known: Reading, at: number, before: Reading | undefined): FoundDate | undefined {
  const written = (reading: Reading, i: number) => {
    const d = reading.dates[i]!;
    const spot = reading.spots[i]!;
    return !spot.offset && !spot.storyOrder && d.date !== null && /^\d{4}-\d{2}-\d{2}$/.test(d.date) && MONTH_NAME.test(d.when) && /\d/.test(d.when);
  };
  for (let i = at - 1; i >= 0; i--) if (known.spots[i]!.index < known.spots[at]!.index && written(known, i)) return known.dates[i];
  if (!before) return undefined;
  for (let i = before.dates.length - 1; i >= 0; i--) if (written(before, i)) return before.dates[i];
  return undefined;
}

/** The weekday on or before (`side` -1) or on or after (1) the anchor; strictly so for "the previous", "the following" (`side` ±2). */
function weekdayFrom(anchor: Date, weekday: number, side: -2 | -1 | 1 | 2): Date {
  const d = new Date(anchor);
  const back = (d.getUTCDay() - weekday + 7) % 7;
  const ahead = (weekday - d.getUTCDay() + 7) % 7;
  const offset = side === -1 ? -back : side === 1 ? ahead : side === -2 ? -(back || 7) : ahead || 7;
  d.setUTCDate(d.getUTCDate() + offset);
  return d;
}

/** The anchor moved by the offset, at the precision both allow: days need a day; weeks give the month, as "two weeks ago" does. */
function countedFrom(anchor: FoundDate | undefined, offset: Offset): string | null {
  if (!anchor?.date) return null;
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(anchor.date);
  const month = /^(\d{4})-(\d{2})/.exec(anchor.date);
  const year = Number(anchor.date.slice(0, 4));
  if (offset.unit === 'year') return String(year + offset.n);
  if (offset.unit === 'month') return month ? isoOf(new Date(Date.UTC(year, Number(month[2]) - 1 + offset.n, 1, 12)), 'month') : null;
  if (!day) return null;
  const d = new Date(Date.UTC(year, Number(day[2]) - 1, Number(day[3]), 12));
  d.setUTCDate(d.getUTCDate() + (offset.unit === 'week' ? 7 : 1) * offset.n);
  return isoOf(d, offset.unit === 'week' ? 'month' : 'day');
}

/** Dated events: each sentence's first expression that places an event on a date. */
export function findEvents(sentences: readonly Sentence[], publishedOf: (docId: string) => string | undefined, storyDate?: string, sentenceBefore?: (sentence: Sentence) => Sentence | undefined): FoundEvent[] {
  const first = new Map<Sentence, FoundDate>();
  // Where each expression stands in its sentence (findDates gives them in text order), for rules W2, K3 and K5.
  const cursor = new Map<Sentence, number>();
  const position = new Map<FoundDate, number>();
  const eventsOf = new Map<Sentence, FoundDate[]>();
  for (const d of findDates(sentences, publishedOf, storyDate, sentenceBefore)) {
    const at = d.sentence.text.indexOf(d.when, cursor.get(d.sentence) ?? 0);
    if (at >= 0) cursor.set(d.sentence, at + d.when.length);
    if (!d.isEvent || d.date === null) continue;
    position.set(d, at);
    (eventsOf.get(d.sentence) ?? eventsOf.set(d.sentence, []).get(d.sentence)!).push(d);
    const kept = first.get(d.sentence);
    // Rule W2 (issue 16dates6): a date inside a relative clause set off by commas describes whom or what the sentence is
    // about; a later date outside it, the main clause's, heads the item.
    // Rule QT: a time relative to the moment of speaking, inside a quotation, gives way to a calendar date outside it.
    const saidWhen = !!kept && at >= 0 && quotedDeictic(kept, position.get(kept)!) && calendarDate(d.when) && !inQuotation(d.sentence.text, at);
    const onSubject = !!kept && at > position.get(kept)! && onParticipleOfSubject(kept, position.get(kept)!);
    if (!kept || tellsAgainFiner(kept, d) || (inRelativeClause(kept) && at >= 0 && inMainClauseAfterRelative(d.sentence.text, at)) || saidWhen || onSubject) first.set(d.sentence, d);
  }
  return [...first.values()].flatMap((kept): FoundEvent[] => {
    const events = eventsOf.get(kept.sentence)!;
    const outside = headOutsideSideClause(kept, events, position);
    if (!outside) return [];
    const published = publishedOf(outside.sentence.docId);
    const done = outside === kept ? doneOverComing(outside, events, position, published) : undefined;
    const d = typeof done === 'object' ? done : outside;
    const today = typeof done === 'string' ? done : d === kept ? articleDayOver(d, events, position, published) : undefined;
    if (today) return [{ date: today, when: d.when, sentence: d.sentence, alsoTells: withYearWritten(d) }];
    const date = withYearWritten(d);
    return [{ date: onTheEve(d, position.get(d)!) ? dayBefore(date) : date, when: d.when, sentence: d.sentence, ...(d.inferred ? { inferred: true } : {}) }];
  });
}

/** A time told relative to the moment of speaking: "last weekend", "yesterday", "on Friday", "two days ago". */
const DEICTIC = new RegExp(`\\b(?:last|next|this|past|coming|yesterday|today|tonight|tomorrow|ago|weekend|${WEEKDAYS.join('|')})\\b`, 'i');

/**
 * Rule QT (docs/quality.md, "Session 46"): a time relative to the moment of speaking, wholly inside a quotation, counts from
 * when the words were said, which a calendar date outside the quotation tells better than the article's day.
 */
function quotedDeictic(d: FoundDate, at: number): boolean {
  return at >= 0 && DEICTIC.test(d.when) && !MONTH_NAME.test(d.when) && !/\d/.test(d.when) && inQuotation(d.sentence.text, at, d.when.length);
}

/**
 * A date written on the calendar ("February 28", "2009"), not relative to the article: a weekday outside the quotation ("he
 * said Monday") is read against the same article day as a relative time inside it, so it tells the inside one nothing.
 */
function calendarDate(when: string): boolean {
  return MONTH_NAME.test(when) || /\b\d{4}\b/.test(when);
}

/** Whether the text from `at` (for `length` characters) lies inside one quotation. */
function inQuotation(text: string, at: number, length = 0): boolean {
  if (!text.includes('"') && !text.includes('“')) return false;
  for (const q of text.matchAll(QUOTATION)) if (at > q.index && at + length < q.index + q[0].length) return true;
  return false;
}

/**
 * Rule K3 (issue 16dates7): when the date an item is headed by lies in a parenthesis with a verb of its own, a later event
 * date of the sentence outside it heads the item; with none, the item goes when the parenthesis tells another time than
 * its main clause (the sentence's news has no date of its own: an undated sentence has no line). K1, K2 and K4 (a
 * relative clause, a participle clause, an attributive date after a preposition of relation) were measured and reverted.
 */
function headOutsideSideClause(head: FoundDate, events: readonly FoundDate[], position: ReadonlyMap<FoundDate, number>): FoundDate | undefined {
  const at = position.get(head)!;
  if (at < 0) return head;
  const text = head.sentence.text;
  const side = sideClauseAt(text, at);
  if (!side) return head;
  const outside = events.find((e) => {
    const there = position.get(e)!;
    // ", and left …" goes on with the side clause's own predicate (as rule W2's amendment reads it).
    return there > at && (there >= side.end || there < side.start) && !/^\s*,\s+(?:and|or)\b/i.test(text.slice(side.end, there)) && !sideClauseAt(text, there);
  });
  if (outside) return outside;
  return side.otherTime ? undefined : head;
}

/**
 * Rule A1 (issue 16dates11): the article's own day for an item whose only event date lies in a past side clause (a relative
 * clause, a participle clause after a noun) under a main clause in the present or present perfect with an event verb ("has
 * frozen all deals until the sailors, who were detained on March 23, are released"): the wire's present tells the day it
 * writes, and the side clause's date is whom the sentence is about. With another event date outside the clause, or no
 * published date, the item stays as it is. Rule A1-N reads a date that names a noun's event ("the July 7, 2005 bombings") the same way.
 */
function articleDayOver(head: FoundDate, events: readonly FoundDate[], position: ReadonlyMap<FoundDate, number>, published: string | undefined): string | undefined {
  const at = position.get(head)!;
  if (!published || at < 0) return undefined;
  const day = isoOf(dayOf(published), 'day');
  // Rule B3 (issue 16dates12): a side clause's verb that is its own lemma ("that hit") is a past under a date gone by.
  const goneBy = head.date !== null && head.date < day.slice(0, head.date.length);
  const side = pastSideClauseUnderPresent(head.sentence.text, at, goneBy) ?? attributiveUnderPresent(head.sentence.text, at, head.when.length);
  if (!side) return undefined;
  const outside = events.some((e) => e !== head && (position.get(e)! < side.start || position.get(e)! >= side.end));
  return outside ? undefined : day;
}

/**
 * Rule B2 (issue 16dates12): an item whose date lies after its article's day, under a main verb told as done ("has canceled
 * a trip to an Asian summit next month, his office said Friday"): the date is a noun's. A later event date of the sentence
 * on or before the article's day heads the item (returned); with none, the article's own day (returned as a date).
 */
function doneOverComing(head: FoundDate, events: readonly FoundDate[], position: ReadonlyMap<FoundDate, number>, published: string | undefined): FoundDate | string | undefined {
  const at = position.get(head)!;
  if (!published || at < 0 || head.date === null) return undefined;
  const day = isoOf(dayOf(published), 'day');
  // Rule PU: "was set for Nov. 16" dates the hearing, not the setting.
  // Rule BD: "ordered … replacement by June 30" dates the deadline, not the ordering.
  const due = /^\d{4}-\d{2}-\d{2}$/.test(head.date) && !/\d{4}/.test(head.when) && dueBy(head.sentence.text, at, head.when.length);
  if (head.date <= day.slice(0, head.date.length) || pointedAhead(head.sentence.text, at) || due || !doneVerbBefore(head.sentence.text, at)) return undefined;
  const own = events.find((e) => position.get(e)! > at && e.date !== null && e.date <= day.slice(0, e.date.length));
  return own ?? day;
}

/** "on the eve of Saturday's vote": the expression names the event the eve is of (rule K5, issue 16dates7). */
const THE_EVE_OF = /\bthe\s+eve\s+of\s+(?:(?:the|a|an|this|next|last)\s+)?$/i;
const onTheEve = (d: FoundDate, at: number) => at > 0 && THE_EVE_OF.test(d.sentence.text.slice(Math.max(0, at - 40), at));
/** The day before a day; a month or a year is left as it is. */
function dayBefore(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  const d = dayOf(date);
  d.setUTCDate(d.getUTCDate() - 1);
  return isoOf(d, 'day');
}

/**
 * ", who was arrested on May 3,": a relative clause after a comma, closed by a comma, a dash or the sentence's end (amended
 * after measuring: "…, which was formed in June." closes at the end), read past its own commas no further.
 */
const RELATIVE_CLAUSE = /,\s+(?:who|which|whose|whom)\b[^,;:—]*(?=,|\s(?:_|--|—)\s|[.!?"”]*\s*$)/gi;
/** Between a relative clause's close and a later date: a clause of its own, or the relative clause's predicate going on (", and left …"). */
const NOT_MAIN_CLAUSE = /\b(?:that|which|who|whom|whose|where|when)\b|^,\s+(?:and|or)\b/i;
/** Whether the position lies inside a relative clause set off by commas (rule W2). */
function insideRelativeClause(text: string, at: number): boolean {
  for (const m of text.matchAll(RELATIVE_CLAUSE)) if (at > m.index && at < m.index + m[0].length) return true;
  return false;
}
/** Whether the position lies in the main clause after a relative clause set off by commas (rule W2, amended after measuring). */
function inMainClauseAfterRelative(text: string, at: number): boolean {
  const last = [...text.matchAll(RELATIVE_CLAUSE)].filter((m) => m.index + m[0].length <= at).at(-1);
  return last !== undefined && !insideRelativeClause(text, at) && !NOT_MAIN_CLAUSE.test(text.slice(last.index + last[0].length, at));
}
/**
 * Rule PD (docs/quality.md, "Session 57"): "residents evacuated on Tuesday were allowed to return on Thursday": a date on a
 * participle that describes the sentence's opening noun phrase, before the main clause's auxiliary, dates the description.
 */
function onParticipleOfSubject(d: FoundDate, at: number): boolean {
  if (at < 0) return false;
  const text = d.sentence.text;
  return PARTICIPLE_ON_SUBJECT.test(text.slice(0, at)) && AUXILIARY_NEXT.test(text.slice(at + d.when.length));
}
const PARTICIPLE_ON_SUBJECT = /(?:^|,\s+)(?:[\p{L}'’-]+\s+){1,4}\p{Ll}+(?:ed|en)(?:\s+(?:out|away|back|up|off|home|down))?\s+$/u;
const AUXILIARY_NEXT = /^,?\s+(?:was|were|is|are|has|have|had|will|would)\b/;

/** Whether the expression an event was first dated by lies inside a relative clause of its sentence. */
function inRelativeClause(d: FoundDate): boolean {
  const at = d.sentence.text.indexOf(d.when);
  return at >= 0 && insideRelativeClause(d.sentence.text, at);
}

/** An expression that names its month or its year itself ("July", "in 1998"), not one counted from the article ("last week"). */
const NAMES_ITS_PERIOD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b\d{4}\b/i;

/**
 * Whether a later expression of a sentence tells the time of its first one again, finer (rule D1, amended): a day or a month
 * inside the month or year the first one names ("in July … on July 29"). Inside a relative expression ("last week … on
 * Dec. 17") a later day is as often another event.
 */
function tellsAgainFiner(first: FoundDate, later: FoundDate): boolean {
  return NAMES_ITS_PERIOD.test(first.when) && later.date!.startsWith(`${first.date}-`);
}

/** A day written with its year: "July 7, 2005", "Sept. 17 1978". */
const DAY_WITH_YEAR = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b/gi;

/**
 * An event's date, of the year its sentence writes with the same day when the expression that dates it gives the day
 * without one ("The July 7 bombings … on the morning of July 7, 2005": the same day told again with its year; rule D1,
 * second amendment).
 */
function withYearWritten(event: FoundDate): string {
  const date = event.date!;
  const day = /^\d{4}-(\d{2})-(\d{2})$/.exec(date);
  if (!day || /\b\d{4}\b/.test(event.when)) return date;
  for (const m of event.sentence.text.matchAll(DAY_WITH_YEAR)) {
    if (monthNumber(m[1]!) === Number(day[1]) && Number(m[2]) === Number(day[2])) return `${m[3]}-${day[1]}-${day[2]}`;
  }
  return date;
}

/** A month's number (1–12) from its name or any start of it ("Sept.", "jul"); 0 for none. */
const monthNumber = (name: string) => MONTHS.findIndex((month) => month.startsWith(name.toLowerCase())) + 1;

/** A month's name or short form, the longest first so that "Sept" is read whole. */
const MONTH_WORD = `(?:${[...MONTHS, ...MONTH_ABBREVIATIONS].sort((a, b) => b.length - a.length).join('|')})`;
/** A day and month without a year, then a span's joining word and a closing day that writes its year: "July 11 and Nov. 1, 1995". */
const SPAN_TO_YEAR = new RegExp(`^${MONTH_WORD}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\s*(?:and|to|until|till|through|-|–|—)\\s*(?:(${MONTH_WORD})\\.?\\s+)?\\d{1,2}(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');

/**
 * A month without a year, then (after any months listed) a joining word and a closing month that writes its year: "March and
 * June 2027", "November to February 1999", "March, April or May 2027" (rule YM).
 */
const MONTHS_TO_YEAR = new RegExp(`^${MONTH_WORD}\\.?(?:\\s*,\\s*${MONTH_WORD}\\.?)*,?\\s*(?:and|or|to|until|till|through|-|–|—)\\s*(${MONTH_WORD})\\.?,?\\s+(\\d{4})\\b`, 'i');

/**
 * The year a span's opening day (rule Y), or a month opening a span or a list (rule YM), is in: the close's written year, or the
 * year before when the span crosses one.
 */
function spanOpeningYear(from: string, openingMonth: number, withDay: boolean): string | undefined {
  const m = (withDay ? SPAN_TO_YEAR : MONTHS_TO_YEAR).exec(from);
  if (!m) return undefined;
  const closingMonth = m[1] ? monthNumber(m[1]) : openingMonth;
  const year = Number(m[2]);
  return String(closingMonth > 0 && openingMonth > closingMonth ? year - 1 : year);
}

/** A day written with its year, the month first ("July 7, 2005", "July 7th 2005") or the day first ("7 July 2005"). */
const MONTH_DAY_YEAR = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/gi;
const DAY_MONTH_YEAR = /\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(\d{4})\b/gi;

/** Every year the sentences write for a month and day ("07-07" → [2005]), in the order written. */
function yearsWrittenFor(sentences: readonly Sentence[]): Map<string, number[]> {
  const years = new Map<string, number[]>();
  const note = (monthName: string, day: string, year: string) => {
    const month = monthNumber(monthName);
    if (month < 1 || Number(day) < 1 || Number(day) > 31) return;
    const key = `${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
    (years.get(key) ?? years.set(key, []).get(key)!).push(Number(year));
  };
  for (const s of sentences) {
    if (!/\d{4}/.test(s.text)) continue;
    for (const m of s.text.matchAll(MONTH_DAY_YEAR)) note(m[1]!, m[2]!, m[3]!);
    for (const m of s.text.matchAll(DAY_MONTH_YEAR)) note(m[2]!, m[1]!, m[3]!);
  }
  return years;
}

/**
 * Rule N1 (issue 16dates3): a day and month that names an event ("the 7 July link") is of the latest year the sentences read
 * together write for that day before the article's date ("July 7, 2005"): the story has named the event in full.
 */
function withStoryYear(known: Reading, years: ReadonlyMap<string, number[]>, articleDate: string | undefined): Reading {
  if (!articleDate) return known;
  let changed = false;
  const dates = known.dates.map((d, i) => {
    if (!known.spots[i]!.named || !d.date || !/^\d{4}-\d{2}-\d{2}$/.test(d.date)) return d;
    const monthDay = d.date.slice(5);
    const before = (years.get(monthDay) ?? []).filter((y) => `${y}-${monthDay}` < articleDate.slice(0, 10));
    if (!before.length) return d;
    const date = `${Math.max(...before)}-${monthDay}`;
    if (date === d.date) return d;
    changed = true;
    return { ...d, date };
  });
  return changed ? { ...known, dates } : known;
}

/** The middle publication date of the sentences' dated articles: the year an undated article on the same story most likely means. */
export function storyDateOf(sentences: readonly Sentence[], index: { documents: ReadonlyMap<string, { meta: { published?: string } }> }): string | undefined {
  const dates = [...new Set(sentences.map((s) => s.docId))].flatMap((id) => index.documents.get(id)?.meta.published ?? []).sort();
  return dates[Math.floor(dates.length / 2)];
}

/**
 * One event mentioned twice is shown once: of two items on the same date whose sentences share
 * most of their content words (beyond the date), the first (more relevant) stays. An item rule A1 redated counts on
 * its side clause's date too (amendment A1′ ii).
 */
export function oneEventEach<T extends FoundEvent>(events: readonly T[]): T[] {
  const kept: T[] = [];
  const on = (k: FoundEvent, e: FoundEvent) => k.date === e.date || (k.alsoTells != null && k.alsoTells === e.date) || (e.alsoTells != null && e.alsoTells === k.date);
  for (const e of events) if (!kept.some((k) => on(k, e) && sharesMostWords(k.sentence, e.sentence))) kept.push(e);
  return kept;
}

/** Whether two sentences tell one event in most of the same words: they share at least half the stems of the one with fewer. */
export function sharesMostWords(a: Sentence, b: Sentence): boolean {
  const words = new Set(a.stems);
  const other = new Set(b.stems);
  let shared = 0;
  for (const w of words) if (other.has(w)) shared++;
  return shared >= Math.min(words.size, other.size) / 2;
}

/** How far an expression counts from the narrative time, in signed units (rule A1, issue 16dates2). */
interface Offset {
  n: number;
  unit: 'day' | 'week' | 'month' | 'year';
}
/** A weekday (0 Sunday – 6 Saturday) and the side of its anchor it lies on: on or before (-1), on or after (1), strictly (±2). */
interface StoryOrder {
  weekday: number;
  side: -2 | -1 | 1 | 2;
}
/** Where each of a sentence's dates stands in it, and for one counted from the narrative time, by how much. */
interface Spot {
  index: number;
  offset?: Offset;
  /** A weekday told in the story's order, counted from the day the text wrote before it (rule W1, issue 16dates6). */
  storyOrder?: StoryOrder;
  /** A day and month without a year naming an event ("the July 7 bombings"; rule N1, issue 16dates3). */
  named?: boolean;
}
interface Reading {
  key: string;
  dates: FoundDate[];
  spots: Spot[];
}
const parsed = new WeakMap<Sentence, Reading>();
const noDates = new Map<string, Reading>();

/** "a week ago" is one week: the article counts as a number word here. */
const wordCount = (word: string): number | undefined => (/^an?$/i.test(word) ? 1 : numberWordValue(word));
const UNITS_AGO =
  /\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?:-(one|two|three|four|five|six|seven|eight|nine))? (day|week|month|year|decade)s? ago\b/gi;
const YEAR = /\b(mid-|early |late )?((?:1[5-9]|20)\d)(\d)(s)?\b/g;
/** A length of time, or a count of times, per period: "30 minutes a day", "three times a week", "two hours per night" (rule RR). */
const RATE = /\b(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|times)\s+(?:a|an|per|each|every)\s+(?:day|night|week|month|year)\b/i;

/** A year joined to a code or a long number ("2026-CV-4471", "2025/0412"), or numbered ("No. 2026"): an identifier's part. */
const IDENTIFIER_AFTER_YEAR = /^[-/](?:\p{Lu}{1,5}\b|\d{3,})/u;
const IDENTIFIER_BEFORE_YEAR = /(?:\bNo\.?|#)\s*$/;
/** "(1852 UTC)", "0600 hours": four digits before a time zone or "hours" are a time of day, never a year (rule D3). */
const CLOCK_AFTER = /^\s*(?:UTC|GMT|BST|EST|EDT|CST|CDT|PST|PDT|CET|CEST|hours|hrs)\b/;
/**
 * "this day last year", "this day one year ago", "this time last week": "this day" fixes the day, so the expression names the
 * article's day that far away (rule D2).
 */
const THIS_DAY_AWAY = /\bthis (?:day|time),?\s+(?:(last|next) (year|month|week)|(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten) (year|month|week)s? ago)\b/i;
/** "over the last year", "in the past week": with "the", the last year is a span that ends now, not the calendar year before (rule D4). */
const THE_LAST_UNIT = /^(?:last|past|previous) (?:year|month|week)$/i;
const WEEKEND = /\b(this|last|next) weekend\b/gi;
const SPAN = /\b(?:the )?(?:past|last|previous|next|coming) (?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|few|several) )?(?:day|week|month|year|decade)s\b/gi;
/**
 * A length of time, not a time: "for 20 years", "for a month", "in a week", "after a year", "within two days" (the guide's notes:
 * durations and offsets anchored to another event are no date items). "In 1998" and "in May" name a time.
 */
const DURATION =
  /^(?:for|in|within|after|over|during)\s+(?:(?:about|nearly|almost|more than|less than|over|some|the (?:first|past|last|next))\s+)?(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|several|few|\d+)\s+(?:(?:full|more|straight)\s+)?(?:second|minute|hour|day|week|month|year|decade|centur(?:y|ie))s?$/i;
/** What may stand before a weekday that opens its sentence: "On", "Then,", "Starting", "Later", "Early". */
const FRONTED_OPENER = /^\W*(?:(?:on|then|starting|beginning|later|earlier|early|late|and|but|by|from)\b[\s,]*)*$/i;
/** Where a main clause's own words end: at its reporting verb or a "that" that opens what is reported. */
const MAIN_CLAUSE_END = /\b(?:said|says|told|tells|announced|reported|added|stated|declared|noted|confirmed|acknowledged|insisted|warned|that)\b/i;
const SAME_DAY = /\b(?:at (?:midday|noon)|(?:earlier|later) in the day|(?:earlier|later) today)\b/gi;
/** Rule S2 (issue 16dates14): "the late-summer panic": after "early" or "late" a hyphen joins the season as a space does. */
const SEASON = /\b(this|last|next|early|late|in the|the)(?: |(?<=early|late)-)(spring|summer|fall|autumn|winter)\b(?! of\b)/gi;
/** Reporting quarters are spans of the year ("in the third quarter"): the guide dates them to their year, as background. */
const QUARTER = /\b(?:the )?(first|second|third|fourth|current|latest|last|next|final) quarter\b/gi;
/** Centuries: this one, the next, its turn, its first decade. */
const CENTURY = /\b(?:(?:early|late|mid-?)\s*)?(?:(?:in|into|by|for) )?(?:(the turn of the|the first decade of the|the) )?(this|next|last|previous|coming) century\b|\bthe turn of the century\b/gi;
/** Rule K (issue 16dates14): "the 20th century", "the twenty-first century": a century by its ordinal, the guide's prefix ("19"). */
const ORDINAL_CENTURY = /\bthe\s+(?:(\d{1,2})(?:st|nd|rd|th)|(eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first|twenty-second))\s+century\b(?!-)/gi;
const CENTURY_WORDS = ['eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'twenty-first', 'twenty-second'];
/**
 * Rule H (issue 16dates14): "the highest in a decade", "the lowest levels in decades": a superlative measured within a span
 * back from now is a record, as "a 10-year high" is: its baseline year (none for "in decades"), background.
 */
const RECORD_WITHIN =
  /\b(?:\p{L}{2,}est|most|least|worst|best|first)\s+(?:[\p{L}-]+\s+){0,2}?(in\s+(?:(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\s+(year|decade)s?|(?:years|decades)))\b/giu;
/**
 * Rule D (issue 16dates14): a length of time chrono does not read ("for more than a year", "after a year of trying"), read
 * from the text in `DURATION`'s shape: it places nothing, as the lengths chrono reads do.
 */
const DURATION_IN_TEXT =
  /\b(?:for|within|after|over|during)\s+(?:(?:about|nearly|almost|more than|less than|over|some)\s+)?(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|several|few|\d+)\s+(?:(?:full|more|straight)\s+)?(?:day|week|month|year|decade)s?\b/gi;
const UNIT_WORD = /\b(?:day|week|month|year|decade)s?\b/i;
/** Rule O (issue 16dates14): "more than a year ago": an open bound on the count, no period of its own. */
const OPEN_BOUND_BEFORE = /\b(?:more\s+than|over)\s+$/i;
/** A time that places nothing on a timeline: "in the past", "long ago", "a week or two ago", "a few years back". */
const VAGUE = /\b(?:in the past|(?:not )?long ago|(?:a (?:few|couple of)|some|several|many) (?:days|weeks|months|years) (?:ago|back)|(?:days|weeks|months|years) ago|an? (?:day|week|month|year) or two ago)\b/gi;
/** A record set over some years ("a 12-year low"): a comparison whose baseline is that many years back. */
const YEARS_RECORD = /\b(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)-year (?:low|high|record)\b/gi;
/** A sentence that says something is not (yet) known tells of no event on the day it names ("It was unclear Wednesday whether…"). */
const UNKNOWN = /\b(?:(?:is|was|are|were|remains?|remained) (?:still )?(?:unclear|uncertain|not (?:yet |immediately )?(?:clear|known|available))|could not (?:immediately )?be (?:determined|confirmed|learned|reached))\b/i;
/** Rolling spans end now and start nowhere in particular: "the past week", "the last six months", "in recent days". */
const ROLLING = /^(?:the )?(?:past|last|previous|recent|coming|next) (?:\w+ )?(?:days|weeks|months|years|decades)$|^(?:the )?past (?:week|month|year|decade)$/i;
/** "reduce its deficit through the year 2001": the time a span runs through is where it ends, background to what it holds. */
const SPAN_END = /\bthrough\s+(?:the\s+(?:year|end\s+of(?:\s+the)?)\s+)?$/i;
/**
 * "by 2020", "by the year 2020", "by the end of 2020", "for after 2012", "the target year of 2009", "a deadline of 2009":
 * the year a target is to be met by, or a horizon ahead (issue 16read).
 */
const BY_YEAR = /\b(?:by|after|beyond)\s+(?:the\s+(?:year|end\s+of(?:\s+the)?)\s+)?$|\b(?:target\s+(?:year|date)|deadline)\s+of\s+$/i;
/** "from 1990 levels", "below 1990 levels", "from 1990 baselines": the year a level is measured against, the baseline of a comparison (issue 16read). */
const LEVEL_AFTER = /^\s+(?:levels?|baselines?)\b/i;
/** "post 2012 negotiations": the prefix written apart from a year makes it a bound, as "post-2012" does (a weekday after the noun "post" is no bound). */
const PREFIX_APART = /\b(?:pre|post)\s+$/i;
/** "autonomy like they had until 1989": a past year that closes a span, as "since 1989" opens one (issue 16figs, rule U). */
const SPAN_CLOSED_BY = /\b(?:until|till)\s+$/i;
/** "for 2012 onwards", "2020 and beyond": the year an open period starts; "2010 as target year", "2020 as a deadline": a goal. Neither is an event (issue 16figs). */
const PERIOD_OR_TARGET_AFTER = /^\s*(?:onwards?\b|and\s+beyond\b|as\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:target\s+(?:year|date)|deadline)\b)/i;
/** Words before an expression that make it a baseline or a comparison, not the time of an event. */
const NOT_EVENT_BEFORE = /\b(?:since|than|as of)\s+(?:the\s+)?$|\b(?:pre|post)-$/i;
/**
 * Rule B (issue 16dates13): "fallen below $50 billion from $70 billion at the end of July", "up from a revised figure of $14.55
 * billion in July": a time right after the value a change starts from dates that baseline, not an event.
 */
const FROM_VALUE_BEFORE =
  /\bfrom\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2}of\s+)?(?:(?:about|around|nearly|almost|roughly|some|just|over|under|more\s+than|less\s+than)\s+)?(?:US\s*)?(?:dlrs\.?\s*|\$|£|€|¥)?\d(?:[\d.,]*\d)?(?:\s*%|(?:\s+\p{L}+){0,2})\s+(?:(?:in|at|on|during|as\s+of)\s+)?(?:the\s+)?$/iu;
/**
 * Rule F (issue 16dates13): "a surplus of 2.6 percent of its gross domestic product in 1999": a quantity, then up to six words of
 * its noun phrase, then the year's "in", "for" or "during". Of a year after the article's, the value projected or aimed at.
 */
const QUANTITY_BEFORE_YEAR = /\d(?:[\d.,]*\d)?%?(?:\s+[\p{L}%'’-]+){0,6}\s+(?:in|for|during)\s+(?:the\s+year\s+)?$/iu;
/**
 * Rules P3 and P3′ (issue 16dates14): a possessive time inside what "from" opens: right after it ("from Monday's quake"), or
 * owning the noun that a noun of it takes with "of" ("from the center of Wednesday's quake").
 */
const FROM_OWNER_BEFORE = /\bfrom\s+(?:(?:(?:the|a|an|its|their|his|her|this|that|these|those)\s+)?(?:[\p{L}-]+\s+){1,2}of\s+)?$/iu;
/** Rule M (issue 16dates14): a number or ordinal, then "of" and a month's name, as chrono reads "a third of August's". */
const MONTH_PARTITIVE = /^(?:the\s+)?[\p{L}\d-]+\s+of\s+\p{Lu}\p{Ll}+\.?$/u;
/** "the end of July", "the beginning of March": a part of a month, which names no day of it (rule B′). */
const PART_OF_MONTH = /\b(?:end|beginning|start|middle)\s+of\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
/**
 * Rules F and F′ (issue 16dates13): whether the words before a year end in a quantity's noun phrase and the year's preposition.
 * The number is no year ("That 1997 agreement is set to expire in 2012") and no verb stands between ("is set to expire").
 */
function quantityBefore(head: string): boolean {
  const m = QUANTITY_BEFORE_YEAR.exec(head);
  if (!m || /^(?:1\d{3}|20\d{2})(?![\d.,%])/.test(m[0])) return false;
  return !(readDoc(m[0]).tokens().out(its.pos) as string[]).some((t) => t === 'VERB' || t === 'AUX');
}
/** Rule W4 (issue 16dates13): "a weekend summit", "after weekend talks": "weekend" with no determiner but "a" or "an", before a word. */
const BARE_WEEKEND = /(?<!\b(?:this|last|next|the|that|every|each|one|holiday|long|[\p{L}]+['’]s)\s+)\bweekend(?=\s+\p{Ll})/giu;
/** "than in 2019", "than in the summer of 2019", "than at the end of 2019": the time a comparison measures against. */
const COMPARED_WITH =
  /\bthan\s+(?:(?:in|during|at|on|by|before|after)\s+)?(?:the\s+)?(?:(?:early|late|spring|summer|autumn|fall|winter|end|start|beginning|middle|first|second|last)\s+(?:(?:half|quarter|part|months?|weeks?|days?)\s+)?of\s+(?:the\s+)?)?$/i;
/**
 * "$13 million in today's dollars, or $35 million in dollars six weeks ago": a time counted back from the article in a sentence
 * that names the present too is the past side of a then-and-now comparison, no event (twentieth round, 16tidy, rule T4).
 */
const THEN_AND_NOW = /\btoday\b/i;
/** "as bad as two weeks ago": the time a comparison measures against. */
const AS_AS = /\bas\s+(?:\w+\s+){0,3}as\s+(?:it was\s+)?$/i;
/**
 * "expected as early as Thursday", "above 8,100 as recently as Monday": with a word of position in time between the two
 * "as", the phrase bounds when the event happens or happened; it is no comparison.
 */
const AS_WHEN = /\bas\s+(?:early|earlier|late|later|soon|recently)\s+as\s+$/i;
/**
 * "The series starts here Sunday", "the trial opens Monday": the simple present of a verb of starting, ending, opening,
 * meeting or travel tells what is timetabled, so a weekday after it in its clause is the one to come.
 */
const TIMETABLED = /\b(?:starts|begins|opens|reopens|closes|ends|resumes|meets|convenes|arrives|departs)\b/i;
/** Rule PJ: "sites open", "clinics reopen", "talks resume" right before the weekday, no verb before it that takes "open" as its complement. */
function pluralTimetabled(phrase: string): boolean {
  return PLURAL_TIMETABLED.test(phrase) && !COMPLEMENT_VERB.test(phrase);
}
const PLURAL_TIMETABLED = /\b\p{L}+[^s'’\s]s\s+(?:\p{Ll}+ly\s+)?(?:start|begin|open|reopen|close|end|resume|meet|convene|arrive|depart)\s+(?:again\s+)?(?:on\s+)?$/u;
/** Rule TE (docs/quality.md, "Session 74"): "take effect at 00:01 on Thursday", "comes into force on Monday": timetabled, as "starts" is. */
const IN_FORCE_PRESENT = /\b(?:takes?|comes?\s+into)\s+(?:effect|force)\s+(?:at\s+[\w:.]+(?:\s+[ap]\.?m\.?)?\s+)?(?:on\s+|from\s+)?$/i;
const COMPLEMENT_VERB = /\b(?:kept|keep|keeps|keeping|left|leave|leaves|held|hold|holds|stay|stays|stayed|remain|remains|remained|was|were|is|are|be|been|being)\b/i;
// Rule C (issue 16dates14): "with only five days to go before … Sunday": a countdown says the time is ahead.
// Rule ID (docs/quality.md, "Session 60"): "is due", "are also due" look ahead as "scheduled" does; rule SA ("Session 64"): "a
// scheduled check" describes the check, its clause may be past.
const FUTURE =
  /\b(?:will|shall|'ll|going to|(?:days?|weeks?|months?|hours?)\s+to\s+go|plans? to|planning|planned|(?<!\b(?:an?|the|its|their|his|her|our|this|that|these|those)\s+)scheduled|expect(?:s|ed)?|due to|(?:is|are)\s+(?:\w+ly\s+|also\s+|now\s+|still\s+)?due|is to|are to|set to|upcoming|must|can be|prepar(?:e|es|ed|ing) for|would(?! have))\b/i;
/** "was to discuss … on Wednesday": the plan as it stood, ahead of the report ("was to have met" did not happen; "was to Britain" is no plan). */
const PLANNED = /\b(?:[Ww]as|[Ww]ere) to (?!have\b)[a-z]/;
/**
 * "just before the shuttle was to lift off Thursday", "when the talks were to resume": a plan inside a clause of time is
 * the plan at the moment the main clause reports, a moment past, so it does not look ahead of the report.
 */
const PLANNED_THEN = /\b(?:before|after|when|as|until|while)\s+(?:[\w'’-]+\s+){0,5}(?:was|were)\s+to\b/i;
/** "Monday's schedule may also change": a possibility not put in the past ("may have") is ahead of the telling. Not "might", which reported speech uses for a past "may" ("thought Sunday's work might take hours"); lower case only, since "May" is also the month. */
const POSSIBLE = /\bmay\b(?!\s+(?:not\s+|well\s+|also\s+)?have\b)/;
/** Rule VG: how far back a time's clause is read for a future its nearest verb is part of (a bound on work, not on grammar). */
const FURTHEST_CLAUSE = 400;
/** Tags of the words a verb group gathers before its verb: "will also hear", "is expected to rule", "plans to close". */
const VERB_GROUP_TAGS = new Set(['AUX', 'ADV', 'PART', 'VERB']);
/** The verb group of the verb nearest the end of `clause`: that verb and the auxiliaries, adverbs, "to" and verbs right before it. */
function verbGroupBefore(clause: string): string {
  const tokens = readDoc(clause).tokens();
  const words = tokens.out() as string[];
  const tags = tokens.out(its.pos) as string[];
  for (let last = tags.length - 1; last >= 0; last--) {
    if (tags[last] !== 'VERB' && tags[last] !== 'AUX') continue;
    let first = last;
    // Amendment VG′ (docs/quality.md, "Session 72"): "is due to put", "is likely to face": an adjective that takes the infinitive is of its group.
    while (first > 0 && (VERB_GROUP_TAGS.has(tags[first - 1]!) || (tags[first - 1] === 'ADJ' && words[first]!.toLowerCase() === 'to'))) first--;
    // "the long-delayed widening", "its planned closure": a verb form inside a noun phrase is none of the clause's verbs.
    if (first > 0 && (NOUN_PHRASE_TAGS.has(tags[first - 1]!) || words[first - 1] === '-' || POSSESSIVE.test(words[first - 1]!))) {
      last = first;
      continue;
    }
    return words.slice(first, last + 1).join(' ');
  }
  return '';
}
const NOUN_PHRASE_TAGS = new Set(['DET', 'ADJ', 'NUM']);
const POSSESSIVE = /^(?:his|her|its|their|our|my|your)$/i;
/**
 * Rule AT (docs/quality.md, "Session 73"): "1,870 planned operations", "scheduled flights": a participle of planning right before a
 * lower-case word that is no preposition, conjunction or time word modifies that noun, and says nothing of when its clause is.
 */
const ATTRIBUTIVE_PLAN = /\b(?:planned|scheduled)(?=\s+(?!(?:to|for|on|in|at|by|from|that|and|or|but|next|this|later|until|before|after|today|tomorrow|tonight)\b)\p{Ll})/gu;
const looksAhead = (text: string) => {
  const t = text.replace(ATTRIBUTIVE_PLAN, '');
  return FUTURE.test(t) || POSSIBLE.test(t) || (PLANNED.test(t) && !PLANNED_THEN.test(t));
};
const STATE = /\b(?:is|are|remains?|seems?|looks?|(?:has|have) (?:been|proven|become))\b/i;
/**
 * "has decided to send Primakov to the November summit", "urged the economists to come up with … in November": what someone
 * intends or asks for is put in a to-infinitive and lies ahead of the intending, so a month it names without a day is the
 * coming one. Not a weekday: an agreement or an order told in the past is carried out on the day it names as often as later
 * ("agreed to represent him on Monday", "ordered him to stay in bed Tuesday"). The verb, then at most three words of its
 * object, then the "to" (issue 16figs).
 */
const INTENDS_TO =
  /\b(?:decid(?:e|es|ed|ing)|agree(?:s|d)?|agreeing|intend(?:s|ed|ing)?|aim(?:s|ed|ing)?|hop(?:e|es|ed|ing)|want(?:s|ed)?|promis(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|vow(?:s|ed)?|threaten(?:s|ed)?|offer(?:s|ed)?|arrang(?:e|es|ed)|invited)(?:\s+[\w'’.-]+){0,3}\s*$/i;
/**
 * Directing takes its object before the "to" ("urged the economists to"); without one it is passive ("Asked to comment in
 * May, she declined"), and the time dates the asking.
 */
const DIRECTS_TO = /\b(?:urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|call(?:s|ed|ing)? (?:on|upon)|press(?:es|ed|ing)?|encourag(?:e|es|ed|ing)|order(?:s|ed|ing)?)(?:\s+[\w'’.-]+){1,3}\s*$/i;
/**
 * "expected Holbrooke, the envoy who …, to meet with him on Monday": expecting is a future marker (FUTURE) wherever the tense
 * look reaches it; inside its infinitive it reaches across its object and an appositive, weekdays too.
 */
const EXPECTS_TO = /\bexpect(?:s|ed|ing)?(?:\s+[\w'’.-]+){1,3}\s*$/i;
/** Rule UT: the words before a deadline's day, and the infinitive after it that says what must be done by then. */
const DEADLINE_BEFORE = /\b(?:until|till|by)\s+$/i;
/** "had … replaced", "had died": a clause told as done before a moment past. */
const PLUPERFECT = /\bhad\s+(?:\w+ly\s+|not\s+|already\s+|been\s+)?\w+(?:ed|en|t|n)\b/i;
const INFINITIVE_AFTER = /^\s+to\s+(?!(?:the|a|an|no|his|her|its|their|this|that|him|them|it)\b)[a-z]+\b/i;
/** "put off until March any decision": what is deferred is moved to a time after the deferring (issue 16figs, rule V). */
const DEFERRING = String.raw`put(?:s|ting)?\s+off|postpon(?:e|es|ed|ing)|delay(?:s|ed|ing)?|defer(?:s|red|ring)?|adjourn(?:s|ed|ing)?|push(?:es|ed|ing)?\s+back`;
const DEFERRED_UNTIL = new RegExp(String.raw`\b(?:${DEFERRING})\b[^,;:]*\b(?:until|till)\s+(?:at\s+least\s+)?$`, 'i');
/**
 * Rule PU (docs/quality.md, "Session 61"): "A further hearing was set for Nov. 16", "The vote was postponed until Nov. 16": the
 * day a scheduling or deferring verb points to, ahead of the act whatever its tense.
 */
const SCHEDULED_FOR = /\b(?:(?:re)?schedul(?:e|es|ed|ing)|set|slated|fixed)\s+for\s+(?:on\s+)?$/i;
/** Rule DF: a deferring verb, then what it moves, then "until", "till" or "to" right before the day ("push back the closing date to"). */
const DEFERRED_TO = new RegExp(String.raw`\b(?:${DEFERRING}|mov(?:e|es|ed|ing)\s+back|extend(?:s|ed|ing)?)\b[^,;:]*\b(?:until|till|to)\s+(?:at\s+least\s+)?$`, 'i');
/** "next year", "last year", "this year" right after a day or month, a comma at most between (rule RY). */
const YEAR_COUNTED_AFTER = /^,?\s+(next|last|this)\s+year\b/i;
const YEAR_SHIFT = { next: 1, last: -1, this: 0 } as const;
/** How long before the article a deferral's day may lie: one reported after its day passed would be told as "had been postponed". */
const PENDING_DAYS = 31;
/** A day (or month) of the calendar moved on by whole years until it is no earlier than `PENDING_DAYS` before the article. */
function pendingFrom(date: string, reference: Date): string {
  const bound = isoOf(new Date(reference.getTime() - PENDING_DAYS * 86_400_000), 'day').slice(0, date.length);
  let year = Number(date.slice(0, 4));
  while (`${year}${date.slice(4)}` < bound) year++;
  return `${year}${date.slice(4)}`;
}
/**
 * Rule US (docs/quality.md, "Session 73"): "all non-urgent surgery is cancelled until at least Friday", "remains closed until": a
 * state that holds now and lasts until the time, which lies ahead. Not told in the past ("was closed until Friday").
 */
const UNTIL_END = /\b(?:until|till)\s+(?:at\s+least\s+)?$/i;
const lastsUntil = (clause: string) => UNTIL_END.test(clause) && /\b(?:is|are|remains?|stays?)\b/i.test(clause) && !/\b(?:was|were|remained|stayed|had)\b/i.test(clause);
/** "for" right before a time, or before a weekday joined to it ("for Monday and Tuesday", amendment AT′). */
const FOR_BEFORE = /\bfor\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:and|or)\s+)?$/i;
/**
 * Rule YW: a day (YYYY-MM-DD) moved to the year on the other side of the article's day when it does not fall on the weekday
 * written with it (0 Sunday … 6 Saturday) and there it does; as it was otherwise.
 */
function yearOfWeekday(date: string, weekday: number, reference: Date): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  const on = (iso: string) => new Date(`${iso}T12:00:00Z`).getUTCDay();
  if (on(date) === weekday) return date;
  const year = Number(date.slice(0, 4));
  const other = `${date < isoOf(reference, 'day') ? year + 1 : year - 1}${date.slice(4)}`;
  return on(other) === weekday ? other : date;
}
/** Rule CO: a verb of calling off (or, amendment CO′, its noun with "of"), then at most three words of its object that are no preposition of time, right before a weekday. */
const CALLED_OFF_BEFORE =
  /\b(?:call(?:s|ed|ing)?\s+off|cancel(?:s|led|ed|ling|ing)?|scrap(?:s|ped|ping)?|suspend(?:s|ed|ing)?|postpon(?:e|es|ed|ing)|put(?:s|ting)?\s+off|(?:cancell?ation|suspension|postponement|calling\s+off)\s+of)\s+(?:(?!(?:on|at|by|in|last|this|that|until|till|since|from|before|after|for)\b)\S+\s+){0,3}$/i;
/** Rule BW: verbs that bind what they take to be done later, with or without an infinitive ("promised an offer by Monday"). */
const PROMISED = /\b(?:promis(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|vow(?:s|ed|ing)?|undert(?:ake|akes|ook|aking))\b/i;
/** Rule DZ: a present verb right after a day and month, whose subject it is. */
const PRESENT_AFTER = /^\s+(?:is|are|remains|marks|stays)\b/;
/** Amendment DZ′: a present copula right before a day and month, an adverb at most between ("is currently", "remains"). */
const PRESENT_COPULA_BEFORE = /\b(?:is|remains|stays)(?:\s+(?:now|currently|still|provisionally|tentatively))?\s+(?:on\s+)?$/i;
/** Rule BD: the day at `index` is one something must be done by ("replacement of the pipework by June 30"), not told as done before it ("had … by June 30"). */
function dueBy(text: string, index: number, length: number): boolean {
  return /\bby\s+$/i.test(text.slice(Math.max(0, index - 12), index)) && !PLUPERFECT.test(text.slice(0, index).split(CLAUSE_BREAK).at(-1)!) && !PLUPERFECT.test(text.slice(index + length).split(CLAUSE_BREAK)[0]!);
}
function pointedAhead(text: string, index: number): boolean {
  const head = text.slice(Math.max(0, index - 200), index);
  return SCHEDULED_FOR.test(head.slice(-30)) || DEFERRED_UNTIL.test(head) || TAKES_EFFECT.test(head.slice(-30));
}
/** Rule EF (docs/quality.md, "Session 65"): "raised its rate …, effective April 15": when a change takes force, whatever its verb's tense. */
const TAKES_EFFECT = /\b(?:effective|starting|beginning)(?:\s+(?:from|on|in))?\s+$/i;
/** A "to" that opens an infinitive: no determiner or pronoun after it. */
const INFINITIVE_TO = /\bto\s+(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|him|them|me|us|it|you)\b)[a-z]+\b/g;
/** What ends an infinitive's reach before the time: a comma or a stop, or a relative clause with its own verb ("a loan that was approved in July"). */
const INFINITIVE_ENDS = /[,;:]|\b(?:that|which|who|whom|whose|where|when)\b/i;
/** A part set off by commas right before the "to" ("Holbrooke, the envoy who dealt with …, to meet"): an appositive, read past. */
const APPOSITIVE_END = /,[^,]+,\s*$/;

/**
 * What governs the infinitive the time at `index` lies inside (no comma, clause break or relative clause between its "to"
 * and the time): 'expects' (the time is ahead), 'intends' (a month without its day is ahead), or undefined.
 */
function infinitiveGovernor(text: string, index: number): 'expects' | 'intends' | undefined {
  let found: 'intends' | undefined;
  for (const governor of governorsOfInfinitives(text, index)) {
    if (EXPECTS_TO.test(governor)) return 'expects';
    if (INTENDS_TO.test(governor) || DIRECTS_TO.test(governor)) found = 'intends';
  }
  return found;
}
/**
 * The words before each to-infinitive the time at `index` lies inside (no comma, clause break or relative clause between its
 * "to" and the time), an appositive before the "to" read past.
 */
function governorsOfInfinitives(text: string, index: number): string[] {
  const head = text.slice(0, index).split(CLAUSE_BREAK).at(-1)!;
  return [...head.matchAll(INFINITIVE_TO)].filter((to) => !INFINITIVE_ENDS.test(head.slice(to.index + to[0].length))).map((to) => head.slice(0, to.index).replace(APPOSITIVE_END, ''));
}
/** Whether the day and month lie within three months on the side of the reference the tense does not choose, and over six months away on the side it does. */
function otherSideNearer(reference: Date, month: number, day: number, future: boolean): boolean {
  const told = nearest(reference, month, day, future);
  const other = nearestEitherSide(reference, month, day);
  const away = (d: Date) => Math.abs(d.getTime() - reference.getTime()) / 86_400_000;
  return other.getTime() !== told.getTime() && away(other) <= 92 && away(told) > 183;
}

/**
 * Rule WF: the day of the directing or intending whose to-infinitive a time after "from" lies in ("on Monday ordered pupils at
 * three schools to stay home from Wednesday"): the last day found before that "to"; undefined when none is, or no such verb governs.
 */
function directingDay(text: string, index: number, found: readonly Found[]): string | undefined {
  if (!/\bfrom\s+$/i.test(text.slice(Math.max(0, index - 6), index))) return undefined;
  const head = text.slice(0, index).split(CLAUSE_BREAK).at(-1)!;
  const opens = index - head.length;
  const to = [...head.matchAll(INFINITIVE_TO)].find((m) => !INFINITIVE_ENDS.test(head.slice(m.index + m[0].length)) && DIRECTS_OR_INTENDS.test(head.slice(0, m.index)));
  if (!to) return undefined;
  return found.filter((f) => f.index >= opens && f.index < opens + to.index && f.date !== null && /^\d{4}-\d{2}-\d{2}$/.test(f.date)).at(-1)?.date ?? undefined;
}
/** Verbs of directing or intending, then at most eight words of their object, right before the "to" (rule WF). */
const DIRECTS_OR_INTENDS =
  /\b(?:order(?:s|ed)?|told|tells?|direct(?:s|ed)?|instruct(?:s|ed)?|ask(?:s|ed)?|urg(?:e|es|ed)|advis(?:e|es|ed)|requir(?:e|es|ed)|decid(?:e|es|ed)|agree(?:s|d)?|plan(?:s|ned)?|intend(?:s|ed)?|vot(?:e|es|ed))(?:\s+[\w'’.-]+){0,8}\s*$/i;

/** Whether the time at `index` lies inside a to-infinitive of its clause (no comma, clause break or relative clause between). */
function insideInfinitive(text: string, index: number): boolean {
  return governorsOfInfinitives(text, index).length > 0;
}
/**
 * Rule T1 (issue 16dates5): "aims to cut emissions by half in 2030", "hopes to reach a deal in July": the verbs English uses
 * for a goal that may not be met (not "plans", "intends", "agrees", which set what will happen, the guide's "scheduled").
 */
const AIMS_TO = /\b(?:aim(?:s|ed|ing)?|hop(?:e|es|ed|ing)|want(?:s|ed|ing)?|wish(?:es|ed|ing)?|seek(?:s|ing)?|sought|striv(?:e|es|ed|ing)|strove|aspir(?:e|es|ed|ing))(?:\s+[\w'’.-]+){0,3}\s*$/i;
/** "the goal is to", "its aim was to": a noun of goal whose infinitive names what is sought. */
const GOAL_IS_TO = /\b(?:goal|aim|target|ambition|objective)s?\s+(?:is|was|are|were)\s*$/i;

/** "want Cardoso to outline the plans this week but he is expected to wait until Sunday": a conjunction that opens a clause of its own ends the goal's reach (T1, amended after measuring). */
const CLAUSE_CONJUNCTION = /\b(?:but|yet|while|whereas|although|though|because)\b/i;
/** Rule T1: the time at `index` lies inside the infinitive of a verb of aiming or wishing, or of a noun of goal: a goal's time. */
function aimedAt(text: string, index: number): boolean {
  const head = text.slice(0, index).split(CLAUSE_BREAK).at(-1)!;
  for (const to of head.matchAll(INFINITIVE_TO)) {
    const reach = head.slice(to.index + to[0].length);
    if (INFINITIVE_ENDS.test(reach) || CLAUSE_CONJUNCTION.test(reach)) continue;
    const governor = head.slice(0, to.index).replace(APPOSITIVE_END, '');
    if (AIMS_TO.test(governor) || GOAL_IS_TO.test(governor)) return true;
  }
  return false;
}
/** A capitalised word after a year: the year is part of a name ("the 2007 Tour de France", "the 1991 Paris Peace Accords"). */
const YEAR_BEFORE_NAME = /^\s+\p{Lu}/u;
/** Rule M: "the 1989 "The History of the Siege of Lisbon"": a year before a quoted title modifies it. */
const YEAR_BEFORE_TITLE = /^\s+["“]\p{Lu}/u;
/** An expectation told in the pluperfect, which did not come about (rule PE). */
const UNMET_EXPECTATION = /\bhad\s+been\s+(?:expected|scheduled|due|supposed|slated)\s+to\b/i;
/** A time that bounds when something will happen, not when it does (rule OB). */
const OPEN_BOUND_BY = /\b(?:some\s?time|any\s?time)\s+(?:before|by)\s+$|\b(?:no|not)\s+later\s+than\s+$/i;
/** A year that bounds when something happened, not when it did (rule BY). */
const YEAR_BOUND_BEFORE = /\b(?:before|prior\s+to)\s+(?:the\s+)?$/i;
/** Who a contest or an award names, after a time in the possessive or a year before its noun (rule PL). */
const CONTEST_PERSON_AFTER = /^(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,3}?(?:winner|laureate|champion|recipient|nominee|honoree|finalist)s?\b/iu;
/** A future denied ("will not plunge into a recession next year"): nothing happened or is scheduled on that date. */
const DENIED_FUTURE = /\b(?:(?:will|shall)\s+not|won['’]t|(?:is|are)\s+not\s+(?:expected|going|scheduled|due)\s+to)\b/i;
/**
 * "Mobil, with $58.4 billion in sales last year,", "out of about 1,500 a decade ago": a period right after an amount
 * attached by a preposition, with no verb, is the span the amount is measured over, a background statistic.
 */
const MEASURED_OVER = /\b(?:with|out of)\s+(?:(?:about|nearly|almost|some|roughly|over|under|more than|less than)\s+)?\$?\d[\d.,]*(?:\s+(?:million|billion|trillion|percent))?(?:\s+(?:in|of)\s+\w+)?\s+(?:in\s+)?$/i;
/**
 * "the 2005 terrorist attacks", "the 2007 Tour de France", "Britain's 1998 budget": a year between a determiner and
 * its noun modifies the noun or is part of a name; it refers to something as background, it does not date what the
 * sentence reports ("during the 2006 Olympics" still places what happened then).
 */
const YEAR_AS_MODIFIER_BEFORE = /(?<!\bduring\s+)\b(?:the|a|an|its|their|his|her|our|this|that|these|those)\s+$|['’]s\s+$/i;
const YEAR_AS_MODIFIER_AFTER = /^\s+(?!(?:and|or|to|through|until|till|when|as|before|after|in|on|at|by|for|from|of|was|were|is|are|had|has)\b)[a-z]/i;
/**
 * "the route of 2008 Summer Olympics", "won at 2010 World Cup": a year after "of" or "at" and before a capitalised noun
 * opens a name written without its article; it names an event as background ("in March of 2008" and "of 2008 when" stay dates).
 */
const YEAR_IN_NAME_BEFORE = /(?<!\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+)\b(?:of|at)\s+$/i;
const YEAR_IN_NAME_AFTER = /^\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)\p{Lu}\p{Ll}+/u;
/**
 * "under Security Council Resolution 1723", "promoted Beijing 2008": a year right after a capitalised word inside the
 * sentence is the number of a name, not when something happened ("March 2008", "summer 2008", "AD 1066" stay dates).
 */
const YEAR_AFTER_NAME = /\S\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Spring|Summer|Autumn|Fall|Winter|AD|BC|CE|BCE)\b)\p{Lu}[\p{L}-]*\s+$/u;
/**
 * "the deadliest since the Lockerbie bombing in 1988": the year of an event named after "since" a comparison is its baseline,
 * not an event. Rule SE (docs/quality.md, "Session 68"): only after a comparison; "no new parties since the founding of the
 * People's Republic in 1949" places the founding (the guide's NOTES: "since he stripped … autonomy in 1989" is an event).
 */
const SINCE_EVENT_IN = /\bsince\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){1,6}in\s+$/iu;
const COMPARED_BEFORE_SINCE = /\b(?:\p{L}{2,}est|worst|best|most|least|first)\b[^,;:]*\bsince\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){1,6}in\s+$/iu;
/**
 * "which generally starts in May", "usually meets in the spring", "every year in June": a habitual clause says what
 * recurs, it names no event; a time it gives without a year is no particular one.
 */
const HABITUAL =
  /\b(?:generally|usually|typically|normally|ordinarily|customarily|traditionally|habitually|routinely|regularly|annually|always|invariably|tends? to)\b|\b(?:every|each)\s+(?:\w+\s+)?(?:year|month|week|day|spring|summer|autumn|fall|winter|season|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|\w+day)s?\b/i;
/** "which expires in February", "the season starts in May": a verb in the third person present right before a month's "in". */
const PRESENT_BEFORE_MONTH = /\b(\p{Ll}{2,}[^\ss']s)((?:\s+\p{Ll}+){0,2})\s+in\s+(?:(?:early|late)\s+|mid-\s*)?$/u;
/** A span of the calendar as the subject ("the rainy season, which starts in May"): what it does in a month, it does every year. */
const CALENDAR_SUBJECT = /\b(?:season|year|term|semester|holidays?|vacation|monsoon)\b(?:\s*,?\s*(?:which|that))?\s+$/i;
const COUNTERFACTUAL = /\b(?:would|could|might|should)(?:\s+not|n['’]t)?\s+have\b(?!\s+to\b)/i;
/** A sentence that opens on a condition: its main clause is what would follow, not what happened. */
const CONDITION = /^\W*(?:if|unless)\b/i;
/** "memos dating from 2003", "a custom that dates back to 1850": when a thing was made or began, not an event of the story. */
const DATES_A_THING = /\b(?:dating|dates|date)\s+(?:back\s+(?:to\s+|from\s+)?|to\s+|from\s+)(?:the\s+)?(?:(?:early|late|mid-?)\s*)?$/i;
const WEEKDAY_SPAN = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:through|thru|to|until|-|–)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;
/** Where one clause's tense stops reaching: a dash, a semicolon, a colon. */
const CLAUSE_BREAK = /\s(?:_|--|—)\s|;|:/;
/**
 * Holidays that fall on one calendar day, month (1–12) and day: chrono reads none of them (rule E2, issue 16dates). Moveable
 * feasts and election days are left out, as chrono leaves them. Not after a capitalised word inside the sentence ("the Chinese New
 * Year"): that names another calendar's feast.
 */
const FIXED_HOLIDAY = /\b(?:([Ll]ast|[Nn]ext|[Tt]his)\s+)?(Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s(?:\s+(?:Day|Eve))?|Valentine['’]s\s+Day|Halloween)\b(?:,?\s+(?:(?:in|of)\s+)?(\d{4})\b)?/gu;
/** The prepositions that make a noun a time: "on Christmas Eve", "over New Year's", "until Halloween". */
const TIME_PREPOSITION_BEFORE = /\b(?:on|at|over|for|before|after|since|until|till|by|during|through|around|from|in)\s+$/i;
/** A capitalised word inside the sentence right before the holiday: "the Chinese New Year", "Orthodox Christmas". */
const ANOTHER_CALENDAR = /\S\s+\p{Lu}\p{Ll}+\s+$/u;
const HOLIDAY_DAYS: readonly [RegExp, number, number][] = [
  [/^Christmas\s+Eve$/, 12, 24],
  [/^Christmas/, 12, 25],
  [/Eve$/, 12, 31],
  [/^New/, 1, 1],
  [/^Valentine/, 2, 14],
  [/^Halloween$/, 10, 31],
];
/** A part of the day that chrono reads as the article's own, and the "of" that hands it a date (rule E1, issue 16dates). */
const PART_OF_DAY = /^(?:the\s+)?(?:morning|afternoon|evening|night)$/i;
const PART_OF_DAY_OF = /^(?:the\s+)?(?:morning|afternoon|evening|night)\s+of\s+/i;
/** The day "of" names: a month's name and a day, and the year when written ("Oct. 7", "July 7, 2005"). */
const MONTH_DAY_AHEAD = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})\b(?:,?\s+(\d{4})\b)?/i;
/** "the year 2000": "the year" only introduces the year written after it (rule E5, issue 16dates). */
const THE_YEAR = /^(?:in\s+)?the\s+year$/i;
/** The verbs English says what will be with, as opposed to what is planned (rule E4, issue 16dates). */
const FORECAST = /\b(?:predict(?:s|ed|ing)?|forecast(?:s|ed|ing)?)\b/gi;
/**
 * Rule MV (docs/quality.md, "Session 74"): "Its claim that he promised 6 percent in September may be true": a time whose clause
 * already has a finite verb in the simple past before it is that verb's, whatever verb follows. Not a verb that takes a clause
 * ("said the summit in May will"): the time may be the clause's, and the verb after it tells its tense.
 */
function pastVerbOwns(clause: string): boolean {
  const tokens = tokensOf(clause);
  const nearest = verbGroups(tokens).at(-1);
  if (!nearest?.finite || nearest.tense !== 'past') return false;
  return !TAKES_CLAUSE.test(tokens[nearest.last]!.lower);
}
/** "on the eve of Saturday's expected vote": a time told as a noun's owner dates the noun, whose own words tell its tense. */
const POSSESSIVE_AFTER = /^['’]s?\b/;
const TAKES_CLAUSE =
  /^(?:said|told|announced|reported|added|stated|declared|noted|confirmed|acknowledged|insisted|warned|thought|believed|hoped|feared|expected|agreed|decided|argued|claimed|suggested|predicted|forecast|estimated|knew|felt|found|learned|understood|assumed|indicated|signalled|signaled|hinted|wrote|explained|revealed|stressed|admitted|denied|guaranteed|ensured|ruled|showed|meant)$/;
/** The reporting verbs in their past, which date a telling (rule RV reads these alone). */
const REPORTED_PAST = 'said|told|announced|reported|added|stated|declared|noted|confirmed|acknowledged|insisted|warned';
/** A reporting verb after the forecast: what follows is the telling's, not the forecast's. */
const REPORTED_BY = new RegExp(`\\b(?:says|tells|${REPORTED_PAST})\\b`, 'i');
/** Between a verb and a time of its own ("predicted on Monday", "forecast last week"): no more than a preposition or a relative word. */
const OWN_TIME_GAP = /^\s*(?:(?:on|in|at|this|last|early|earlier|late|later)\s+)*$/i;
/**
 * Rule RV: a past reporting verb right before a time, with at most its object and "on", "late" or "early" between ("said on
 * Monday", "told reporters Monday", "announced late Tuesday"): the time dates the telling.
 */
const TOLD_RIGHT_BEFORE = new RegExp(`\\b(?:${REPORTED_PAST})(?:\\s+(?!(?:on|in|at|that|the|a|an)\\b)[\\p{L}'’-]+)?(?:\\s+(?:late|early))?(?:\\s+on)?\\s+$`, 'iu');
/** "would" without "have": a future seen from a past moment of telling (rule E6, issue 16dates). */
const WOULD = /\bwould\b(?!\s+(?:not\s+)?have\b)/i;
const EVERY_WOULD = new RegExp(WOULD.source, 'gi');
/**
 * "A decree was expected Friday", "the vote had been scheduled for Nov. 5": `FUTURE`'s expecting and scheduling put in the
 * past by their auxiliary, an expectation held at a moment past (rule R1, issue 16dates9). At most "not" or one adverb between.
 */
const PAST_EXPECTED = /\b(?:was|were|had\s+been)\s+(?:not\s+|\w+ly\s+)?(?:expected|scheduled|due)\b/gi;
/**
 * "a source said the boards were expected to meet Tuesday": inside what a reporting verb reports, the past is the sequence of
 * tenses, the telling's own future put in the past (rule R2). A comma sets off what is not said ("said Albright, who was …").
 */
const REPORTED_SPEECH = new RegExp(`${REPORTED_BY.source}[^,;:"“”]*$`, 'i');
/** "like" or "unlike" that may open a comparison's object (rule E3, issue 16dates). */
const LIKE = /\b(?:un)?like\s+/gi;
/** A quotation: straight or curly quotation marks (rule E7, issue 16dates). */
const QUOTATION = /"([^"]*)"|“([^”]*)”/g;
const SHORT_MONTH = /\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b(?!\.)/i;
/** A month's full name in lower case: English capitalises months, so this is the verb, noun or adjective (rule E8, issue 16dates). */
const LOWER_MONTH = /\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\b/;
const MONTH_NAME = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;
/**
 * Every word chrono-node's English parsers start a date from: a digit, a month, a weekday, a time unit (or its
 * abbreviation), a casual day or time of day. A sentence with none of them is not handed to chrono, whose
 * two dozen parsers each scan the whole text: most news sentences name no date.
 */
const CHRONO_CAN_READ =
  /\d|\b(?:now|today|tonight|tomorrow|overmorrow|tmrw?|yesterday|night|morning|afternoon|evening|midnight|midday|noon|secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|mos?|quarters?|qtr|years?|yrs?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|sun(?:day)?|mon(?:day)?|tues?(?:day)?|wed(?:nesday)?|thu(?:rs?)?(?:day)?|fri(?:day)?|sat(?:urday)?)\b|\b(?:this|last|past|next|after)\s*(?:[smhdwy]|mon?|mos|qtr|yr|sec|mins?|hrs?)\b|\b(?:this|last|past|next)(?:second|minute|hour|day|week|month|quarter|year)/i;

/**
 * Times counted from the narrative time, not from the article (rule A1, issue 16dates2): "18 months earlier", "a day
 * before." (closing its clause: with an object, "two weeks after the vote", it counts from that event), "the month before.",
 * "the next morning", "the following week", "that afternoon", "the same day" (not "the same day that …", which names its event).
 */
const COUNT_FROM_THEN = /\b(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)\s+(day|week|month|year)s?\s+(earlier|later|before|after)\b/gi;
const THE_UNIT_AROUND = /\bthe\s+(day|night|week|month|year)\s+(before|after)\b/gi;
const THE_NEXT_DAY = /\bthe\s+(next|following|previous|preceding)\s+(day|morning|afternoon|evening|night)\b|\bthe\s+(following)\s+(week|month|year)\b/gi;
const THAT_DAY = /\b(?:that|the\s+same)\s+(?:day|morning|afternoon|evening|night)\b(?!\s+(?:that|as|when)\b)/gi;
/** What closes a clause right after "before" or "after": it has no object, so it counts from the narrative time. */
const CLAUSE_CLOSES = /^\s*(?:[,.;:!?)"”’]|--|—|_\s|$)/;

/** Every A1 expression names one of these: a sentence without them is not scanned. */
const A1_UNIT = /\b(?:day|night|week|month|year|morning|afternoon|evening)s?\b/i;

function countedFromThen(text: string): { index: number; text: string; offset: Offset }[] {
  const out: { index: number; text: string; offset: Offset }[] = [];
  if (!A1_UNIT.test(text)) return out;
  const unitOf = (word: string): Offset['unit'] => {
    const unit = word.toLowerCase();
    return unit === 'week' || unit === 'month' || unit === 'year' ? unit : 'day';
  };
  const closes = (m: RegExpMatchArray) => CLAUSE_CLOSES.test(text.slice(m.index! + m[0].length));
  for (const m of text.matchAll(COUNT_FROM_THEN)) {
    const direction = m[3]!.toLowerCase();
    const back = direction === 'earlier' || direction === 'before';
    if ((direction === 'before' || direction === 'after') && !closes(m)) continue;
    // "a day earlier than planned": a comparison, not a time.
    if (/^\s+than\b/i.test(text.slice(m.index + m[0].length))) continue;
    const n = Number(m[1]) || wordCount(m[1]!) || 0;
    if (n) out.push({ index: m.index, text: m[0], offset: { n: back ? -n : n, unit: unitOf(m[2]!) } });
  }
  for (const m of text.matchAll(THE_UNIT_AROUND)) {
    if (closes(m)) out.push({ index: m.index, text: m[0], offset: { n: m[2]!.toLowerCase() === 'before' ? -1 : 1, unit: unitOf(m[1]!) } });
  }
  for (const m of text.matchAll(THE_NEXT_DAY)) {
    const which = (m[1] ?? m[3]!).toLowerCase();
    out.push({ index: m.index, text: m[0], offset: { n: which === 'previous' || which === 'preceding' ? -1 : 1, unit: unitOf(m[2] ?? m[4]!) } });
  }
  for (const m of text.matchAll(THAT_DAY)) out.push({ index: m.index, text: m[0], offset: { n: 0, unit: 'day' } });
  return out;
}

/** The instant chrono reads a sentence against: its article's day, or a fixed placeholder for an undated article. */
function chronoInstant(published: string | undefined): Date {
  return published ? dayOf(published) : new Date(Date.UTC(2000, 0, 1, 12));
}

/**
 * chrono's reading of a sentence of an article published then, to store with the sentence's analysis; undefined when the
 * sentence holds nothing chrono starts a date from (datesIn does not ask it either), or is longer than the fact extractors
 * scan (a list or an attack: chrono's cost grows faster than its length; read when asked, as before).
 */
export function chronoReadingOf(text: string, published: string | undefined): ChronoReading | undefined {
  if (text.length > MAX_FACT_SENTENCE_CHARS || !CHRONO_CAN_READ.test(text)) return undefined;
  const instant = chronoInstant(published);
  return { instant: instant.getTime(), length: text.length, found: readChrono(text, instant) };
}

/** What chrono finds in the sentence: its stored reading when that was read of its text against the same instant, else read now. */
function chronoFound(sentence: Sentence, published: string | undefined): readonly ChronoFound[] {
  const instant = chronoInstant(published);
  const stored = sentence.chronoReading;
  if (stored && stored.instant === instant.getTime() && stored.length === sentence.text.length) return stored.found;
  return CHRONO_CAN_READ.test(sentence.text) ? readChrono(sentence.text, instant) : [];
}

interface Found {
  index: number;
  text: string;
  date: string | null;
  isEvent: boolean;
  inferred?: boolean;
  /** Read as the article's own day: yields to any day the sentence names. */
  sameDay?: boolean;
  /** Counted from the narrative time, dated when the sentences around it are known (rule A1). */
  offset?: Offset;
  /** A day and month without a year that names an event (rule N1). */
  named?: boolean;
  /** A weekday told in the story's order (rule W1). */
  storyOrder?: StoryOrder;
  /** A year before a common noun, read as the date of what the noun names (rule YA). */
  attributive?: boolean;
}

function datesIn(sentence: Sentence, published: string | undefined, storyDate: string | undefined): Omit<Reading, 'key'> {
  const text = sentence.text;
  const reference = published ? dayOf(published) : undefined;
  /**
   * Rule Q (issue 16dates13): a time outside every quotation takes its tense from the words outside it. Where the words read
   * before it start: after the last quotation that closes before it ('"… we can be helpful," Rubin said on Friday' is a past
   * Friday, whatever the speaker's "can be"); 0 for a time inside a quotation, or with none before it.
   */
  const quotedBefore = (index: number) => {
    if (!quotations.length || quotations.some((q) => index >= q.start && index <= q.end)) return 0;
    return Math.max(0, ...quotations.filter((q) => q.end < index).map((q) => q.end + 1));
  };
  /** The words a time is told in (rule P2): its quotation's, or, outside every quotation, the sentence's outside them. */
  const zoneOf = (index: number) => quotations.find((q) => index >= q.start && index <= q.end)?.words ?? (quotations.length ? text.replace(QUOTATION, ' ') : text);
  /** The main clause's few words after a time (24 characters, to a comma or "that"), and for a time outside every quotation, to a quotation that opens after it (rule Q). */
  const wordsAfter = (index: number, length: number) => {
    const words = text.slice(index + length, index + length + 24).split(/[,;]|\bthat\b/)[0]!;
    return quotations.length && !quotations.some((q) => index >= q.start && index <= q.end) ? words.split(/["“]/)[0]! : words;
  };
  // What leads up to an expression within its clause (at most 80 characters back), and the last comma's phrase of that.
  const clauseBefore = (index: number) =>
    text
      .slice(Math.max(quotedBefore(index), index - 80, 0), index)
      .split(CLAUSE_BREAK)
      .at(-1)!;
  const phraseBefore = (index: number) => clauseBefore(index).split(',').at(-1)!;
  // The tense of the clause around an expression: what leads up to it, or the verb right after it ("Tuesday's vote will…").
  // Both looks stop at a clause break: "the default of Russia in August, will not go away" is past;
  // "deals this month will have … _ off from April's peak" too. "Announced for Friday" sets a time ahead.
  /**
   * Rule VG: a future told further back than the 80 characters ("will hear the workers' challenge to the closure of the Eastgate
   * branch on June 14") reaches the time only through the verb nearest before it: "will … confront a rival made more potent by
   * its agreement this summer" dates what "made" did.
   */
  const aheadFurtherBack = (index: number) => {
    const start = Math.max(quotedBefore(index), index - FURTHEST_CLAUSE, 0);
    if (start >= index - 80) return false;
    const clause = text.slice(start, index).split(CLAUSE_BREAK).at(-1)!;
    return clause.length > 80 && looksAhead(clause) && looksAhead(verbGroupBefore(clause));
  };
  const futureAt = (index: number, length: number, clause = clauseBefore(index), further = true) =>
    // Rule TR: a time right after a past reporting verb ("the court said on Monday") is the telling's, whatever the clause said
    // before its comma; not one the verb's own phrase puts ahead ("will be announced Tuesday").
    (!(TOLD_RIGHT_BEFORE.test(clause) && !looksAhead(clause.split(',').at(-1)!)) && (looksAhead(clause) || (further && aheadFurtherBack(index)))) ||
    // After it, only the main clause's own verb: "on Wednesday announced that he would free…" reports a past announcement.
    // Rule RV: right after a reporting verb ("said on Monday it would"), what follows is what was told, "that" left out.
    // Rule MV: not where a past verb before the time owns it; read last, as it tags the clause.
    (!TOLD_RIGHT_BEFORE.test(clause) && looksAhead(wordsAfter(index, length)) && !(pastVerbOwns(clause) && !POSSESSIVE_AFTER.test(text.slice(index + length)))) ||
    // Amendment AT′ (docs/quality.md, "Session 73"): "for Monday and Tuesday": a day joined to one after "for" is set for as it is.
    FOR_BEFORE.test(text.slice(Math.max(0, index - 30), index));
  /**
   * "Saturday, one of the astronauts … is to have…", "Later Monday, Yeltsin is to go…": a weekday that opens the sentence takes
   * the tense of the main clause after it, up to its reporting verb or "that" ("On Wednesday, Iran had said that … would" is past).
   */
  const frontedAhead = (index: number, when: string) => {
    if (!/day\b/i.test(when) || !FRONTED_OPENER.test(text.slice(0, index))) return false;
    const main = text
      .slice(index + when.length)
      .split(CLAUSE_BREAK)[0]!
      .split(MAIN_CLAUSE_END)[0]!;
    return looksAhead(main) && !/\bhad\b/i.test(main);
  };
  // A weekday in a clause whose verb before it is timetabled ("starts here Sunday with …, and a lecture on Monday").
  // Rule PJ (docs/quality.md, "Session 66"): so does the plural's present right before the weekday ("New sites open Wednesday").
  const timetabledAt = (index: number, when: string) => {
    if (!/day\b/i.test(when)) return false;
    const phrase = phraseBefore(index);
    return TIMETABLED.test(phrase) || pluralTimetabled(phrase) || IN_FORCE_PRESENT.test(phrase);
  };
  // Rule CO (docs/quality.md, "Session 73"): "has called off Friday's strike": what is called off lies ahead of the calling off.
  const calledOff = (index: number, when: string) => /day\b/i.test(when) && !/^(?:on|at|by|in|last|this|until|till|since)\b/i.test(when) && CALLED_OFF_BEFORE.test(clauseBefore(index));
  // Rule BW (docs/quality.md, "Session 73"): "agreed to put a revised offer on the table by 5 p.m. on Monday", "promised an offer by
  // Monday": a weekday something is agreed or promised by lies ahead of the agreeing.
  const promisedBy = (index: number, when: string, governor: 'expects' | 'intends' | undefined) =>
    /day\b/i.test(when) && /\bby\s+$/i.test(text.slice(Math.max(0, index - 4), index)) && (governor !== undefined || PROMISED.test(clauseBefore(index)));
  // Intent reaches a time only inside its infinitive: "He agreed to resign, and left in May" reports May.
  const aheadAt = (index: number, when: string) => {
    const governor = infinitiveGovernor(text, index);
    return {
      governor,
      future: futureAt(index, when.length) || frontedAhead(index, when) || timetabledAt(index, when) || governor === 'expects' || lastsUntil(clauseBefore(index)) || calledOff(index, when) || promisedBy(index, when, governor),
      intends: governor === 'intends' || DEFERRED_UNTIL.test(clauseBefore(index)),
    };
  };
  const found: Found[] = [];
  // Where a year phrase belongs to the day before it (rule RY): read there, not as a time of its own.
  const absorbed = new Set<number>();
  const add = (f: Found) => found.push(f);
  const before = (index: number) => text.slice(Math.max(0, index - 12), index);
  // The words just around the expression, within its clause, say nothing is known yet.
  const unknownAt = (index: number, length: number) =>
    UNKNOWN.test(
      `${text
        .slice(Math.max(0, index - 40), index)
        .split(/[,;]/)
        .at(-1)!} ${text.slice(index + length, index + length + 40).split(/[,;]/)[0]!}`,
    );
  const comparison = (index: number) =>
    NOT_EVENT_BEFORE.test(before(index)) ||
    SPAN_END.test(text.slice(Math.max(0, index - 30), index)) ||
    (AS_AS.test(text.slice(Math.max(0, index - 40), index)) && !AS_WHEN.test(text.slice(Math.max(0, index - 40), index))) ||
    COMPARED_WITH.test(text.slice(Math.max(0, index - 50), index)) ||
    FROM_VALUE_BEFORE.test(text.slice(Math.max(0, index - 60), index));

  /**
   * Rule E1: "the evening of Oct. 7", which chrono reads as the article's evening: the day "of" names (up to the clause's
   * next comma) dates the whole expression.
   */
  const partOfDayDated = (r: ChronoFound): ChronoFound | undefined => {
    if (r.certain !== 0) return undefined;
    const own = PART_OF_DAY_OF.exec(r.text);
    const after = own ? undefined : PART_OF_DAY.test(r.text.trim()) ? /^\s+of\s+/i.exec(text.slice(r.index + r.text.length)) : undefined;
    if (!own && !after) return undefined;
    const ofAt = own ? r.index + own[0].length : r.index + r.text.length + after![0].length;
    const day = MONTH_DAY_AHEAD.exec(text.slice(ofAt).split(/[,;:]/)[0]!);
    if (!day) return undefined;
    const month = monthNumber(day[1]!);
    const year = day[3] ? Number(day[3]) : (reference ?? chronoInstant(published)).getUTCFullYear();
    const certain = CERTAIN.month | CERTAIN.day | (day[3] ? CERTAIN.year : 0);
    return { text: text.slice(r.index, ofAt + day[0].length), index: r.index, certain, month, day: Number(day[2]), weekday: null, start: Date.UTC(year, month - 1, Number(day[2]), 12) } as ChronoFound;
  };
  /** Rule E3: inside a phrase that "like" or "unlike" opens as a preposition, with no verb after it, the time is a comparison's. */
  const comparedLike = (index: number) => {
    const clause = text
      .slice(Math.max(0, index - 100), index)
      .split(/[,;:]|\s(?:_|--|—)\s/)
      .at(-1)!;
    const like = [...clause.matchAll(LIKE)].at(-1);
    if (!like) return false;
    const object = clause.slice(like.index + like[0].length);
    // "companies like Exxon": an example ("such as"), not a comparison.
    if (/^\p{Lu}/u.test(object) && !/^(?:The|That|Those|This|These|A|An)\b/.test(object)) return false;
    const tokens = readDoc(clause).tokens();
    const words = (tokens.out() as string[]).map((w) => w.toLowerCase());
    const tags = tokens.out(its.pos) as string[];
    const at = Math.max(words.lastIndexOf('like'), words.lastIndexOf('unlike'));
    return at >= 0 && tags[at] === 'ADP' && !tags.slice(at + 1).some((t) => t === 'VERB' || t === 'AUX');
  };
  /** Rule E4: after a verb of forecasting, with no clause break or reporting verb between, the time is what is forecast (a period's, not a day's: see below). */
  const forecastAt = (index: number) => {
    const head = text.slice(0, index);
    const verb = [...head.matchAll(FORECAST)].at(-1);
    if (!verb) return false;
    const between = head.slice(verb.index + verb[0].length);
    return !OWN_TIME_GAP.test(between) && !CLAUSE_BREAK.test(between) && !REPORTED_BY.test(between);
  };
  /** Rule E7: a time wholly inside a quotation whose words hold no verb is a term the writer quotes. */
  const quotations = text.includes('"') || text.includes('“') ? [...text.matchAll(QUOTATION)].map((q) => ({ start: q.index + 1, end: q.index + q[0].length - 1, words: q[1] ?? q[2] ?? '' })) : [];
  /**
   * Rule N1: a day and month without a year between a determiner or possessive and a noun it modifies ("the July 7
   * bombings") names an event. The tagger is asked only when a word stands before it and a word after it.
   */
  const namesEvent = (r: ChronoFound, when: string) =>
    isCertain(r, 'day') && isCertain(r, 'month') && !isCertain(r, 'year') && /\S\s+$/.test(text.slice(0, r.index)) && /^\s+\p{L}/u.test(text.slice(r.index + when.length)) && attributiveKind(text, r.index, when.length) === 'determiner';
  const quotedTerm = (index: number, length: number) => quotations.some((q) => index >= q.start && index + length <= q.end && !(readDoc(q.words).tokens().out(its.pos) as string[]).some((t) => t === 'VERB' || t === 'AUX'));

  for (const m of text.matchAll(UNITS_AGO)) {
    const n = (Number(m[1]) || wordCount(m[1]!) || 0) + (m[2] ? wordCount(m[2])! : 0);
    const unit = m[3]!.toLowerCase();
    let date: string | null = null;
    if (reference && n) {
      const d = new Date(reference);
      if (unit === 'day') d.setUTCDate(d.getUTCDate() - n);
      if (unit === 'week') d.setUTCDate(d.getUTCDate() - 7 * n);
      if (unit === 'month') d.setUTCMonth(d.getUTCMonth() - n);
      if (unit === 'year' || unit === 'decade') d.setUTCFullYear(d.getUTCFullYear() - (unit === 'decade' ? 10 * n : n));
      date = isoOf(d, unit === 'day' ? 'day' : unit === 'week' || unit === 'month' ? 'month' : 'year');
    }
    const away = reference ? dayAway(text.slice(Math.max(0, m.index - 12), m.index + m[0].length), reference) : undefined;
    // Rule O (issue 16dates14): "more than a year ago" names no year (an open bound); O′ (amended after measuring): with no
    // date it places nothing on a timeline, background as the other vague times are.
    const bound = OPEN_BOUND_BEFORE.exec(text.slice(Math.max(0, m.index - 12), m.index));
    if (bound && !away) {
      add({ index: m.index - bound[0].length, text: `${bound[0]}${m[0]}`, date: null, isEvent: false });
      continue;
    }
    add({ index: m.index, text: m[0], date: away ?? date, isEvent: !comparison(m.index) && !THEN_AND_NOW.test(text) });
  }
  for (const m of text.matchAll(YEAR)) {
    if (CLOCK_AFTER.test(text.slice(m.index + m[0].length))) continue;
    // Rule CY (docs/quality.md, "Session 67"): "Case No. 2026-CV-4471": a year inside an identifier dates nothing.
    if (IDENTIFIER_AFTER_YEAR.test(text.slice(m.index + m[0].length)) || IDENTIFIER_BEFORE_YEAR.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    const decade = Boolean(m[4]) || Boolean(m[1] && m[4]);
    const date = decade ? m[2]! : `${m[2]}${m[3]}`;
    // "from 1977 to 1985" is a span, background to what the sentence reports.
    // Rule S (issue 16dates5): "between 1958 and 1964" bounds a span as "from … to" does; so does "from 1989 until his
    // election", whatever closes it (amended after measuring).
    const span = /\bfrom\s+$/i.test(before(m.index))
      ? /^\s+(?:to|until|till|through)\s+\S/i.test(text.slice(m.index + m[0].length))
      : /\bfrom\s+\d{4}\s+(?:to|until|through)\s+$/i.test(text.slice(Math.max(0, m.index - 24), m.index)) ||
        (/\bbetween\s+$/i.test(before(m.index)) && /^\s+and\s+\d{4}\b/i.test(text.slice(m.index + m[0].length))) ||
        /\bbetween\s+\d{4}\s+and\s+$/i.test(text.slice(Math.max(0, m.index - 24), m.index));
    const rest = text.slice(m.index + m[0].length);
    // Rule YA (docs/quality.md, "Session 68"): before a common noun ("the 1911 breakup", "his 1994 memoirs", "a 1996 document")
    // the year dates what the noun names, an event as the gold writers read it; before a name or a title it is part of it.
    // After a noun's possessive ("the port's 2023 budget", "Saramago's 1991 novel") it stays the owner's label.
    const modifier =
      (YEAR_AS_MODIFIER_BEFORE.test(before(m.index)) && ((YEAR_AS_MODIFIER_AFTER.test(rest) && (YEAR_BEFORE_NAME.test(rest) || /['’]s\s+$/.test(before(m.index)))) || YEAR_BEFORE_TITLE.test(rest))) ||
      (YEAR_IN_NAME_BEFORE.test(before(m.index)) && YEAR_IN_NAME_AFTER.test(rest));
    const attributive = !modifier && YEAR_AS_MODIFIER_BEFORE.test(before(m.index)) && YEAR_AS_MODIFIER_AFTER.test(rest);
    const named = YEAR_AFTER_NAME.test(text.slice(Math.max(0, m.index - 30), m.index));
    const sinceEvent = SINCE_EVENT_IN.test(text.slice(Math.max(0, m.index - 60), m.index)) && COMPARED_BEFORE_SINCE.test(text.slice(Math.max(0, m.index - 140), m.index));
    // "the 1975-90 civil war", "the group's 1975-79 rule": a span of years, not the time of one event.
    const range = /^[-–]\d{2,4}\b/.test(text.slice(m.index + m[0].length));
    // "cut emissions by 25 to 40 percent by the year 2020": a year ahead that something is to be done by is a target, not an event.
    const horizon = reference !== undefined && !decade && Number(date) > reference.getUTCFullYear() && BY_YEAR.test(text.slice(Math.max(0, m.index - 30), m.index));
    const spanClosed = !decade && reference !== undefined && Number(date) < reference.getUTCFullYear() && SPAN_CLOSED_BY.test(before(m.index));
    const baseline = LEVEL_AFTER.test(rest) || PREFIX_APART.test(before(m.index)) || spanClosed;
    const openOrTarget = PERIOD_OR_TARGET_AFTER.test(rest);
    const projected = reference !== undefined && !decade && Number(date) > reference.getUTCFullYear() && quantityBefore(text.slice(Math.max(0, m.index - 80), m.index));
    add({
      index: m.index,
      text: m[0],
      date,
      isEvent: !decade && !span && !range && !modifier && !named && !sinceEvent && !horizon && !baseline && !openOrTarget && !projected && !comparison(m.index),
      ...(attributive ? { attributive } : {}),
    });
  }
  for (const m of text.matchAll(SEASON)) {
    // "the next Summer Olympic Games", "the Winter Olympics": a capitalised season before a capitalised word is a name's.
    if (/^\p{Lu}/u.test(m[2]!) && /^\s+\p{Lu}/u.test(text.slice(m.index + m[0].length))) continue;
    const which = m[1]!.toLowerCase();
    const winter = m[2]!.toLowerCase() === 'winter';
    const { future, intends } = aheadAt(m.index, m[0]);
    const year = reference ? reference.getUTCFullYear() + seasonShift(which, m[2]!.toLowerCase(), reference.getUTCMonth(), future || intends) : undefined;
    const date = year === undefined || (winter && which === 'this') ? null : String(year);
    // "the first snowstorm of the fall" names the season, it does not place something in it ("in the fall").
    add({ index: m.index, text: m[0], date, isEvent: date !== null && which !== 'the' && !comparison(m.index) });
  }
  for (const m of text.matchAll(QUARTER)) {
    const next = m[1]!.toLowerCase() === 'next';
    add({ index: m.index, text: m[0], date: reference ? String(reference.getUTCFullYear() + (next && reference.getUTCMonth() >= 9 ? 1 : 0)) : null, isEvent: false });
  }
  for (const m of text.matchAll(CENTURY)) add({ index: m.index, text: m[0], date: reference ? centuryOf(m[0], reference) : null, isEvent: false });
  // Rules K, H and D read only sentences that name a century or a unit of the calendar (most name neither).
  const namesCentury = /centur/i.test(text);
  const namesUnit = UNIT_WORD.test(text);
  for (const m of namesCentury ? text.matchAll(ORDINAL_CENTURY) : []) {
    const ordinal = m[1] ? Number(m[1]) : CENTURY_WORDS.indexOf(m[2]!.toLowerCase()) + 11;
    add({ index: m.index, text: m[0], date: String(ordinal - 1), isEvent: false });
  }
  for (const m of text.matchAll(VAGUE)) add({ index: m.index, text: m[0], date: null, isEvent: false });
  for (const m of namesUnit ? text.matchAll(RECORD_WITHIN) : []) {
    const at = m.index + m[0].length - m[1]!.length;
    const n = m[2] ? Number(m[2]) || wordCount(m[2]) || 0 : 0;
    const years = m[3]?.toLowerCase() === 'decade' ? 10 * n : n;
    add({ index: at, text: m[1]!, date: reference && years ? String(reference.getUTCFullYear() - years) : null, isEvent: false });
  }
  for (const m of namesUnit ? text.matchAll(DURATION_IN_TEXT) : []) add({ index: m.index, text: m[0], date: null, isEvent: false });
  for (const m of text.matchAll(YEARS_RECORD)) {
    const n = Number(m[1]) || wordCount(m[1]!) || 0;
    add({ index: m.index, text: m[0], date: reference && n ? String(reference.getUTCFullYear() - n) : null, isEvent: false });
  }
  for (const m of text.matchAll(WEEKEND)) {
    const shift = m[1]!.toLowerCase() === 'last' ? -7 : m[1]!.toLowerCase() === 'next' ? 7 : 0;
    add({ index: m.index, text: m[0], date: reference ? isoOf(new Date(reference.getTime() + shift * 86_400_000), 'month') : null, isEvent: !comparison(m.index) });
  }
  for (const m of text.matchAll(BARE_WEEKEND)) {
    const rest = text.slice(m.index + m[0].length);
    if (
      !(
        readDoc(`weekend${rest.split(/[,;:.]/)[0]!}`)
          .tokens()
          .out(its.pos) as string[]
      )
        .slice(1, 2)
        .includes('NOUN')
    )
      continue;
    add({ index: m.index, text: m[0], date: reference ? isoOf(weekdayEitherSide(reference, 6), 'month') : null, isEvent: Boolean(reference) && !comparison(m.index) });
  }
  for (const m of text.matchAll(SPAN)) add({ index: m.index, text: m[0], date: null, isEvent: false });
  // A time of the article's own day ("at midday", "earlier in the day") places the event on that day, unless the sentence names another day.
  for (const m of text.matchAll(SAME_DAY)) add({ index: m.index, text: m[0], date: reference ? isoOf(reference, 'day') : null, isEvent: Boolean(reference) && !comparison(m.index), sameDay: true });
  // Rule E2: a holiday of fixed date is its month and day.
  for (const m of text.matchAll(FIXED_HOLIDAY)) {
    if (ANOTHER_CALENDAR.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    const [, month, day] = HOLIDAY_DAYS.find(([name]) => name.test(m[2]!))!;
    const anchor = reference ?? (storyDate ? dayOf(storyDate) : undefined);
    const which = m[1]?.toLowerCase();
    let date: string | null = null;
    if (m[3]) date = `${m[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    else if (anchor) date = isoOf(which === 'last' || which === 'next' ? dayBeyond(anchor, month - 1, day, which === 'last' ? -1 : 1) : nearest(anchor, month - 1, day, futureAt(m.index, m[0].length)), 'day');
    const rest = text.slice(m.index + m[0].length);
    // "Christmas shopping", "the Christmas holidays": the name modifies a noun, as a year does; "Christmas morning" is the day.
    // After "last" or "next", or before a determiner or a pronoun ("Next Christmas the mayor will…"), it names the day.
    const modifier = !which && YEAR_AS_MODIFIER_AFTER.test(rest) && !/^\s+(?:morning|afternoon|evening|night|the|a|an|his|her|its|their|our|my|your|he|she|it|they|we|i|you|this|that|these|those)\b/i.test(rest);
    // "celebrating Halloween", "Christmas is": the feast, not its day. A time is told by "last", "next", "this", its year or a
    // preposition of time before it (amendment, written after measuring).
    const adverbial = Boolean(which || m[3]) || TIME_PREPOSITION_BEFORE.test(before(m.index));
    add({ index: m.index, text: m[0], date, isEvent: date !== null && adverbial && !modifier && !comparison(m.index), ...(date && !m[3] && !reference ? { inferred: true } : {}) });
  }
  // Rule A1: a time counted from the narrative time, dated from its anchor by findDates; added before chrono's readings,
  // which it outranks where they read the same words ("the month before" from the article).
  for (const m of countedFromThen(text)) add({ index: m.index, text: m.text, date: null, isEvent: !comparison(m.index), offset: m.offset });
  const read = chronoFound(sentence, published);
  for (const chronoRead of read) {
    const r = partOfDayDated(chronoRead) ?? chronoRead;
    const when = r.text.replace(/[\s,;.]+$/, '');
    // Rule E5: "in the year 2000" is the year 2000, read as a year below.
    if (THE_YEAR.test(when) && /^\s+\d{4}\b/.test(text.slice(r.index + r.text.length))) continue;
    if (/^(?:now|[\d.:]+|\d+\s*[ap]\.?m\.?)$/i.test(when) || !/[a-z]/i.test(when)) continue;
    // "in today's dollars" names no day.
    if (/^today$/i.test(when) && /^['’]s\b/.test(text.slice(r.index + r.text.length))) continue;
    // "Viña del Mar", "Jan Berg": a month's short form without its stop is a month only before a day or a year ("Mar 5", "Mar. 5").
    if (!/\d/.test(when) && SHORT_MONTH.test(text.slice(r.index, r.index + r.text.length + 1))) continue;
    // Rule E8: "a long march toward", "an august body": a month's name in lower case, with no digit, is the common word.
    if (!/\d/.test(when) && LOWER_MONTH.test(when) && !/\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)/.test(when)) continue;
    // "the sun rose" is no Sunday; "London's Sunday Telegraph" is a name.
    if (isCertain(r, 'weekday') && !/day\b/i.test(when)) continue;
    // At the head of a sentence a weekday before a name dates what the name did ("Thursday Primakov convened…").
    if (/day$/i.test(r.text) && r.index > 0 && /^ [A-Z][a-z]/.test(text.slice(r.index + r.text.length, r.index + r.text.length + 3))) continue;
    // Minutes and hours measure; "three weeks before Election Day" is anchored to another event, not to a date.
    if (/\b(?:minute|hour|second)s?\b/i.test(when) && !MONTH_NAME.test(when) && !/day\b/i.test(when)) continue;
    // "for 30 minutes a day", "three times a week": a rate places nothing in time (rule RR).
    if (RATE.test(when)) continue;
    // Rule WY (docs/quality.md, "Session 65"): "open Monday through Saturday": a span of weekdays is a week's schedule, no day;
    // "from Monday to Wednesday", "between …" is one span.
    if (WEEKDAY_SPAN.test(when) && !/\b(?:from|between)\s+$/i.test(text.slice(0, r.index))) {
      add({ index: r.index, text: when, date: null, isEvent: false });
      continue;
    }
    if (/\b(?:before|after|earlier|later)\b/i.test(when) && /\d|\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|several|few)\b/i.test(when)) continue;
    // "a campaigner for 20 years", "in custody for a month", "for the second time in a week": a length of time places nothing.
    if (DURATION.test(when)) {
      add({ index: r.index, text: when, date: null, isEvent: false });
      continue;
    }
    // Measured on the trimmed expression: chrono's "August," would hide the comma that ends the clause.
    const { governor, future, intends } = aheadAt(r.index, when);
    // A month in the simple present is no month gone by: what is scheduled for it ("the visa expires in February") is ahead,
    // and what a span of the calendar does in it ("the season starts in May") recurs, no particular one.
    const present = presentBefore(text, r.index);
    if (present === 'recurs' && MONTH_NAME.test(when) && !/\d/.test(when)) {
      add({ index: r.index, text: when, date: null, isEvent: false });
      continue;
    }
    if (THE_LAST_UNIT.test(when) && /\bthe\s+$/i.test(before(r.index)) && !/^\s+of\b/i.test(text.slice(r.index + r.text.length))) {
      add({ index: r.index, text: when, date: null, isEvent: false });
      continue;
    }
    // Rule E6: a clause that looks ahead only through "would" sees its future from a past telling.
    const clause = clauseBefore(r.index);
    const seenFromPast =
      future &&
      governor !== 'expects' &&
      !frontedAhead(r.index, when) &&
      !timetabledAt(r.index, when) &&
      WOULD.test(clause) &&
      !looksAhead(clause.replace(EVERY_WOULD, '')) &&
      !futureAt(r.index, when.length, clause.replace(EVERY_WOULD, ''), false);
    // Rule R1 (issue 16dates9): a clause that looks ahead only through "was expected", "was scheduled", "was due" sees its
    // future from a past moment, unless reported speech put the telling's future in the past (R2).
    const pastMarker = [...clause.matchAll(PAST_EXPECTED)].at(-1);
    const after = wordsAfter(r.index, when.length);
    const pastExpected =
      future &&
      !seenFromPast &&
      governor !== 'expects' &&
      !frontedAhead(r.index, when) &&
      !timetabledAt(r.index, when) &&
      (pastMarker !== undefined || new RegExp(PAST_EXPECTED.source, 'i').test(after)) &&
      !(pastMarker && REPORTED_SPEECH.test(clause.slice(0, pastMarker.index))) &&
      !looksAhead(clause.replace(PAST_EXPECTED, '')) &&
      !looksAhead(after.replace(PAST_EXPECTED, ''));
    const which = /\b(last|next|this)\s+$/i.exec(before(r.index))?.[1]?.toLowerCase();
    const bareWeekday = isCertain(r, 'weekday') && !isCertain(r, 'day') && !isCertain(r, 'month') && !which && !/\b(?:last|next|this)\b/i.test(when);
    // Rule W3a (issue 16dates6): "on a Sunday morning" names a kind of day, not one day.
    if (bareWeekday && /\ban\s+$|\ba\s+$/i.test(before(r.index))) {
      add({ index: r.index, text: when, date: null, isEvent: false });
      continue;
    }
    // Rule P2 (issue 16dates13): a bare weekday whose telling is all in the present ("faces elections on Sunday") is the
    // coming one. Not a weekday in the possessive: "Monday's quake" names an event by its day, past or to come.
    const presentWeekday =
      bareWeekday &&
      !future &&
      !seenFromPast &&
      !pastExpected &&
      // Rule P3 (issue 16dates14): in the possessive too ("Sunday's elections"), unless "from" opens its phrase: what comes
      // from an event ("the toll from Monday's quake stands at 60") is its result, the event gone by; so is a point of it
      // ("150 km from the center of Wednesday night's earthquake": P3′, amended after measuring).
      !(/^['’]s\b/.test(text.slice(r.index + when.length)) && FROM_OWNER_BEFORE.test(text.slice(Math.max(0, r.index - 40), r.index))) &&
      !storyOrderOf(text, r.index, r.weekday ?? 0) &&
      // P2′ (amended after measuring): "the toll, as of Friday, is estimated": a status's day is one gone by.
      !comparison(r.index) &&
      presentTelling(zoneOf(r.index));
    // Rule P1 (issue 16dates10): a day and month under a simple present or present passive ("are presented on Dec. 10")
    // recurs, is timetabled or is told as now: the nearest on either side of the article's day, not the one before it.
    const presentDay = !future && !intends && !seenFromPast && !pastExpected && isCertain(r, 'day') && isCertain(r, 'month') && !isCertain(r, 'year') && presentGoverns(clause);
    // Rule UT (docs/quality.md, "Session 57"): "gave Halvern until October 30 to explain": a deadline lies ahead of its giving,
    // which may itself be past ("had until Friday to leave"): the nearest such day on either side of the article's.
    // Amendment EF′ (docs/quality.md, "Session 67"): "would carry out inspections …, starting Monday": a weekday a change starts
    // on, in a sentence that looks ahead before it, is the next one.
    const startsAhead = bareWeekday && TAKES_EFFECT.test(text.slice(Math.max(0, r.index - 30), r.index)) && (looksAhead(text.slice(0, r.index)) || WOULD.test(text.slice(0, r.index)));
    // Rule BD (docs/quality.md, "Session 72"): "ordered … replacement of the pipework by June 30": a day something must be done
    // by lies ahead of its setting, unless the clause tells it done ("had … by June 30").
    const doneBy = !future && isCertain(r, 'day') && isCertain(r, 'month') && !isCertain(r, 'year') && dueBy(text, r.index, r.text.length);
    // Rule DZ (docs/quality.md, "Session 73"): "April 14 is a date we are confident we can meet": a day and month that is a present
    // verb's subject still lies ahead or has just come: the nearest such day on either side of the article's.
    // Amendment DZ′ (docs/quality.md, "Session 80"): so is a day and month a present copula right before it takes as complement ("that
    // date is currently April 28").
    const daySubject =
      !future && isCertain(r, 'day') && isCertain(r, 'month') && !isCertain(r, 'year') && (PRESENT_AFTER.test(text.slice(r.index + r.text.length)) || PRESENT_COPULA_BEFORE.test(text.slice(Math.max(0, r.index - 30), r.index)));
    const deadline = !startsAhead && ((!future && DEADLINE_BEFORE.test(before(r.index)) && INFINITIVE_AFTER.test(text.slice(r.index + r.text.length))) || pointedAhead(text, r.index) || doneBy);
    // Rule YH (docs/quality.md, "Session 68"): "was ordered to stand trial Nov. 2", "decided to send him to the summit on Nov.
    // 17-18": a day and month inside an infinitive is when its act is to happen, not when the telling's verb did; the nearest
    // such day on either side of the article's, as under "would" (rule E6).
    // Amendment YH′: only where the other side is near (within three months) and the tense's side far (over six months):
    // "asked them to leave the hill on March 15, but most refused", in October, is this March gone by.
    const dayInInfinitive = isCertain(r, 'day') && isCertain(r, 'month') && !isCertain(r, 'year') && reference !== undefined && insideInfinitive(text, r.index) && otherSideNearer(reference, r.month! - 1, r.day!, future);
    const resolved = resolveChrono(
      r,
      when,
      reference,
      storyDate,
      future || presentWeekday || startsAhead,
      intends || present === 'scheduled',
      which,
      !startsAhead && (seenFromPast || pastExpected || presentDay || deadline || dayInInfinitive || daySubject),
      !startsAhead && (pastExpected || deadline),
    );
    if (!resolved) continue;
    // Rule YW (docs/quality.md, "Session 73"): "Wednesday, October 15": the weekday written with a day and month says which year.
    if (resolved.date && reference && isCertain(r, 'weekday') && isCertain(r, 'day') && isCertain(r, 'month') && !isCertain(r, 'year')) resolved.date = yearOfWeekday(resolved.date, r.weekday!, reference);
    // Rule DF (docs/quality.md, "Session 64"): "delay the closure until December 31": a deferral's day is pending, no earlier
    // than a month before the article.
    if (resolved.date && reference && !isCertain(r, 'year') && DEFERRED_TO.test(text.slice(Math.max(0, r.index - 200), r.index))) resolved.date = pendingFrom(resolved.date, reference);
    // Rule WF (docs/quality.md, "Session 80"): "on Monday ordered pupils … to stay home from Wednesday": a weekday a directed or
    // intended state starts from is the first one on or after the directing, when the clause gives the directing's day.
    if (resolved.date && isCertain(r, 'weekday') && !isCertain(r, 'day')) {
      const directedOn = directingDay(text, r.index, found);
      if (directedOn) resolved.date = isoOf(weekdayNear(dayOf(directedOn), r.weekday!, true), 'day');
    }
    // Rule RY (docs/quality.md, "Session 78"): "by June 30 next year", "on March 3 last year": the year counted from the article's,
    // written right after a day or month, says which year; it is part of that time, none of its own.
    const countedYear = isCertain(r, 'month') && !isCertain(r, 'year') && reference ? YEAR_COUNTED_AFTER.exec(text.slice(r.index + when.length)) : null;
    if (countedYear && resolved.date) {
      resolved.date = `${reference!.getUTCFullYear() + YEAR_SHIFT[countedYear[1]!.toLowerCase() as keyof typeof YEAR_SHIFT]}${resolved.date.slice(4)}`;
      absorbed.add(r.index + when.length + countedYear[0].indexOf(countedYear[1]!));
    }
    // Rules Y and YM: "between July 11 and Nov. 1, 1995", "between March and June 2027" open in the close's year, not the article's.
    const opensIn = isCertain(r, 'month') && !isCertain(r, 'year') ? spanOpeningYear(text.slice(r.index), r.month!, isCertain(r, 'day')) : undefined;
    if (opensIn && resolved.date) resolved.date = `${opensIn}${resolved.date.slice(4)}`;
    const named = namesEvent(r, when);
    // Rule N2: an event named by the article's own date is that day a year before, unless the sentence looks ahead.
    if (named && reference && resolved.date === isoOf(reference, 'day') && !future && !intends && present !== 'scheduled') resolved.date = `${reference.getUTCFullYear() - 1}${resolved.date.slice(4)}`;
    // Rule M (issue 16dates14): "a third of August's deficit": before "'s" the month owns a noun, so the number before "of" is
    // no day of it; the phrase is partitive, a part of a quantity the month owns: the month, no event.
    const partOfMonths = resolved.date !== null && /^\d{4}-\d{2}-\d{2}$/.test(resolved.date) && MONTH_PARTITIVE.test(when) && /^['’]s\b/.test(text.slice(r.index + when.length));
    if (partOfMonths) {
      const month = /\S+$/.exec(when)!;
      add({ index: r.index + month.index, text: month[0], date: resolved.date!.slice(0, 7), isEvent: false });
      continue;
    }
    // Rule B′ (issue 16dates13): "the end of July" gives no day: its month, at the precision the text gives.
    if (resolved.date && /^\d{4}-\d{2}-\d{2}$/.test(resolved.date) && PART_OF_MONTH.test(when) && !/\d/.test(when.replace(/\b\d{4}\b/, ''))) resolved.date = resolved.date.slice(0, 7);
    // "sealed off this time last week", "this day one year ago": the article's day that far away.
    const away = reference ? dayAway(text.slice(Math.max(0, r.index - 12), r.index + r.text.length), reference) : undefined;
    if (away) resolved.date = away;
    // "Yeltsin seems a shadow of himself today": a present state placed in a present span is no event.
    const state = (/^(?:today|now|this year)$/i.test(when) && STATE.test(text) && !future) || unknownAt(r.index, when.length);
    const storyOrder = bareWeekday && r.weekday !== undefined && r.weekday !== null ? storyOrderOf(text, r.index, r.weekday) : undefined;
    add({ index: r.index, text: when, ...resolved, isEvent: resolved.isEvent && !state && !comparison(r.index), ...(named ? { named } : {}), ...(storyOrder ? { storyOrder } : {}) });
  }
  if (absorbed.size) found.splice(0, found.length, ...found.filter((f) => !absorbed.has(f.index)));
  // What would have happened ("would have waited until 2006") did not: no event. A sentence that opens on a
  // condition ("If the deal closes, sales this year will…") tells what may happen, nothing that has or is scheduled.
  const conditional = CONDITION.test(text);
  for (const f of found) {
    const clause = clauseBefore(f.index);
    if (conditional || COUNTERFACTUAL.test(clause) || DENIED_FUTURE.test(clause.split(/,/).at(-1)!) || MEASURED_OVER.test(text.slice(Math.max(0, f.index - 60), f.index)) || DATES_A_THING.test(clause)) f.isEvent = false;
    // A forecast is of a period's state; a day it names is a scheduled occasion (E4 amended after measuring).
    const dayNamed = f.date !== null && /^\d{4}-\d{2}-\d{2}$/.test(f.date);
    if (f.isEvent && (comparedLike(f.index) || (!dayNamed && forecastAt(f.index)))) f.isEvent = false;
    // A quoted term's time is background (the gold: a year inside an event's name); amended after measuring, it keeps its date.
    if (quotations.length && quotedTerm(f.index, f.text.length)) f.isEvent = false;
    // Rule T1 (issue 16dates5): the time of a goal is a target, not an event. (T2, a limit after "by" and a deadline's date,
    // was measured and reverted: the gold takes "must consider the decree by Oct. 10" as scheduled.)
    if (f.isEvent && aimedAt(text, f.index)) f.isEvent = false;
    // Amendment YA′ (docs/quality.md, "Session 68"): "Lavrov this week said Moscow would only accept an arrangement similar to a
    // 2022 plan": with another time in the sentence, that time dates what it reports; the year before the noun is background.
    if (f.attributive && f.isEvent && found.some((g) => g !== f && (g.date !== null || g.isEvent))) f.isEvent = false;
    // Rule PE (docs/quality.md, "Session 68"): "Lahoud had been expected to issue a decree last week": an expectation told in the
    // pluperfect did not come about. Rule OB: "likely sometime before Oct. 23", "no later than Friday": a bound, not the date.
    if (f.isEvent && (UNMET_EXPECTATION.test(clause) || OPEN_BOUND_BY.test(text.slice(Math.max(0, f.index - 30), f.index)))) f.isEvent = false;
    // Rule BY (docs/quality.md, "Session 74"): "38 percent of which were laid before 1965": a year after "before" bounds a time, as
    // "since 1978" does; it is not the time. Not a day ("before Friday"), which a deadline names.
    if (f.isEvent && /^(?:the\s+)?\d{4}s?$/i.test(f.text) && YEAR_BOUND_BEFORE.test(text.slice(Math.max(0, f.index - 12), f.index))) f.isEvent = false;
    // Rule PL (docs/quality.md, "Session 68"): "this year's winner", "two of Monday's winners", "the three 1998 laureates": a time
    // that says which contest named a person tells who, not when anything happened.
    if (f.isEvent && CONTEST_PERSON_AFTER.test(text.slice(f.index + f.text.length, f.index + f.text.length + 60))) f.isEvent = false;
    // A year names one occurrence ("every year since the first summit in 1993"): only a time without one recurs.
    if (!/\d{4}/.test(f.text) && HABITUAL.test(`${clause.split(/,/).at(-1)!}${f.text}`)) {
      f.isEvent = false;
      f.date = null;
      f.offset = undefined;
    }
  }
  // (Rule W3b, a weekday in one clause with an earlier year left undated, was measured and reverted: a weekday and a year
  // of one clause are as often the news and its background, "The tribunal Monday acquitted … of war crimes … in 1992".)
  // One expression, one date: where two readings overlap, the longer wins (one sweep in text order).
  const namesDay = found.some((f) => !f.sameDay && f.date !== null && /^\d{4}-\d{2}-\d{2}$/.test(f.date));
  const kept: Found[] = [];
  for (const f of found.filter((f) => !(f.sameDay && namesDay)).sort((a, b) => a.index - b.index || b.text.length - a.text.length)) {
    const last = kept.at(-1);
    if (last && f.index < last.index + last.text.length) {
      if (f.text.length > last.text.length) kept[kept.length - 1] = f;
      continue;
    }
    kept.push(f);
  }
  return {
    dates: kept.map((f) => ({ date: f.date, when: f.text, sentence, isEvent: f.isEvent, ...(f.inferred ? { inferred: true } : {}) })),
    spots: kept.map((f) => (f.offset ? { index: f.index, offset: f.offset } : f.storyOrder ? { index: f.index, storyOrder: f.storyOrder } : f.named ? { index: f.index, named: true } : { index: f.index })),
  };
}

/**
 * Whether the words before a time are a verb in the simple present with "in" ("expires in", "starts in"): 'recurs' when its
 * subject is a span of the calendar, else 'scheduled'; undefined for any other tense. The tagger is asked only when the
 * words look like such a verb: a plural noun ("elections in July") is not one.
 */
function presentBefore(text: string, index: number): 'recurs' | 'scheduled' | undefined {
  const head = text.slice(0, index);
  const m = PRESENT_BEFORE_MONTH.exec(head.slice(-40));
  if (!m) return undefined;
  const tokens = readDoc(head).tokens();
  const words = tokens.out() as string[];
  const tags = tokens.out(its.pos) as string[];
  const at = words.lastIndexOf(m[1]!);
  if (at < 1 || tags[at] !== 'VERB') return undefined;
  // Rule MA (docs/quality.md, "Session 65"): "meets again in May": up to two words that are no verb may stand between.
  const between = m[2]!.trim() ? m[2]!.trim().split(/\s+/).length : 0;
  if (between && tags.slice(at + 1, at + 1 + between).some((tag) => tag === 'VERB' || tag === 'AUX')) return undefined;
  return CALENDAR_SUBJECT.test(head.slice(0, head.length - m[0].length)) ? 'recurs' : 'scheduled';
}

/** A past or perfect auxiliary: a clause that holds one tells no simple present (rule P1). */
const PAST_OR_PERFECT = /\b(?:was|were|had|has|have|did)\b/i;
/** The present of "be" before a passive participle (rule P1). */
const PRESENT_BE = /^(?:is|are|am)$/i;

/**
 * Rule P1 (issue 16dates10): whether the last verb of the words before a time (its clause up to the time) is in the simple
 * present ("elects", "says": the third-person "-s" form `presentBefore` reads) or the present passive ("are presented",
 * "is also held": a participle after "is", "are", "am", at most one word between), with no past or perfect auxiliary before
 * it in the clause. A bare copula ("is of the same type as Feb. 27") gives the time to a noun, not to a verb: not read.
 */
function presentGoverns(clause: string): boolean {
  if (!/\p{L}/u.test(clause)) return false;
  const tokens = readDoc(clause).tokens();
  const words = tokens.out() as string[];
  const tags = tokens.out(its.pos) as string[];
  let at = -1;
  for (let i = words.length - 1; i >= 0; i--)
    if (tags[i] === 'VERB') {
      at = i;
      break;
    }
  if (at < 0 || PAST_OR_PERFECT.test(words.slice(0, at).join(' '))) return false;
  const word = words[at]!;
  if (/^\p{Ll}{2,}[^\ss']s$/u.test(word)) return true;
  if (/ing$/i.test(word)) return false;
  // Rule PB: a plural's present, its base form after its subject ("tariffs, which take effect on October 15").
  const lemmas = (tokens.out(its.lemma as never) as string[]).map((l) => l.toLowerCase());
  if (
    !PAST_OR_PERFECT.test(words.slice(0, at).join(' ')) &&
    pluralPresent(
      at,
      words.map((w) => w.toLowerCase()),
      tags,
      lemmas,
    )
  )
    return true;
  return PRESENT_BE.test(words[at - 1] ?? '') || (tags[at - 1] !== 'VERB' && PRESENT_BE.test(words[at - 2] ?? ''));
}

/** Finite forms of the present (rule P2): of "be" and "do"; a verb's third-person "-s" form is read from its shape. */
const PRESENT_FINITE = /^(?:is|are|am|do|does)$/;
/** Finite forms of the past and the perfect (rule P2): a perfect tells a time gone by as a past does. */
const PAST_FINITE_FORMS = 'was|were|had|did|has|have';
const PAST_FINITE = new RegExp(`^(?:${PAST_FINITE_FORMS})$`);
/** Forms of "be" and "get" before a passive's participle in "-ed", which is no past. */
const PASSIVE_AUXILIARY = /^(?:be|been|being|is|are|am|was|were|get|gets|got|gotten)$/;
/** English irregular verbs whose past is their base form (the grammar's closed class): "the record it set Monday" is past. */
const UNCHANGED_PAST_FORMS = 'bet|bid|broadcast|burst|cast|cost|cut|fit|hit|hurt|let|put|quit|read|rid|set|shed|shut|slit|split|spread|thrust|upset|wet';
const UNCHANGED_PAST = new RegExp(`^(?:${UNCHANGED_PAST_FORMS})$`);

/** Those forms as words of the text, not inside a hyphened or clipped word ("cut-rate", "have-nots") the tagger keeps whole. */
const PAST_WORD = new RegExp(`(?<![-'’\\w])(?:${PAST_FINITE_FORMS}|${UNCHANGED_PAST_FORMS})(?![-'’\\w])`, 'i');
/**
 * Rule P2 (issue 16dates13): whether words are told in the present only: a present finite form ("is", "are", "does", a verb
 * in "-s") and no past or perfect one ("was", "had", "has", a verb in "-ed" that is no passive's participle, an irregular
 * past such as "met" or "set"). English tells a past event on a named day in a past tense.
 */
function presentTelling(words: string): boolean {
  // A past or perfect form the loop below would stop at, seen without asking the tagger (P3 asks this of every possessive weekday).
  if (!/\p{L}/u.test(words) || PAST_WORD.test(words)) return false;
  const tokens = readDoc(words).tokens();
  const forms = (tokens.out() as string[]).map((w) => w.toLowerCase());
  const tags = tokens.out(its.pos) as string[];
  const lemmas = (tokens.out(its.lemma as never) as string[]).map((l) => l.toLowerCase());
  let present = false;
  for (let i = 0; i < forms.length; i++) {
    const form = forms[i]!;
    if (PAST_FINITE.test(form) || UNCHANGED_PAST.test(form)) return false;
    if (tags[i] === 'VERB' && /ed$/.test(form) && !PASSIVE_AUXILIARY.test(forms[i - 1] ?? '')) return false;
    if (tags[i] === 'VERB' && !/ed$/.test(form) && lemmas[i] !== form && !/(?:s|ing)$/.test(form)) return false;
    if (PRESENT_FINITE.test(form) || (tags[i] === 'VERB' && /^\p{Ll}{2,}[^\ss']s$/u.test(form)) || pluralPresent(i, forms, tags, lemmas)) present = true;
  }
  return present || missedPresentVerb(forms, tags, lemmas);
}

/** The subject pronouns whose present is the verb's base form ("they meet"): the grammar's closed class. */
const BASE_FORM_SUBJECT = /^(?:i|we|you|they)$/;
/** The relative pronouns that stand as a clause's subject (rule PB). */
const RELATIVE_SUBJECT = /^(?:which|that|who)$/;

/**
 * Rule P4 (lead, 16dates15): a verb in its base form right after its subject (over adverbs) is a present when that subject
 * is a noun or name or a subject pronoun ("the ministers meet Monday", "police say", "they meet again"): only a plural's
 * present is written so, and the tagger's lemma of a capitalised plural ("Voters") is the word itself. After "to", a modal
 * or an auxiliary the base form is no finite verb, and those words stand between it and the subject.
 */
function pluralPresent(i: number, forms: readonly string[], tags: readonly string[], lemmas: readonly string[]): boolean {
  if (tags[i] !== 'VERB' || lemmas[i] !== forms[i]) return false;
  let s = i - 1;
  while (s >= 0 && tags[s] === 'ADV') s--;
  const subject = forms[s] ?? '';
  // Rule PB: a relative pronoun stands for its antecedent, and a base form after it is the antecedent's plural present.
  if (RELATIVE_SUBJECT.test(subject)) return true;
  if (tags[s] === 'PRON') return BASE_FORM_SUBJECT.test(subject);
  return tags[s] === 'NOUN' || tags[s] === 'PROPN';
}

/**
 * Rule V (issue 16dates14): words with no verb at all have one the tagger missed: a word it calls a noun, in its base form,
 * right after a plural noun and right before a preposition or determiner is the clause's verb in the present ("voters
 * return to the polls": after a plural subject the base form is the present).
 */
function missedPresentVerb(forms: readonly string[], tags: readonly string[], lemmas: readonly string[]): boolean {
  if (tags.some((t) => t === 'VERB' || t === 'AUX')) return false;
  for (let i = 1; i + 1 < forms.length; i++) {
    const subject = forms[i - 1]!;
    if (tags[i] !== 'NOUN' || lemmas[i] !== forms[i] || /(?:s|ed|ing)$/.test(forms[i]!)) continue;
    if ((tags[i - 1] === 'NOUN' || tags[i - 1] === 'PROPN') && /\p{Ll}[^s'’]s$/u.test(subject) && (tags[i + 1] === 'ADP' || tags[i + 1] === 'DET')) return true;
  }
  // Rule V″ (lead, 16dates15): a "noun" in its "-s" form between a noun, adjective or name and a determiner is a verb in the
  // present ("the general faces a trial"): no determiner follows a plural noun that heads its phrase.
  for (let i = 1; i + 1 < forms.length; i++) {
    if (tags[i] !== 'NOUN' || lemmas[i] === forms[i] || !/\p{Ll}[^s'’]s$/u.test(forms[i]!)) continue;
    if ((tags[i - 1] === 'NOUN' || tags[i - 1] === 'ADJ' || tags[i - 1] === 'PROPN') && tags[i + 1] === 'DET') return true;
  }
  return false;
}

/** "Hours earlier, on Friday", "days later on Monday": an unmeasured offset that closes its phrase before the weekday (rule W1). */
const MEASURED_ORDER_BEFORE = /\b(?:hours|days|weeks|minutes|moments|shortly|soon|just|only)\s+(earlier|before|later|after(?:wards?)?)\s*,?\s*(?:on\s+)?$/i;
/** "the previous Friday", "the following Monday": a weekday counted from the story's time, strictly before or after it. */
const THE_ORDER_BEFORE = /\bthe\s+(previous|preceding|following|next)\s+$/i;

/**
 * Rule W1 (issue 16dates6): whether a weekday named alone is told in the story's order, and on which side of the story's
 * time: after an unmeasured "hours earlier" or "days later" closing its phrase, or after "the previous" or "the
 * following". "Earlier Friday", "later on Monday" place a time within that day, not from the story's: the order word must
 * close its own phrase. (The past perfect alone, first taken too, was as often the telling's background: amended after
 * measuring.)
 */
function storyOrderOf(text: string, index: number, weekday: number): StoryOrder | undefined {
  const head = text
    .slice(Math.max(0, index - 60), index)
    .split(CLAUSE_BREAK)
    .at(-1)!;
  const measured = MEASURED_ORDER_BEFORE.exec(head);
  if (measured) return { weekday, side: /^(?:earlier|before)$/i.test(measured[1]!) ? -1 : 1 };
  const the = THE_ORDER_BEFORE.exec(head);
  if (the) return { weekday, side: /^(?:previous|preceding)$/i.test(the[1]!) ? -2 : 2 };
  return undefined;
}

type Resolved = { date: string | null; isEvent: boolean; inferred?: boolean };

/** A day named by its distance from the article's own. */
const RELATIVE_DAY = /\b(?:today|tonight|yesterday|tomorrow)\b/;

/**
 * `which` is the word just before the expression when chrono left it out: "last November" is the
 * November before the article's month, "next March" the one after; "this Saturday" is in the article's week.
 * `intends`: an infinitive of intent governs the expression, so a month without its day is the coming one.
 */
function resolveChrono(r: ChronoFound, when: string, reference: Date | undefined, storyDate: string | undefined, future: boolean, intends: boolean, which?: string, seenFromPast = false, weekdaySeenFromPast = false): Resolved | undefined {
  const certain = (part: Parameters<typeof isCertain>[1]) => isCertain(r, part);
  const lower = when.toLowerCase();
  if (ROLLING.test(lower) || /\bpast\b/.test(lower)) return { date: null, isEvent: false };
  // chrono reads "today" against the placeholder instant and calls its year known: only the article's own date places it.
  if (!reference && RELATIVE_DAY.test(lower)) return { date: null, isEvent: true };
  const named = MONTH_NAME.test(lower) || /\d/.test(lower);
  // A year written out makes a date absolute.
  if (certain('year') && named) return { date: isoOf(new Date(r.start), certain('day') ? 'day' : certain('month') ? 'month' : 'year'), isEvent: true };
  if (certain('month') && named) {
    const month = r.month! - 1;
    const day = certain('day') ? r.day! : 1;
    const anchor = reference ?? (storyDate ? dayOf(storyDate) : undefined);
    if (!anchor) return { date: null, isEvent: true };
    // Rule UY (docs/quality.md, "Session 50"): without the article's date, the tense says which side of a day the set does not
    // give; the story's date stands as near to it on either side.
    const date = (seenFromPast || !reference) && certain('day') ? nearestEitherSide(anchor, month, day) : nearest(anchor, month, day, future || (intends && !certain('day')));
    if (!certain('day') && (which === 'last' || which === 'next')) {
      const year = anchor.getUTCFullYear() + (which === 'last' ? (month >= anchor.getUTCMonth() ? -1 : 0) : month <= anchor.getUTCMonth() ? 1 : 0);
      date.setUTCFullYear(year);
    }
    return { date: isoOf(date, certain('day') ? 'day' : 'month'), isEvent: true, ...(reference ? {} : { inferred: true }) };
  }
  if (!reference) return { date: null, isEvent: true };
  if (certain('weekday') && !certain('day')) {
    if ((which === 'this' || /^this\s/.test(lower)) && !/\b(?:last|next)\b/.test(lower)) return { date: isoOf(inWeekOf(reference, r.weekday!), 'day'), isEvent: true };
    // "last Thursday" is before the article's day and "next Thursday" after it, whatever the tense: a week away when it is that day.
    const side = /\blast\b/.test(lower) || which === 'last' ? -1 : /\bnext\b/.test(lower) || which === 'next' ? 1 : 0;
    if (side) return { date: isoOf(weekdayBeyond(reference, r.weekday!, side), 'day'), isEvent: true };
    // Rule R1: a weekday expected at a moment past is the nearest one on either side of the article's day.
    if (weekdaySeenFromPast) return { date: isoOf(weekdayEitherSide(reference, r.weekday!), 'day'), isEvent: true };
    return { date: isoOf(weekdayNear(reference, r.weekday!, future), 'day'), isEvent: true };
  }
  if (RELATIVE_DAY.test(lower)) return { date: isoOf(new Date(r.start), 'day'), isEvent: true };
  const shift = /\blast\b|\bprevious\b/.test(lower) ? -1 : /\bnext\b/.test(lower) ? 1 : 0;
  if (/\bweek(?:end)?\b/.test(lower)) {
    // "last week" in a Sunday article is the week just ending.
    const days = shift === -1 && reference.getUTCDay() === 0 ? 0 : 7 * shift;
    return { date: isoOf(new Date(reference.getTime() + days * 86_400_000), 'month'), isEvent: true };
  }
  if (/\bmonth\b/.test(lower)) {
    const d = new Date(reference);
    d.setUTCDate(1);
    d.setUTCMonth(d.getUTCMonth() + shift);
    return { date: isoOf(d, 'month'), isEvent: true };
  }
  if (/\byear\b/.test(lower)) return { date: String(reference.getUTCFullYear() + shift), isEvent: true };
  return undefined;
}

/** The day `THIS_DAY_AWAY` names in the text, counted from the article's day; undefined when the text names none. */
function dayAway(text: string, reference: Date): string | undefined {
  const m = THIS_DAY_AWAY.exec(text);
  if (!m) return undefined;
  const n = m[1] ? (m[1].toLowerCase() === 'next' ? 1 : -1) : -(Number(m[3]) || wordCount(m[3]!) || 0);
  const d = new Date(reference);
  const unit = (m[2] ?? m[4]!).toLowerCase();
  if (unit === 'week') d.setUTCDate(d.getUTCDate() + 7 * n);
  else if (unit === 'month') d.setUTCMonth(d.getUTCMonth() + n);
  else d.setUTCFullYear(d.getUTCFullYear() + n);
  return isoOf(d, 'day');
}

/** The day and month nearest the reference in the sentence's direction: news reports what happened, unless it looks ahead. */
function nearest(reference: Date, month: number, day: number, future: boolean): Date {
  const d = new Date(Date.UTC(reference.getUTCFullYear(), month, day));
  const weekAhead = reference.getTime() + 7 * 86_400_000;
  if (!future && d.getTime() > weekAhead) d.setUTCFullYear(d.getUTCFullYear() - 1);
  if (future && d.getTime() < reference.getTime() - 7 * 86_400_000) d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d;
}

/** The day and month nearest the reference before or after it (rule E6: "would" sees ahead from a past moment). */
function nearestEitherSide(reference: Date, month: number, day: number): Date {
  const year = reference.getUTCFullYear();
  const candidates = [year - 1, year, year + 1].map((y) => new Date(Date.UTC(y, month, day)));
  return candidates.reduce((best, d) => (Math.abs(d.getTime() - reference.getTime()) < Math.abs(best.getTime() - reference.getTime()) ? d : best));
}

/** The day and month strictly before (`side` -1) or after (1) the reference: "last Christmas", "next New Year's Day". */
function dayBeyond(reference: Date, month: number, day: number, side: -1 | 1): Date {
  const d = new Date(Date.UTC(reference.getUTCFullYear(), month, day));
  const ref = Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth(), reference.getUTCDate());
  if (side === -1 && d.getTime() >= ref) d.setUTCFullYear(d.getUTCFullYear() - 1);
  if (side === 1 && d.getTime() <= ref) d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d;
}

/** A weekday named alone: the one just past (or today) in a sentence about the past, the one to come (or today) about the future. */
function weekdayNear(reference: Date, weekday: number, future: boolean): Date {
  const d = new Date(reference);
  const offset = future ? (weekday - d.getUTCDay() + 7) % 7 : -((d.getUTCDay() - weekday + 7) % 7);
  d.setUTCDate(d.getUTCDate() + offset);
  return d;
}

/** The weekday nearest the reference on either side (the reference's own day if it is that weekday): three days away at most. */
function weekdayEitherSide(reference: Date, weekday: number): Date {
  const d = new Date(reference);
  const ahead = (weekday - d.getUTCDay() + 7) % 7;
  d.setUTCDate(d.getUTCDate() + (ahead > 3 ? ahead - 7 : ahead));
  return d;
}

/** The weekday strictly before (`side` -1) or after (1) the reference: one to seven days away. */
function weekdayBeyond(reference: Date, weekday: number, side: -1 | 1): Date {
  const d = new Date(reference);
  const offset = side === 1 ? ((weekday - d.getUTCDay() + 6) % 7) + 1 : -(((d.getUTCDay() - weekday + 6) % 7) + 1);
  d.setUTCDate(d.getUTCDate() + offset);
  return d;
}

/** The month (0–11) a season ends in; winter runs over the year's turn. */
const SEASON_ENDS: Record<string, number> = { spring: 4, summer: 7, fall: 10, autumn: 10 };

/**
 * The year "last summer" falls in, from the article's month: the latest summer already over ("last spring" in November is the
 * same year's; "last summer's strike" in October too). "Next summer" is the one after the summer "this summer" names: next year's.
 * Winter, which spans two years, keeps the year before. Rule SF: another season told as ahead, over at the telling, is next
 * year's ("will bid again in the spring", in November). Told as past, it stays in the article's year: the tense reader does not
 * tell a present ("is due in early autumn") from a past.
 */
function seasonShift(which: string, season: string, month: number, future: boolean): number {
  const end = SEASON_ENDS[season];
  if (which === 'last') return end !== undefined && end < month ? 0 : -1;
  if (which === 'next') return 1;
  if (end === undefined) return 0;
  return future && end < month ? 1 : 0;
}

/** A century as the guide writes it: "19" for this one (1900s), "20" for the next, "2000" for its turn, "200" for the next one's first decade. */
function centuryOf(expression: string, reference: Date): string {
  const lower = expression.toLowerCase();
  const current = Math.floor(reference.getUTCFullYear() / 100);
  if (/turn of the/.test(lower)) return String((/\b(?:last|previous)\b/.test(lower) ? current : current + 1) * 100);
  const century = current + (/\b(?:next|coming)\b/.test(lower) ? 1 : /\b(?:last|previous)\b/.test(lower) ? -1 : 0);
  return /first decade/.test(lower) ? `${century}0` : String(century);
}

/** That weekday in the reference's week, Monday to Sunday. */
function inWeekOf(reference: Date, weekday: number): Date {
  const d = new Date(reference);
  const monday = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - monday + ((weekday + 6) % 7));
  return d;
}

const dayOf = (iso: string) => new Date(`${iso.slice(0, 10)}T12:00:00Z`);

function isoOf(date: Date, precision: 'year' | 'month' | 'day'): string {
  const iso = date.toISOString();
  return precision === 'year' ? iso.slice(0, 4) : precision === 'month' ? iso.slice(0, 7) : iso.slice(0, 10);
}
