import { ASKS_SHARE, type Question } from '../topics/read-query.js';

/**
 * Units a measure question asks for: a length for "how far", a duration for "how much time" and "how long". English
 * units, singular or plural, British or American; no word of any story.
 */

/** Units of length. */
export const LENGTH_UNIT = /^(?:miles?|kilomet(?:re|er)s?|km|met(?:re|er)s?|feet|foot|yards?|inch(?:es)?|centimet(?:re|er)s?|cm)$/i;
/** Units of time. */
export const TIME_UNIT = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies))$/i;

/** Units of speed, and of length as "miles per hour" and "kilometres an hour" write a speed (rule HF, docs/quality.md "Session 56"). */
export const SPEED_UNIT = /^(?:mph|kph|km\/h|knots?|miles?|kilomet(?:re|er)s?|km|met(?:re|er)s?)$/i;

/** Units of area, and "square" of "square miles" (rule SZ, docs/quality.md "Session 66"). */
export const AREA_UNIT = /^(?:acres?|hectares?|ha|square|sq|km2|km²)$/i;

/** A share (rule SH): a percentage, or a fraction ("two-thirds", "a third", "half"); "78%" is written as its number, then the sign. */
export const SHARE_UNIT = /^(?:[\d.,]*%|percent|pct|half|halves|thirds?|quarters?|fifths?|tenths?)$/i;

/** A question that asks for a size: how big, large, wide or extensive (rule SZ). */
const ASKS_SIZE = /^how\s+(?:big|large|wide|extensive)\b/i;

/** Whether a question asks for a size (rule SZ): a figure in the units of one is read by its unit, which mistakes little. */
export function asksSize(question: Question): boolean {
  return ASKS_SIZE.test(question.text.trim());
}

/** A question that asks for a length: how far, high, deep or tall. */
const ASKS_LENGTH = /^how\s+(?:far|high|deep|tall)\b/i;
/** A question that asks for a duration: how much time, how long ("how long is the bridge" asks a length: see `unitsAsked`). */
const ASKS_DURATION = /^how\s+(?:much\s+time|long)\b/i;

/** Whether a word, or the part after a hyphen ("10-year", "six-month"), is one of the units. */
export function isUnitIn(units: RegExp, word: string): boolean {
  return units.test(word) || units.test(word.split('-').at(-1) ?? '');
}

/** A question that asks for a speed. */
const ASKS_SPEED = /^how\s+fast\b/i;

/** The units a question's answer is measured in: lengths, durations (with lengths for "how long"), speeds, or none asked. */
export function unitsAsked(question: Question): RegExp[] {
  const text = question.text.trim();
  if (ASKS_SPEED.test(text)) return [SPEED_UNIT];
  if (ASKS_LENGTH.test(text)) return [LENGTH_UNIT];
  if (ASKS_DURATION.test(text)) return /^how\s+long\b/i.test(text) ? [TIME_UNIT, LENGTH_UNIT] : [TIME_UNIT];
  if (ASKS_SIZE.test(text)) return /^how\s+wide\b/i.test(text) ? [AREA_UNIT, LENGTH_UNIT] : [AREA_UNIT];
  if (ASKS_SHARE.test(text)) return [SHARE_UNIT];
  return [];
}

/** Whether only a figure in the asked units answers: a duration or a speed is no other count (an age, a number of soldiers). */
export function onlyMeasured(units: readonly RegExp[]): boolean {
  return units.includes(TIME_UNIT) || units.includes(SPEED_UNIT) || units.includes(SHARE_UNIT);
}

/**
 * Rule MQ (docs/quality.md, "Session 75"): "how much will it cost", "how much is the deal worth": a question of how much that holds
 * a word of money asks for an amount of money, as "how fast" asks for a speed. English words, no word of any story.
 */
const ASKS_MONEY = /^how\s+much\b.*\b(?:cost|costs|costing|pay|pays|paid|spend|spends|spent|worth|price|prices|priced|fine|fined|fines|charge|charges|charged|owe|owes|owed|earn|earns|earned|money|cash|ransom|compensation|fee|fees)\b/i;

/** Whether a question asks for an amount of money (rule MQ). */
export function asksMoney(question: Question): boolean {
  return ASKS_MONEY.test(question.text.trim());
}
