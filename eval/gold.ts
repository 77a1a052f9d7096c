import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/**
 * Gold annotations of what a briefing asserts (../shared/eval/gold/GUIDE.md) and the scoring the
 * guide defines: a shown or extracted item matches a gold item on the same document whose sentence
 * contains it or is contained by it, after folding quotes, dashes and white space.
 */

const QuoteItem = z.object({
  kind: z.literal('quote'),
  doc: z.string(),
  sentence: z.string(),
  speaker: z.array(z.string()).default([]),
  also: z.array(z.string()).optional(),
  notAQuote: z.boolean().optional(),
});
const FigureItem = z.object({
  kind: z.literal('figure'),
  doc: z.string(),
  sentence: z.string(),
  value: z.string(),
  isFigure: z.boolean(),
  counts: z.array(z.string()).default([]),
  sameAs: z.string().optional(),
});
const DateItem = z.object({
  kind: z.literal('date'),
  doc: z.string(),
  sentence: z.string(),
  expression: z.string(),
  resolved: z.string().nullable(),
  isEvent: z.boolean(),
});
const ConflictItem = z.object({
  kind: z.literal('conflict'),
  about: z.string().default(''),
  type: z.string().default('number'),
  sides: z.array(z.object({ value: z.string().optional(), docs: z.array(z.string()), sentences: z.array(z.string()) })).min(2),
});
const GoldItem = z.discriminatedUnion('kind', [QuoteItem, FigureItem, DateItem, ConflictItem]);

export type GoldQuote = z.infer<typeof QuoteItem>;
export type GoldFigure = z.infer<typeof FigureItem>;
export type GoldDate = z.infer<typeof DateItem>;
export type GoldConflict = z.infer<typeof ConflictItem>;

export interface GoldSet {
  id: string;
  quotes: GoldQuote[];
  figures: GoldFigure[];
  dates: GoldDate[];
  conflicts: GoldConflict[];
}

export type GoldLoad = { ok: true; sets: GoldSet[] } | { ok: false; missing: boolean; message: string };

/** Every `<set>.jsonl` of a folder; a line that is not a gold item is an error naming file and line. */
export function loadGold(dir: string): GoldLoad {
  if (!existsSync(dir)) return { ok: false, missing: true, message: `no gold annotations at ${dir}` };
  const sets: GoldSet[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()) {
    const set: GoldSet = { id: file.replace(/\.jsonl$/, ''), quotes: [], figures: [], dates: [], conflicts: [] };
    const lines = readFileSync(join(dir, file), 'utf8').split('\n');
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!.trim();
      if (!line) continue;
      let parsed;
      try {
        parsed = GoldItem.safeParse(JSON.parse(line));
      } catch (error) {
        return { ok: false, missing: false, message: `${file}:${i + 1}: not JSON: ${(error as Error).message}` };
      }
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return { ok: false, missing: false, message: `${file}:${i + 1}: ${issue?.path.join('.')}: ${issue?.message}` };
      }
      const item = parsed.data;
      if (item.kind === 'quote') set.quotes.push(item);
      else if (item.kind === 'figure') set.figures.push(item);
      else if (item.kind === 'date') set.dates.push(item);
      else set.conflicts.push(item);
    }
    sets.push(set);
  }
  return { ok: true, sets };
}

/** Quotes, dashes and white space folded so that typography does not decide a match. */
export function fold(text: string): string {
  return text
    .replace(/[“”„‟″"]|''|``/g, '"')
    .replace(/[‘’‚‛′`]/g, "'")
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export function sameSentence(a: string, b: string): boolean {
  const fa = fold(a);
  const fb = fold(b);
  return fa.length > 0 && fb.length > 0 && (fa.includes(fb) || fb.includes(fa));
}

/** What an extractor or a briefing asserts, reduced to what the guide scores. */
export interface ShownQuote {
  doc: string;
  text: string;
  /** Empty when the extractor found the quote but no speaker. */
  speaker: string;
}
export interface ShownFigure {
  doc: string;
  text: string;
  value: string;
  /** The description shown beside the value. */
  counts: string;
}
export interface ShownDate {
  doc: string;
  text: string;
  when: string;
  date: string | null;
  /** False when the extractor itself marks the date as background, not an event. */
  isEvent: boolean;
}
export interface ShownDifference {
  sides: { doc: string; text: string }[];
  /** What the entry says is disputed, as shown: its question ("Aaron McKinney, 22 or 21") or its values. */
  label?: string;
}

/** Names compared without punctuation or a leading article: "the NATO officer" is "NATO officer". */
const nameKey = (name: string) =>
  fold(name)
    .replace(/[.,]/g, '')
    .replace(/^(?:the|a|an|one) /, '');
const sameName = (a: string, b: string) => nameKey(a) === nameKey(b);
/**
 * Whether a shown label names the gold speaker: the name itself, or the name with the role the article writes beside it
 * (docs/quality.md, "Twenty-seventh round (issue 16speaker4)", rule R): a title before a full name ("Lieutenant Felix
 * Carman") or a description in brackets after it ("Dick Mabry (a refinery operator)"). Only a full name (two words or more)
 * is read inside a longer label, so a surname never matches another person's label.
 */
const namesSpeaker = (gold: string, label: string) => {
  const bare = label.replace(/ \([^()]*\)$/, '');
  return sameName(gold, bare) || (gold.includes(' ') && nameKey(bare).endsWith(` ${nameKey(gold)}`));
};

const onSentence = <T extends { doc: string; sentence: string }>(gold: readonly T[], shown: { doc: string; text: string }) => gold.filter((g) => g.doc === shown.doc && sameSentence(g.sentence, shown.text));

export function quoteRight(gold: readonly GoldQuote[], shown: ShownQuote): boolean {
  const items = onSentence(gold, shown);
  if (!items.length || items.some((g) => g.notAQuote)) return false;
  return items.some((g) => (g.speaker.length ? g.speaker.some((s) => namesSpeaker(s, shown.speaker)) : shown.speaker === ''));
}

/** The number a value starts with, as digits or a number word: "$1.5 billion" → "1.5", "about 180" → "180", "five-month" → "five", "five or six" → "five". */
export function numberOf(value: string): string {
  const folded = fold(value);
  const digits = /\d[\d,]*(?:\.\d+)?/.exec(folded);
  if (digits) return digits[0].replace(/,/g, '').replace(/\.0+$/, '');
  const word = folded.replace(/^(?:(?:about|some|at least|more than|nearly|almost|roughly|over|under|up to|an? estimated|an?|only)\s+)+/, '');
  // "five-month", "half-hour": a number word joined to its unit by a hyphen is the number, as "18-nation" is 18.
  // "five or six", "three to five": a range is its first number, as "300 or 400" is 300.
  return word.replace(/^([a-z]+(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)-[a-z][a-z-]*$/, '$1').replace(/^([a-z]+) (?:or|to) [a-z]+$/, '$1');
}

export function figureRight(gold: readonly GoldFigure[], shown: ShownFigure): boolean {
  const items = onSentence(gold, shown).filter((g) => numberOf(g.value) === numberOf(shown.value));
  const description = fold(`${shown.value} ${shown.counts}`);
  return items.some((g) => g.isFigure && g.counts.some((c) => description.includes(fold(c))));
}

/** ISO week (YYYY-Www) of a day. */
export function isoWeekOf(day: string): string {
  const d = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  const weekday = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - weekday + 3);
  const year = d.getUTCFullYear();
  const week = Math.ceil(((d.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1) / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The shown date equals the gold date at the gold's precision; a day inside a gold week, or the week's month, counts as the week. */
export function dateAgrees(gold: string | null, shown: string | null): boolean {
  if (gold === null || shown === null) return gold === shown;
  const week = /^(\d{4})-W(\d{2})$/.exec(gold);
  if (week) {
    if (/^\d{4}-\d{2}-\d{2}$/.test(shown)) return isoWeekOf(shown) === gold;
    if (/^\d{4}-\d{2}$/.test(shown)) return weekMonths(gold).includes(shown);
    return false;
  }
  return shown === gold;
}

function weekMonths(week: string): string[] {
  const [y, w] = week.split('-W').map(Number) as [number, number];
  const jan4 = new Date(Date.UTC(y, 0, 4));
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000 + (w - 1) * 7 * 86_400_000);
  const sunday = new Date(monday.getTime() + 6 * 86_400_000);
  return [...new Set([monday.toISOString().slice(0, 7), sunday.toISOString().slice(0, 7)])];
}

/** The gold date items a shown date is about: the one whose expression it names, else any on its sentence. */
function datesFor(gold: readonly GoldDate[], shown: ShownDate): GoldDate[] {
  const items = onSentence(gold, shown);
  const named = items.filter((g) => sameSentence(g.expression, shown.when));
  return named.length ? named : items;
}

/** Shown on a timeline: right when the gold calls it an event and the dates agree. */
export function eventRight(gold: readonly GoldDate[], shown: ShownDate): boolean {
  return datesFor(gold, shown).some((g) => g.isEvent && dateAgrees(g.resolved, shown.date));
}

/** Found by the extractor: right when it dates the expression as the gold does and agrees on whether it is an event. */
function dateFound(gold: GoldDate, shown: ShownDate): boolean {
  return gold.doc === shown.doc && sameSentence(gold.sentence, shown.text) && sameSentence(gold.expression, shown.when) && gold.isEvent === shown.isEvent && dateAgrees(gold.resolved, shown.date);
}

function sideOf(conflict: GoldConflict, side: { doc: string; text: string }): Set<number> {
  const out = new Set<number>();
  conflict.sides.forEach((s, i) => {
    if (s.sentences.some((t) => sameSentence(t, side.text))) out.add(i);
  });
  return out;
}

/**
 * The gold conflict both sides belong to, on different sides; undefined when there is none. A wire
 * sentence can state two disputed numbers ("killing 60 … injuring 162"): of the conflicts that fit,
 * the one whose sides the shown values spread over most.
 */
export function conflictOf(gold: readonly GoldConflict[], shown: ShownDifference): GoldConflict | undefined {
  if (shown.sides.length < 2) return undefined;
  let best: { conflict: GoldConflict; named: number; spread: number } | undefined;
  for (const c of gold) {
    const sides = shown.sides.map((s) => sideOf(c, s));
    if (sides.some((s) => s.size === 0)) continue;
    if (!sides.some((a, i) => sides.some((b, j) => j > i && [...a].some((x) => [...b].some((y) => x !== y))))) continue;
    const spread = new Set(sides.filter((s) => s.size === 1).map((s) => [...s][0])).size;
    const named = valuesNamed(c, shown.label);
    if (!best || named > best.named || (named === best.named && spread > best.spread)) best = { conflict: c, named, spread };
  }
  return best?.conflict;
}

/**
 * How many of a conflict's side values the shown entry names: one pair of sentences can be the
 * sides of two conflicts ("Russell Henderson, 21, and Aaron McKinney, 22" against "Russell
 * Anderson, 21, and Aaron McKinney, 21" disputes a name and an age); the entry is the one it names.
 */
function valuesNamed(conflict: GoldConflict, label: string | undefined): number {
  if (!label) return 0;
  const shown = new Set(fold(label).match(/[\p{L}\p{N}][\p{L}\p{N}.,]*[\p{L}\p{N}]|\p{N}/gu) ?? []);
  const words = (value: string) => (fold(value).match(/[\p{L}\p{N}][\p{L}\p{N}.,]*[\p{L}\p{N}]|\p{N}/gu) ?? []).filter((w) => /\d/.test(w) || w.length > 3);
  return conflict.sides.filter((s) => s.value && words(s.value).some((w) => shown.has(w))).length;
}

export interface Score {
  right: number;
  total: number;
}
const score = (right: number, total: number): Score => ({ right, total });

export interface ShownSections {
  quotes: ShownQuote[];
  figures: ShownFigure[];
  timeline: ShownDate[];
  differences: ShownDifference[];
}

export type Extractor = 'quotes' | 'figures' | 'timeline' | 'differences';
export const EXTRACTORS: readonly Extractor[] = ['quotes', 'figures', 'timeline', 'differences'];

/** Precision of what briefings showed: each shown item is right or wrong; `wrong` hears of each wrong one. */
export function precisionOf(set: GoldSet, shown: ShownSections, wrong?: (extractor: Extractor, item: unknown) => void): Record<Extractor, Score> {
  const count = <T>(items: readonly T[], right: (t: T) => boolean, extractor?: Extractor) =>
    score(
      items.filter((item) => {
        const ok = right(item);
        if (!ok && extractor) wrong?.(extractor, item);
        return ok;
      }).length,
      items.length,
    );
  return {
    quotes: count(shown.quotes, (q) => quoteRight(set.quotes, q), 'quotes'),
    figures: count(shown.figures, (f) => figureRight(set.figures, f), 'figures'),
    timeline: count(shown.timeline, (e) => eventRight(set.dates, e), 'timeline'),
    differences: count(shown.differences, (d) => conflictOf(set.conflicts, d) !== undefined, 'differences'),
  };
}

/**
 * Recall of the extractors run over every sentence of the set: the gold items they find and get
 * right. Scare quotes and `sameAs` restatements are not items to find; a date counts with its
 * resolution and its event flag. Conflicts count as found when some briefing of the set shows them.
 */
export function recallOf(set: GoldSet, found: Omit<ShownSections, 'differences'>, shownDifferences: readonly ShownDifference[]): Record<Extractor, Score> {
  const quotes = set.quotes.filter((g) => !g.notAQuote);
  const figures = set.figures.filter((g) => g.isFigure && !g.sameAs);
  const shownConflicts = new Set(shownDifferences.map((d) => conflictOf(set.conflicts, d)));
  return {
    quotes: score(quotes.filter((g) => found.quotes.some((q) => quoteRight([g], q))).length, quotes.length),
    figures: score(figures.filter((g) => found.figures.some((f) => figureRight([g], f))).length, figures.length),
    timeline: score(set.dates.filter((g) => found.timeline.some((d) => dateFound(g, d))).length, set.dates.length),
    differences: score(set.conflicts.filter((c) => shownConflicts.has(c)).length, set.conflicts.length),
  };
}

export function addScores(a: Score, b: Score): Score {
  return { right: a.right + b.right, total: a.total + b.total };
}

export function ratio(s: Score): string {
  return s.total ? `${((100 * s.right) / s.total).toFixed(0)}%` : '-';
}
