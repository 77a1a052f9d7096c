import { fold, type GoldSet, numberOf, sameSentence } from './gold.js';

/**
 * Gold items as facts a reader learns: a figure is its value and what it counts, a quote its
 * speaker and quoted words, a date its resolved day. A fact is new on a day when no earlier
 * article has an item of the same kind and value.
 */
export interface Fact {
  kind: 'figure' | 'quote' | 'date';
  doc: string;
  sentence: string;
  /** Numbers, speakers or quoted words that identify the fact across articles. */
  value: string;
  /** Figures: the words that name what the number counts (any one shared makes two figures the same quantity). */
  counts: string[];
  /** The words of the sentence that state it (a figure's value, a date's expression, a quote's quoted words), folded: what a reader must have read for a sentence cut short to carry it. */
  surface: string;
}

export function factsOfGold(gold: GoldSet): Fact[] {
  return [
    ...gold.figures.filter((f) => f.isFigure && !f.sameAs).map((f): Fact => ({ kind: 'figure', doc: f.doc, sentence: f.sentence, value: numberOf(f.value), counts: f.counts.map(fold), surface: fold(f.value) })),
    ...gold.quotes
      .filter((q) => !q.notAQuote && q.speaker.length > 0)
      .map((q): Fact => ({ kind: 'quote', doc: q.doc, sentence: q.sentence, value: `${fold(q.speaker[0]!)}|${quotedWords(q.sentence)}`, counts: [], surface: quotedWords(q.sentence) })),
    ...gold.dates.filter((d) => d.resolved !== null).map((d): Fact => ({ kind: 'date', doc: d.doc, sentence: d.sentence, value: d.resolved!, counts: [], surface: fold(d.expression) })),
  ];
}

/** The words inside quotation marks, folded: what a quote says whatever sentence carries it. */
export function quotedWords(sentence: string): string {
  const folded = fold(sentence);
  const inside = [...folded.matchAll(/"([^"]+)"/g)].map((m) => m[1]!.replace(/[^\p{L}\p{N} ]/gu, '').trim());
  return inside.join(' / ');
}

export function sameFact(a: Fact, b: Fact): boolean {
  if (a.kind !== b.kind || a.value !== b.value) return false;
  return a.kind !== 'figure' || a.counts.some((c) => b.counts.includes(c));
}

/** Whether a fact of the day's articles is new: no article read before states it. */
export function isNewFact(fact: Fact, earlier: readonly Fact[]): boolean {
  return !earlier.some((e) => sameFact(fact, e));
}

/**
 * The distinct facts a summary's sentences carry (a sentence of article `doc` carries that article's
 * items on it). A sentence cut short (`cut`: the words shown of `text`) carries the items whose words it shows.
 */
export function factsIn(shown: readonly { doc: string; text: string; cut?: string }[], facts: readonly Fact[]): Fact[] {
  const found: Fact[] = [];
  const carries = (s: { doc: string; text: string; cut?: string }, f: Fact) => s.doc === f.doc && sameSentence(s.text, f.sentence) && (s.cut === undefined || shows(s.cut, f));
  for (const f of facts) {
    if (!shown.some((s) => carries(s, f))) continue;
    if (!found.some((g) => sameFact(g, f))) found.push(f);
  }
  return found;
}

/** Whether the opening of a sentence shows a fact's words. */
function shows(opening: string, fact: Fact): boolean {
  if (fact.kind === 'quote') return fact.surface !== '' && quotedWords(`${opening}"`).includes(fact.surface);
  return fact.surface !== '' && fold(opening).includes(fact.surface);
}
