import type { FoundFigure } from './figures.js';

/**
 * Years a text names, and the year a figure's clause is dated by: a figure in a clause about another
 * year ("In 1978, 20 people died…", "…since 1978, when 20 people died…") counts another event than the
 * story's. One reading of "a year" for the facts code and for answers.
 */

const YEAR = /\b(?:1[89]|20)\d\d\b/g;

/** The years a text names, in order. */
export function yearsIn(text: string): number[] {
  return (text.match(YEAR) ?? []).map(Number);
}

/**
 * Rule TY (docs/quality.md, "Session 71"): the years a sentence tells of: those it names, else, when it takes up a year told
 * before ("Repairs that year cost 3.2 million crowns"), those the sentence before it names.
 */
export function yearsTold(text: string, before: () => string | undefined): number[] {
  const own = yearsIn(text);
  if (own.length || !TAKES_UP_YEAR.test(text)) return own;
  return yearsIn(before() ?? '');
}
const TAKES_UP_YEAR = /\b(?:that|those|(?:that|the)\s+same)\s+years?\b/i;

/** A clause that opens on a relative of time or place belongs to the year of the clause before it ("since 1978, when…"). */
const RELATIVE_OPENING = /^\s*(?:when|where|in which|during which)\b/i;
/** A fronted phrase or clause of time before the first comma ("In 1978, …", "Since the beginning of 1998, …", "When the works closed in 2009, …") dates the main clause. */
const FRONTED = /^\s*(?:in|on|since|by|during|until|after|before|from|through|throughout|as of|when|while|once)\b/i;

/**
 * The year that dates the words at `at` in a sentence: one named in its own clause; else, in a clause
 * opening on "when"/"where", the clause before it; else a fronted phrase opening the sentence. Undefined
 * when none is named: the figure is the story's own.
 */
export function yearDating(text: string, at: number): number | undefined {
  const clauses: Array<{ from: number; text: string }> = [];
  let from = 0;
  for (const m of text.matchAll(/[,;:()—–]/g)) {
    clauses.push({ from, text: text.slice(from, m.index) });
    from = m.index + 1;
  }
  clauses.push({ from, text: text.slice(from) });
  let i = clauses.findIndex((c, k) => at >= c.from && (k === clauses.length - 1 || at < clauses[k + 1]!.from));
  if (i < 0) return undefined;
  const own = yearsIn(clauses[i]!.text)[0];
  if (own !== undefined) return own;
  while (i > 0 && RELATIVE_OPENING.test(clauses[i]!.text)) {
    i--;
    const before = yearsIn(clauses[i]!.text).at(-1);
    if (before !== undefined) return before;
  }
  return i > 0 && FRONTED.test(clauses[0]!.text) ? yearsIn(clauses[0]!.text).at(-1) : undefined;
}

/**
 * Whether a figure is dated by another year than its article's ("In 1978, 20 people died", "since 1998, when 23 people died"): it
 * counts another event than the story's. Not when the question names that year, nor in an undated article.
 */
export function ofAnotherYear(f: Pick<FoundFigure, 'value' | 'sentence'>, published: string | undefined, named: readonly number[]): boolean {
  const year = yearDating(f.sentence.text, f.sentence.text.indexOf(f.value));
  const story = Number(published?.slice(0, 4));
  return year !== undefined && !!story && year !== story && !named.includes(year);
}
