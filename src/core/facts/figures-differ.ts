import { cosine } from '../index/similarity.js';
import type { Sentence } from '../ingest/document.js';
import { stem, WRITTEN_WORD } from '../nlp.js';
import type { FoundFigure } from './figures.js';
import { numberWordValue } from './number-words.js';
import { yearsIn } from './years.js';

/** One value of a quantity the sources disagree on, with every sentence that states it. */
export interface DifferingValue {
  value: string;
  sentences: Sentence[];
  /** The latest publication date among them. */
  published?: string;
  /** An article says the number was revised ("raised the toll to", "lowered slightly to"). */
  revised: boolean;
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
const FUNCTION = new Set(['of', 'the', 'a', 'an', 'in', 'for', 'who', 'that', 'which', 'were', 'was', 'are', 'is', 'be', 'been', 'to', 'at', 'by', 'other', 'others', 'them', 'those', 'these', 'they', 'another']);

/** The content stems of what a figure counts, without its number words: the quantity's name. */
export function countKey(f: Pick<FoundFigure, 'counts'>): Set<string> {
  return new Set((f.counts.match(WRITTEN_WORD) ?? []).filter((w) => !/\d/.test(w) && !FUNCTION.has(w.toLowerCase())).map((w) => sameWordOf(stem(americanSpelling(w.toLowerCase())))));
}

/** British "-tre"/"-bre" is American "-ter"/"-ber" ("kilometres", "kilometers"): one word, whichever desk wrote it. */
function americanSpelling(word: string): string {
  return word.replace(/([tb])re(s?)$/, '$1er$2');
}

/**
 * The guide counts a death toll in any of its words ("people killed", "dead", "deaths", "death toll"), an injury count
 * likewise: the noun and the verb of one outcome are one thing counted.
 */
const SAME_WORD: Record<string, string> = { death: 'dead', di: 'dead', dy: 'dead', kill: 'dead', injuri: 'injur', wound: 'injur', hurt: 'injur' };
function sameWordOf(s: string): string {
  return SAME_WORD[s] ?? s;
}

/** "about 180" and "180", "1,500" and "1500" are one value; "$48.2 billion" and "$48.2 million" are not. */
export function numericValue(value: string): string {
  const digits = /(\d[\d,]*(?:\.\d+)?)(?:\s*(thousand|million|billion|trillion)\b)?/i.exec(value);
  if (digits) return digits[1]!.replace(/,/g, '') + (digits[2] ? ` ${digits[2].toLowerCase()}` : '');
  const words = value.toLowerCase().replace(/^(?:about|some|nearly|almost|roughly|at least|more than|over|an estimated)\s+/, '');
  // "fifteen" in one copy and "15" in another are one value, not two.
  const [first = '', ...rest] = words.split(/\s+/);
  const worth = numberWordValue(first);
  return worth === undefined ? words : [String(worth), ...rest].join(' ');
}

/**
 * The same quantity reported with different values across documents (a death toll of 60, 65
 * and 67): figures in different documents that count the same thing (their descriptions share a
 * content word) in sentences that say mostly the same around it. Each entry lists every value
 * with its sentences, latest first.
 */
export function findDifferingFigures(figures: readonly FoundFigure[], publishedOf: (docId: string) => string | undefined, orderOf: (docId: string) => number, limit: number): DifferingFigure[] {
  // Figures are compared in pairs: a bound keeps one huge sentence full of numbers from taking quadratic time.
  const described = figures.filter((f) => f.counts).slice(0, MAX_FIGURES);
  // Each figure joins the first group with a figure it matches.
  const groups: { traits: Traits[]; members: FoundFigure[] }[] = [];
  // Figures of one quantity share a unit and a word of what they count: only groups holding such a figure are compared.
  const groupsOfWord = new Map<string, Set<number>>();
  for (const f of described) {
    const traits = traitsOf(f);
    const words = [...traits.key].map((k) => `${traits.unit}\u0001${k}`);
    const candidates = [...new Set(words.flatMap((w) => [...(groupsOfWord.get(w) ?? [])]))].sort((a, b) => a - b);
    const at = candidates.find((g) => groups[g]!.traits.some((m) => sameQuantity(m, traits)));
    if (at !== undefined) {
      groups[at]!.members.push(f);
      groups[at]!.traits.push(traits);
    } else groups.push({ traits: [traits], members: [f] });
    const joined = at ?? groups.length - 1;
    for (const w of words) groupsOfWord.set(w, (groupsOfWord.get(w) ?? new Set()).add(joined));
  }
  const out: { entry: DifferingFigure; weight: number }[] = [];
  for (const { members: group } of groups) {
    const byValue = new Map<string, FoundFigure[]>();
    for (const f of group) byValue.set(numericValue(f.value), [...(byValue.get(numericValue(f.value)) ?? []), f]);
    // Two figures of one sentence ("300 or 400") are a range, not a disagreement.
    if (byValue.size < 2 || new Set(group.map((f) => f.sentence.docId)).size < 2) continue;
    // A document that states two of the values tells them apart: they are different quantities, or a revision it explains.
    const valuesOfDoc = new Map<string, Set<string>>();
    for (const f of group) valuesOfDoc.set(f.sentence.docId, (valuesOfDoc.get(f.sentence.docId) ?? new Set()).add(numericValue(f.value)));
    if ([...valuesOfDoc.values()].some((v) => v.size > 1)) continue;
    const values = [...byValue.values()].map((fs): DifferingValue & { order: number } => {
      const sentences = [...new Set(fs.map((f) => f.sentence))];
      const dates = sentences.flatMap((s) => publishedOf(s.docId) ?? []).sort();
      return {
        value: fs[0]!.value,
        sentences,
        ...(dates.length ? { published: dates.at(-1)! } : {}),
        revised: sentences.some((s) => REVISED.test(s.text)),
        order: Math.max(...sentences.map((s) => orderOf(s.docId))),
      };
    });
    if (values.some((v) => v.sentences.some((s) => values.some((w) => w !== v && w.sentences.includes(s))))) continue;
    values.sort((x, y) => (y.published ?? '').localeCompare(x.published ?? '') || y.order - x.order);
    const latest = group.find((f) => values[0]!.sentences.includes(f.sentence))!;
    out.push({
      entry: { counts: latest.counts, values: values.map(({ order: _order, ...v }) => v) },
      weight: group.length,
    });
  }
  return out
    .sort((a, b) => b.weight - a.weight)
    .slice(0, limit)
    .map((o) => o.entry);
}

/** What sameQuantity compares of a figure, worked out once per figure rather than once per pair. */
interface Traits {
  figure: FoundFigure;
  key: Set<string>;
  unit: string;
  numeric: string;
  additional: boolean;
  denied: boolean;
  governedBy: string;
  years: string;
  measuredFrom: string;
  instance: string;
}

const traitsKnown = new WeakMap<FoundFigure, Traits>();
/** A figure's traits follow from it and its sentence alone; figures live as long as their sentence. */
function traitsOf(f: FoundFigure): Traits {
  let t = traitsKnown.get(f);
  if (!t) {
    t = {
      figure: f,
      key: countKey(f),
      unit: unitOf(f.value),
      numeric: numericValue(f.value),
      additional: additional(f),
      denied: denied(f.sentence.text),
      governedBy: governedBy(f),
      years: yearsOf(f.sentence.text),
      measuredFrom: measuredFrom(f),
      instance: instanceOf(f),
    };
    traitsKnown.set(f, t);
  }
  return t;
}

/**
 * Two figures count the same quantity when they have the same kind of unit, most of what one
 * counts the other counts too ("people killed" and "people killed", not "people" and "people
 * taken to hospitals"), and their sentences say mostly the same around them.
 */
function sameQuantity(at: Traits, bt: Traits): boolean {
  const a = at.figure;
  const b = bt.figure;
  const aKey = at.key;
  const bKey = bt.key;
  if (at.unit !== bt.unit) return false;
  if (a.sentence.docId === b.sentence.docId && at.numeric !== bt.numeric) return false;
  let shared = 0;
  for (const k of aKey) if (bKey.has(k)) shared++;
  if (!shared || shared < Math.max(aKey.size, bKey.size) / 2) return false;
  if (a.sentence.text === b.sentence.text) return true;
  // "Another 19 states" counts states beside the ones already counted; a denied count ("have no such law") is not the affirmed one.
  if (at.additional || bt.additional || at.denied !== bt.denied) return false;
  // "Ten states have…" counts the subject, "laws in 40 states" says where: different quantities over one noun.
  if (at.governedBy !== bt.governedBy) return false;
  // "150 kilometers southwest of Padang" and "300 kilometers southwest of Bengkulu" measure from two places: two quakes, not one disputed distance.
  if (at.measuredFrom && bt.measuredFrom && at.measuredFrom !== bt.measuredFrom) return false;
  // "The latest tremor was centered 59 kilometres from…" measures another event than "the quake was centered sixteen kilometers from…".
  if (at.instance !== bt.instance) return false;
  // The same description of two or more content words ("were in intensive care") names one quantity however the sentences go on.
  // A year named on one side only ("In 2019 a flood killed 12 people") places the figure in another event.
  if (at.years !== bt.years) return false;
  if (shared >= 2 && shared === aKey.size && shared === bKey.size) return true;
  // A toll (the dead, the injured) is what a disaster story counts: told in other words, it is still one toll when the sentences name the same event around it.
  if ((aKey.has('dead') && bKey.has('dead')) || (aKey.has('injur') && bKey.has('injur'))) return contextSimilarity(a.sentence, b.sentence, new Set([...aKey, ...bKey])) > 0;
  // One shared word of two is weak evidence ("people" against "people saw"): the sentences must agree more around it.
  const weak = shared < 2 && aKey.size !== bKey.size;
  return contextSimilarity(a.sentence, b.sentence, new Set([...aKey, ...bKey])) >= (weak ? 2 * SAME_CONTEXT : SAME_CONTEXT);
}

/** The number counts more of something beside what was already counted ("another 19", "19 more", "an additional 19") or a part of it ("20 of them"). */
function additional(f: FoundFigure): boolean {
  const at = f.sentence.text.indexOf(f.value);
  if (at < 0) return false;
  const before = f.sentence.text.slice(Math.max(0, at - 20), at);
  const after = f.sentence.text.slice(at + f.value.length, at + f.value.length + 12);
  // "173 people were injured, 20 of them severely": a part of a count given before it, never the whole ("a fire that killed 67 of them" after no count is the whole).
  const partOfCount = /^\s+of\s+(?:them|whom|those|these)\b/i.test(after) && /\d/.test(f.sentence.text.slice(0, at));
  return partOfCount || /\b(?:another|other|additional|further)\s+$/i.test(before) || /^\s+(?:more|other|others|additional)\b(?!\s+than)/i.test(after);
}

/** The preposition that governs the number ("in 40 states" → "in"), past words that only hedge the value ("within", "about", "more than"); '' when none. */
function governedBy(f: FoundFigure): string {
  const at = f.sentence.text.indexOf(f.value);
  if (at < 0) return '';
  const before = f.sentence.text.slice(Math.max(0, at - 40), at).replace(HEDGES, '');
  return /\b(in|of|to|from|by|at|for|on|with|among|between|across|per)\s*$/i.exec(before)?.[1]?.toLowerCase() ?? '';
}
const HEDGES = /(?:\b(?:about|some|nearly|almost|roughly|around|approximately|within|up to|at least|at most|more than|less than|fewer than|over|under|only|just|an estimated|estimated|another|a total of)\s*)+$/i;

/** The name a quantity is measured from or belongs to, right after it: "… kilometers (southwest) of Padang" → "padang"; '' when none. */
function measuredFrom(f: FoundFigure): string {
  const at = f.sentence.text.indexOf(f.value);
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
export function instanceOf(f: Pick<FoundFigure, 'value' | 'sentence'>): string {
  const at = f.sentence.text.indexOf(f.value);
  if (at < 0) return '';
  const clause = f.sentence.text
    .slice(0, at)
    .split(/[;:—–]/)
    .at(-1)!;
  const m = /\b(?:(?:the|a|an|its|this)\s+(latest|newest|new|second|third|fourth|fifth|subsequent|later|next)|(another))\s+\p{L}/iu.exec(clause);
  return (m?.[1] ?? m?.[2] ?? '').toLowerCase();
}

function yearsOf(text: string): string {
  return [...new Set(yearsIn(text))].sort().join(' ');
}

/** The sentence denies something: its figure is a count of what is not so. */
function denied(text: string): boolean {
  return /\b(?:no|not|never|without|none)\b|n't\b/i.test(text);
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

/** Percent, money and plain counts are different kinds of quantity. */
function unitOf(value: string): string {
  if (/%|percent|per cent/i.test(value)) return '%';
  if (/[$€£¥]|dlrs|dollars?|euros?|pounds?|rubles?/i.test(value)) return '$';
  return '';
}
