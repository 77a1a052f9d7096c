import { distance } from 'fastest-levenshtein';
import { type SameText, standInFor } from '../index/same-text.js';
import { sentenceSimilarity } from '../index/similarity.js';
import { MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS } from '../ingest/calendar-words.js';
import type { Sentence } from '../ingest/document.js';
import { stem } from '../nlp.js';
import { findAgeDifferences } from './age-differences.js';
import { correctionsIn } from './corrections.js';
import { findFigures } from './figures.js';
import { numericValue, riseTold, stepOfRise, type ToldRise } from './figures-differ.js';
import { findDates } from './timeline.js';

/**
 * One statement told two ways: two documents say the same words around one slot and fill it
 * differently ("Aaron McKinney, 22, were" / "Aaron McKinney, 21, were"; "the federal Hate Crimes
 * Prevention Act" / "… Protection Act"). The rest of the statement agreeing is what makes the
 * differing name or number a disagreement rather than a second fact.
 */
export interface SlotDifference {
  /** The slot as each side fills it, in the sides' order. */
  values: [string, string];
  /** What the sources disagree on: the slot's nearest shared words with both fillers ("Aaron McKinney, 22 or 21"). */
  question: string;
  sides: [Sentence, Sentence];
}

/** Tokens of shared context around the slot (both sides together) that make it one statement. */
const MIN_CONTEXT = 6;
/** Cosine of the two sentences' stems: they tell mostly the same (as figures that differ ask of theirs). */
const SAME_STATEMENT = 0.3;
/** Tokens of context gathered on each side of a slot. */
const REACH = 8;
/** A context key shared by more slots than this (", and _") places none of them: it is skipped. */
const MAX_PER_KEY = 40;

/** Words that name a date or the day an article was filed: write-throughs change them without disagreeing. */
const CALENDAR = new Set<string>([...WEEKDAYS, ...MONTHS, ...MONTH_ABBREVIATIONS]);
/** Articles and the possessive are dropped before alignment: "the Casper City Council" and "Laramie's City Council" fill one slot. */
const DROPPED = new Set(['the', 'a', 'an', "'s", '’s']);
/** Numbers, words (a possessive 's apart), single marks. */
const TOKEN = /\$?\d[\d,.]*\d|\$?\d|['’]s\b|\p{L}[\p{L}\p{M}-]*(?:['’](?!s\b)\p{L}[\p{L}\p{M}-]*)*|[^\s\p{L}\p{N}]/gu;

interface Slot {
  sentence: number;
  at: number;
  value: string;
  kind: 'number' | 'name';
  /** The value folded for comparing: lower case for a name, the number's value for a number. */
  folded: string;
}

/**
 * What a sentence gives the search, worked out once per sentence: sentences outlive searches. Its
 * slots only: a sentence's words are read again by the search that needs them, not held for the set.
 */
interface SentenceSlots {
  slots: { at: number; value: string; kind: 'number' | 'name'; folded: string; keys: [string, string] }[];
}
const slotsKnown = new WeakMap<Sentence, SentenceSlots>();

function slotsOf(s: Sentence, sameText?: SameText): SentenceSlots {
  const known = slotsKnown.get(s);
  if (known) return known;
  // Slots depend on the text alone: copies share their first's, kept under the copy too, so the next answer does not ask
  // the set again which sentence is the text's first.
  const first = standInFor(s, sameText);
  if (first) {
    const shared = slotsOf(first);
    slotsKnown.set(s, shared);
    return shared;
  }
  const tokens = tokensOf(s.text);
  const slots: SentenceSlots['slots'] = [];
  tokens.forEach((value, at) => {
    const kind = slotKind(value, at);
    if (!kind) return;
    // Each slot is placed by the two tokens before it and, apart, by the two after: the full context is checked pair by pair.
    const keys: [string, string] = [`<${tokens[at - 2] ?? '^'}\u0001${tokens[at - 1] ?? '^'}`.toLowerCase(), `>${tokens[at + 1] ?? '$'}\u0001${tokens[at + 2] ?? '$'}`.toLowerCase()];
    slots.push({ at, value, kind, folded: kind === 'number' ? numberOf(value) : fold(value), keys });
  });
  const out = { slots };
  slotsKnown.set(s, out);
  return out;
}

/** Folded tokens and number values, for "does this sentence name that value". */
function namedIn(tokens: readonly string[]): Set<string> {
  const named = new Set<string>();
  for (const t of tokens) {
    named.add(fold(t));
    if (/^\$?\d/.test(t)) named.add(`#${numberOf(t)}`);
  }
  return named;
}
interface SlotIndex {
  byKey: Map<string, Slot[]>;
  /** Keys of each sentence's slots, for looking up one sentence's counterparts. */
  keysOf: string[][];
}

/** A set's slot index is built once and extended when sentences were added (a set's sentences only grow in place). */
const built = new WeakMap<readonly Sentence[], { size: number; index: SlotIndex }>();

function slotIndexOf(sentences: readonly Sentence[], sameText?: SameText): SlotIndex {
  const known = built.get(sentences);
  if (known && known.size === sentences.length) return known.index;
  const index = known && known.size < sentences.length ? known.index : { byKey: new Map<string, Slot[]>(), keysOf: [] as string[][] };
  const { byKey, keysOf } = index;
  for (let sentence = known && known.size < sentences.length ? known.size : 0; sentence < sentences.length; sentence++) {
    const keys: string[] = [];
    for (const { at, value, kind, folded, keys: slotKeys } of slotsOf(sentences[sentence]!, sameText).slots) {
      const slot = { sentence, at, value, kind, folded };
      for (const k of slotKeys) {
        const slots = byKey.get(k) ?? [];
        if (slots.length <= MAX_PER_KEY) slots.push(slot);
        byKey.set(k, slots);
        keys.push(k);
      }
    }
    keysOf[sentence] = keys;
  }
  built.set(sentences, { size: sentences.length, index });
  return index;
}

/**
 * An index for one search, not kept: only the slots that share a key with a slot of `about`, so a
 * search over a topic's articles does not index what it will never look up.
 */
function slotIndexAround(sentences: readonly Sentence[], about: ReadonlySet<Sentence>, sameText?: SameText): SlotIndex {
  const wanted = new Set<string>();
  for (const s of about) for (const slot of slotsOf(s, sameText).slots) for (const k of slot.keys) wanted.add(k);
  const byKey = new Map<string, Slot[]>();
  const keysOf: string[][] = [];
  sentences.forEach((s, sentence) => {
    const keys: string[] = [];
    for (const { at, value, kind, folded, keys: slotKeys } of slotsOf(s, sameText).slots) {
      for (const k of slotKeys) {
        if (!wanted.has(k)) continue;
        const slots = byKey.get(k) ?? [];
        if (slots.length <= MAX_PER_KEY) slots.push({ sentence, at, value, kind, folded });
        byKey.set(k, slots);
        keys.push(k);
      }
    }
    keysOf[sentence] = keys;
  });
  return { byKey, keysOf };
}

/**
 * Pairs of sentences from different documents that say the same around one name or number and
 * fill it differently: every pair whose shared context reaches MIN_CONTEXT tokens, strongest first.
 * With `about`, one side of each pair is one of those sentences (a topic's), the other any sentence.
 */
/** Whether a sentence says its count went up or down from `value` (rules RU, RU′). */
function changedFrom(text: string, value: string): boolean {
  const amount = numericValue(value);
  return correctionsIn(text).some((c) => (c.grownFrom || c.shrunkFrom) && numericValue(text.slice(c.replaced[0], c.replaced[1])) === amount);
}

/** The rises the sentences of a slot's number tell ("52 …, up from 14 when the strike began"). */
function risesOf(slots: readonly Slot[], text: (slot: Slot) => string, published: (slot: Slot) => string | undefined): ToldRise[] {
  return slots.flatMap((slot) => {
    const t = text(slot);
    if (slot.kind !== 'number' || !/\b(?:up|down)\s+from\b/i.test(t)) return [];
    return correctionsIn(t).flatMap((c) => riseTold(c, t, Number(slot.folded), published(slot)) ?? []);
  });
}

/**
 * Amendment UW′ (docs/quality.md, "Session 70"): two values that both lie on a rise a sentence of the slot tells are steps of it,
 * not a disagreement: each is its end, or a step of it (rule UW).
 */
function onOneRise(rises: readonly ToldRise[], sides: readonly { value: number; published?: string }[]): boolean {
  return rises.some((r) => sides.every((x) => x.value === r.now || stepOfRise(r, x.value, x.published)));
}

export function findSlotDifferences(
  sentences: readonly Sentence[],
  limit: number,
  about?: ReadonlySet<Sentence>,
  { keep = true, sameText, rankOf, published }: { keep?: boolean; sameText?: SameText; rankOf?: (s: Sentence) => number; published?: (docId: string) => string | undefined } = {},
): SlotDifference[] {
  const { byKey, keysOf } = keep || !about ? slotIndexOf(sentences, sameText) : slotIndexAround(sentences, about, sameText);
  // Words are kept only while one search runs: the set keeps its slots, not every sentence's words. Copies share them.
  const tokenCache = new Map<string, string[]>();
  const tokens = (i: number) => {
    const text = sentences[i]!.text;
    return tokenCache.get(text) ?? tokenCache.set(text, tokensOf(text)).get(text)!;
  };
  const namedCache = new Map<string, Set<string>>();
  const named = (i: number) => {
    const text = sentences[i]!.text;
    return namedCache.get(text) ?? namedCache.set(text, namedIn(tokens(i))).get(text)!;
  };
  const figureCache = new Map<number, string[]>();
  const counted = (slot: Slot, list: readonly string[]) => {
    if (ageSlot(slot, list)) return true;
    const values =
      figureCache.get(slot.sentence) ??
      figureCache
        .set(
          slot.sentence,
          findFigures([sentences[slot.sentence]!]).map((f) => f.value),
        )
        .get(slot.sentence)!;
    return values.some((v) => v.split(/\s+/).includes(slot.value));
  };
  let keys: Iterable<string> = byKey.keys();
  if (about) {
    const ofAbout = new Set<string>();
    sentences.forEach((s, i) => {
      if (about.has(s)) for (const k of keysOf[i]!) ofAbout.add(k);
    });
    keys = ofAbout;
  }
  const inScope = (i: number) => !about || about.has(sentences[i]!);
  const found = new Map<string, { score: number; pairs: SlotDifference[] }>();
  const seen = new Set<string>();
  const scoped = new Uint8Array(MAX_PER_KEY + 1);
  const daysKnown = new Map<Sentence, Set<string>>();
  const daysOf = (s: Sentence) => daysKnown.get(s) ?? daysKnown.set(s, daysTold(s, published)).get(s)!;
  const publishedOf = (slot: Slot) => {
    const date = published?.(sentences[slot.sentence]!.docId);
    return date ? { published: date } : {};
  };
  for (const key of keys) {
    const slots = byKey.get(key)!;
    if (slots.length > MAX_PER_KEY) continue;
    let rises: ToldRise[] | undefined;
    const risesOfKey = () =>
      (rises ??= risesOf(
        slots,
        (slot) => sentences[slot.sentence]!.text,
        (slot) => publishedOf(slot).published,
      ));
    // Asked once a slot, not once a pair: a key's slots are compared pairwise.
    for (let k = 0; k < slots.length; k++) scoped[k] = inScope(slots[k]!.sentence) ? 1 : 0;
    for (let i = 0; i < slots.length; i++) {
      if (!scoped[i]) continue;
      for (let j = 0; j < slots.length; j++) {
        // A pair of two in-scope slots is compared once, in the order the set holds them.
        if (j === i || (j < i && scoped[j])) continue;
        const a = j > i ? slots[i]! : slots[j]!;
        const b = j > i ? slots[j]! : slots[i]!;
        const sa = sentences[a.sentence]!;
        const sb = sentences[b.sentence]!;
        if (sa.docId === sb.docId || sa.text === sb.text) continue;
        if (!differentFillers(a, b)) continue;
        const pairKey = `${a.sentence}:${a.at}:${b.sentence}:${b.at}`;
        if (seen.has(pairKey)) continue;
        seen.add(pairKey);
        const ta = tokens(a.sentence);
        const tb = tokens(b.sentence);
        // A sentence that names both tells them apart: two people, not one told two ways. A number recurs
        // for other things ("Henderson, 21, and McKinney, 22" against "…McKinney, 21"), so it takes both
        // sentences stating both values ("Exxon … $176.7 billion, and Mobil … $61.1 billion" in two copies).
        // A number disputed is a quantity (a figure the figures extractor keeps) or a person's age
        // ("McKinney, 22,"); not a label ("stage 13"), a clock time ("06:44") or a year.
        if (a.kind === 'number' && !(counted(a, ta) && counted(b, tb))) continue;
        // Amendment RU′ (docs/quality.md, "Session 67"): a sentence that says its count went up or down from the other's value
        // ("1,120 …, down from 1,350 the night before") tells a change, not a disagreement.
        if (a.kind === 'number' && (changedFrom(sa.text, b.value) || changedFrom(sb.text, a.value))) continue;
        if (
          a.kind === 'number' &&
          onOneRise(
            risesOfKey(),
            [a, b].map((x) => ({ value: Number(x.folded), ...publishedOf(x) })),
          )
        )
          continue;
        const aNamesB = mentions(named(a.sentence), b);
        const bNamesA = mentions(named(b.sentence), a);
        if (a.kind === 'name' ? aNamesB || bNamesA : aNamesB && bNamesA) continue;
        const left = matchRun(ta, a.at, tb, b.at, -1);
        const right = matchRun(ta, a.at, tb, b.at, 1);
        // The slot is enclosed by the same words on both sides: "Fisher, 34, was released" and "Price, 29,
        // was released" share a predicate, not the statement about one person.
        if (left + right < MIN_CONTEXT || !hasWord(ta.slice(a.at - left, a.at)) || !hasWord(ta.slice(a.at + 1, a.at + 1 + right))) continue;
        // A number's shared words name what it belongs to ("Aaron McKinney, 22"; "Halloween revelers … killing 65"):
        // "it had a magnitude of 5.8" against "of 5.6" may be two aftershocks.
        if (a.kind === 'number' && !ta.slice(a.at - left, a.at + 1 + right).some((t, i) => i !== left && /^\p{Lu}/u.test(t) && a.at - left + i > 0)) continue;
        // Beyond the slot the two must tell mostly the same ("embassies in Kenya and" inside two unrelated
        // sentences names two places, it does not dispute one).
        if (sentenceSimilarity(sa, sb) < SAME_STATEMENT) continue;
        // Rule DD (docs/quality.md, "Session 74"): "stood at 30 percent … on Tuesday morning" and "stood at 27 percent on Monday"
        // of another week tell a level at two moments, not one fact two ways.
        // Not an age ("Dale Fisher, 34,"): a person's age does not move from one day to the next.
        if (a.kind === 'number' && !ageSlot(a, ta) && datedApart(daysOf(sa), daysOf(sb))) continue;
        const question = questionOf(ta.slice(a.at - Math.min(left, 3), a.at), `${a.value} or ${b.value}`, ta.slice(a.at + 1, a.at + 1 + Math.min(right, 2)), a.kind === 'number');
        // One disagreement is one entry, however many copies of each side there are and however far their words agree.
        const near = left >= 2 ? ta.slice(a.at - 2, a.at) : ta.slice(a.at + 1, a.at + 3);
        const what = `${[fold(a.value), fold(b.value)].sort().join('|')}|${near.map(fold).join(' ')}`;
        const entry = found.get(what) ?? { score: 0, pairs: [] };
        entry.score = Math.max(entry.score, left + right);
        entry.pairs.push({ values: [a.value, b.value], question, sides: [sa, sb] });
        found.set(what, entry);
      }
    }
  }
  // A person's age told in two shapes ("the 22-year-old … student" / "Shepard, a 21-year-old freshman") is one more
  // statement told two ways (rule A, 16conf6), of the weakest context the slot search accepts.
  // Not an age the slot search already found in the same two sentences ("Aaron McKinney, 22" / "Aaron McKinney, 21"): one
  // disagreement is one entry.
  const pairKey = (d: SlotDifference) => [...d.sides.map((x) => `${x.docId}#${x.position}`), ...[...d.values].sort()].sort().join('|');
  const slotPairs = new Set([...found.values()].flatMap((e) => e.pairs.map(pairKey)));
  for (const { key, pairs } of findAgeDifferences(sentences, about, published)) if (!found.has(key) && !pairs.some((d) => slotPairs.has(pairKey(d)))) found.set(key, { score: MIN_CONTEXT, pairs });
  // With a topic's ranking (rankOf), the entry whose sentence is most relevant to it first, so a topic shows its own
  // disagreement before another topic's; then strongest first. Each takes the pair of copies the entries before it
  // used least, so two disagreements within one pair of sentences ("Henderson, 21 … McKinney, 22") can show apart.
  const rankOfEntry = ({ pairs }: { pairs: SlotDifference[] }) => (rankOf ? Math.min(...pairs.flatMap((d) => d.sides.map(rankOf))) : 0);
  const used = new Set<Sentence>();
  const out: SlotDifference[] = [];
  for (const { pairs } of [...found.values()].map((e) => ({ ...e, rank: rankOfEntry(e) })).sort((x, y) => x.rank - y.rank || y.score - x.score)) {
    if (out.length >= limit) break;
    const fresh = (d: SlotDifference) => d.sides.filter((s) => !used.has(s)).length;
    const best = pairs.reduce((x, y) => (fresh(y) > fresh(x) ? y : x));
    best.sides.forEach((s) => used.add(s));
    out.push(best);
  }
  return out;
}

/** The days a sentence dates what it tells to (a day, not a month or a year), resolved against its article's date. */
function daysTold(s: Sentence, published: ((docId: string) => string | undefined) | undefined): Set<string> {
  const found = findDates(
    [s],
    (docId) => published?.(docId),
    undefined,
    () => undefined,
  );
  return new Set(found.flatMap((d) => (d.isEvent && d.date && /^\d{4}-\d{2}-\d{2}$/.test(d.date) ? [d.date] : [])));
}

/** A number right after a name and its comma, closed by a comma, a stop or "and": a person's age ("Dale Fisher, 34,"). */
function ageSlot(slot: Slot, tokens: readonly string[]): boolean {
  return /^,$/.test(tokens[slot.at - 1] ?? '') && /^\p{Lu}/u.test(tokens[slot.at - 2] ?? '') && /^[,.;)]$|^and$/.test(tokens[slot.at + 1] ?? '');
}

/** Both sides dated to a day, and to no day in common. */
function datedApart(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size > 0 && b.size > 0 && ![...a].some((d) => b.has(d));
}

function tokensOf(text: string): string[] {
  const out: string[] = [];
  for (const [t] of text.matchAll(TOKEN)) if (t.length > 3 || !DROPPED.has(t.toLowerCase())) out.push(t);
  return out;
}

/** A slot is a number or a capitalised word inside the sentence (a name); not a calendar word. */
function slotKind(token: string, at: number): 'number' | 'name' | undefined {
  if (/^\$?\d/.test(token)) return 'number';
  if (at > 0 && /^\p{Lu}\p{Ll}/u.test(token) && !CALENDAR.has(token.toLowerCase().replace(/\.$/, ''))) return 'name';
  return undefined;
}

/**
 * Two fillers that really differ: two numbers of different value, or two names that are not
 * spellings of one ("Shepard"/"Shepherd", "Chastity"/"Chasity": same first letter, two edits apart).
 */
function differentFillers(a: Slot, b: Slot): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'number') return a.folded !== b.folded;
  const fa = a.folded;
  const fb = b.folded;
  if (fa === fb || stem(fa) === stem(fb)) return false;
  return !(fa[0] === fb[0] && distance(fa, fb) <= 2);
}

const fold = (token: string) => token.toLowerCase().replace(/[’']/g, "'");
/** "3.0" and "3", "1,500" and "1500" are one number. */
const numberOf = (token: string) => String(Number(token.replace(/[$,]/g, '').replace(/\.$/, '')));

/** Whether the sentence names the slot's value: the same word, or the same number however written. */
function mentions(named: ReadonlySet<string>, slot: Slot): boolean {
  // A number that does not parse ("1.2.3") matched every word before: NaN equals NaN as text.
  return named.has(fold(slot.value)) || (slot.kind === 'number' && (slot.folded === 'NaN' || named.has(`#${slot.folded}`)));
}

/** How many tokens agree walking away from the slot in one direction. */
function matchRun(a: readonly string[], atA: number, b: readonly string[], atB: number, step: 1 | -1): number {
  let n = 0;
  while (n < REACH) {
    const x = a[atA + step * (n + 1)];
    const y = b[atB + step * (n + 1)];
    if (x === undefined || y === undefined || (x !== y && fold(x) !== fold(y))) break;
    n++;
  }
  return n;
}

const hasWord = (tokens: readonly string[]) => tokens.some((t) => /\p{L}/u.test(t));

/**
 * The slot with the words that tie it to its subject, within its phrase: before it back to a
 * punctuation mark or a conjunction (a number's appositive comma is kept: "McKinney, 22"), after
 * it up to a mark; no function word left dangling at either end ("Laramie or Casper City Council").
 */
function questionOf(before: readonly string[], slot: string, after: readonly string[], isNumber: boolean): string {
  const breaks = (t: string) => !/[\p{L}\p{N}]/u.test(t) || /^(?:and|or|but)$/i.test(t);
  let lead = [...before];
  const beside = lead.length && breaks(lead.at(-1)!) ? lead.pop()! : '';
  if (beside && !isNumber) lead = [];
  let start = lead.length;
  while (start > 0 && !breaks(lead[start - 1]!)) start--;
  lead = lead.slice(start);
  while (lead.length && FUNCTION_WORD.test(lead[0]!)) lead.shift();
  let tail = [...after];
  const cut = tail.findIndex(breaks);
  if (cut >= 0) tail = tail.slice(0, cut);
  while (tail.length && FUNCTION_WORD.test(tail.at(-1)!)) tail.pop();
  return [...lead, ...(lead.length && beside ? [beside] : []), slot, ...tail].join(' ').replace(/\s+([,.;:!?)])/g, '$1');
}
const FUNCTION_WORD = /^(?:and|or|of|in|on|at|to|for|by|with|amid|from|were|was|is|are|has|have|had|that|which|who)$/i;
