import { cappedMemo } from '../capped-memo.js';
import { amountOf } from './number-words.js';

/**
 * A value stated against the value it replaces, which the sentence names as another's or an earlier report: "affected 2.6
 * million customers, not 2.1 million as it first reported", "412 ballots were set aside, not 340 as the board has said"
 * (docs/quality.md, "Session 56", rule CX). Offsets are the sentence's characters.
 */
export interface Correction {
  /** Where the replaced value starts and ends ("2.1 million"). */
  replaced: [number, number];
  /** The phrase that names it, from the comma or the "not" to the verb of telling ("…, not 2.1 million as it first reported"). */
  phrase: [number, number];
  /** The replaced value was the same teller's earlier report ("as first reported", "as previously estimated"): a revision. */
  earlier: boolean;
  /** The sentence says its value grew from the replaced one ("up from 41 reported last week"): an update, not a correction (rule RU). */
  grownFrom: boolean;
  /** …or fell from it ("down from 1,350 the night before", amendment RU′). */
  shrunkFrom: boolean;
}

/** A number as a correction writes the value it replaces: digits, a number word, with its currency and scale. */
const VALUE = String.raw`((?:us\$|[$€£¥])?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\p{L}[\p{L}-]*)(?:\s+(?:hundred|thousand|million|billion|trillion))?)`;
/** A number and what it counts in a few words without a comma, then ", not" (or "rather than", "instead of"). */
const CORRECTED = String.raw`(?:[$€£¥]|\b)\d[\d,.]*\b[^.;:,()"“”]{0,60}?(,?\s+(?:not|rather\s+than|instead\s+of|(?:up|down)\s+from)\s+`;
/**
 * A number and what it counts, then "up from" or "down from" (rule RU). Amendment RU‴ (docs/quality.md, "Session 71"): the
 * whole clause may stand between ("376 flights since the authority's order took effect last Tuesday, up from 166").
 */
const CORRECTED_FROM = String.raw`(?:[$€£¥]|\b)\d[\d,.]*\b[^.;:,()"“”]{0,120}?(,?\s+(?:up|down)\s+from\s+`;
/** Rule RU (docs/quality.md, "Session 65"): "up from 41 reported last week": the participle of a report names the earlier one. */
const REPORTED_FROM = new RegExp(String.raw`${CORRECTED_FROM}${VALUE}\s+((?:[\p{L}'’.-]+\s+)?)(?:reported|recorded|counted|announced|cited|given|estimated|listed)\b)`, 'giu');
/**
 * Amendment RU′: "down from 1,350 the night before", "up from 41 on Monday": the day or night the earlier count was made names
 * it, as a participle of reporting does; a period ("a year earlier", "last year") names another period's amount, no report.
 * Amendment RU″ (docs/quality.md, "Session 70"): so does a clause on "when" ("up from 14 when the strike began").
 */
const COUNTED_BEFORE_FROM = new RegExp(
  String.raw`${CORRECTED_FROM}${VALUE}\s+()(?:the\s+(?:night|day|evening|morning)\s+before|a\s+day\s+(?:earlier|before)|last\s+night|(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:night|morning|afternoon|evening))?|when)\b)`,
  'giu',
);
const UP_OR_DOWN_FROM = /\b(?:up|down)\s+from\b/i;
/**
 * The ways a correction names the report it replaces (rule CX, amendment CX‴): "as" or "that", at most six words and a
 * verb of telling, reporting or estimating ("not 2.1 million as it first reported"); or, after "the" and the value, a subject of
 * at most four words and a past verb of telling or giving, or that verb's participle alone ("not the 5.2 metres it gave on
 * Sunday", "not the 12 million dollars cited at trial"). English function words and verbs, no story word.
 */
const CORRECTIONS = [
  new RegExp(
    String.raw`${CORRECTED}(?:the\s+)?${VALUE}[^.;:()"“”]{0,40}?\s(?:as|that)\s+((?:[\p{L}'’.-]+\s+){0,6}?)(?:said|says|reported|reports|stated|states|announced|claimed|claims|estimated|estimates|believed|thought|feared|suggested|indicated|showed|shown|given|counted|listed|published|told)\b)`,
    'giu',
  ),
  REPORTED_FROM,
  COUNTED_BEFORE_FROM,
  new RegExp(
    String.raw`${CORRECTED}the\s+${VALUE}[^.;:,()"“”]{0,40}?\s((?:[\p{L}'’.-]+\s+){0,4}?)(?:(?:had|has|have)\s+)?(?:said|reported|stated|announced|claimed|estimated|gave|given|cited|quoted|put|published|forecast|told|listed|counted)\b)`,
    'giu',
  ),
];
const CORRECTIONS_BUT_REPORTED_FROM = CORRECTIONS.filter((c) => c !== REPORTED_FROM && c !== COUNTED_BEFORE_FROM);
/** Words that say the replaced value was an earlier report of the same teller. */
const EARLIER = /\b(?:first|initially|earlier|previously|originally|at first)\b/i;

/**
 * Every correction a sentence makes, in text order. Kept by the text: figures that differ read a sentence's corrections for each
 * of its figures, in every answer.
 */
export const correctionsIn: (text: string) => readonly Correction[] = cappedMemo(readCorrections);

function readCorrections(text: string): readonly Correction[] {
  if (!/\b(?:not|rather|instead|from)\b/i.test(text)) return [];
  const out: Correction[] = [];
  // The pattern of "up from 41 reported" is tried only on a sentence that writes "up from" or "down from" (rule RU).
  const patterns = UP_OR_DOWN_FROM.test(text) ? CORRECTIONS : CORRECTIONS_BUT_REPORTED_FROM;
  for (const m of patterns.flatMap((c) => [...text.matchAll(c)])) {
    const value = m[2]!;
    const amount = value.replace(/^(?:us\$|[$€£¥])/i, '').split(/\s/)[0]!;
    if (!/\d/.test(amount) && amountOf(amount.toLowerCase()) === undefined) continue;
    const phraseStart = m.index + m[0].length - m[1]!.length;
    const replacedStart = m.index + m[0].indexOf(value, m[0].length - m[1]!.length);
    if (out.some((c) => c.replaced[0] === replacedStart)) continue;
    // Rule UF: "up from the 640 it cited" is the teller's earlier report, whatever words say so.
    const revision = /^,?\s+(?:up|down)\s+from\s/i.test(m[1]!);
    out.push({
      replaced: [replacedStart, replacedStart + value.length],
      phrase: [phraseStart, m.index + m[0].length],
      earlier: revision || EARLIER.test(m[3]!),
      grownFrom: /^,?\s+up\s+from\s/i.test(m[1]!),
      shrunkFrom: /^,?\s+down\s+from\s/i.test(m[1]!),
    });
  }
  return out.sort((a, b) => a.replaced[0] - b.replaced[0]);
}

/** Whether the value at `at` is one a correction of its sentence replaces. */
export function isReplacedValue(corrections: readonly Correction[], at: number): boolean {
  return corrections.some((c) => at >= c.replaced[0] && at < c.replaced[1]);
}

/** The sentence with its corrections' phrases blanked, each character where it was: what it states of its own values. */
export function withoutCorrections(text: string, corrections: readonly Correction[]): string {
  let out = text;
  for (const c of corrections) out = out.slice(0, c.phrase[0]) + ' '.repeat(c.phrase[1] - c.phrase[0]) + out.slice(c.phrase[1]);
  return out;
}
