import { COUNT_NOUN, isCurrencyWord, MONEY_WORD } from '../facts/figures.js';
import { hedgesBefore, LEVEL_VERBS } from '../facts/figures-differ.js';
import { isFractionWord, isNumberWord, numberWordValue } from '../facts/number-words.js';
import { isReportingStem } from '../facts/quotes.js';
import { yearsIn, yearsTold } from '../facts/years.js';
import type { Sentence } from '../ingest/document.js';
import { its, normalsOf, readDoc, stem, WRITTEN_WORD } from '../nlp.js';
import { regExpLiteral } from '../regexp-literal.js';
import type { AskedModifier } from '../topics/asked-modifier.js';
import { type AskedRelation, LIGHT_VERB, mainVerbOf } from '../topics/question-focus.js';
import type { AnswerKind, Question } from '../topics/read-query.js';
import { asksMoney, isUnitIn, onlyMeasured, SHARE_UNIT, unitsAsked } from './measure-units.js';
import { partsOf } from './passages.js';
import { CAUSE_WORD, namesEventAsCause, opensPastClause } from './reason.js';
import { topK } from './top-k.js';

/**
 * Which point answers a question. A question asks for a kind of thing (a name, a figure, a day, a
 * place, a cause) about something (its asked words) in a setting; the answer is the point that
 * holds the asked words together and the kind of thing next to them, not the one that only
 * repeats the question's words. English function words, not words of any story.
 */

/** Words between an asked word and the thing that answers it, at most. */
const NEAR = 8;
/**
 * What a point keeps of its score when the kind of thing asked for is in it but away from the
 * asked words, and when it is not in it at all.
 */
const ANSWER_AWAY = 0.8;
const WITHOUT_ANSWER = 0.5;
/** How much the question's word pairs found side by side weigh against its words found anywhere. */
const PHRASE_WEIGHT = 0.5;
/** Words that follow a verb used as a noun, not its object ("Putin's demands were…"). */
const NOT_AN_OBJECT = /^(?:is|are|was|were|be|been|had|has|have|will|would|could|should|may|might|can|must|did|does|do)$/i;
/** Units read for the answer beyond the summary: the most relevant. */
const ANSWER_POOL = 150;
/** How much more the asked words weigh than the setting's, and a name the question gives than a common word. */
const ASKED_WEIGHT = 2;
const NAME_WEIGHT = 2;
/** What a point about an earlier year than its article's keeps: background, when the question names no year. */
const BACKGROUND = 0.8;

const YEAR = /^(?:1[5-9]|20)\d\d$/;
const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
const MONTH = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/i;
const DAY_WORD = /^(?:today|tonight|tomorrow|yesterday|morning|afternoon|evening|midnight|noon)$/i;
const CAPITALISED = /^\p{Lu}[\p{Ll}'’.-]/u;
/**
 * A clock time as news writes it, read from where a word starts: hours and minutes ("3:36", "9.47am", "8:00 p.m."),
 * an hour with a.m. or p.m. ("9 p.m."), noon, midnight. Minutes after a full stop only with a.m. / p.m.: "1.65" is a figure.
 */
const CLOCK_TIME = /^(?:\d{1,2}:\d{2}(?!\d)|\d{1,2}(?:\.\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)|noon\b|midnight\b)/i;

interface Word {
  text: string;
  stem: string;
  /** The first word of its sentence: capitalised whatever it is. */
  opens: boolean;
  /** A clause ends after it (full stop, semicolon, colon or dash). */
  ends: boolean;
  /** A comma, clause mark or bracket follows it: the stretch a count is told in ends there. */
  breaks: boolean;
  /** A clock time starts at it ("3:36 a.m."). */
  clock: boolean;
  /** A currency's sign stands right before it ("$45", "£3 million"). */
  signed: boolean;
  /** A percent sign stands right after it ("78%"): rule SH. */
  percent: boolean;
}

/**
 * The last unit's words: ranking a unit reads them three times in a row (where the answer stands, the question's phrases,
 * how close its words stand). One unit, not a cache of many: words kept across answers would outlive the young generation.
 */
let lastRead: { unit: Sentence; words: readonly Word[] } | undefined;

function wordsOf(unit: Sentence): readonly Word[] {
  if (lastRead?.unit !== unit) lastRead = { unit, words: readWords(unit) };
  return lastRead.words;
}

/** A currency's sign, alone or after letters of a country ("US$"), right before a number. */
const CURRENCY_SIGN = /[$€£¥]$/;

/** Sticky: read at a word's end. A clause ends there (full stop, semicolon, colon, dash); a count's stretch ends there (a comma or bracket too). */
const ENDS_CLAUSE = /\s*[.;:!?—–]/y;
const BREAKS_STRETCH = /\s*[.,;:!?—–()]/y;

function readWords(unit: Sentence): Word[] {
  return partsOf(unit).flatMap((part) => {
    const matches = [...part.text.matchAll(WRITTEN_WORD)];
    const stems = writtenStems(
      part,
      matches.map((m) => m[0].toLowerCase().replace(/['’]s$/, '')),
    );
    // Read where each word ends, in place: a slice of the rest of the sentence a word would copy it for every word.
    const after = (re: RegExp, at: number) => {
      re.lastIndex = at;
      return re.test(part.text);
    };
    return matches.map((m, i) => ({
      text: m[0],
      stem: stems[i]!,
      opens: i === 0,
      ends: after(ENDS_CLAUSE, m.index + m[0].length),
      breaks: after(BREAKS_STRETCH, m.index + m[0].length),
      clock: CLOCK_TIME.test(part.text.slice(m.index, m.index + 16)),
      signed: CURRENCY_SIGN.test(part.text.slice(Math.max(0, m.index - 4), m.index)),
      percent: part.text[m.index + m[0].length] === '%',
    }));
  });
}

/**
 * The stems of a sentence's written words as its index stems them: a word whose stem as written the sentence's stems
 * lack is stemmed from wink's normal form, so "epicentre" is the question's "epicenter" (nlp.ts `normalsOf`).
 */
function writtenStems(sentence: Sentence, written: readonly string[]): string[] {
  const stems = written.map((w) => stem(w));
  const held = new Set(sentence.stems);
  const unheld = written.filter((w, i) => !held.has(stems[i]!) && LETTERS.test(w));
  if (!unheld.length) return stems;
  const normal = new Map(normalsOf(unheld).map((n, i) => [unheld[i]!, n]));
  return written.map((w, i) => {
    const n = normal.get(w);
    return n && n !== w ? stem(n) : stems[i]!;
  });
}
const LETTERS = /^\p{L}+$/u;

/** Whether the word at `i` counts something: a figure or a number word, not a year, a day of a month or a clock time. */
function countsAt(words: readonly Word[], i: number): boolean {
  const w = words[i]!;
  const dated = MONTH.test(words[i - 1]?.text ?? '') || MONTH.test(words[i + 1]?.text ?? '') || /:/.test(w.text);
  return ((/^\d/.test(w.text) && !YEAR.test(w.text)) || (isNumberWord(w.text) && !ordinalAt(words, i))) && !dated;
}

/** Words after which a fraction standing alone is one ("a third of the vote", "half the ships"). */
const FRACTION_AFTER = /^(?:of|a|an|the|his|her|its|their|this|that|these|those)$/i;

/**
 * Whether the fraction word at `i` stands alone as an ordinal or a period ("the third quarter", "his third term", "the
 * second half"): only after "a", "an" or a number ("a quarter", "three quarters") or before "of" or a determiner is it an amount.
 */
function ordinalAt(words: readonly Word[], i: number): boolean {
  const w = words[i]!.text;
  if (!isFractionWord(w) || w.includes('-')) return false;
  const before = words[i - 1]?.text ?? '';
  const amountBefore = /^an?$/i.test(before) || /^\d/.test(before) || numberWordValue(before) !== undefined;
  return !amountBefore && !FRACTION_AFTER.test(words[i + 1]?.text ?? '');
}

/** Words after a count in which its unit of time or length is written ("ninety days", "two and a half years"), at most. */
const UNIT_SPAN = 3;

/** Whether the count at `i` is measured in one of the units: joined to one ("10-year") or followed by one in its clause. */
function measuredAt(words: readonly Word[], i: number, units: readonly RegExp[]): boolean {
  // Rule SH: "78%" is written as the number, then the sign; "a third" is the count and its unit in one word.
  if (units.includes(SHARE_UNIT) && (words[i]!.percent || SHARE_UNIT.test(words[i]!.text))) return true;
  for (let j = i; j <= i + UNIT_SPAN && words[j]; j++) {
    if (units.some((u) => (j === i ? isUnitIn(u, words[j]!.text) && words[j]!.text.includes('-') : u.test(words[j]!.text)))) return true;
    if (words[j]!.ends) return false;
  }
  return false;
}

/** The words that give a count its scale: "45 million", "1.2bn". */
const SCALE = /^(?:thousand|million|billion|trillion|m|bn|mn|tn)$/i;

/**
 * Rule MQ: whether the count at `i` is an amount of money: a currency's sign before it, a currency's name after it and its scale
 * word, or a plural noun there in a sentence that holds a word of money ("would now cost about 23 million varins"): the currency
 * a set invents, which no list names.
 */
function moneyAt(words: readonly Word[], i: number): boolean {
  if (words[i]!.signed) return true;
  let j = i;
  while (!words[j]!.ends && words[j + 1] && SCALE.test(words[j + 1]!.text)) j++;
  const after = words[j + 1];
  if (!after || words[j]!.breaks) return false;
  if (isCurrencyWord(after.text)) return true;
  return /^\p{Ll}+s$/u.test(after.text) && words.some((w) => MONEY_WORD.test(w.text));
}

/** A day of a month as written: "7", "15th". */
const DAY_NUMBER = /^\d{1,2}(?:st|nd|rd|th)?$/i;

/**
 * Whether the word at `i` writes a date out: a year, or a month with a day number or a year beside it ("Aug. 7",
 * "15 August", "June 2009"). A weekday, "yesterday" or a month alone is worked out from the article's date instead.
 */
function writesDateAt(words: readonly Word[], i: number): boolean {
  const w = words[i]!;
  if (YEAR.test(w.text)) return true;
  if (!MONTH.test(w.text)) return false;
  const next = words[i + 1]?.text ?? '';
  return DAY_NUMBER.test(next) || YEAR.test(next) || DAY_NUMBER.test(words[i - 1]?.text ?? '');
}

/** Whether a unit writes a date out (a month with its day or year, or a year), dated article or not. */
export function writesDate(unit: Sentence): boolean {
  const words = wordsOf(unit);
  return words.some((_, i) => writesDateAt(words, i));
}

/** Whether a question asks for a clock time ("what time did the launch go ahead"), not a day. */
export function asksClockTime(question: Question): boolean {
  return question.kind === 'time' && /^what\s+time\b/i.test(question.text.trim());
}

/** Whether a unit writes a clock time ("at 3:36 a.m.", "at noon"). */
export function writesClockTime(unit: Sentence): boolean {
  return wordsOf(unit).some((w) => w.clock);
}

/** Whether a sentence states a count of something ("twenty people died", "1,200 homes"). */
export function statesCount(sentence: Sentence): boolean {
  const words = wordsOf(sentence);
  return words.some((_, i) => countsAt(words, i));
}

/**
 * Prepositions that open a phrase of its own after a count: "two men in the killing" counts men, not the killing. Not a
 * partitive "of": "three of the kidnappers had been killed" counts the dead.
 */
const PREPOSITION = /^(?:in|for|at|on|by|with|from|to|over|after|before|during|since|into|about|against|near|under|among)$/i;
/** Words after a count that may still say what it counts ("60 people were killed"). */
const COUNTED_AFTER = 3;

/**
 * Whether a sentence states a count of what `tells` names: in the stretch between commas, clause marks and brackets, the word
 * stands before the count ("killing as many as 60 people", "the death toll rose to 60") or just after it with no preposition
 * between ("60 dead", "60 people were killed"); not a crowd in a sentence that tells it elsewhere, nor "two men in the killing"
 * (rule TC).
 */
export function statesCountOf(sentence: Sentence, tells: (stem: string) => boolean): boolean {
  const words = wordsOf(sentence);
  let from = 0;
  for (let i = 0; i < words.length; i++) {
    if (countsAt(words, i)) {
      if (words.slice(from, i).some((w) => tells(w.stem))) return true;
      for (let k = i + 1; k <= i + COUNTED_AFTER && k < words.length && !PREPOSITION.test(words[k]!.text); k++) {
        if (tells(words[k]!.stem)) return true;
        if (words[k]!.breaks) break;
      }
    }
    if (words[i]!.breaks) from = i + 1;
  }
  return false;
}

/** Whether a word is the kind of thing a question asks for, and not a word of the question itself. */
function isAnswer(kind: AnswerKind, words: readonly Word[], i: number, question: Question): boolean {
  const w = words[i]!;
  // The verb an object question names is the question's own word, written the same or not.
  if (kind !== 'object' && kind !== 'speech' && question.words.has(w.text.toLowerCase())) return false;
  const proper = CAPITALISED.test(w.text) && !w.opens && !WEEKDAY.test(w.text) && !MONTH.test(w.text);
  switch (kind) {
    case 'amount': {
      // "How much time" is answered by a duration, "how fast" by a speed, not by any count near the asked words (an age, a number of soldiers).
      const units = unitsAsked(question);
      if (!countsAt(words, i)) return false;
      // Rule MQ: "how much will it cost" by an amount of money.
      if (asksMoney(question)) return moneyAt(words, i);
      return !onlyMeasured(units) || measuredAt(words, i, units);
    }
    case 'speech':
      // "What did the mayor say" is answered by "the mayor told residents…": any verb speech is reported by, and what it reports.
      return isReportingStem(w.stem) && !!words[i + 1] && !NOT_AN_OBJECT.test(words[i + 1]!.text) && !w.ends;
    case 'object':
      // The verb asked about, followed by what it acts on, in the same sentence.
      // A question ending on a preposition ("guilty of") wants that preposition after the word.
      if (question.particle) return w.stem === question.verb && words[i + 1]?.text.toLowerCase() === question.particle && !!words[i + 2] && !words[i + 1]!.ends;
      return w.stem === question.verb && !!words[i + 1] && !NOT_AN_OBJECT.test(words[i + 1]!.text) && !w.ends;
    case 'time':
      // "What time" asks for the hour, which a day does not give.
      if (asksClockTime(question)) return w.clock;
      return WEEKDAY.test(w.text) || MONTH.test(w.text) || YEAR.test(w.text) || DAY_WORD.test(w.text);
    case 'reason':
      // Rule EC: "because of the arrest" is what the asked arrest caused, not its cause.
      // Rule TG″: "…, after" and a clause in the past, what set the event off.
      return (CAUSE_WORD.test(w.text) && !namesEventAsCause(words, i, new Set(question.focus?.stems))) || (w.text.toLowerCase() === 'after' && opensPastClause(words, i, (x) => x.breaks));
    case 'place':
      return proper;
    case 'person': {
      // A name is two capitalised words running together ("Aaron McKinney").
      const next = words[i + 1];
      return proper && !!next && CAPITALISED.test(next.text) && !question.words.has(next.text.toLowerCase());
    }
  }
}

/** Whether the unit holds the kind of thing the question asks for anywhere: a name for "who", a place for "where". */
export function holdsKind(unit: Sentence, question: Question): boolean {
  return answerPlace(unit, question) !== 'none';
}

/**
 * Whether the unit holds the kind of thing the question asks for within a few words of what it asks about: `answerPlace`'s
 * 'near', read loosely. Retrieval asks it of up to thousands of sentences a question, so only the words within NEAR of an
 * asked word are tested for the kind (a word further away cannot make the place 'near'), and the first one found answers.
 */
export function answersNear(unit: Sentence, question: Question): boolean {
  if (!question.kind) return true;
  const words = wordsOf(unit);
  const asked = askedStems(question);
  let lastAnchor = -Infinity;
  for (let a = 0; a < words.length; a++) {
    if (!asked.has(words[a]!.stem)) continue;
    // The words from just past the last anchor's span (or NEAR before this anchor) to NEAR after it: each tested once.
    for (let i = Math.max(a - NEAR, lastAnchor + NEAR + 1, 0); i <= a + NEAR && i < words.length; i++) {
      if (isAnswer(question.kind, words, i, question)) return true;
    }
    lastAnchor = a;
  }
  return false;
}

/** A question's asked stems as a set, made once a reading (retrieval asks `answersNear` of each sentence it reads closely). */
const askedSets = new WeakMap<readonly string[], ReadonlySet<string>>();
function askedStems(question: Question): ReadonlySet<string> {
  let asked = askedSets.get(question.asked);
  if (!asked) askedSets.set(question.asked, (asked = new Set(question.asked)));
  return asked;
}

/**
 * Where the unit holds the kind of thing the question asks for: next to the asked words, elsewhere, or nowhere.
 * Read closely, a name is next to the asked words only when no other verb stands between them:
 * in "Hariri declined an invitation from the new president" Hariri is not the president.
 */
function answerPlace(unit: Sentence, question: Question, closely = false, event?: ReadonlySet<string>, beyond?: AskedWords): 'near' | 'away' | 'none' {
  if (!question.kind) return 'near';
  const words = wordsOf(unit);
  // Read closely, a who-question's person stands next to the asked event: a unit that does not state it names no one in the asked relation.
  // Otherwise, read closely, the answer stands next to a word of what was asked, not only next to the story's words (rule A1).
  const asked = closely && event ? event : closely && beyond ? beyond.stems : new Set(question.asked);
  const anchors = words.flatMap((w, i) => (asked.has(w.stem) ? [i] : []));
  if (closely && event && !anchors.length) return 'none';
  const found = words.flatMap((_, i) => (isAnswer(question.kind!, words, i, question) ? [i] : []));
  const linked = (i: number, a: number) => !closely || (question.kind !== 'person' && question.kind !== 'place') || !verbBetween(words, Math.min(i, a) + 1, Math.max(i, a), question);
  // Read closely, a day the reader must work out from the article's date ("on Monday") answers "when" less plainly than a written one.
  const plain = (i: number) => !closely || question.kind !== 'time' || words[i]!.clock || writesDateAt(words, i);
  // Rule NV (docs/quality.md, "Session 76"): "The number of people treated … for stomach illness … rose to 61": the level's
  // value stands by every word of its subject, however long.
  const lower = question.kind === 'amount' ? words.map((w) => w.text.toLowerCase()) : [];
  const nearAny = (i: number) => {
    const subject = question.kind === 'amount' ? levelSubjectAt(words, lower, i) : Number.POSITIVE_INFINITY;
    return anchors.some((a) => (Math.abs(a - i) <= NEAR || (a >= subject && a < i)) && linked(i, a));
  };
  if (found.some((i) => plain(i) && nearAny(i))) return 'near';
  return found.length ? 'away' : 'none';
}

/** Where "the number of …" opens the subject of the level the value at `i` is told as ("… rose to 61"); Infinity when none (rule NV). */
function levelSubjectAt(words: readonly Word[], lower: readonly string[], i: number): number {
  const j = i - 1 - hedgesBefore(lower, i);
  if (!/^(?:to|at)$/.test(lower[j] ?? '') || !LEVEL_VERB.test(lower[j - 1] ?? '')) return Number.POSITIVE_INFINITY;
  for (let k = j - 2; k >= 1 && !words[k]!.ends; k--) {
    if (lower[k] === 'of' && COUNT_NOUN.test(lower[k - 1]!)) return k - 1;
  }
  return Number.POSITIVE_INFINITY;
}
const LEVEL_VERB = new RegExp(`^(?:${LEVEL_VERBS.join('|')})$`);

/**
 * How well a unit answers the question: the share of the question's weight it holds (asked words
 * weigh more than the setting's), less when the kind of thing asked for is not next to them,
 * and, between equals, more when its words stand closer together.
 */
export function answerScore(
  unit: Sentence,
  question: Question,
  weightOf: (stem: string) => number,
  published?: string,
  relation?: AskedRelation,
  instance?: AskedModifier,
  beyond?: AskedWords,
  textBefore?: (unit: Sentence) => string | undefined,
): number {
  const held = new Set(unit.stems);
  // The asked event as the set states it ("wins" for "won") is the event the question writes.
  const focus = question.focus;
  const event = relation && focus && unit.stems.some((s) => relation.event.has(s)) ? question.asked.filter((s) => focus.stems.includes(s) || relation.event.has(s)) : [];
  for (const s of event) held.add(s);
  let total = 0;
  let matched = 0;
  for (const [stems, factor] of [
    [question.asked, ASKED_WEIGHT],
    [question.setting, 1],
  ] as const) {
    for (const s of stems) {
      const w = weightOf(s) * factor * (factor === ASKED_WEIGHT && question.names.includes(s) ? NAME_WEIGHT : 1);
      total += w;
      if (held.has(s)) matched += w;
    }
  }
  // Rule NF: a figure the question writes weighs as an asked name no document writes.
  for (const figure of question.figures ?? []) {
    // The empty stem is no word of any document: its weight is the rarest word's.
    const w = weightOf('') * ASKED_WEIGHT * NAME_WEIGHT;
    total += w;
    if (partsOf(unit).some((p) => writesFigure(p.text, figure))) matched += w;
  }
  const share = total > 0 ? matched / total : 0;
  const place = answerPlace(unit, question, true, relation?.event, beyond);
  // Where the set tells the asked instance ("the first prize"), a unit about another instance ranks below every unit about it.
  const factor = (place === 'near' ? 1 : place === 'away' ? ANSWER_AWAY : WITHOUT_ANSWER) * (instance && !statesModifier(unit, instance) ? 0 : 1);
  const history = published
    ? historyFactor(
        unit,
        yearsTold(unit.text, () => textBefore?.(unit)),
        question,
        Number(published.slice(0, 4)),
      )
    : 1;
  return ((share + PHRASE_WEIGHT * phraseShare(unit, question)) / (1 + PHRASE_WEIGHT)) * factor * history + compactness(unit, question) / 100;
}

/** Whether a text writes a figure as such: "8.8" in "a magnitude 8.8 quake", not in "18.8" or "8.85". */
function writesFigure(text: string, figure: string): boolean {
  return text.includes(figure) && new RegExp(`(?<!\\d)(?<!\\d[.,])${regExpLiteral(figure)}(?!\\d)(?![.,]\\d)`).test(text);
}

/**
 * The asked relation, when the set tells the asked event in the question's words next to someone: some unit the lead may
 * be chosen from (the summary's, the pool's best) names a person next to it. Otherwise the set says the relation in
 * other words ("heading" for "led") or not at all, and the answer's place is read against every asked word, as for any
 * question (docs/quality.md, "Twentieth round (issue 16who)", W2′).
 */
export function relationNamed(relation: AskedRelation | undefined, question: Question, summary: readonly Sentence[], pool: { units: readonly Sentence[]; scores: ArrayLike<number> }): AskedRelation | undefined {
  if (!relation) return undefined;
  const names = (u: Sentence) => partsOf(u).some((p) => p.stems.some((s) => relation.event.has(s))) && answerPlace(u, question, true, relation.event) === 'near';
  return summary.some(names) || topK(pool.units, pool.scores, ANSWER_POOL).some(names) ? relation : undefined;
}

/** The stems of a question's asked words beyond the story's own (rule A1). */
export interface AskedWords {
  stems: ReadonlySet<string>;
}

/**
 * Rule A1 (docs/quality.md, "Answer first, session 33 (16answer)"): the asked part's words that are not the story's own
 * (compose/story-words.ts), when the asked part holds some of the story's words too and some unit the lead may be chosen
 * from (the summary's, the pool's best) holds the kind of thing asked for next to one of the others. Then a unit whose answer
 * stands only next to the story's words (a stage result beside "Tour de France" for the crowd at its prologue) holds it
 * away from what was asked. Otherwise undefined: the answer's place is read against every asked word, as before.
 */
export function askedWordsStated(question: Question, isStoryWord: (stem: string) => boolean, summary: readonly Sentence[], pool: { units: readonly Sentence[]; scores: ArrayLike<number> }): AskedWords | undefined {
  // Amendment A: a verb that names no event ("go", "make") is no asked word, as in rule Q1 (past-lead.ts); the question's main
  // verb is read by its dictionary form ("where was Yeltsin going").
  const main = mainVerbOf(question.text, question.text);
  const lightMain = main && LIGHT_VERB.test(main.lemma) ? stem(main.word) : undefined;
  const light = (s: string) => s === lightMain || [...question.words].some((w) => LIGHT_VERB.test(w) && stem(w) === s);
  const asked = question.asked.filter((s) => !isStoryWord(s) && !light(s));
  if (!question.kind || !asked.length || question.asked.every((s) => asked.includes(s) || light(s))) return undefined;
  const words = { stems: new Set(asked) };
  const states = (u: Sentence) => answerPlace(u, question, true, undefined, words) === 'near';
  return summary.some(states) || topK(pool.units, pool.scores, ANSWER_POOL).some(states) ? words : undefined;
}

/**
 * The question's modifier, when the set tells the asked instance with it: some unit the lead may be chosen from (the
 * summary's, the pool's best) states it. Otherwise the set does not say which instance it tells, and nothing is read
 * (docs/quality.md, "Twentieth round (issue 16first)", M1).
 */
export function modifierStated(question: Question, summary: readonly Sentence[], pool: { units: readonly Sentence[]; scores: ArrayLike<number> }): AskedModifier | undefined {
  const instance = question.modifier;
  if (!instance) return undefined;
  const states = (u: Sentence) => statesModifier(u, instance);
  return summary.some(states) || topK(pool.units, pool.scores, ANSWER_POOL).some(states) ? instance : undefined;
}

/** Words between a modifier and the thing it qualifies, at most ("the first Nobel prize", "initially being carried"). */
const MODIFIER_SPAN = 3;

/** Whether a unit writes a word of the modifier's sense a few words before what it qualifies, within a clause, or an order word before "to" and a verb. */
function statesModifier(unit: Sentence, instance: AskedModifier): boolean {
  const words = wordsOf(unit);
  return words.some((w, i) => {
    if (!instance.sense.includes(w.stem)) return false;
    // "The first to land" tells the order of the event itself, whatever noun the question gives it ("the first flight").
    if (instance.order && !w.ends && words[i + 1]?.text.toLowerCase() === 'to' && words[i + 2]) return true;
    for (let j = i + 1; j <= i + MODIFIER_SPAN && words[j]; j++) {
      if (words[j - 1]!.ends) return false;
      if (instance.qualifies.includes(words[j]!.stem)) return true;
    }
    return false;
  });
}

/** Whether a main verb other than an asked word stands among words [from, to). */
function verbBetween(words: readonly Word[], from: number, to: number, question: Question): boolean {
  if (to <= from) return false;
  const span = words.slice(from, to).filter((w) => !question.asked.includes(w.stem));
  if (!span.length) return false;
  const pos = readDoc(span.map((w) => w.text).join(' '))
    .tokens()
    .out(its.pos) as string[];
  return pos.includes('VERB');
}

/**
 * A time question that asks what came before ("when had rebels seized the dam before this", "when was the prize last
 * shared"): "before" with no event after it, "previously", "earlier", "formerly", "previous", "last" before "time" or a
 * verb in -ed. Not "before the vote", which sets a time frame.
 */
const ASKS_EARLIER = /\bbefore\s+(?:this|that|now|then)\b|\bbefore\s*$|\b(?:previously|earlier|formerly|previous)\b|\blast\s+(?:time\b|\p{L}+ed\b)/iu;

/**
 * A time question on the first instance ("when did Russia first put forward…", "in what year did cyclists first ride the
 * Tour"): the adverb "first" after an auxiliary and its subject, before a verb; not after a determiner or a possessive ("the
 * first plane", "Saramago's first novel"), which names an instance (rule F, docs/quality.md "Answer first, session 34 (16lead14)").
 */
const ASKS_FIRST = /\b(?:did|do|does|was|were|is|are|has|have|had)\s+(?:\p{L}[\p{L}'’-]*\s+)*?(?<!\b(?:the|a|an|its|his|her|their|our|your|my|this|that)\s)(?<!['’]s\s)first\s+\p{Ll}/iu;

/** What a point keeps of its score for the time it tells: history is background, unless the question asks for an earlier time. */
function historyFactor(unit: Sentence, told: readonly number[], question: Question, year: number): number {
  const onlyEarlier = allBefore(told, year);
  if (question.kind === 'time' && (ASKS_EARLIER.test(question.text) || ASKS_FIRST.test(question.text))) return onlyEarlier ? 1 : BACKGROUND;
  // "When did Hariri become prime minister" is answered by "who has been prime minister since 1992": the year a state that still holds began.
  if (question.kind === 'time' && ASKS_ONSET.test(question.text) && datesOnsetNear(unit, question, year)) return 1;
  // A point of only years before its article's ("In 1978, 20 people died…") tells the story's history, unless a year is asked.
  return onlyEarlier && ![...question.words].some((w) => YEAR.test(w)) ? BACKGROUND : 1;
}

/**
 * A time question that asks when a state began: the resulting copula "become", or taking over an office or power
 * ("when did Lahoud become army commander", "when did the junta take power"). Not an event that recurs ("when did rebels seize the dam").
 */
const ASKS_ONSET = /\b(?:become|became|becomes|becoming)\b|\b(?:take|takes|taking|taken|took)\s+(?:over|office|power)\b|\b(?:come|comes|coming|came)\s+to\s+power\b/i;
/** Words that end a span of time after "from" ("from 1989 to 1994"). */
const SPAN_END = /^(?:to|until|till|through|thru)$/i;

/**
 * Whether a unit dates the onset of a state that still holds beside an asked word: an earlier year after "since" ("has been
 * prime minister since 1992", "since March 1992"), or after "from" with no earlier year ending the span ("from 1989", not
 * "from 1989 to 1994"), within NEAR words of an asked word. An earlier, finished instance ("In May 2019, rebels seized…") is not.
 */
function datesOnsetNear(unit: Sentence, question: Question, year: number): boolean {
  const words = wordsOf(unit);
  const asked = askedStems(question);
  return words.some((w, i) => {
    if (!YEAR.test(w.text) || Number(w.text) >= year) return false;
    const before = MONTH.test(words[i - 1]?.text ?? '') ? words[i - 2] : words[i - 1];
    const opens = before?.text.toLowerCase();
    if (opens !== 'since' && opens !== 'from') return false;
    if (opens === 'from') {
      for (let j = i + 1; j <= i + 3 && words[j] && !words[j - 1]!.ends; j++) {
        const end = words[j + 1]?.text ?? '';
        if (SPAN_END.test(words[j]!.text) && YEAR.test(end) && Number(end) < year) return false;
      }
    }
    return words.some((a, k) => asked.has(a.stem) && Math.abs(k - i) <= NEAR);
  });
}

/** Whether a text names years, and all of them before `year`: it tells what came before. */
export function namesOnlyEarlierYears(text: string, year: number): boolean {
  return allBefore(yearsIn(text), year);
}

const allBefore = (years: readonly number[], year: number) => years.length > 0 && years.every((y) => y < year);

/** Of the question's consecutive word pairs ("next president"), the share the unit writes side by side. */
function phraseShare(unit: Sentence, question: Question): number {
  if (question.pairs.length === 0) return 0;
  const words = wordsOf(unit);
  const written = new Set(words.slice(1).map((w, i) => `${words[i]!.stem} ${w.stem}`));
  return question.pairs.filter((p) => written.has(p)).length / question.pairs.length;
}

/** Distinct question words a unit holds over the words they span: 1 when they stand together. */
function compactness(unit: Sentence, question: Question): number {
  const wanted = new Set([...question.asked, ...question.setting]);
  const words = wordsOf(unit);
  const at = words.flatMap((w, i) => (wanted.has(w.stem) ? [i] : []));
  if (at.length < 2) return 0;
  const distinct = new Set(at.map((i) => words[i]!.stem)).size;
  return distinct / (at.at(-1)! - at[0]! + 1);
}

/** A unit's words as the briefing's word budget counts them (compose-briefing.ts `withinWords`). */
export function wordCount(unit: Sentence): number {
  return unit.text.split(/\s+/).length;
}

/**
 * The unit that answers the question best leads: the best of the summary points, or a unit that
 * answers better than all of them though selection passed it over (a quotation, say), put first.
 * Without a question's reading, units are ranked by the scores they were chosen with. Only a unit the word budget can
 * show is compared. `later(a, b)`: whether a is the later report, which leads when the two rank alike.
 */
export function answerFirst(
  summary: readonly Sentence[],
  pool: { units: readonly Sentence[]; scores: ArrayLike<number> },
  rank: ((u: Sentence) => number) | undefined,
  mentionOnly?: (s: Sentence) => boolean,
  budget = Number.POSITIVE_INFINITY,
  later?: (a: Sentence, b: Sentence) => boolean,
): Sentence[] {
  const score = new Map(pool.units.map((u, i) => [u, pool.scores[i]!]));
  const ranked = new Map<Sentence, number>();
  const of = (u: Sentence) => {
    let r = ranked.get(u);
    if (r === undefined) ranked.set(u, (r = rank ? rank(u) : (score.get(u) ?? 0)));
    return r;
  };
  // A unit longer than the briefing's word budget is never shown: it must not displace the best unit that can be (16lead8's B1).
  const fits = (u: Sentence) => wordCount(u) <= budget;
  // Rule LT (docs/quality.md, "Session 59"): between units that answer alike, `later` may prefer the later report.
  const better = (u: Sentence, b: Sentence) => of(u) > of(b) || (of(u) === of(b) && !!later?.(u, b));
  const best = (units: readonly Sentence[]) => units.reduce<Sentence | undefined>((b, u) => (!mentionOnly?.(u) && fits(u) && (!b || better(u, b)) ? u : b), undefined);
  const lead = best(summary);
  // Read closely only the units that hold most of the question: a common word can bring in thousands.
  const outside = best(topK(pool.units, pool.scores, ANSWER_POOL));
  const first = outside && (!lead || better(outside, lead)) ? outside : lead;
  if (!first) return [];
  const taken = new Set(partsOf(first));
  return [first, ...summary.filter((u) => u !== first && !partsOf(u).some((p) => taken.has(p)))];
}
