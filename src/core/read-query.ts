import * as chrono from 'chrono-node';
import { stemsOf } from './relevance.js';

/**
 * A query read as a reader means it. "What did Putin demand?" asks about Putin and demands: the
 * question's frame (question word, auxiliary, "happen", "tell me about") names no subject, so it
 * is dropped before words are matched. English function words, not words of any story.
 */
const QUESTION_WORD = /^(?:what|who|whom|whose|when|where|why|how|which|is|are|was|were|will|would|did|does|do|can|could|should|has|have|had)\b/i;
const FRAME = [
  /^(?:please\s+)?(?:tell\s+me|what\s+do\s+we\s+know|what\s+is\s+known)\s+(?:about|of|on)\s+/i,
  /\b(?:what|who)\s+(?:happened|happens|happen|is\s+happening|was\s+happening)\b/gi,
  /\bhow\s+(?:many|much|long|far|often)\b/gi,
  /^(?:what|who|whom|whose|when|where|why|how|which)(?:\s+(?:is|are|was|were|will|would|did|does|do|can|could|should|has|have|had))?\b/i,
  /^(?:is|are|was|were|will|would|did|does|do|can|could|should|has|have|had)\b/i,
];

export function isQuestion(text: string): boolean {
  const t = text.trim();
  return /\?\s*$/.test(t) || QUESTION_WORD.test(t);
}

/** The words of a query that name what it is about, as stems. */
export function queryStems(text: string): string[] {
  let t = text.trim().replace(/\?+\s*$/, '');
  if (isQuestion(text)) for (const frame of FRAME) t = t.replace(frame, ' ');
  const stems = stemsOf(t);
  // A question that is all frame ("what happened?") still asks about its words.
  return stems.length ? stems : stemsOf(text);
}

/** A day a question names ("on Monday", "August 18"), resolved, and the stems of its words. */
export interface QueryDate {
  /** YYYY-MM-DD. */
  date: string;
  stems: string[];
}

/** A calendar day or weekday; "now" or "in 24 hours" name no day of the story. */
const DAY_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d{4}-\d{2}-\d{2}|\b(?:sun|mon|tues|wednes|thurs|fri|satur)day\b/i;

/**
 * The day a query names, read against the set's newest document: a weekday is the one on or
 * before it, as news says "on Monday" of the Monday just past; a day with no year is in its year.
 */
export function queryDate(text: string, newest: string | undefined): QueryDate | undefined {
  if (!newest) return undefined;
  const reference = new Date(`${newest}T12:00:00Z`);
  const found = chrono.parse(text, { instant: reference, timezone: 0 }, { forwardDate: false }).find((r) => DAY_WORD.test(r.text));
  if (!found) return undefined;
  let day = found.start.date();
  if (found.start.isCertain('weekday') && !found.start.isCertain('day')) {
    day = new Date(reference);
    day.setUTCDate(day.getUTCDate() - ((reference.getUTCDay() - found.start.get('weekday')! + 7) % 7));
  }
  return { date: day.toISOString().slice(0, 10), stems: stemsOf(found.text) };
}

