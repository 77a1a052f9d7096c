import { cappedMemo } from '../capped-memo.js';
import { mayBeRelated, type RelatedStem, relatedStemsOfEach } from '../index/related-words.js';
import { its, readDoc, stem } from '../nlp.js';
import { regExpLiteral } from '../regexp-literal.js';
import { comparesLowerCased } from './ascii-case.js';
import { type FoundFigure, isUnit, placeOf } from './figures.js';
import { numericValue } from './figures-differ.js';

/** Words that tell nothing of what a number counts. */
const FUNCTION_WORD = /^(?:of|the|and|for|were|was|are|had|have|has|been|who|that|which|with|from|into)$/;
/** How many words after the number its noun phrase may run: "fifteen British captured navy personnel". */
const PHRASE_WORDS = 6;

/**
 * Keys under which one quantity told twice in a briefing is the same figure: its amount with each
 * content word of what it counts, and of the noun phrase the number opens in its sentence. "fifteen
 * British" (its phrase: "British captured navy personnel"), "15 personnel" and "Fifteen British Royal
 * Navy personnel have been captured" are one count; "15-page draft statement" shares no word and is
 * another. An amount is compared as a value ("Fifteen", "15", "about 15").
 */
export function sameFigureKeys(f: Pick<FoundFigure, 'value' | 'counts' | 'sentence'>): string[] {
  const value = numericValue(f.value);
  const words = [...f.counts.toLowerCase().split(/\s+/), ...phraseAfter(f)].map((w) => w.replace(/['’]s$/, '').replace(/s$/, '')).filter((w) => /^\p{L}{3,}$/u.test(w) && !isUnit(w) && !FUNCTION_WORD.test(w));
  return words.length ? [...new Set(words)].map((w) => `${value}|${w}`) : [`${value}|${f.counts.toLowerCase()}`];
}

/**
 * Figures in their order, without one that gives an earlier one's amount counting a word of the same meaning ("190 nations",
 * then "about 190 countries": one quantity told twice). The meaning is the product's related words (the lexicon's neighbours
 * of the counted head, either way round). Only amounts written in digits: wire style spells one to nine in words, and a small
 * count recurs by chance for near words that are not the same thing ("two women", "two men"); a count of ten or more, or an
 * amount, told twice is one quantity.
 */
export function withoutSynonymRepeats<T extends Pick<FoundFigure, 'value' | 'counts' | 'sentence'>>(figures: readonly T[]): T[] {
  const amountOf = figures.map((f) => (/\d/.test(f.value) ? numericValue(f.value) : undefined));
  const told = new Map<string, number>();
  for (const a of amountOf) if (a !== undefined) told.set(a, (told.get(a) ?? 0) + 1);
  // Only the heads of amounts told more than once are read, and looked up in one pass over the lexicon.
  const headOf = figures.map((f, i) => (amountOf[i] !== undefined && told.get(amountOf[i])! > 1 ? phraseAfter(f).at(-1) : undefined));
  const heads = [...new Set(headOf.filter((h): h is string => !!h))];
  const stems = new Set(heads.map(stem));
  // A head's neighbours are scanned only when a head of the same amount may be among them: most repeated amounts count
  // unrelated things, and a pass over the lexicon for each new head was the largest reading a first answer made
  // (docs/quality.md, "Issue 17, twenty-second round (17adhoc3)").
  const scanned = stems.size > 1 ? headsThatMayMeanAnother(headOf, amountOf) : [];
  const near = scanned.length ? relatedStemsOfEach(scanned, (s) => stems.has(s)) : new Map<string, RelatedStem[]>();
  const sameMeaning = (a: string, b: string) => stem(a) !== stem(b) && (near.get(a)?.some((r) => r.stem === stem(b)) || near.get(b)?.some((r) => r.stem === stem(a)));
  // "The Airbus A330 with 228 on board": no noun follows the number; it counts what an earlier figure of the same amount names
  // ("228 people on board"), told again with its noun left out (twentieth round, 16tidy, rule T3). Amendment, written after
  // measuring: only after that figure; one that comes first stays, for the figure it repeats may never be shown.
  const namedBefore = new Set<string>();
  const keptHeads = new Map<string, string[]>();
  return figures.filter((_, i) => {
    const amount = amountOf[i];
    const head = headOf[i];
    if (amount !== undefined && !head && namedBefore.has(amount) && labelledFromBefore(figures[i]!)) return false;
    if (amount === undefined || !head) return true;
    namedBefore.add(amount);
    const kept = keptHeads.get(amount) ?? [];
    if (kept.some((k) => sameMeaning(k, head))) return false;
    keptHeads.set(amount, [...kept, head]);
    return true;
  });
}

/** The heads whose neighbours must be read: those that a head of the same amount, of another stem, may be related to (`mayBeRelated`). */
function headsThatMayMeanAnother(headOf: readonly (string | undefined)[], amountOf: readonly (string | undefined)[]): string[] {
  const byAmount = new Map<string, Set<string>>();
  headOf.forEach((head, i) => {
    if (head) byAmount.set(amountOf[i]!, (byAmount.get(amountOf[i]!) ?? new Set<string>()).add(head));
  });
  const out = new Set<string>();
  for (const heads of byAmount.values()) {
    for (const a of heads) for (const b of heads) if (stem(a) !== stem(b) && !out.has(a) && mayBeRelated(a, stem(b))) out.add(a);
  }
  return [...out];
}

/**
 * Amendment, written after measuring: "17-year rule", "a 15-page draft statement", "50 percent of the 1990 emissions" read no
 * noun phrase right after the number either, yet are labelled by words after it: other things than the count they share an
 * amount with. A count with its noun left out is labelled from the words before it ("The Airbus A330 with 228 on board").
 */
function labelledFromBefore(f: Pick<FoundFigure, 'value' | 'counts' | 'sentence'>): boolean {
  const before = f.sentence.text.slice(0, Math.max(0, placeOf(f)));
  const words = f.counts.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return words.length > 0 && words.every((w) => before.includes(w));
}

/**
 * The words of the noun phrase that follows the number in its sentence: adjectives, nouns, names and a participle
 * that modifies the noun after it ("captured navy personnel"), up to the first word of another kind.
 */
export function phraseAfter(f: Pick<FoundFigure, 'value' | 'counts' | 'sentence'>): readonly string[] {
  const text = f.sentence.text;
  const at = placeOf(f);
  if (at < 0) return [];
  // The words after the number are all it reads: every answer that shows a figure asks again (twice, with the sections' two passes).
  return nounPhraseOpening(text.slice(at + f.value.length, at + f.value.length + 80));
}

/** The noun phrase read at the start of each text after a number, kept: wink's reading is the slow part. */
const nounPhraseOpening = cappedMemo((span: string): readonly string[] => {
  const tokens = readDoc(span).tokens();
  const words = (tokens.out() as string[]).slice(0, PHRASE_WORDS + 1);
  const tags = (tokens.out(its.pos) as string[]).slice(0, PHRASE_WORDS + 1);
  const out: string[] = [];
  for (let i = 0; i < words.length && out.length < PHRASE_WORDS; i++) {
    const nominal = tags[i] === 'ADJ' || tags[i] === 'NOUN' || tags[i] === 'PROPN';
    const modifier = tags[i] === 'VERB' && /ed$/i.test(words[i]!) && ['ADJ', 'NOUN', 'PROPN'].includes(tags[i + 1] ?? '');
    const possessive = tags[i] === 'PART' && /^['’]s$/.test(words[i]!);
    if (!nominal && !modifier && !possessive) break;
    if (!possessive) out.push(words[i]!.toLowerCase());
  }
  return out;
});

/**
 * Whether a figure's label names this figure: its number as a whole, followed by the first word of what it counts ("64 of
 * the 122 seats won" names "122 seats", not "12 seats"; "two people killed" does not name "two others injured").
 */
export function labelNamesFigure(label: string, f: Pick<FoundFigure, 'value' | 'counts'>): boolean {
  const named = `${f.value} ${f.counts.split(/\s+/)[0] ?? ''}`.trim();
  // Most labels do not hold the figure's words at all, and each new pattern takes a first answer a fraction of a millisecond to
  // compile: words a label does not contain in any case are not matched (docs/quality.md, "Issue 17, twenty-second round
  // (17adhoc3)", rule 3).
  if (comparesLowerCased(named, label) && !label.toLowerCase().includes(named.toLowerCase())) return false;
  return new RegExp(`(?<![\\p{L}\\p{N}.,])${regExpLiteral(named)}(?![\\p{L}\\p{N}])`, 'iu').test(label);
}
