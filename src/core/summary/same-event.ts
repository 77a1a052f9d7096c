import { findFigures } from '../facts/figures.js';
import { isReportingStem } from '../facts/quotes.js';
import { sameFigureKeys } from '../facts/same-figure.js';
import { findDates } from '../facts/timeline.js';
import { relatedStems } from '../index/related-words.js';
import { MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS } from '../ingest/calendar-words.js';
import type { Sentence } from '../ingest/document.js';
import { its, readDoc, writtenStem } from '../nlp.js';
import { partsOf } from './passages.js';

/**
 * One event told twice from two outlets (docs/quality.md, "Twenty-sixth round (issue 16once3)"): word overlap does not tell
 * one statement in two wordings from two statements on one subject (16once, 16once2), so this reads an event's frame —
 * the day the date reading resolves it to, its participant, and the kind of its predicate. Two statements on one subject
 * are mostly on different days; the day is what no stem test read.
 */
export interface EventFrame {
  /** Days (YYYY-MM-DD) the sentence's dates resolve to against its article's date, borrowed years left out. */
  days: readonly string[];
  /** Stems of the proper nouns it writes, day and month names left out. */
  names: readonly string[];
  /** Each figure's keys (value and counted word), as rule (d) of same-fact.ts reads them. */
  figures: readonly string[];
  /** Its verbs, as written (lower case) and as stems, light and reporting verbs left out. */
  verbs: readonly { written: string; stem: string }[];
  /** Stems of its nouns and verbs: what a related verb of the other sentence may name. */
  nounsAndVerbs: ReadonlySet<string>;
}

/** Verbs that carry little of an event by themselves, in every form (as same-fact.ts's frames leave them). */
const LIGHT_VERBS = new Set(
  'be is are was were been being have has had having do does did done doing get gets got gotten getting make makes made making take takes took taken taking give gives gave given giving go goes went gone going'.split(' '),
);
const CALENDAR: ReadonlySet<string> = new Set<string>([...WEEKDAYS, ...MONTHS, ...MONTH_ABBREVIATIONS]);
/** Only a sentence that writes a calendar word or a day word can be dated to a day by its own words. */
const MAY_NAME_A_DAY = new RegExp(`\\b(?:${[...CALENDAR, 'yesterday', 'today', 'tonight', 'tomorrow'].join('|')})\\b`, 'i');
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const frames = new WeakMap<Sentence, EventFrame | null>();

/**
 * A sentence's frame, or null when its own words date nothing to a day (then it tells no dated event this test can match).
 * Read once per sentence: the date reading and the tagger are the costly parts.
 */
export function eventFrameOf(sentence: Sentence, publishedOf: (docId: string) => string | undefined): EventFrame | null {
  const known = frames.get(sentence);
  if (known !== undefined) return known;
  let frame: EventFrame | null = null;
  if (MAY_NAME_A_DAY.test(sentence.text)) {
    const found = findDates([sentence], publishedOf).filter((d) => d.date && DAY.test(d.date) && !d.inferred);
    if (found.length) {
      const words = wordsOf(sentence);
      // Amendment A: a day written in a relative or subordinate clause dates background, not the sentence's event.
      const days = [...new Set(found.filter((d) => words.mainClause.includes(` ${tokensOf(d.when).join(' ')} `)).map((d) => d.date!))];
      if (days.length) frame = { days, names: words.names, figures: words.figures, verbs: words.verbs, nounsAndVerbs: words.nounsAndVerbs };
    }
  }
  frames.set(sentence, frame);
  return frame;
}

const tokensOf = (text: string) => (readDoc(text).tokens().out() as string[]).map((w) => w.toLowerCase());

/** Words that open a relative clause, and punctuation that closes a relative or subordinate clause (as same-fact.ts reads them). */
const RELATIVE = new Set(['who', 'whom', 'whose', 'which']);
const CLAUSE_END = /^[,;:()—–]$/;
/** Amendment B: the subordinators of time English also uses as prepositions, which the tagger reads as prepositions ("after the quake struck"). */
const TIME_SUBORDINATORS = new Set(['after', 'before', 'since', 'until']);
const NOT = new Set(['not', "n't", 'never']);
const MODALS = new Set(['will', 'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must', "'ll", 'wo', 'ca']);

/**
 * The frame's words. Verbs, and the tokens a day must be written among, are the main clause's (amendment A): a clause opened
 * by a relative pronoun or a subordinating conjunction — not one after a verb, which opens the report whose predicate is the
 * event ("said Thursday that …") — up to its closing punctuation tells background. Names and figures are the whole sentence's.
 */
function wordsOf(sentence: Sentence): Omit<EventFrame, 'days'> & { mainClause: string } {
  const tokens = readDoc(sentence.text).tokens();
  const lower = (tokens.out() as string[]).map((w) => w.toLowerCase());
  const written = lower.map((w) => w.replace(/['’]s$/, ''));
  const tags = tokens.out(its.pos) as string[];
  const names = new Set<string>();
  const verbs: { written: string; stem: string }[] = [];
  const nounsAndVerbs = new Set<string>();
  const main: string[] = [];
  let inClause = false;
  // A time subordinator opens a clause when a verb follows it before the clause's closing punctuation.
  const opensClause = (i: number) => {
    for (let j = i + 1; j < tags.length && !CLAUSE_END.test(written[j]!); j++) if (tags[j] === 'VERB') return true;
    return false;
  };
  // Amendment B: a verb after "to" or a modal (an adverb or "not" may stand between) is planned, wished or possible, not told as done.
  const asserted = (i: number) => {
    let before = i - 1;
    while (before > 0 && (tags[before] === 'ADV' || NOT.has(written[before]!))) before--;
    return !(tags[before] === 'PART' && written[before] === 'to') && !MODALS.has(written[before] ?? '');
  };
  written.forEach((word, i) => {
    const tag = tags[i]!;
    if (inClause && CLAUSE_END.test(word)) inClause = false;
    else if (!inClause && (RELATIVE.has(word) || (word === 'that' && tag === 'PRON') || (tag === 'SCONJ' && tags[i - 1] !== 'VERB') || (TIME_SUBORDINATORS.has(word) && opensClause(i)))) inClause = true;
    if (!inClause) main.push(lower[i]!);
    if (!/\p{L}/u.test(word) || CALENDAR.has(word.replace(/\.$/, ''))) return;
    const s = writtenStem(word);
    if (tag === 'PROPN') names.add(s);
    if (tag === 'NOUN' || tag === 'PROPN' || tag === 'VERB') nounsAndVerbs.add(s);
    if (tag === 'VERB' && !inClause && asserted(i) && !LIGHT_VERBS.has(word) && !isReportingStem(s)) verbs.push({ written: word, stem: s });
  });
  const figures = [...new Set(findFigures([sentence]).flatMap(sameFigureKeys))];
  return { names: [...names], figures, verbs, nounsAndVerbs, mainClause: ` ${main.join(' ')} ` };
}

/** D: a day both frames are dated to. */
export const sameDay = (x: EventFrame, y: EventFrame) => x.days.some((d) => y.days.includes(d));

/** N: the same participant — a proper noun both write, or a figure of the same value counting the same word. */
export const sameParticipant = (x: EventFrame, y: EventFrame) => x.names.some((n) => y.names.includes(n)) || x.figures.some((f) => y.figures.includes(f));

/** Pv: a predicate of the same kind by stem — a verb both write. */
export const sameVerb = (x: EventFrame, y: EventFrame) => x.verbs.some((v) => y.verbs.some((w) => w.stem === v.stem));

/** Pr: Pv, or a verb of one whose lexicon neighbours (related-words.ts as shipped) hold a noun or verb of the other. */
export function relatedPredicate(x: EventFrame, y: EventFrame): boolean {
  if (sameVerb(x, y)) return true;
  const relates = (a: EventFrame, b: EventFrame) => a.verbs.some((v) => relatedStems(v.written, (s) => b.nounsAndVerbs.has(s)).length > 0);
  return relates(x, y) || relates(y, x);
}

/**
 * Rule S: two units tell one event when a sentence of each is dated, in its main clause, to the same day and asserts there a
 * verb the other asserts (the test chosen on the design half: D∧Pv, with amendments A and B).
 */
export function sameEvent(a: Sentence, b: Sentence, publishedOf: (docId: string) => string | undefined): boolean {
  for (const p of partsOf(a)) {
    const x = eventFrameOf(p, publishedOf);
    if (!x) continue;
    for (const q of partsOf(b)) {
      const y = eventFrameOf(q, publishedOf);
      if (y && sameDay(x, y) && sameVerb(x, y)) return true;
    }
  }
  return false;
}
