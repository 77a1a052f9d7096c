import { cappedMemo } from '../capped-memo.js';
import { cosine } from '../index/similarity.js';
import { MONTH_ABBREVIATIONS, MONTHS } from '../ingest/calendar-words.js';
import type { Sentence } from '../ingest/document.js';
import { WRITTEN_WORD, writtenStem } from '../nlp.js';
import { regExpLiteral } from '../regexp-literal.js';
import { comparesLowerCased } from './ascii-case.js';
import { type Correction, correctionsIn, isReplacedValue, withoutCorrections } from './corrections.js';
import { differentGivers, type FigureGiver, giverOf } from './figure-giver.js';
import { type FoundFigure, findFigures, isCurrencyWord, isMeasureUnit, isSumWritten, isTimeUnit, placeOf } from './figures.js';
import { amountOf, fractionValue, isFractionWord, isNumberWord, numberWordValue } from './number-words.js';
import { isReportingStem } from './quotes.js';
import { type CountedFigure, headNounAfter, namesIn, runningCounts } from './running-count.js';
import { yearDating } from './years.js';

/** One value of a quantity the sources disagree on, with every sentence that states it. */
export interface DifferingValue {
  value: string;
  sentences: Sentence[];
  /** The latest publication date among them. */
  published?: string;
  /** An article says the number was revised ("raised the toll to", "lowered slightly to"). */
  revised: boolean;
  /** Who gives this value, where one article gives two of the values, each as its own source's (rule TW). */
  by?: string;
}

export interface DifferingFigure {
  /** What the values count, in the words of the latest source. */
  counts: string;
  /** Latest first; on the same date, the later document in the set's order. */
  values: DifferingValue[];
}

/** The most figures compared for disagreements, in the order given (most relevant first). */
const MAX_FIGURES = 300;

/** Two sentences about one quantity say most of the same around it: a wire update, a restatement. */
const SAME_CONTEXT = 0.3;
const REVISED = /\b(?:revis\w*|rais(?:ed|ing)|lower(?:ed|ing)|correct(?:ed|ing)|updat(?:ed|ing)|(?:rose|climbed|jumped|fell|dropped|increased|decreased) to|now stands at)\b/i;
// Rule AX′ (docs/quality.md, "Session 64"): a modal says how surely, never what is counted ("have fallen" still tells a level).
const MODALS = ['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must'];
const FUNCTION = new Set(['of', 'the', 'a', 'an', 'in', 'for', 'who', 'that', 'which', 'were', 'was', 'are', 'is', 'be', 'been', 'to', 'at', 'by', 'other', 'others', 'them', 'those', 'these', 'they', 'another', ...MODALS]);

/** The content stems of what a figure counts, without its number words: the quantity's name. */
export function countKey(f: Pick<FoundFigure, 'counts'>): Set<string> {
  return new Set(countKeyWords(f).map((w) => sameWordOf(writtenStem(w))));
}

/**
 * The guide counts a death toll in any of its words ("people killed", "dead", "deaths", "death toll"), an injury count
 * likewise: the noun and the verb of one outcome are one thing counted.
 */
const SAME_WORD: Record<string, string> = { death: 'dead', di: 'dead', dy: 'dead', kill: 'dead', toll: 'dead', injuri: 'injur', wound: 'injur', hurt: 'injur' };
export function sameWordOf(s: string): string {
  return SAME_WORD[s] ?? s;
}

/**
 * A value as the amount it states, so that one amount written two ways is one value: "about 180" and "180", "1,500"
 * and "1500", "fifteen" and "15", "a dozen" and "12", "two million" and "2,000,000", "around sixty" and "60"; the
 * hedge, the currency or "percent" aside (unitOf tells those kinds apart). "$48.2 billion" and "$48.2 million" differ.
 * What follows the amount and is no scale ("300 or 400", "five to six") is kept as written: a range is not its first end.
 */
export function numericValue(value: string): string {
  return knownValue(value);
}

/** Kept by the value as written: the figures that differ compare each figure's value with its group's, pair by pair, in every answer. */
const knownValue = cappedMemo(readNumericValue);

function readNumericValue(value: string): string {
  const words = value
    .toLowerCase()
    .replace(/(\d),(?=\d{3}\b)/g, '$1')
    .replace(/(us\$|[$€£¥%])/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !isUnitWord(w));
  let i = 0;
  for (let hedge = leadingHedge(words, i); hedge; hedge = leadingHedge(words, i)) i += hedge;
  let amount = amountOf(words[i]);
  // "a dozen", "a hundred": the article is one of the scale.
  if (amount === undefined && /^an?$/.test(words[i] ?? '') && (words[i + 1] ?? '') in SCALE) amount = 1;
  if (amount === undefined) {
    const digits = /(\d+(?:\.\d+)?)/.exec(words.join(' '));
    return digits ? String(Number(digits[1])) : words.join(' ');
  }
  i++;
  // "3 1/2", "3 and one-half", "two and a half": a whole number and its fraction are one value (issue 16figs).
  const ofDigits = /^(\d+)\/(\d+)$/.exec(words[i] ?? '');
  const article = words[i] === 'and' && /^an?$/.test(words[i + 1] ?? '') ? 1 : 0;
  const ofWords = words[i] === 'and' && (article || (words[i + 1] ?? '').includes('-')) ? fractionValue(words[i + 1 + article] ?? '') : undefined;
  if (ofDigits && Number(ofDigits[2])) {
    amount += Number(ofDigits[1]) / Number(ofDigits[2]);
    i++;
  } else if (ofWords !== undefined) {
    amount += ofWords;
    i += 2 + article;
  }
  // "half a million": the article between a fraction and its scale.
  if (/^an?$/.test(words[i] ?? '') && (words[i + 1] ?? '') in SCALE) i++;
  while ((words[i] ?? '') in SCALE) amount *= SCALE[words[i++]!]!;
  const rest = words.slice(i).join(' ');
  const figure = String(Number(amount.toPrecision(12)));
  return rest ? `${figure} ${rest}` : figure;
}
const SCALE: Record<string, number> = { dozen: 12, hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
/** Currency and percent words: the kind of amount, not the amount. */
const isUnitWord = (w: string) => /^(?:usd|percent|per|cent)$/.test(w) || isCurrencyWord(w);
/** Words that only hedge a number ("about 180", "more than 275,000", "another 19"): one list for reading a value and what governs it. */
const HEDGE_WORDS = [
  'about',
  'some',
  'nearly',
  'almost',
  'roughly',
  'around',
  'approximately',
  'within',
  'up to',
  'at least',
  'at most',
  'more than',
  'less than',
  'fewer than',
  'over',
  'under',
  'only',
  'just',
  'an estimated',
  'estimated',
  'another',
  'a total of',
];
const HEDGE_PHRASES = HEDGE_WORDS.map((h) => h.split(' '));
/** How many words the hedges right before `at` take ("rose to more than about 60" → 3); 0 when none. Words in lower case. */
export function hedgesBefore(words: readonly string[], at: number): number {
  let taken = 0;
  for (;;) {
    const end = at - taken;
    const h = HEDGE_PHRASES.find((p) => p.length <= end && p.every((w, k) => words[end - p.length + k] === w));
    if (!h) return taken;
    taken += h.length;
  }
}
/** How many words a hedge takes at the start ("more than" → 2); 0 when none. */
function leadingHedge(words: readonly string[], at: number): number {
  return HEDGE_PHRASES.find((h) => h.every((w, k) => words[at + k] === w))?.length ?? 0;
}
/**
 * The same quantity reported with different values across documents (a death toll of 60, 65
 * and 67): figures in different documents that count the same thing (their descriptions share a
 * content word) in sentences that say mostly the same around it. Each entry lists every value
 * with its sentences, latest first.
 */
export function findDifferingFigures(figures: readonly FoundFigure[], publishedOf: (docId: string) => string | undefined, orderOf: (docId: string) => number, limit: number, options: DifferOptions = {}): DifferingFigure[] {
  return differingIn(readQuantities(figures, publishedOf, options), orderOf, limit, options.rankOf);
}

/** Figures read as quantities: each group holds the figures, from any article, that count one thing. */
export interface Quantities {
  groups: readonly (readonly FoundFigure[])[];
  /** Every figure read, the set's beside the topic's: what an article adds to a count is read from them all. */
  read: readonly FoundFigure[];
  publishedOf: (docId: string) => string | undefined;
}

/** The quantities `figures` count, with the other values `elsewhere` in the set gives of them (DifferOptions). */
export function readQuantities(figures: readonly FoundFigure[], publishedOf: (docId: string) => string | undefined, { maxFigures = MAX_FIGURES, elsewhere = [] }: DifferOptions = {}): Quantities {
  // Figures are compared in pairs: a bound keeps one huge sentence full of numbers from taking quadratic time.
  const described = figures.filter(comparable).slice(0, maxFigures);
  const comparableElsewhere = elsewhere.filter(comparable);
  // The set's running counts are read from every figure that may be compared: the topic's and the rest of the set's.
  const running = runningCounts([...described, ...comparableElsewhere].flatMap((f) => countedFigure(traitsOf(f, publishedOf))));
  // Each figure joins the first group with a figure it matches.
  const groups: { traits: Traits[]; members: FoundFigure[] }[] = [];
  // Figures of one quantity share a unit and a word of what they count: only groups holding such a figure are compared.
  const groupsOfWord = new Map<string, Set<number>>();
  for (const f of described) {
    const traits = traitsOf(f, publishedOf);
    const words = [...traits.key].map((k) => `${traits.unit}\u0001${k}`);
    const candidates = [...new Set(words.flatMap((w) => [...(groupsOfWord.get(w) ?? [])]))].sort((a, b) => a - b);
    const at = candidates.find((g) => groups[g]!.traits.some((m) => sameQuantity(m, traits, running)));
    if (at !== undefined) {
      groups[at]!.members.push(f);
      groups[at]!.traits.push(traits);
    } else groups.push({ traits: [traits], members: [f] });
    const joined = at ?? groups.length - 1;
    for (const w of words) groupsOfWord.set(w, (groupsOfWord.get(w) ?? new Set()).add(joined));
  }
  // A figure from elsewhere in the set joins a group of the topic's, never starts one: the other side of the topic's own quantity.
  const topicFigures = new Set(described);
  let joined = 0;
  for (const f of comparableElsewhere) {
    if (joined >= maxFigures) break;
    if (topicFigures.has(f)) continue;
    // Most of the set's figures count nothing the topic counts: only those are read further.
    const unit = unitOf(f.value);
    const candidates = new Set([...countKey(f)].flatMap((k) => [...(groupsOfWord.get(`${unit}\u0001${k}`) ?? [])]));
    if (!candidates.size) continue;
    const traits = traitsOf(f, publishedOf);
    // From outside the topic it takes more to be the same quantity: a description of two or more words told alike in a
    // sentence that says mostly the same around it, and no source of the group that tells it apart ("On Aug. 20 … killing 26 people" against "On Aug. 7 … killed 200").
    if (traits.key.size < 2) continue;
    const told = (m: Traits) => sameDescription(m.key, traits.key) && contextSimilarity(m.figure.sentence, f.sentence, traits.key) >= SAME_CONTEXT;
    const at = [...candidates].sort((a, b) => a - b).find((g) => groups[g]!.traits.some(told) && groups[g]!.traits.every((m) => sameQuantity(m, traits, running)));
    if (at === undefined) continue;
    groups[at]!.members.push(f);
    groups[at]!.traits.push(traits);
    joined++;
  }
  joinCorrected(groups, [...described, ...comparableElsewhere], publishedOf);
  return { groups: groups.map((g) => g.members), read: [...figures, ...elsewhere], publishedOf };
}

/** The quantities told with different values that cannot all hold, most relevant first (`rankOf`), else the largest. */
export function differingIn(quantities: Quantities, orderOf: (docId: string) => number, limit: number, rankOf?: (s: Sentence) => number): DifferingFigure[] {
  const { publishedOf } = quantities;
  const added = addedCountsByDocument(quantities.read);
  const out: { entry: DifferingFigure; weight: number; rank: number }[] = [];
  for (const members of quantities.groups) {
    const group = withoutReconciled(members, publishedOf);
    const byValue = new Map<string, FoundFigure[]>();
    for (const f of group) byValue.set(numericValue(f.value), [...(byValue.get(numericValue(f.value)) ?? []), f]);
    // Two figures of one sentence ("300 or 400") are a range, not a disagreement.
    if (byValue.size < 2) continue;
    // A document that states two of the values tells them apart: they are different quantities, or a revision it explains;
    // unless each is given by its own source (rule TW), a disagreement the article itself reports.
    const valuesOfDoc = new Map<string, Set<string>>();
    for (const f of group) valuesOfDoc.set(f.sentence.docId, (valuesOfDoc.get(f.sentence.docId) ?? new Set()).add(numericValue(f.value)));
    const disputedIn = new Set([...valuesOfDoc].filter(([, v]) => v.size > 1).map(([docId]) => docId));
    if (
      [...disputedIn].some(
        (docId) =>
          !givenApart(
            group.filter((f) => f.sentence.docId === docId),
            publishedOf,
          ),
      )
    )
      continue;
    if (valuesOfDoc.size < 2 && !disputedIn.size) continue;
    // So does a sentence that states another of the values of what a member counts, in a figure kept out of the group ("318
    // passengers …, well above the ferry's licensed capacity of 280 passengers": rule BV′).
    // Rule VS (docs/quality.md, "Session 76"): not where an article of the group sets the values against each other as two
    // sources' ("Kelvet says about 180,000 …; the inspectorate puts the figure at about 640,000"): "more than three times the
    // 180,000 cubic metres the company had reported" then restates the dispute.
    if (!disputedIn.size && group.some((f) => tellsApart(f, byValue))) continue;
    const values = [...byValue.values()].map((fs): DifferingValue & { order: number } => {
      const sentences = [...new Set(fs.map((f) => f.sentence))];
      const dates = sentences.flatMap((s) => publishedOf(s.docId) ?? []).sort();
      return {
        value: fs[0]!.value,
        sentences,
        ...(dates.length ? { published: dates.at(-1)! } : {}),
        revised: sentences.some((s) => REVISED.test(s.text) || correctionsIn(s.text).some((c) => c.earlier)),
        order: Math.max(...sentences.map((s) => orderOf(s.docId))),
        ...byOf(fs, disputedIn),
      };
    });
    // One sentence that gives two of the values is a range ("300 or 400"), unless its clauses give them as two sources' (TW″).
    const apartInSentence = (f: FoundFigure, g: FoundFigure) => f.sentence !== g.sentence || numericValue(f.value) === numericValue(g.value) || givenInOwnClauses(f, g);
    if (values.some((v) => v.sentences.some((s) => values.some((w) => w !== v && w.sentences.includes(s)))) && !group.every((f) => group.every((g) => apartInSentence(f, g)))) continue;
    // "more than 200 people" and "213 people" can both be true: only values that cannot are a disagreement. Two values an
    // article of the group tells apart by a count it adds ("21" and "18" beside "will include three new members") are one
    // count before and after a change the articles explain, not a disagreement.
    const addedHere = new Set([...valuesOfDoc.keys()].flatMap((d) => added.get(d) ?? []));
    const explained = (f: FoundFigure, g: FoundFigure) => addedHere.has(Number(Math.abs(Number(numericValue(f.value)) - Number(numericValue(g.value))).toPrecision(12)));
    if (!group.some((f, i) => group.some((g, j) => j > i && numericValue(f.value) !== numericValue(g.value) && disjoint(boundsOf(f), boundsOf(g)) && !explained(f, g)))) continue;
    values.sort((x, y) => (y.published ?? '').localeCompare(x.published ?? '') || y.order - x.order);
    const latest = group.find((f) => values[0]!.sentences.includes(f.sentence))!;
    out.push({
      entry: { counts: levelOf(latest) ? latest.counts.replace(LEVEL_AFTER, '') || latest.counts : latest.counts, values: values.map(({ order: _order, ...v }) => v) },
      weight: group.length,
      rank: rankOf ? Math.min(...group.map((f) => rankOf(f.sentence))) : 0,
    });
  }
  return out
    .sort((a, b) => a.rank - b.rank || b.weight - a.weight)
    .slice(0, limit)
    .map((o) => o.entry);
}

/**
 * Rule RU (docs/quality.md, "Session 65"): "has grown to 52 confirmed cases, up from 41 reported last week": the article of the
 * larger value reconciles the smaller, an earlier report it grew from; the smaller is no side of a disagreement.
 * Rule UW ("Session 70"): the article tells the whole rise, so a value between the two, from an article no later than it (the
 * 19 of the strike's second day between "14 when the strike began" and 52 on its fifth), is a step of it, not a disagreement.
 */
function withoutReconciled(group: readonly FoundFigure[], publishedOf: (docId: string) => string | undefined): readonly FoundFigure[] {
  const { steps, rises } = risesIn(group, publishedOf);
  if (!steps.size && !rises.length) return group;
  // Amendment UW″ (docs/quality.md, "Session 71"): a value from a later article, past the rise's end the way it went, is the
  // count going on ("In all, 1,002 flights were cancelled" after "568 …, up from 376"): no side of a disagreement either.
  const goesOn = (f: FoundFigure) => {
    const value = Number(numericValue(f.value));
    const published = publishedOf(f.sentence.docId);
    return rises.some((r) => !!published && !!r.told && published > r.told && (r.now > r.earlier ? value > r.now : value < r.now));
  };
  return group.filter((f) => !steps.has(f) && !goesOn(f));
}

/** Each figure of a group that is a step of a rise (or fall) an article of the group tells, with the figure that tells it; and the rises told. */
function risesIn(group: readonly FoundFigure[], publishedOf: (docId: string) => string | undefined): { steps: Map<FoundFigure, FoundFigure>; rises: readonly ToldRise[] } {
  const steps = new Map<FoundFigure, FoundFigure>();
  // Most groups hold no "up from" or "down from": their members' corrections are not read again.
  if (group.length < 2 || !group.some((f) => UP_FROM.test(f.sentence.text))) return { steps, rises: [] };
  const rises = group.flatMap((f) => {
    const c = correctionAfter(f);
    const rise = c && riseTold(c, f.sentence.text, Number(numericValue(f.value)), publishedOf(f.sentence.docId));
    return rise ? [{ ...rise, by: f }] : [];
  });
  // The latest article's telling of a rise is the one a step is shown with.
  rises.sort((x, y) => (y.told ?? '').localeCompare(x.told ?? ''));
  for (const f of group) {
    const rise = rises.find((r) => stepOfRise(r, Number(numericValue(f.value)), publishedOf(f.sentence.docId)));
    if (rise) steps.set(f, rise.by);
  }
  return { steps, rises };
}

/** A count a sentence says went from `earlier` to `now` (rules RU, RU′, RU″), told in an article of date `told`. */
export interface ToldRise {
  earlier: number;
  now: number;
  told?: string;
}

/**
 * The rise a correction of `text` tells of the value `now` ("52 …, up from 14 when the strike began"): none when it is no
 * "up from" or "down from", or goes the other way. Amendment RU′: "down from 1,350 the night before" as "up from" the smaller.
 */
export function riseTold(c: Correction, text: string, now: number, told: string | undefined): ToldRise | undefined {
  if (!c.grownFrom && !c.shrunkFrom) return undefined;
  const earlier = Number(numericValue(text.slice(c.replaced[0], c.replaced[1])));
  return (c.grownFrom && now > earlier) || (c.shrunkFrom && now < earlier) ? { earlier, now, ...(told ? { told } : {}) } : undefined;
}

/** Rule UW: a value is a step of a told rise: the value it went from, or one between its ends from an article no later. */
export function stepOfRise(r: ToldRise, value: number, published: string | undefined): boolean {
  return value === r.earlier || (!!published && !!r.told && published <= r.told && Math.min(r.earlier, r.now) < value && value < Math.max(r.earlier, r.now));
}

/**
 * Rule LC (docs/quality.md, "Session 70"): the figures that are an earlier step of a count an article of the set says rose or
 * fell since (rules RU, UW), each with the figure that tells where it went: a key figure shows the count as last told.
 */
export function countsToldLater(quantities: Quantities): Map<FoundFigure, FoundFigure> {
  const out = new Map<FoundFigure, FoundFigure>();
  for (const group of quantities.groups) for (const [step, by] of risesIn(group, quantities.publishedOf).steps) out.set(step, by);
  return out;
}

const UP_FROM = /\b(?:up|down)\s+from\b/i;

/**
 * Amendment CX″: a correction says which figure of another article it corrects ("affected 2.6 million customers, not 2.1
 * million as it first reported" corrects "account numbers of 2.1 million customers"): a figure of the replaced value that
 * counts a word the correcting figure counts joins the correcting figure's group, whatever else would keep them apart.
 */
function joinCorrected(groups: { traits: Traits[]; members: FoundFigure[] }[], candidates: readonly FoundFigure[], publishedOf: (docId: string) => string | undefined): void {
  for (const group of groups)
    for (const corrected of [...group.members]) {
      const c = correctionAfter(corrected);
      if (!c) continue;
      const amount = numericValue(corrected.sentence.text.slice(c.replaced[0], c.replaced[1]));
      const unit = unitOf(corrected.value);
      const key = countKey(corrected);
      for (const f of candidates) {
        if (f.sentence.docId === corrected.sentence.docId || numericValue(f.value) !== amount || unitOf(f.value) !== unit || ![...countKey(f)].some((k) => key.has(k))) continue;
        const from = groups.find((g) => g.members.includes(f));
        if (from === group) continue;
        if (from) {
          const i = from.members.indexOf(f);
          from.members.splice(i, 1);
          from.traits.splice(i, 1);
        }
        group.members.push(f);
        group.traits.push(traitsOf(f, publishedOf));
      }
    }
}

/** The correction a figure makes (rule CX): the one whose phrase follows its value with no other number between. */
export function correctionAfter(f: FoundFigure): Correction | undefined {
  const at = placeOf(f);
  if (at < 0) return undefined;
  const text = f.sentence.text;
  const end = at + f.value.length;
  return correctionsIn(text).find((c) => c.phrase[0] >= end && !/\d/.test(text.slice(end, c.phrase[0])));
}

/**
 * A figure that may be compared: it names its quantity, and it is not the value a correction replaces ("not 2.1 million as it
 * first reported" is the first report's value, which its own article states: rule CX).
 */
function comparable(f: FoundFigure): boolean {
  return namesQuantity(f) && !isReplacedValue(correctionsIn(f.sentence.text), placeOf(f));
}

/**
 * Whether a figure says what it counts in more than a unit of measure or a rate of time, or measures from a named place ("12 kilometres
 * from … Tarvik"): "at a depth of 35 kilometers" alone tells neither which depth nor of what, so two such figures cannot
 * be shown as one quantity told two ways.
 */
function namesQuantity(f: FoundFigure): boolean {
  if (!f.counts) return false;
  const words = (f.counts.match(WRITTEN_WORD) ?? []).map((w) => w.toLowerCase()).filter((w) => !/\d/.test(w) && !FUNCTION.has(w));
  // Rule TU (docs/quality.md, "Session 75"): "two days a week", "three days a week": a rate in units of time alone says whose no
  // more than a unit of length says which depth. A span alone ("lasted 12 days", "four minutes later") is still compared.
  const rateOfTime = words.every(isTimeUnit) && TIME_RATE.test(f.counts);
  if (!rateOfTime && words.some((w) => !isMeasureUnit(w) && !CHANGE_UNIT.test(w))) return true;
  const at = placeOf(f);
  return at >= 0 && FROM_A_PLACE.test(f.sentence.text.slice(at + f.value.length, at + f.value.length + 80));
}
/** Rule TU: a span of time per span of time, "days a week", "hours per day". */
const TIME_RATE = /\b(?:a|an|per|each|every)\s+\p{L}+$/iu;
/** Rule PQ (docs/quality.md, "Session 65"): the units a rate or a share changes by ("0.4 percentage point", "50 basis points"). */
const CHANGE_UNIT = /^(?:percentage|percent|per|cent|points?|basis)$/;
/** A measure from a named place, in the same phrase: "kilometres from the coastal town of Tarvik". */
const FROM_A_PLACE = /^[^.;,()]*?\b(?:of|from|off)\s[^.;,()]*?\p{Lu}/u;

const sameDescription = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size === b.size && [...a].every((k) => b.has(k));

export interface DifferOptions {
  /** The most figures compared, and the most taken from `elsewhere` (default 300). */
  maxFigures?: number;
  /**
   * Figures of the rest of the set: each may be another value of a quantity `figures` state, never a quantity of its own,
   * and only when it is described in the same two or more words ("were in intensive care").
   */
  elsewhere?: readonly FoundFigure[];
  /**
   * A sentence's place in the topic's relevance order (lower is more relevant): entries are shown by their most relevant
   * sentence, so a topic shows its own disagreement before the set's largest one. Without it, the largest first.
   */
  rankOf?: (s: Sentence) => number;
}

/** The amounts a figure allows: "more than 200" is [200, ∞), "nearly 200" or "within five" (−∞, 200], "213" exactly 213. */
interface Bounds {
  low: number;
  high: number;
}

function boundsOf(f: FoundFigure): Bounds {
  const amount = Number(numericValue(f.value));
  if (!Number.isFinite(amount)) return { low: -Infinity, high: Infinity };
  // The hedge is written right before the number, or is the start of the value itself ("more than 275,000").
  const lead = `${f.sentence.text.slice(Math.max(0, placeOf(f) - 30), Math.max(0, placeOf(f)))} ${f.value.replace(/\s*[\d$€£¥].*$/, '')}`.toLowerCase().trimEnd();
  if (LOWER_BOUND.test(lead)) return { low: amount, high: Infinity };
  if (UPPER_BOUND.test(lead)) return { low: -Infinity, high: amount };
  return { low: amount, high: amount };
}
const LOWER_BOUND = /\b(?:more than|over|at least|upwards of|in excess of)$/;
const UPPER_BOUND = /\b(?:less than|fewer than|under|up to|within|almost|nearly|as many as|no more than|at most)$/;
const disjoint = (a: Bounds, b: Bounds) => a.high < b.low || b.high < a.low;

/** Whether two figures' values cannot both hold ("213" against "more than 200" can): for reading a missed disagreement. */
export function valuesExclude(a: FoundFigure, b: FoundFigure): boolean {
  return disjoint(boundsOf(a), boundsOf(b));
}

/** What sameQuantity compares of a figure, worked out once per figure rather than once per pair. */
interface Traits {
  figure: FoundFigure;
  key: Set<string>;
  unit: string;
  numeric: string;
  additional: boolean;
  /** A limit a rule or plan sets (rule LM). */
  limit: boolean;
  /** Rule DQ: the threshold of duration the count is of ("more than six hours"), '' for none. */
  threshold: string;
  proposed: boolean;
  /** Told as what may come: a forecast, a possibility (rule PM). */
  foreseen: boolean;
  denied: boolean;
  governedBy: string;
  years: string;
  /** Days the sentence names by month and date ("aug 7"). */
  days: Set<string>;
  measuredFrom: string;
  instance: string;
  /** The stem of the noun that owns what the figure counts ("the aftershock's magnitude" → aftershock); '' when none. */
  owner: string;
  /** It measures an event (a distance, a size, a magnitude) rather than counting what the event did. */
  measure: boolean;
  /**
   * It is the time between two events, and which way it counts: 'after' ("four minutes later", "six minutes after the call"),
   * 'before' ("three hours before the ferry left port"); '' when it is how long one thing lasted.
   */
  offset: '' | 'after' | 'before';
  /** The stems of the event an offset is counted from ("four weeks after the freeze" → freez); empty when none is written (rule OA). */
  anchor: Set<string>;
  /** The content stems its sentence writes before the value, beyond the anchor's: the event an offset measures to (amendment OA′). */
  measuredTo: Set<string>;
  /** Its article's date (YYYY-MM-DD), when known. */
  published?: string;
  /** The unit kind and the stem of the head noun it counts (running-count.ts), '' when its description does not follow the number. */
  head: string;
  /** The names its sentence uses, as stems. */
  names: Set<string>;
  /** The one day its sentence names, dated by its article (YYYY-MM-DD), when there is one. */
  eventDay?: string;
  /** The stems of the units of measure its description writes ("cubic metres"): rule MW. */
  unitStems: Set<string>;
}

const traitsKnown = new WeakMap<FoundFigure, Traits>();
/** A figure's traits follow from it, its sentence and its article's date; figures live as long as their sentence. */
function traitsOf(f: FoundFigure, publishedOf: (docId: string) => string | undefined): Traits {
  let t = traitsKnown.get(f);
  if (!t) {
    const published = publishedOf(f.sentence.docId);
    const days = daysOf(f.sentence.text);
    const eventDay = days.size === 1 && published ? dayBefore([...days][0]!, published) : undefined;
    const level = levelOf(f);
    const anchor = anchorOf(f);
    t = {
      figure: f,
      key: level ? levelKey(f) : countKey(f),
      unit: unitOf(f.value),
      numeric: numericValue(f.value),
      additional: additional(f),
      proposed: proposed(f),
      foreseen: foreseen(f),
      limit: isLimit(f),
      threshold: durationThreshold(f),
      denied: denied(withoutCorrections(f.sentence.text, correctionsIn(f.sentence.text))),
      governedBy: level ? '' : governedBy(f),
      years: String(yearDating(f.sentence.text, f.sentence.text.indexOf(f.value)) ?? ''),
      days,
      measuredFrom: measuredFrom(f),
      instance: instanceOf(f),
      owner: ownerOf(f),
      measure: isMeasure(f),
      offset: offsetOf(f),
      anchor,
      measuredTo: measuredToOf(f, anchor),
      head: headOf(f),
      names: namesIn(f.sentence),
      unitStems: new Set(
        countKeyWords(f)
          .filter(isMeasureUnit)
          .map((w) => sameWordOf(writtenStem(w))),
      ),
      ...(published ? { published } : {}),
      ...(eventDay ? { eventDay } : {}),
    };
    traitsKnown.set(f, t);
  }
  return t;
}

/**
 * Rule TW (docs/quality.md, "Session 67"): two figures of one article, in two sentences, each given by a named source, the two
 * sources different, neither an update ("now say", "rose to"): the article sets one source's number against the other's.
 */
function disputedInDocument(at: Traits, bt: Traits): boolean {
  const [x, y] = [at.figure.sentence, bt.figure.sentence];
  // An article sets two sources against each other side by side; two measures sentences apart are of two things (two waves).
  // Amendment TW″: in one sentence, only in two clauses a semicolon divides ("… says 240; the airline puts the figure at 170").
  if (x === y) return givenInOwnClauses(at.figure, bt.figure);
  if (Math.abs(x.position - y.position) > SIDE_BY_SIDE) return false;
  const a = giverOfFigure(at.figure);
  const b = giverOfFigure(bt.figure);
  return !!a && !!b && differentGivers(a, b);
}

/** Whether a semicolon divides two figures of one sentence. */
function semicolonBetween(f: FoundFigure, g: FoundFigure): boolean {
  const [from, to] = [placeOf(f), placeOf(g)].sort((a, b) => a - b);
  return from! >= 0 && f.sentence.text.slice(from, to).includes(';');
}

/** Two figures of one sentence in clauses a semicolon divides, each given by its own giver (amendment TW″). */
function givenInOwnClauses(f: FoundFigure, g: FoundFigure): boolean {
  if (!semicolonBetween(f, g)) return false;
  const [a, b] = [giverOfFigure(f), giverOfFigure(g)];
  return !!a && !!b && differentGivers(a, b);
}

/** Amendment TW′: any verb of change with "to" ("cut to", "reduced to", "brought down to") says a number is a new level, an update. */
const CHANGED_TO = /\b(?:cut|reduced|slashed|trimmed|raised|lowered|boosted|increased|decreased|brought|scaled|pared|dropped|fell|rose|grew|climbed)\s+(?:(?:back|down|up)\s+)?to\b/i;

/** Sentences at most this far apart are side by side (rule TW). */
const SIDE_BY_SIDE = 2;

/** A figure's giver, none when its sentence says its number is an update; kept with the figure. */
const giversKnown = new WeakMap<FoundFigure, FigureGiver | null>();
function giverOfFigure(f: FoundFigure): FigureGiver | undefined {
  let known = giversKnown.get(f);
  if (known === undefined) {
    const giver = REVISED.test(f.sentence.text) || CHANGED_TO.test(f.sentence.text) ? undefined : giverOf(f.sentence.text, placeOf(f));
    giversKnown.set(f, (known = giver && !giver.update ? giver : null));
  }
  return known ?? undefined;
}

/** Every two figures of one article with different values are given by different sources. */
function givenApart(figures: readonly FoundFigure[], publishedOf: (docId: string) => string | undefined): boolean {
  return figures.every((f, i) => figures.every((g, j) => j <= i || numericValue(f.value) === numericValue(g.value) || disputedInDocument(traitsOf(f, publishedOf), traitsOf(g, publishedOf))));
}

/** Who gives a value, where an article that states it states another value of the group too. */
function byOf(figures: readonly FoundFigure[], disputedIn: ReadonlySet<string>): { by?: string } {
  const f = figures.find((g) => disputedIn.has(g.sentence.docId));
  const giver = f && giverOfFigure(f);
  return giver ? { by: giver.name } : {};
}

/**
 * Two figures count the same quantity when they have the same kind of unit, most of what one
 * counts the other counts too ("people killed" and "people killed", not "people" and "people
 * taken to hospitals"), and their sentences say mostly the same around them.
 */
function sameQuantity(at: Traits, bt: Traits, running: ReadonlySet<string>): boolean {
  return whyNotSameQuantity(at, bt) === undefined || (oneRunningCount(at, bt, running) && whyNotSameQuantity(at, bt, true) === undefined);
}

/**
 * Two figures give one running count of the set (running-count.ts): the same head noun, which the set counts as it goes,
 * told of one named thing (the sentences share a name) in articles at most a day apart. A count told days apart may have
 * risen; without an article that says so, it is left apart (docs/quality.md, nineteenth round, issue 16conf2, rule R).
 */
function oneRunningCount(at: Traits, bt: Traits, running: ReadonlySet<string>): boolean {
  if (!at.head || at.head !== bt.head || !running.has(at.head)) return false;
  if (at.published && bt.published && daysBetween(at.published, bt.published) > RUNNING_SAME_DAYS) return false;
  return [...at.names].some((n) => bt.names.has(n));
}
/** Articles this many days apart report one day's running count: a wire story and the next morning's paper. */
const RUNNING_SAME_DAYS = 1;

/** A figure as the census of running counts reads it; none when its description does not follow the number. */
function countedFigure(t: Traits): CountedFigure[] {
  const amount = Number(t.numeric);
  return t.head && Number.isFinite(amount) ? [{ count: t.head, docId: t.figure.sentence.docId, amount }] : [];
}

/** The unit kind and head noun stem of what a figure counts: "$" + "loan", "" + "refugee". */
function headOf(f: FoundFigure): string {
  const at = placeOf(f);
  if (at < 0) return '';
  const head = headNounAfter(f.sentence.text, at + f.value.length, new Set(countKeyWords(f).map((w) => w.toLowerCase())));
  return head ? `${unitOf(f.value)}\u0001${sameWordOf(writtenStem(head))}` : '';
}

/** Why two figures are not one quantity (the rule that keeps them apart), for reading a missed disagreement; undefined when they are. */
export function figuresApart(a: FoundFigure, b: FoundFigure, publishedOf: (docId: string) => string | undefined = () => undefined): string | undefined {
  return whyNotSameQuantity(traitsOf(a, publishedOf), traitsOf(b, publishedOf));
}

/**
 * With `runningCount`, the two are already known to give one running count: what they are called and what their sentences
 * say around them is not asked, every other refusal is.
 */
function whyNotSameQuantity(at: Traits, bt: Traits, runningCount = false): string | undefined {
  const a = at.figure;
  const b = bt.figure;
  const aKey = at.key;
  const bKey = bt.key;
  if (at.unit !== bt.unit) return 'unit';
  const disputed = a.sentence.docId === b.sentence.docId && at.numeric !== bt.numeric && disputedInDocument(at, bt);
  if (a.sentence.docId === b.sentence.docId && at.numeric !== bt.numeric && !disputed) return 'same document';
  let shared = 0;
  for (const k of aKey) if (bKey.has(k)) shared++;
  if (!runningCount && (!shared || shared < Math.max(aKey.size, bKey.size) / 2)) return 'counted words';
  // Rule MW (docs/quality.md, "Session 76"): "4.5 million cubic metres of waste held" and "640,000 cubic metres of tailings" share
  // only their units, which say how a thing is measured, not which thing.
  if (!runningCount && unitsAloneShared(at, bt)) return 'units alone shared';
  if (a.sentence.text === b.sentence.text) return undefined;
  // "Another 19 states" counts states beside the ones already counted; a denied count ("have no such law") is not the affirmed one.
  if (at.additional || bt.additional) return 'additional';
  // Rule PR: an offer or a demand is not the value agreed or stated; offers compare with offers.
  if (at.proposed !== bt.proposed) return 'proposed';
  // Rule PM (docs/quality.md, "Session 74"): "possibly reaching 40 degrees" is a forecast, "recorded 41.3 degrees" its outcome.
  if (at.foreseen !== bt.foreseen) return 'foreseen';
  // Rule LM: "before the engine reaches 1,500 flight hours" sets a limit; it is nobody's count of the hours.
  if (at.limit !== bt.limit) return 'limit';
  // Rule DQ (docs/quality.md, "Session 80"): "without power for more than six hours" counts those past a threshold, not those
  // without power at one moment.
  if (at.threshold !== bt.threshold) return 'threshold';
  if (at.denied !== bt.denied) return 'denied';
  // "Ten states have…" counts the subject, "laws in 40 states" says where: different quantities over one noun.
  if (at.governedBy !== bt.governedBy) return 'preposition';
  // "at the scene four minutes later" measures from the alarm to the arrival; "it took three minutes to understand the call"
  // measures one task: two quantities in one unit (twenty-third round, 16figs, rule G).
  if (at.offset !== bt.offset) return 'offset';
  // Rule OA (docs/quality.md, "Session 77"): "four weeks after the bank froze withdrawals" and "two weeks later than the March 31
  // date" are spans between two other pairs of events.
  if (at.anchor.size && bt.anchor.size && ![...at.anchor].some((k) => bt.anchor.has(k))) return 'counted from another event';
  // Amendment OA′: from one anchor, "the first warning … went out …, 51 minutes after" and "That was 18 minutes after" measure to
  // two events, the second to none its sentence names.
  if (at.anchor.size && bt.anchor.size && ![...at.measuredTo].some((k) => bt.measuredTo.has(k))) return 'measured to another event';
  // "150 kilometers southwest of Padang" and "300 kilometers southwest of Bengkulu" measure from two places: two quakes, not one disputed distance.
  if (at.measuredFrom && bt.measuredFrom && at.measuredFrom !== bt.measuredFrom) return 'measured from';
  // "The latest tremor was centered 59 kilometres from…" measures another event than "the quake was centered sixteen kilometers from…".
  if (at.instance !== bt.instance) return 'another event';
  // "measured the aftershock's magnitude as 6.6" against "The first shaking … had a 4.7 magnitude": the quantity of a thing the
  // other sentence never names is not the same quantity.
  if ((at.owner && !b.sentence.stems.includes(at.owner)) || (bt.owner && !a.sentence.stems.includes(bt.owner))) return 'owner';
  // A year that dates one figure's clause only ("In 2019 a flood killed 12 people", "since 1994, when a fire destroyed 310
  // homes") places it in another event; a year in another clause of its sentence does not (rule YC, docs/quality.md "Session 55").
  if (at.years !== bt.years) return 'years';
  // "On Aug. 20 … killing 26 people" and "On Aug. 7 … killed more than 200 people": each names its own day, two events.
  if (at.days.size && bt.days.size && ![...at.days].some((d) => bt.days.has(d))) return 'days';
  // A measure of an event (its size, its distance from a place) is revised within days of it, a toll for weeks: two measures
  // from articles more than a week apart measure two events (two quakes six months apart, both measured from one town).
  if (at.measure && bt.measure && at.published && bt.published && daysBetween(at.published, bt.published) > MEASURE_REVISED_WITHIN_DAYS) return 'measures a week apart';
  // An article published before the day the other sentence names cannot report that day's event.
  if ((at.eventDay && bt.published && bt.published < at.eventDay) || (bt.eventDay && at.published && at.published < bt.eventDay)) return 'reported before the day';
  // Two sources one article sets against each other, in the same words, speak of one quantity however differently their
  // sentences go on (rule TW).
  if (disputed && shared === aKey.size && shared === bKey.size) return undefined;
  if (runningCount) return undefined;
  // A toll (the dead, the injured) is what a disaster story counts: told in other words, it is still one toll when the sentences
  // name the same event around it; told in the same words, it is still two when they do not ("the blast … killed 213 people"
  // and "the United States retaliated …, killing 26 people"): every event of a story that kills has a toll of "people killed".
  if ((aKey.has('dead') && bKey.has('dead')) || (aKey.has('injur') && bKey.has('injur'))) return contextSimilarity(a.sentence, b.sentence, new Set([...aKey, ...bKey])) > 0 ? undefined : 'toll context';
  // The same description of two or more content words ("were in intensive care") names one quantity however the sentences go on.
  if (shared >= 2 && shared === aKey.size && shared === bKey.size) return undefined;
  // One shared word with another word on each side is two things said of it ("people homeless" against "people killed"):
  // two quantities, however alike the sentences.
  if (shared < 2 && shared < aKey.size && shared < bKey.size) return 'one word shared, another on each side';
  // One shared word of two is weak evidence ("people" against "people saw"): the sentences must agree more around it.
  const weak = shared < 2 && aKey.size !== bKey.size;
  return contextSimilarity(a.sentence, b.sentence, new Set([...aKey, ...bKey])) >= (weak ? 2 * SAME_CONTEXT : SAME_CONTEXT) ? undefined : weak ? 'context (one word shared)' : 'context';
}

/** Both figures name a thing beyond their units of measure, and the words they share are units alone (rule MW). */
function unitsAloneShared(at: Traits, bt: Traits): boolean {
  const units = new Set([...at.unitStems, ...bt.unitStems]);
  const beyond = (key: ReadonlySet<string>) => [...key].filter((k) => !units.has(k));
  const aBeyond = beyond(at.key);
  return aBeyond.length > 0 && beyond(bt.key).length > 0 && !aBeyond.some((k) => bt.key.has(k));
}

/**
 * Whether the figure's sentence states, in another figure of the same unit that counts the same words, another of the values
 * given: the sentence tells the two apart, as it does "300 or 400".
 */
function tellsApart(f: FoundFigure, values: ReadonlyMap<string, unknown>): boolean {
  const key = countKey(f);
  const unit = unitOf(f.value);
  const value = numericValue(f.value);
  const corrections = correctionsIn(f.sentence.text);
  return findFigures([f.sentence]).some((g) => {
    const other = numericValue(g.value);
    // The value a correction replaces is the other article's, not a second quantity of this one (rule CX).
    if (isReplacedValue(corrections, placeOf(g))) return false;
    if (other === value || !values.has(other) || unitOf(g.value) !== unit) return false;
    // Amendment TW″: two values its clauses give as two sources' are the disagreement, not two things told apart.
    if (givenInOwnClauses(f, g)) return false;
    if (comparedWith(g)) return true;
    const gKey = countKey(g);
    const shared = [...gKey].filter((k) => key.has(k)).length;
    return shared > 0 && shared >= Math.max(key.size, gKey.size) / 2;
  });
}

/**
 * Rule VB (docs/quality.md, "Session 71"): a figure its sentence compares another with ("well below the 3,100 the company
 * says normally ride the train", "compared with 14.5 million crowns in March"), whatever it writes of its noun. "More than 200"
 * without a determiner bounds a value; it compares nothing.
 */
function comparedWith(g: FoundFigure): boolean {
  const at = placeOf(g);
  return at >= 0 && COMPARED_WITH.test(g.sentence.text.slice(Math.max(0, at - 40), at));
}
const COMPARED_WITH =
  /(?:\b(?:below|above|under|beneath|over|beyond|exceeding|short\s+of|than)\s+(?:the|its|their|his|her|our|this|that|these|those)\s+|\b(?:compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:(?:the|its|their|his|her|our)\s+)?)(?:(?:about|around|roughly|some|nearly|almost|just)\s+)?(?:us\$|[$€£¥])?$/i;

/** "of the", "of its", "of Harstad's": what follows a count that is a part of a whole (rule PT). */
const PART_OF_WHOLE = /^\s+of\s+(?:the|its|their|his|her|our|these|those|[\p{Lu}][\p{L}-]*['’]s)\s/u;
/**
 * A proposal word right before the figure, through "of", "to", "for" or "at" and an article: "its offer of a 3 percent raise",
 * "now offering 5 percent", "lowered its demand to 9 percent", "asking for 11 percent" (rule PR, docs/quality.md "Session 55").
 */
const PROPOSED_BY =
  /\b(?:offers?|offered|offering|demands?|demanded|demanding|proposals?|proposed?|proposing|bids?|asking|asked|seeks?|seeking|sought|calls?\s+for|called\s+for|calling\s+for)\s+(?:(?:of|to|for|at)\s+)?(?:(?:an?|the)\s+)?$/i;

/**
 * Rule LM (docs/quality.md, "Session 64"): a limit a rule or a plan sets, not a value anyone states of the thing: a verb of
 * reaching within a clause of time or condition ("before the engine reaches 1,500 flight hours", "once costs exceed $2 million"),
 * or a noun of limit right before it ("a cap of 40 percent").
 */
/**
 * Rule DQ: the threshold of duration a count's clause sets after it ("151,000 customers were without power for more than six
 * hours", "88,000 were cut off for more than 12"), as "more than six hours"; '' for none, or for a perfect's span ("have been
 * without power for more than a week"), which tells how long the count has stood.
 */
function durationThreshold(f: FoundFigure): string {
  const at = placeOf(f);
  if (at < 0) return '';
  const clause = f.sentence.text.slice(at + f.value.length).split(/[;:]|,\s+(?:and|but|while|as)\b/)[0]!;
  const m = DURATION_THRESHOLD.exec(clause);
  if (!m || /\b(?:have|has|had)\s+(?:\p{L}+\s+)?been\b/iu.test(clause.slice(0, m.index))) return '';
  return m[0]
    .replace(/^for\s+/i, '')
    .toLowerCase()
    .replace(/\s+/g, ' ');
}
const DURATION_THRESHOLD = /\bfor\s+(?:more\s+than|over|longer\s+than|at\s+least|upwards\s+of|in\s+excess\s+of|between)\s+[\w.-]+(?:\s+(?:and|to)\s+[\w.-]+)?(?:\s+(?:minutes?|hours?|days?|nights?|weeks?|months?|years?))?\b/i;

function isLimit(f: FoundFigure): boolean {
  const at = placeOf(f);
  if (at < 0) return false;
  const before = withoutHedge(f.sentence.text.slice(Math.max(0, at - 80), at));
  return REACHES_IN_CLAUSE.test(before) || LIMIT_OF.test(before);
}
const REACHES_IN_CLAUSE = /\b(?:before|until|once|when|if|unless)\s+(?:[^\s,;:]+\s+){0,5}?(?:reach(?:es|ed|ing)?|exceed(?:s|ed|ing)?|hit(?:s|ting)?|top(?:s|ped|ping)?|pass(?:es|ed|ing)?|surpass(?:es|ed|ing)?)\s+$/i;
const LIMIT_OF = /\b(?:limit|cap|ceiling|maximum|minimum|threshold)\s+of\s+(?:an?\s+|the\s+)?$/i;

/** Whether the figure is a side's proposed value (an offer, a demand), not a stated or agreed one. */
function proposed(f: FoundFigure): boolean {
  return PROPOSED_BY.test(textBefore(f));
}

/** Whether the figure's clause, before its value, tells it as what may come: a modal, "possibly", "expected", a forecast. */
function foreseen(f: FoundFigure): boolean {
  return FORESEEN_BY.test(textBefore(f).split(/[,;:]/).at(-1)!);
}
// Amendment PM′ (docs/quality.md, "Session 78"): "the project rose to" is the noun; only the verb's past and participle forecast.
const FORESEEN_BY = /\b(?:possibly|probably|likely|could|may|might|expect(?:s|ed|ing)?|forecasts?|forecasting|predict(?:s|ed|ing)?|projected|projecting)\b/i;

/** What a figure's sentence writes in the few words right before its value ('' where the value is not found in it). */
function textBefore(f: FoundFigure): string {
  const at = placeOf(f);
  return at < 0 ? '' : f.sentence.text.slice(Math.max(0, at - WORDS_BEFORE), at);
}
/** Characters read before a value for the words that govern it ("has risen to", "its offer of a"). */
const WORDS_BEFORE = 40;

/** The number counts more of something beside what was already counted ("another 19", "19 more", "seven new cases") or a part of it ("20 of them"). */
function additional(f: FoundFigure): boolean {
  const at = placeOf(f);
  if (at < 0) return false;
  const before = f.sentence.text.slice(Math.max(0, at - 20), at);
  const after = f.sentence.text.slice(at + f.value.length, at + f.value.length + 12);
  // "173 people were injured, 20 of them severely": a part of a count given before it, never the whole ("a fire that killed 67 of them" after no count is the whole).
  const partOfCount = /^\s+of\s+(?:them|whom|those|these)\b/i.test(after) && /\d/.test(f.sentence.text.slice(0, at));
  // Rule PT: "three of the critically injured died", "five of its seven carriages": a bare count of a determined whole is a part of it.
  const partOfWhole = PART_OF_WHOLE.test(after) && (/^\d[\d,]*$/.test(f.value) || numberWordValue(f.value) !== undefined);
  // Rule NX: "seven new measles cases" are added to a count, as `addedCountsByDocument` reads them; never the count's level.
  return partOfCount || partOfWhole || /\b(?:another|other|additional|further)\s+$/i.test(before) || /^\s+(?:more|other|others|additional|new)\b(?!\s+than)/i.test(after);
}

/**
 * The amounts each document states as added to a count ("three new members", "another 5", "12 more", "an additional 40",
 * "four further"): the change by which two of its values may differ. Unlike `additional`, "other" is not a change ("two other
 * Americans" counts others beside, not ones that came since).
 */
function addedCountsByDocument(figures: readonly FoundFigure[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const f of figures) {
    const at = placeOf(f);
    if (at < 0) continue;
    const before = f.sentence.text.slice(Math.max(0, at - 20), at);
    const after = f.sentence.text.slice(at + f.value.length, at + f.value.length + 16);
    if (!/\b(?:another|additional|further)\s+$/i.test(before) && !/^\s+(?:new|more|additional|further)\b(?!\s+than)/i.test(after)) continue;
    const amount = Number(numericValue(f.value));
    if (Number.isFinite(amount) && amount > 0) out.set(f.sentence.docId, [...(out.get(f.sentence.docId) ?? []), amount]);
  }
  return out;
}

/** A unit of time and a word that counts it from another event, right after the value: "four minutes later", "five days after". */
const OFFSET_AFTER = /^\s+(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?)\s+(after|before|later|earlier)\b/i;

/**
 * Whether the figure is an offset between two events (rule O's shape in figures.ts): its unit of time, then "after", "before",
 * "later" or "earlier"; and which way it counts. A time before one event and a time after another lie between different
 * events ("sank about two hours later" against "three hours before the ferry left port": rule DU′).
 */
function offsetOf(f: FoundFigure): '' | 'after' | 'before' {
  const at = placeOf(f);
  const way = at >= 0 ? OFFSET_AFTER.exec(f.sentence.text.slice(at + f.value.length, at + f.value.length + 40))?.[1]?.toLowerCase() : undefined;
  return !way ? '' : way === 'before' || way === 'earlier' ? 'before' : 'after';
}

/**
 * What an offset is counted from (rule OA): the phrase after "after" or "before", or after "later than" or "earlier than", to the
 * end of its phrase, as content stems. "Four minutes later" writes none.
 */
function anchorOf(f: FoundFigure): Set<string> {
  const at = placeOf(f);
  if (at < 0) return new Set();
  const m = ANCHORED_OFFSET.exec(f.sentence.text.slice(at + f.value.length, at + f.value.length + 160));
  if (!m) return new Set();
  return new Set(contentStems((m[1]!.split(PHRASE_END)[0]!.match(WRITTEN_WORD) ?? []).slice(0, ANCHOR_WORDS)));
}
/** Amendment OA′: the content stems written before an offset's value, beside its anchor's, function words and verbs of saying. */
function measuredToOf(f: FoundFigure, anchor: ReadonlySet<string>): Set<string> {
  const at = placeOf(f);
  if (!anchor.size || at < 0) return new Set();
  return new Set(contentStems(f.sentence.text.slice(0, at).match(WRITTEN_WORD) ?? []).filter((k) => !anchor.has(k) && !isReportingStem(k)));
}
/** The stems of written words that say what event, not which (rules OA and OA′). */
function contentStems(written: readonly string[]): string[] {
  const words = written.map((w) => w.toLowerCase());
  return words.filter((w) => !FUNCTION.has(w) && !ANCHOR_FUNCTION.has(w)).map((w) => sameWordOf(writtenStem(w)));
}
const ANCHORED_OFFSET = /^\s+(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?)\s+(?:after|before|(?:later|earlier)\s+than)\s+(.*)$/is;
const PHRASE_END = /[,;:.!?—–()]/;
const ANCHOR_WORDS = 8;
/** Determiners, possessives and pronouns: they say which, not what event. */
const ANCHOR_FUNCTION = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'he', 'she', 'it', 'we', 'i', 'you', 'had', 'has', 'have', 'did', 'do', 'does', 'and', 'or', 'on', 'with']);

/**
 * The preposition that governs the number ("in 40 states" → "in"), past words that only hedge the value ("within", "about",
 * "more than"); '' when none. Rule VA (docs/quality.md, "Session 60"): the "at" of a valuing ("put the death toll at 44") gives
 * the value of what was valued, as a number with no preposition states its quantity.
 */
function governedBy(f: FoundFigure): string {
  const at = placeOf(f);
  if (at < 0) return '';
  const before = withoutHedge(f.sentence.text.slice(Math.max(0, at - 90), at));
  const word = /\b(in|of|to|from|by|at|for|on|with|among|between|across|per)\s*$/i.exec(before.slice(-40))?.[1]?.toLowerCase() ?? '';
  return word === 'at' && VALUED_AT.test(before) ? '' : word;
}
const HEDGES = new RegExp(`(?:\\b(?:${HEDGE_WORDS.join('|')})\\s*)+$`, 'i');
/** The text before a number without the hedges that end it ("a city of about " → "a city of "). */
export function withoutHedge(before: string): string {
  return before.replace(HEDGES, '');
}
/** A verb of valuing, then at most eight words of what it values, within the clause, then "at" (rule VA). */
const VALUED_AT = /\b(?:put|puts|putting|estimat(?:e|es|ed|ing)|plac(?:e|es|ed|ing)|pegg?(?:s|ed|ing)?|valu(?:e|es|ed|ing)|sets?|setting|fix(?:es|ed|ing)?|reckon(?:s|ed|ing)?)\b(?:\s+[^\s,;:]+){0,8}?\s+at\s*$/i;

/** The name a quantity is measured from or belongs to, right after it: "… kilometers (southwest) of Padang" → "padang"; '' when none. */
function measuredFrom(f: FoundFigure): string {
  const at = placeOf(f);
  if (at < 0) return '';
  const after = f.sentence.text.slice(at + f.value.length, at + f.value.length + 60);
  // "from the capital Port-au-Prince": a common noun in apposition before the name is the same place.
  return /^[\s\p{L}-]{0,30}?\b(?:of|from|off)\s+(?:the\s+(?:\p{Ll}+\s+){0,2})?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)/u.exec(after)?.[1]?.toLowerCase() ?? '';
}

/**
 * A noun phrase before the figure in its clause that an adjective of sequence marks as one more of its kind ("the latest
 * tremor", "a second blast", "another storm"): what the figure measures belongs to that later one, not to the story's
 * own event. '' when none.
 */
export function instanceOf(f: Pick<FoundFigure, 'value' | 'counts' | 'sentence'>): string {
  const at = placeOf(f);
  if (at < 0) return '';
  const clause = f.sentence.text
    .slice(0, at)
    .split(/[;:—–]/)
    .at(-1)!;
  const m = /\b(?:(?:the|a|an|its|this)\s+(latest|newest|new|second|third|fourth|fifth|subsequent|later|next)|(another))\s+\p{L}/iu.exec(clause);
  return (m?.[1] ?? m?.[2] ?? '').toLowerCase();
}

/**
 * The noun that owns what a figure counts, as its stem: a possessive right before the counted word ("the aftershock's
 * magnitude") or "of the" + a noun right after it ("the magnitude of the aftershock"). '' when the sentence gives none.
 */
function ownerOf(f: FoundFigure): string {
  const at = placeOf(f);
  if (at < 0) return '';
  const text = f.sentence.text;
  // Every word's owner pattern needs a possessive or an "of the" somewhere in the sentence: a sentence with neither asks no word.
  if (!MAY_HOLD_OWNER.test(text)) return '';
  for (const word of countKeyWords(f)) {
    if (!mayStandByOwner(text, word)) continue;
    const patterns = ownerPatternsOf(word);
    // Every owner the pattern below can find stands in a possessive before the word or an "of the" after it: without either,
    // the word gives none, and the nearest occurrence is not looked for.
    if (!patterns.near.test(text)) continue;
    // The occurrence of the counted word nearest the number: within the clause the figure is told in.
    let best: RegExpExecArray | undefined;
    for (const m of text.matchAll(patterns.owner)) if (!best || Math.abs(m.index - at) < Math.abs(best.index - at)) best = m;
    const owner = best?.[1] ?? best?.[2];
    if (owner && /^\p{Ll}/u.test(owner)) return writtenStem(owner);
  }
  return '';
}

/**
 * Whether `word` may stand where the owner patterns read it: right after "'s " or right before " of the ". Its word bounds are
 * left out, so true only says its own pattern must decide, and false is sure: no pattern is compiled for a word that cannot
 * match (docs/quality.md, "Issue 17, twenty-second round (17adhoc3)", rule 4). Found by `indexOf` where lower-casing both
 * compares them as the pattern would; otherwise true.
 */
function mayStandByOwner(text: string, word: string): boolean {
  if (!comparesLowerCased(word, text)) return true;
  const lower = text.toLowerCase();
  const written = word.toLowerCase();
  for (let at = lower.indexOf(written); at >= 0; at = lower.indexOf(written, at + 1)) {
    if (POSSESSIVE_BEFORE.test(text.slice(0, at)) || OF_THE_AFTER.test(text.slice(at + written.length))) return true;
  }
  return false;
}
const POSSESSIVE_BEFORE = /['’]s\s+$/iu;
const OF_THE_AFTER = /^\s+of\s+(?:the|a|an)\s/iu;

/** What both of a word's owner patterns need, whatever the word: "'s" and a space, or " of the " (" of a ", " of an "). */
const MAY_HOLD_OWNER = /['’]s\s|\sof\s+(?:the|a|an)\s/iu;

/** A counted word's owner patterns. Their \p{L} groups and case-insensitive word bounds take milliseconds to compile, and the
 * same counted words come back in every answer: each is compiled once (a bounded map, emptied when full). */
const ownerPatterns = new Map<string, { near: RegExp; owner: RegExp }>();
const OWNER_PATTERNS = 5_000;

function ownerPatternsOf(written: string): { near: RegExp; owner: RegExp } {
  let known = ownerPatterns.get(written);
  if (!known) {
    const word = regExpLiteral(written);
    known = {
      near: new RegExp(`['’]s\\s+\\b${word}\\b|\\b${word}\\b\\s+of\\s+(?:the|a|an)\\s`, 'iu'),
      // matchAll reads a copy of the pattern: its lastIndex never carries over from one sentence to the next.
      owner: new RegExp(`(?:(\\p{L}+)['’]s\\s+)?\\b${word}\\b(?:\\s+of\\s+(?:the|a|an)\\s+(\\p{L}+))?`, 'giu'),
    };
    if (ownerPatterns.size >= OWNER_PATTERNS) ownerPatterns.clear();
    ownerPatterns.set(written, known);
  }
  return known;
}

/** The written content words of what a figure counts, without number words (countKey's words before stemming). */
function countKeyWords(f: Pick<FoundFigure, 'counts'>): string[] {
  return (f.counts.match(WRITTEN_WORD) ?? []).filter((w) => !/\d/.test(w) && !FUNCTION.has(w.toLowerCase()) && !SAYS_WHEN.has(w.toLowerCase()));
}
/** Amendment AA′ (docs/quality.md, "Session 77"): "homes had now been destroyed": "now" says when, as before a level's verb (rule TK). */
const SAYS_WHEN = new Set(['now']);
/** What a count's level counts (rule TK): "the number of people killed has risen" to 12 counts people killed. */
function levelKey(f: FoundFigure): Set<string> {
  const words = (f.counts.replace(HEADED_BY_TOTAL, '').match(WRITTEN_WORD) ?? []).filter((w) => !/\d/.test(w) && !FUNCTION.has(w.toLowerCase()) && !LEVEL_VERB.has(w.toLowerCase()));
  return new Set(words.map((w) => sameWordOf(writtenStem(w))));
}
/** The verbs a count's level is told by ("has risen to 12", "now stands at 13"), not what it counts (rule TK). */
export const LEVEL_VERBS = ['rose', 'risen', 'rises', 'rising', 'climbed', 'jumped', 'increased', 'grew', 'grown', 'fell', 'fallen', 'dropped', 'decreased', 'stands', 'stood', 'standing', 'doubled', 'tripled'];
/** Amendment TK′ (docs/quality.md, "Session 79"): "has been revised down to", "was raised to": a count's level told as revised. */
const REVISED_LEVEL = ['revised', 'raised', 'lowered'];
/** With the auxiliaries, "now" and "more than" before them and "down" or "up" after, which say when or how, never what is counted. */
const LEVEL_VERB = new Set([...LEVEL_VERBS, ...REVISED_LEVEL, 'has', 'have', 'had', 'been', 'more', 'than', 'down', 'up', ...SAYS_WHEN]);
/** A count's level right before its value, past the hedges: "has risen to", "now stands at" (rule TK), "revised down to" (TK′). */
const LEVEL_BEFORE = new RegExp(`\\b(?:(?:${LEVEL_VERBS.join('|')})|(?:${REVISED_LEVEL.join('|')})(?:\\s+(?:down|up))?)\\s+(?:to|at)\\s*$`, 'i');
/** The words that tell a count's level at the end of its label: "number of people killed has risen" names "number of people killed" (rule TK). */
const LEVEL_AFTER = new RegExp(`(?:\\s+(?:has|have|had|now|been|was|were|more|than))*\\s+(?:(?:${LEVEL_VERBS.join('|')})|(?:${REVISED_LEVEL.join('|')})(?:\\s+(?:down|up))?)$`, 'i');
/** Whether a figure gives a count's level ("risen to 12", "stands at 13"): the verb and its preposition then tell nothing of what is counted. */
function levelOf(f: FoundFigure): boolean {
  return LEVEL_BEFORE.test(textBefore(f).replace(HEDGES, ''));
}
/** A count told as where it now stands: a level ("has risen to 26") or a revision before it ("lowered the case count to 20"). */
export function toldAsLevel(f: FoundFigure): boolean {
  if (levelOf(f)) return true;
  const at = placeOf(f);
  return (
    at >= 0 &&
    REVISED.test(
      f.sentence.text
        .slice(Math.max(0, at - 2 * WORDS_BEFORE), at)
        .split(/[,;:]/)
        .at(-1)!,
    )
  );
}
/** "number of", "total of" heading what is counted (rule TK). */
const HEADED_BY_TOTAL = /^(?:the\s+)?(?:number|total)\s+of\s+(?=\S)/i;

/** "Aug. 7", "August 7", "7 August": the days a sentence names, as month and day. */
function daysOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(DAY)) out.add(`${(m[1] ?? m[4])!.slice(0, 3).toLowerCase()} ${Number(m[2] ?? m[3])}`);
  return out;
}
const capitalised = (w: string) => w[0]!.toUpperCase() + w.slice(1);
const MONTH = `(${[...MONTHS.map(capitalised), ...MONTH_ABBREVIATIONS.map((m) => `${capitalised(m)}\\.?`)].join('|')})`;
const DAY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})\\b|\\b(\\d{1,2})\\s+${MONTH}\\b`, 'g');

/** Days within which an event's measure may still be revised (docs/quality.md, seventeenth round, 16facts3, second rule). */
export const MEASURE_REVISED_WITHIN_DAYS = 7;

/**
 * The counted words open on a unit of measure or "magnitude" ("magnitude", "magnitude earthquake"): the figure measures an
 * event, it counts nothing the event did. The event's noun may follow its measure since a label keeps it (issue 16labels).
 */
function isMeasure(f: FoundFigure): boolean {
  const first = countKeyWords(f)[0]?.toLowerCase();
  return first !== undefined && (isMeasureUnit(first) || first === 'magnitude');
}

export const daysBetween = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;

/** "may 21" (as daysOf reads it) in the year of `published`, or the year before when that would fall after it: YYYY-MM-DD. */
function dayBefore(day: string, published: string): string | undefined {
  const [monthName, date] = day.split(' ');
  const month = MONTHS.findIndex((m) => m.startsWith(monthName!)) + 1;
  const year = Number(published.slice(0, 4));
  if (!month || !Number.isFinite(year)) return undefined;
  const iso = (y: number) => `${y}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
  return iso(year) > published.slice(0, 10) ? iso(year - 1) : iso(year);
}

/** The sentence denies something: its figure is a count of what is not so. "Pond No. 3" abbreviates "number" (rule NB). */
function denied(text: string): boolean {
  return /\b(?:no(?!\.\s*\d)|not|never|without|none)\b|n't\b/i.test(text);
}

/** Cosine of two sentences' content stems beyond the numbers and what is counted: do they tell the same around it? */
function contextSimilarity(a: Sentence, b: Sentence, key: ReadonlySet<string>): number {
  const context = (s: Sentence) => {
    const counts = new Map<string, number>();
    for (const w of s.stems) if (!/\d/.test(w) && !key.has(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
    return counts;
  };
  const ca = context(a);
  const cb = context(b);
  if ([...ca.keys()].filter((k) => cb.has(k)).length < 2) return 0;
  return cosine(ca, cb);
}

/** Rule QF (docs/quality.md, "Session 78"): "half", "a third", "two-thirds" written alone say what part of something a value is. */
function fractionInWords(value: string): boolean {
  if (/\d/.test(value)) return false;
  const words = value.toLowerCase().split(/\s+/);
  return words.some(isFractionWord) && !words.some((w) => !isFractionWord(w) && (isNumberWord(w) || /^(?:million|billion|trillion)$/.test(w)));
}

/** Percent, money and plain counts are different kinds of quantity. */
export function unitOf(value: string): string {
  if (/%|percent|per cent/i.test(value) || fractionInWords(value)) return '%';
  if (isSumWritten(value)) return '$';
  return '';
}
