import { type FoundFigure, isTimeUnit, isUnit, placeOf } from '../facts/figures.js';
import { countKey, sameWordOf, withoutHedge } from '../facts/figures-differ.js';
import { amountOf } from '../facts/number-words.js';
import { ofAnotherYear, yearsIn } from '../facts/years.js';
import type { Sentence } from '../ingest/document.js';
import { its, readDoc, stem, WRITTEN_WORD } from '../nlp.js';
import type { Question } from '../topics/read-query.js';

/** Sources that must name a counted thing for it to be what the story counts, not a word one article used once. */
const RECURS_IN = 2;

/**
 * Key figures in the order a desk would show them, each tier in the given (relevance) order: for a question that asks
 * an amount, the figures that count what it asks, those sharing more of its words first; then measured quantities, money and percentages and counts of a
 * thing the topic's sources name in sentences of at least two documents of the pool ("15,000 troops", "60 people
 * killed"); then the rest: durations, small counts of a thing said once, and counts that announce the list the text gives
 * next ("two factors: …", "two factors." before "The first is…").
 */
export function rankFigures<F extends Pick<FoundFigure, 'value' | 'counts' | 'sentence'>>(
  figures: readonly F[],
  pool: readonly Sentence[],
  question?: Question,
  /** The sentence after one in its document, where known. */
  nextOf?: (sentence: Sentence) => Sentence | undefined,
  /** An article's publication date, where known. */
  publishedOf: (docId: string) => string | undefined = () => undefined,
): F[] {
  const asked = askedKey(question);
  const named = asked.size && question ? yearsIn([...question.words].join(' ')) : [];
  const heads = figures.map((f) => (measured(f.value) ? undefined : countedHead(f.counts)));
  const sources = sourcesOf(new Set(heads.filter((h) => h !== undefined)), pool);
  // Among the asked quantity's figures, the more of the asked words a description shares, the earlier ("people killed"
  // before "displaced people" for "how many people died").
  const tier = (f: F, i: number) => {
    const shared = asked.size ? [...countKey(f)].filter((k) => asked.has(k)).length : 0;
    // Rule BY: the asked quantity of another year's event ("since 1998, when 23 people died") after the story's own.
    if (shared) return ofAnotherYear(f, publishedOf(f.sentence.docId), named) ? -0.5 : -shared;
    // "the three-year conflict": background to a thing the story names, shown only where no other figure fills the slot (H1c);
    // so is a place's size, "a city of half a million people" (rule PP).
    // Rule KS (docs/quality.md, "Session 66"): "its two main container ports", "two of its three hospitals": a set the subject has.
    if (definiteCompound(f) || placeSize(f) || subjectsOwnSet(f)) return 3;
    if (measured(f.value)) return 1;
    if (countOfListedItems(f, nextOf)) return 2;
    const head = heads[i];
    return head && (sources.get(head)?.size ?? 0) >= RECURS_IN ? 1 : 2;
  };
  return figures
    .map((f, i) => ({ f, i, t: tier(f, i) }))
    .sort((a, b) => a.t - b.t || a.i - b.i)
    .map((x) => x.f);
}

/**
 * The stems an amount question asks a count of ("how many people died in the fire" → peopl, dead), in the form countKey
 * gives: the counted noun, the measure and the asked verb. Not the names that qualify the common noun heading what it
 * asks about ("how much is the Exxon Mobil deal worth" → deal, worth): they pick the story, and every figure of it may
 * carry them, a share move "Exxon rose to" as much as the answer. A name that heads it ("how far did the Dow fall") is
 * the thing measured and stays (docs/quality.md, "Eighteenth round (issue 16figask)").
 */
export function askedKey(question: Question | undefined): Set<string> {
  if (question?.kind !== 'amount') return new Set();
  const qualifiers = namesQualifyingHead(question);
  return new Set(question.asked.filter((s) => !qualifiers.has(s)).map(sameWordOf));
}

/**
 * The question's names in the run of asked words just before the asked part's head, when that head is a common word:
 * the asked words in the question's order end on the asked verb or measure ("worth"); the one before it heads the
 * subject ("deal"); "Exxon Mobil" before it qualifies it.
 */
function namesQualifyingHead(question: Question): Set<string> {
  const written = (question.text.match(WRITTEN_WORD) ?? []).map((w) => ({
    w,
    s: stem(w.toLowerCase().replace(/['’]s$/, '')),
  }));
  const asked = new Set(question.asked);
  const at = written.flatMap((x, i) => (asked.has(x.s) ? [i] : []));
  const head = at.at(-2);
  const out = new Set<string>();
  if (head === undefined || !/^\p{Ll}/u.test(written[head]!.w)) return out;
  const names = new Set(question.names);
  for (let i = head - 1; i >= 0 && asked.has(written[i]!.s); i--) if (names.has(written[i]!.s)) out.add(written[i]!.s);
  return out;
}

/** Whether a figure counts the quantity a "how many" question asks for (`askedKey`): it answers it. */
export function countsAsked(figure: { counts: string }, asked: ReadonlySet<string>): boolean {
  return [...countKey(figure)].some((k) => asked.has(k));
}

/** Figures that differ with the asked quantity's first, at most `limit`. */
export function askedFirst<D extends { counts: string }>(entries: readonly D[], asked: ReadonlySet<string>, limit: number): D[] {
  return entries
    .map((d, i) => ({ d, i, t: countsAsked(d, asked) ? 0 : 1 }))
    .sort((a, b) => a.t - b.t || a.i - b.i)
    .slice(0, limit)
    .map((x) => x.d);
}

/**
 * "included three very vague points:", "two major obstacles to a peace agreement—territory swaps and…": a count of ten or
 * fewer whose counted words run, with at most a short prepositional phrase, to a colon or a dash introduces the items the
 * text lists next; it counts the writer's points, not the story's things (issue 16k). A sentence's end is no such sign:
 * "the killing of the four hostages." counts the story's dead.
 */
function countOfListedItems(f: Pick<FoundFigure, 'value' | 'counts' | 'sentence'>, nextOf?: (sentence: Sentence) => Sentence | undefined): boolean {
  const value = amountOf(f.value);
  if (value === undefined || value > 10 || !f.counts) return false;
  const text = f.sentence.text;
  for (let at = text.indexOf(f.value); at >= 0; at = text.indexOf(f.value, at + 1)) {
    if (at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1]!)) continue;
    const m = LIST_AFTER.exec(text.slice(at + f.value.length));
    if (!m || !`${f.counts} `.startsWith(`${m[1]} `)) continue;
    // "as evidenced by two factors." then "The first is…": the next sentence takes the list up (rule 5b).
    if (!m[2] || TAKES_UP_LIST.test(nextOf?.(f.sentence)?.text ?? '')) return true;
  }
  return false;
}

/** The counted words after a number, a short prepositional phrase, then a colon or a dash, or the sentence's end (group 2). */
const LIST_AFTER = /^\s+((?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+)(?:\s+(?:to|for|in|on|of|behind|against|with)(?:\s+[\p{L}'’-]+){1,3})?\s*(?:[:—–]|--|\s-\s|([.!?])["”’]?\s*$)/u;
/** A sentence that opens on the first of a list just announced: "The first is…", "First, …", "One is…", "One of them…". */
const TAKES_UP_LIST = /^\W*(?:the first\b|first,|one (?:is|was|of them)\b)/i;

/**
 * "the three-year conflict", "the two-party opposition": a small number word joined by a hyphen to its noun after a definite
 * word describes a thing the story already names; the number is background, not the story's count: it ranks last (rules H1b, H1c).
 */
function definiteCompound(f: Pick<FoundFigure, 'value' | 'counts' | 'sentence'>): boolean {
  const first = f.counts.split(' ')[0];
  if (!first || !/^(?:two|three)$/i.test(f.value)) return false;
  const text = f.sentence.text.toLowerCase();
  const joined = `${f.value.toLowerCase()}-${first.toLowerCase()}`;
  return DEFINITE_BEFORE.some((w) => text.includes(`${w} ${joined}`));
}

const DEFINITE_BEFORE = ['the', 'other', 'latter', 'former'];

/** "the country's two main container ports", "two of its three hospitals": a small number of things a possessor has. */
function subjectsOwnSet(f: Pick<FoundFigure, 'value' | 'sentence'>): boolean {
  return OWN_SET.get(f.value.toLowerCase())?.test(f.sentence.text.toLowerCase()) ?? false;
}
const SMALL_NUMBER_WORDS = 'two|three|four|five|six|seven|eight|nine|ten';
/** Each small number word's pattern of a possessed set, made once. */
const OWN_SET = new Map(SMALL_NUMBER_WORDS.split('|').map((value) => [value, new RegExp(`(?:\\b(?:its|their|his|her|our)|['’]s)\\s+${value}\\b|\\b${value}\\s+of\\s+(?:its|their|his|her|our)\\s+(?:${SMALL_NUMBER_WORDS})\\b`)]));

/**
 * "a city of 27,000", "the nation of 3.2 million", "a population of more than 26,000", "34 million inhabitants", "Goteborg has
 * about 435,000 people.": the size of the place the story happens in describes where it is, it is not what the story counts
 * (rule PP, docs/quality.md "Session 64").
 */
function placeSize(f: Pick<FoundFigure, 'value' | 'counts' | 'sentence'>): boolean {
  if (/^inhabitants\b/i.test(f.counts)) return true;
  const at = placeOf(f);
  if (at <= 0) return false;
  const before = withoutHedge(f.sentence.text.slice(Math.max(0, at - 60), at));
  // "Goteborg has about 435,000 people.": what a place has, the clause ending on it (amendment PP′).
  return PLACE_OF.test(before) || (/\b(?:has|have|had)\s*$/i.test(before) && HAS_PEOPLE.test(f.sentence.text.slice(at + f.value.length)));
}
const HAS_PEOPLE = /^\s+(?:people|residents|inhabitants)\s*(?:[.,;:!?]|$)/i;

/** A settled place or polity, or its population, then "of", right before the number. */
const PLACE_OF = /\b(?:city|town|village|country|nation|state|province|region|county|district|island|suburb|capital|community|municipality|kingdom|republic|population) of\s*$/i;

/** Money and percentages are measured quantities whatever they measure. */
function measured(value: string): boolean {
  return /[$€£¥%]|\b(?:dlrs|usd|percent|per cent)\b/i.test(value);
}

/** Descriptions already read: the same figures come up in briefing after briefing of a set. */
const headsRead = new Map<string, string | undefined>();
const HEADS_KEPT = 20_000;

/**
 * The noun the figure counts, as a stem: the last noun of the first run of nouns in its description ("very vague points
 * included" → point, "day energy ceasefire" → ceasefir, "people killed" → peopl), unless that is a unit or a span of time.
 */
function countedHead(counts: string): string | undefined {
  if (headsRead.has(counts)) return headsRead.get(counts);
  const tokens = readDoc(counts).tokens();
  const words = tokens.out() as string[];
  const pos = tokens.out(its.pos) as string[];
  let head: string | undefined;
  for (let i = 0; i < words.length; i++) {
    if (pos[i] !== 'NOUN' && pos[i] !== 'PROPN') {
      if (head !== undefined) break;
      continue;
    }
    head = words[i]!;
  }
  // A duration ("four days", "a 30-day ceasefire" reads "ceasefire") or a number of times is background, not what is counted.
  const found = head && !isUnit(head) && !isTimeUnit(head) && !/^times$/i.test(head) ? stem(head.toLowerCase()) : undefined;
  if (headsRead.size < HEADS_KEPT) headsRead.set(counts, found);
  return found;
}

/** The documents of the pool that say each head; a word is stemmed only when it opens like one of them. */
function sourcesOf(heads: ReadonlySet<string>, pool: readonly Sentence[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const openings = new Set([...heads].map((h) => h.slice(0, 3)));
  for (const s of pool) {
    for (const w of s.words) {
      if (!openings.has(w.slice(0, 3))) continue;
      const key = stem(w);
      if (!heads.has(key)) continue;
      let docs = out.get(key);
      if (!docs) out.set(key, (docs = new Set()));
      docs.add(s.docId);
    }
  }
  return out;
}
