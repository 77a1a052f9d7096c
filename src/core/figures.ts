import type { Sentence } from './document.js';
import { oncePerSentence } from './fact-bounds.js';
import { its, readDoc } from './nlp.js';

export interface FoundFigure {
  value: string;
  counts: string;
  sentence: Sentence;
}

const NUMBER =
  /(?:[$€£¥]\s?)?\b\d{1,3}(?:,\d{3})+(?:\.\d+)?\b|(?:[$€£¥]\s?)?\b\d+(?:\.\d+)?\b/g;
const UNIT = /^(?:\s?%|\s(?:percent|per cent|percentage points?))?(?:\s(?:million|billion|trillion|thousand|hundred|bn|m)\b)?(?:-(?:second|minute|hour|day|week|month|year|mile|kilometer|km|point|seat|member|nation|country|person|strong)s?\b)?/i;
const MONTH = /(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?\s*$/i;
const COUNT_POS = new Set(['NOUN', 'PROPN', 'ADJ']);
/** The text just before a number that restates the figure before it in other units. */
const CONVERSION = /\d[\d,.]*\s?[\p{L}%]*(?:\s[\p{L}]+)?\s*\(\s*(?:about|some|nearly|almost|roughly|or)?\s*[$€£¥]?\s*$/u;
const OPENS_CONVERSION = /\(\s*(?:about|some|nearly|almost|roughly|or)?\s*[$€£¥]?\s*$/u;
/**
 * How far back from a number the patterns look ("1,234.5 square kilometres (about " is 40): over
 * the whole text before each number, a sentence of many numbers costs time in its length cubed.
 */
const REACH = 80;
/** How far back from a number the words it counts are looked for, when none follow it. */
const WORDS_REACH = 200;

/**
 * Numbers that count something, with what they count in the source's own words:
 * "15,000" troops, "5 percent" of GDP, "$350 billion" in aid. Years and days of the month are
 * dates, not figures, and go to the timeline instead.
 */
export function findFigures(sentences: readonly Sentence[]): FoundFigure[] {
  return sentences.flatMap(figuresIn);
}

const figuresIn = oncePerSentence((sentence: Sentence) => scanFigures([sentence]));

function scanFigures(sentences: readonly Sentence[]): FoundFigure[] {
  const out: FoundFigure[] = [];
  for (const sentence of sentences) {
    const text = sentence.text;
    for (const m of text.matchAll(NUMBER)) {
      const start = m.index!;
      const unit = UNIT.exec(text.slice(start + m[0].length))?.[0] ?? '';
      const value = (m[0] + unit).trim();
      const digits = Number(m[0].replace(/[^\d.]/g, ''));
      const hasUnit = /[$€£¥%]|percent|per cent|million|billion|trillion|thousand|hundred|-[a-z]/i.test(value);
      if (!hasUnit && (digits < 10 || (digits >= 1800 && digits <= 2100 && !m[0].includes(',')))) continue;
      if (MONTH.test(text.slice(Math.max(0, start - 12), start))) continue;
      if (/^[,-]?\d{1,2}(?:st|nd|rd|th)?\s*,?\s*\d{4}/.test(text.slice(start))) continue;
      // "the 75-year-old monarch": an age describes someone; it counts nothing.
      if (/^-old\b/i.test(text.slice(start + value.length))) continue;
      // "40 kilometers (25 miles)": the bracketed one is the same figure in other units.
      const before = text.slice(Math.max(0, start - REACH), start);
      if (OPENS_CONVERSION.test(before) && CONVERSION.test(before)) continue;
      const counts = countedThing(text.slice(start + value.length), text.slice(Math.max(0, start - WORDS_REACH), start));
      out.push({ value, counts, sentence });
    }
  }
  return out;
}

/** The noun phrase after the number ("troops", "of GDP"), or the words before it when none follows. */
function countedThing(after: string, before: string): string {
  const tokens = readDoc(after.slice(0, 120)).tokens();
  const tags = tokens.out(its.pos) as string[];
  const words = tokens.out() as string[];
  const kept: string[] = [];
  for (let i = 0; i < words.length && kept.length < 6; i++) {
    const tag = tags[i]!;
    const word = words[i]!;
    if (COUNT_POS.has(tag) || (word.toLowerCase() === 'of' && kept.length === 0) || (tag === 'ADP' && kept.length === 0 && /^(in|of)$/i.test(word))) kept.push(word);
    else if (tag === 'DET' && kept.length > 0 && kept.at(-1)!.toLowerCase() === 'of') kept.push(word);
    // "64 of the 122 seats": a share counts what the whole does.
    else if (tag === 'NUM' && /^(of|the)$/i.test(kept.at(-1) ?? '')) kept.push(word);
    else break;
  }
  while (kept.length && /^(of|in|the|a|an)$/i.test(kept.at(-1)!)) kept.pop();
  if (kept.length) return kept.join(' ');
  return before.trim().split(/\s+/).slice(-4).join(' ').replace(/^[^\p{L}]+/u, '');
}
