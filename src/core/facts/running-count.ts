import { CALENDAR_NAMES, MONTH_ABBREVIATIONS } from '../ingest/calendar-words.js';
import type { Sentence } from '../ingest/document.js';
import { writtenStem } from '../nlp.js';

/**
 * A story's running count (refugees, a death toll, the arrested) is repeated by most of its articles in sentences that
 * tell different things around it: "left more than 275,000 refugees" and "the roughly 250,000 ethnic Albanian refugees
 * who have been forced to flee" count one thing though their descriptions and sentences differ (docs/quality.md,
 * nineteenth round, issue 16conf2, rule R).
 */

/** Words that end the noun phrase after a number: what follows them says something of the counted thing, it is not its name. */
const ENDS_PHRASE = new Set(['who', 'whom', 'whose', 'that', 'which', 'of', 'in', 'for', 'from', 'to', 'at', 'by', 'with', 'on', 'and', 'or', 'was', 'were', 'is', 'are', 'be', 'been', 'have', 'has', 'had', 'will', 'would']);

/**
 * The head of what a figure counts, lower-cased: the last word of the noun phrase written right after the number, among
 * the words of its description ("250,000 ethnic Albanian refugees who …" → refugees). The phrase ends at punctuation, at a
 * relative pronoun, preposition or auxiliary, and before a participle that reports the count ("400 people attended" →
 * people). '' when the description does not follow the number ("the market dropped 5 percent").
 */
export function headNounAfter(text: string, end: number, describedBy: ReadonlySet<string>): string {
  let head = '';
  for (const m of text.slice(end).matchAll(/([^\s]+)(\s*)/g)) {
    const word = m[1]!.replace(/^[("'‘“]+/, '');
    const bare = word.replace(/[.,;:!?)"'’”]+$/, '').toLowerCase();
    if (!bare || ENDS_PHRASE.has(bare) || !describedBy.has(bare)) break;
    // A participle after the noun reports the count ("people killed"); before any noun it describes it ("displaced people").
    if (head && /(?:ed|ing)$/.test(bare)) break;
    head = bare;
    if (bare !== word.toLowerCase()) break;
  }
  return head;
}

/** The names a sentence uses, as stems: capitalised words past its first, no month or weekday ("ethnic Albanian refugees" → albanian). */
export function namesIn(sentence: Pick<Sentence, 'text'>): Set<string> {
  const out = new Set<string>();
  const words = sentence.text.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  words.forEach((w, i) => {
    const lower = w.toLowerCase().replace(/['’]s$/, '');
    if (i === 0 || !/^\p{Lu}/u.test(w) || lower === 'i' || CALENDAR.has(lower.replace(/\.$/, ''))) return;
    out.add(writtenStem(lower));
  });
  return out;
}
const CALENDAR: ReadonlySet<string> = new Set<string>([...CALENDAR_NAMES, ...MONTH_ABBREVIATIONS]);

/** One figure as the census reads it: what it counts (unit and head noun), where, and how much. */
export interface CountedFigure {
  /** The unit kind and the head noun's stem: one running count. */
  count: string;
  docId: string;
  amount: number;
}

/** Documents that must count a thing before it is a running count of the set: one or two is a story told once, not followed. */
const RUNNING_DOCUMENTS = 3;
/** The most a running count's values may differ (largest over smallest): a misreport or a revision, not another quantity. */
const RUNNING_SPREAD = 2;

/**
 * The counts the set follows: every document that counts the thing states one value of it, at least three documents
 * count it, and its values lie within a factor of two. A noun that counts several things ("people" who attended, were
 * arrested, were hurt) fails: two values in one article, or values far apart.
 */
export function runningCounts(figures: readonly CountedFigure[]): Set<string> {
  const byCount = new Map<string, Map<string, Set<number>>>();
  for (const f of figures) {
    const docs = byCount.get(f.count) ?? new Map<string, Set<number>>();
    docs.set(f.docId, (docs.get(f.docId) ?? new Set()).add(f.amount));
    byCount.set(f.count, docs);
  }
  const out = new Set<string>();
  for (const [count, docs] of byCount) {
    if (docs.size < RUNNING_DOCUMENTS || [...docs.values()].some((v) => v.size > 1)) continue;
    const amounts = [...docs.values()].flatMap((v) => [...v]);
    const low = Math.min(...amounts);
    if (low > 0 && Math.max(...amounts) <= RUNNING_SPREAD * low) out.add(count);
  }
  return out;
}
