import type { ShownAt } from '../briefing.js';
import { type FoundFigure, findFigures } from '../facts/figures.js';
import { numericValue, sameWordOf } from '../facts/figures-differ.js';
import { phraseAfter } from '../facts/same-figure.js';
import { sharesMostWords } from '../facts/timeline.js';
import { samePolarity } from '../index/similarity.js';
import type { Sentence } from '../ingest/document.js';
import { stem } from '../nlp.js';

/**
 * A key figure or timeline entry that tells a fact a line printed before it already gives refers back to that line, rather
 * than print another source's sentence for it (docs/quality.md, "Twenty-sixth round (issue 16refer)"). Identity, not
 * paraphrase: a figure is the same when its amount and what it counts are (the amount as a value, the counted noun by its
 * stem, money by its currency); an event when its resolved date is and its sentence shares most of its words with the line's,
 * the timeline's own test of one event told twice (`oneEventEach`).
 */
export interface PrintedSentence {
  sentence: Sentence;
  shownAt: ShownAt;
}

/**
 * Amounts below this are not read as one fact told twice: wire style spells small counts in words, and "two soldiers" or
 * "three parties" recur in one story for different things (as `withoutSynonymRepeats` reads only amounts in digits).
 */
const LEAST_AMOUNT = 10;

const CURRENCIES: readonly (readonly [RegExp, string])[] = [
  [/\$|\bus[d$]\b|\bdollars?\b|\bdlrs\b/i, 'dollar'],
  [/€|\beuros?\b/i, 'euro'],
  [/£|\bpounds?\b|\bsterling\b/i, 'pound'],
  [/¥|\byen\b|\byuan\b/i, 'yen'],
  [/\brubles?\b|\broubles?\b/i, 'ruble'],
];

/** What kind of amount a figure's value is: a currency's name, "%" for a share, '' for a count. */
function kindOf(value: string): string {
  if (/%|\bper ?cent\b/i.test(value)) return '%';
  return CURRENCIES.find(([written]) => written.test(value))?.[1] ?? '';
}

/** A figure as one fact: its amount, its kind, and the stem of the noun it counts (undefined when no noun follows the number). */
interface FigureFact {
  amount: string;
  kind: string;
  head?: string;
}

function factOf(f: Pick<FoundFigure, 'value' | 'counts' | 'sentence'>): FigureFact | undefined {
  const amount = numericValue(f.value);
  if (!(Number(amount) >= LEAST_AMOUNT)) return undefined;
  const head = phraseAfter(f).at(-1);
  return { amount, kind: kindOf(f.value), ...(head ? { head: sameWordOf(stem(head)) } : {}) };
}

/**
 * Whether two figures state one fact: the same amount of the same kind, counting a noun of the same stem; an amount of money
 * is its currency's, so it is the same when no noun follows one of them ("$350 million in aid", "350 million USD donation").
 */
function sameFigure(a: FigureFact, b: FigureFact): boolean {
  if (a.amount !== b.amount || a.kind !== b.kind) return false;
  if (a.head && b.head) return a.head === b.head;
  return a.kind !== '' && a.kind !== '%';
}

/** Whether a figure found in a printed sentence states this fact (its amount read first: most differ there). */
function isFact(g: Pick<FoundFigure, 'value' | 'counts' | 'sentence'>, fact: FigureFact): boolean {
  if (numericValue(g.value) !== fact.amount) return false;
  const shown = factOf(g);
  return !!shown && sameFigure(fact, shown);
}

/**
 * The first printed line whose sentence states the key figure's amount of the thing it counts, in most of the same words, when
 * its sentence states no other amount that line lacks; else undefined.
 */
export function figureShownAt(figure: Pick<FoundFigure, 'value' | 'counts' | 'sentence'>, printed: readonly PrintedSentence[]): PrintedSentence | undefined {
  const own = factOf(figure);
  if (!own) return undefined;
  for (const p of printed) {
    if (p.sentence === figure.sentence) continue;
    const shown = findFigures([p.sentence]);
    // Amendment A, F′: one count is one fact only inside one event, told in most of the same words; rule NR: and affirmed or denied alike.
    if (!sharesMostWords(figure.sentence, p.sentence) || !samePolarity(figure.sentence, p.sentence)) continue;
    if (shown.some((g) => isFact(g, own)) && losesNoFigure(figure.sentence, shown)) return p;
  }
  return undefined;
}

/**
 * Whether every amount the item's sentence counts is one the printed line states too: an item refers back only when the
 * reader loses no other figure of its sentence ("… while the government pledged 150,000 euro" keeps it printed).
 */
function losesNoFigure(sentence: Sentence, shown: readonly Pick<FoundFigure, 'value'>[]): boolean {
  const amounts = new Set(shown.map((g) => numericValue(g.value)));
  return findFigures([sentence]).every((f) => amounts.has(numericValue(f.value)));
}

/**
 * The first printed line whose sentence tells the entry's event: it shares at least half the content words of the shorter of
 * the two sentences, states every amount the entry's sentence does, and either reads the same resolved day (`dateOf`: the
 * date the timeline reads for that sentence; rule E1 with amendment A) or, reading no date, states one of the entry's figures as rule F reads
 * them (rule E2: the same fact, which the entry's label dates).
 */
export function eventShownAt(entry: { date: string | null; sentence: Sentence }, printed: readonly PrintedSentence[], dateOf: (sentence: Sentence) => string | null | undefined): ShownAt | undefined {
  if (!entry.date) return undefined;
  const own = findFigures([entry.sentence]).flatMap((f) => factOf(f) ?? []);
  for (const p of printed) {
    if (p.sentence === entry.sentence || !sharesMostWords(entry.sentence, p.sentence) || !samePolarity(entry.sentence, p.sentence)) continue;
    const shown = findFigures([p.sentence]);
    if (!losesNoFigure(entry.sentence, shown)) continue;
    const date = dateOf(p.sentence);
    // Amendment A, E1′: a date names an event only to the day; a month or a year holds many events of one story.
    if (date === entry.date && DAY.test(date)) return p.shownAt;
    // A line the timeline dates otherwise tells the figure of another day ("arrived on Thursday", "a press conference on Friday").
    if (date) continue;
    if (own.some((f) => shown.some((g) => isFact(g, f)))) return p.shownAt;
  }
  return undefined;
}

/** A resolved date to the day. */
const DAY = /^\d{4}-\d{2}-\d{2}$/;
