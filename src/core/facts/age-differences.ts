import { MONTHS, WEEKDAYS } from '../ingest/calendar-words.js';
import type { Sentence } from '../ingest/document.js';
import { type TaggedWord, taggedWords } from '../nlp.js';
import { regExpLiteral } from '../regexp-literal.js';
import { daysBetween, MEASURE_REVISED_WITHIN_DAYS } from './figures-differ.js';

/**
 * A person's age told two ways in the "N-year-old" form (docs/quality.md, "Conflicts, session 33 (16conf6)", rule A):
 * "the 22-year-old University of Wyoming student" in one article, "Shepard, a 21-year-old freshman" in another. The
 * slot search needs the same words around the number; an age is told in too many shapes for that, so it is read with
 * its holder, and two ages of one holder are compared.
 */
export interface StatedAge {
  /** The holder's surname as written ("Shepard"). */
  holder: string;
  /** The age's number as written ("21"). */
  value: string;
}

/** Determiners are no first name: "The Swede" does not make "Swede" a surname. A closed class. */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'another', 'every', 'each', 'no', 'some', 'any', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);
/** Words between a determiner and an age ("a slightly built 21-year-old", "the slight, soft-spoken 21-year-old"). */
const MODIFIER = new Set(['ADJ', 'ADV', 'VERB']);
const AGE_MARK = /year-?old/i;
/** Rule AG (docs/quality.md, "Session 68"): "Qin Yongmin, 45, of the central city of Wuhan", "Qin, 44, and Wang, 31, are accused". */
const APPOSITIVE_AGE = /\p{Lu}[\p{L}'’.-]*, \d{1,3},/u;
/** Words that open a sentence before a name ("Since Wang was arrested"): no part of it. A closed class. */
const OPENERS = new Set(['since', 'when', 'after', 'before', 'but', 'and', 'or', 'in', 'on', 'at', 'for', 'if', 'as', 'while', 'with', 'by', 'from', 'to', 'of', 'until', 'unlike', 'like']);
/** A name of two or three capitalised words, its possessive left off ("Qin Yongmin's" → "Qin Yongmin"). */
const FULL_NAME = /(?<![\p{L}.])(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2})(?![\p{L}])/gu;
/** Whether a full name opens or closes on the word ('Qin' of "Qin Yongmin", 'Lahoud' of "Emile Lahoud"), in the same case. */
const opensOrCloses = (full: string, word: string) => {
  const parts = full.split(' ');
  return parts[0] === word || parts.at(-1) === word;
};
/** Whether a sentence may state an age either way. */
const statesAge = (text: string) => AGE_MARK.test(text) || APPOSITIVE_AGE.test(text);
/** A day or month set off before an age is no holder ("Friday, the 22-year-old …"). */
const CALENDAR = new Set<string>([...WEEKDAYS, ...MONTHS].map((w) => w.toLowerCase()));

/** Read once per sentence; apart for a sentence read with the one before it and without (a search given no article order). */
const known = { alone: new WeakMap<Sentence, StatedAge[]>(), after: new WeakMap<Sentence, StatedAge[]>() };

/**
 * The ages a sentence ties to a named holder. `before` is the sentence before it in its article: a definite description
 * with no name ("the 22-year-old … student was …") names the person that sentence set off with the same head noun
 * ("Matthew Shepard, an openly gay college student who …").
 */
export function agesIn(sentence: Sentence, before?: Sentence): StatedAge[] {
  const memo = before ? known.after : known.alone;
  const cached = memo.get(sentence);
  if (cached) return cached;
  const out = statesAge(sentence.text) ? readAges(taggedWords(sentence.text), before) : [];
  memo.set(sentence, out);
  return out;
}

function readAges(words: readonly TaggedWord[], before?: Sentence): StatedAge[] {
  const out: StatedAge[] = [];
  for (let i = 0; i < words.length; i++) {
    const appositive = appositiveAgeHolder(words, i);
    if (appositive) {
      out.push({ holder: appositive, value: words[i]!.word });
      continue;
    }
    const after = ageEnd(words, i);
    if (after === undefined) continue;
    const value = words[i]!.word;
    // Back from the age over its modifiers ("a slightly built", "the slight, soft-spoken") to its determiner.
    let d = i - 1;
    while (d >= 0 && i - d <= 5 && (MODIFIER.has(words[d]!.pos) || /^[-,]$/.test(words[d]!.word))) d--;
    const determiner = words[d]?.pos === 'DET' ? words[d]!.lower : undefined;
    const holder = nameAfter(words, after, determiner) ?? nameSetOffBefore(words, d, determiner) ?? nameSetOffAfter(words, after) ?? (determiner === 'the' && before ? namedBefore(words, after, before) : undefined);
    if (holder) out.push({ holder, value });
  }
  return out;
}

/** Where the words after "N-year-old" start, when an age stands at `i`: "21", "-"?, "year", "-"?, "old". */
function ageEnd(words: readonly TaggedWord[], i: number): number | undefined {
  if (!/^\d{1,3}$/.test(words[i]!.word)) return undefined;
  let j = i + 1;
  if (words[j]?.word === '-') j++;
  if (words[j]?.lower !== 'year') return undefined;
  j++;
  if (words[j]?.word === '-') j++;
  return words[j]?.lower === 'old' ? j + 1 : undefined;
}

/**
 * Shape 5 (rule AG), the wire's own: a name, a comma, a number up to 110 and a comma ("Qin Yongmin, 45, of the central city of
 * Wuhan"): the whole name holds the age. Not a day or month, nor a place after a preposition ("in Wuhan, 12, were hurt").
 */
function appositiveAgeHolder(words: readonly TaggedWord[], i: number): string | undefined {
  if (!/^\d{1,3}$/.test(words[i]!.word) || Number(words[i]!.word) > 110 || words[i - 1]?.word !== ',' || words[i + 1]?.word !== ',') return undefined;
  const name = words[i - 2];
  if (name?.pos !== 'PROPN' || CALENDAR.has(name.lower) || !/^\p{Lu}\p{Ll}/u.test(name.word)) return undefined;
  let k = i - 2;
  while (words[k - 1]?.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(words[k - 1]!.word)) k--;
  if (words[k - 1]?.pos === 'ADP' && words[k - 1]!.lower !== 'of') return undefined;
  // The whole name, past a title ("Dr. Wang Bingzhang"): wire copy writes Chinese names surname first ("Qin Yongmin", later "Qin").
  while (k < i - 2 && /\.$/.test(words[k]!.word)) k++;
  return words
    .slice(k, i - 1)
    .map((w) => w.word)
    .join(' ');
}

/** A run of proper nouns from `at`, "of" inside it ("University of Wyoming"): the index after it, and its last name. */
function properRun(words: readonly TaggedWord[], at: number): { end: number; last: string } | undefined {
  let j = at;
  let last: string | undefined;
  while (words[j]?.pos === 'PROPN' || (last && words[j]?.lower === 'of' && words[j + 1]?.pos === 'PROPN')) {
    if (words[j]!.pos === 'PROPN') last = words[j]!.word;
    j++;
  }
  return last ? { end: j, last } : undefined;
}

/** Shape 1, "the 21-year-old Shepard died": a name after the age that modifies no noun after it, under no indefinite article ("a 30-year-old Swede"). */
function nameAfter(words: readonly TaggedWord[], after: number, determiner?: string): string | undefined {
  if (determiner === 'a' || determiner === 'an') return undefined;
  const run = properRun(words, after);
  if (!run || words[run.end]?.pos === 'NOUN') return undefined;
  return run.last;
}

/** Shape 2, "Shepard, a slightly built 21-year-old": the name, a comma, then the age's determiner. */
function nameSetOffBefore(words: readonly TaggedWord[], d: number, determiner?: string): string | undefined {
  if (!determiner || words[d - 1]?.word !== ',' || words[d - 2]?.pos !== 'PROPN') return undefined;
  // The name opens its phrase: "On Friday, the 22-year-old …" sets off a day, not a person.
  let k = d - 2;
  while (words[k - 1]?.pos === 'PROPN') k--;
  if (words[k - 1]?.pos === 'ADP' || CALENDAR.has(words[d - 2]!.lower)) return undefined;
  return words[d - 2]!.word;
}

/** Shape 3, "the 21-year-old student, Matthew Shepard,": at most three words of description, a comma, then the name. */
function nameSetOffAfter(words: readonly TaggedWord[], after: number): string | undefined {
  let j = after;
  while (j < after + 3 && (words[j]?.pos === 'NOUN' || words[j]?.pos === 'ADJ')) j++;
  if (j === after || words[j]?.word !== ',') return undefined;
  return properRun(words, j + 1)?.last;
}

/** Shape 4, a definite description with no name: its head noun, set off after a name in the sentence before. */
function namedBefore(words: readonly TaggedWord[], after: number, before: Sentence): string | undefined {
  let j = after;
  let head: string | undefined;
  while (j < words.length && (words[j]!.pos === 'NOUN' || words[j]!.pos === 'PROPN' || words[j]!.pos === 'ADJ' || words[j]!.lower === 'of')) {
    if (words[j]!.pos === 'NOUN') head = words[j]!.lower;
    j++;
  }
  // The phrase ends at its verb: "… student was in a coma"; a head noun followed by more of the phrase is not read.
  if (!head || !(words[j]?.pos === 'AUX' || words[j]?.pos === 'VERB')) return undefined;
  const prior = taggedWords(before.text);
  for (let k = 0; k < prior.length; k++) {
    const run = prior[k]!.pos === 'PROPN' && prior[k - 1]?.pos !== 'PROPN' ? properRun(prior, k) : undefined;
    if (!run || prior[run.end]?.word !== ',' || prior[run.end + 1]?.pos !== 'DET') continue;
    for (let m = run.end + 2; m < Math.min(prior.length, run.end + 8); m++) {
      const w = prior[m]!;
      if (w.pos === 'NOUN' && w.lower === head) return run.last;
      if (!(MODIFIER.has(w.pos) || w.pos === 'NOUN' || w.word === '-')) break;
    }
  }
  return undefined;
}

/** Whether an article writes the holder after a first name ("Matthew Shepard"): a surname, not a nationality ("the Swede"). */
export function namedInFull(holder: string, sentences: readonly Sentence[]): boolean {
  const escaped = regExpLiteral(holder);
  const full = new RegExp(`(?:^|[^\\p{L}])(\\p{Lu}[\\p{L}'’.-]*) ${escaped}(?![\\p{L}])`, 'gu');
  return sentences.some((s) => [...s.text.matchAll(full)].some((m) => !DETERMINERS.has(m[1]!.toLowerCase())));
}

/** Two ages of one holder, as the slot search's entries are: both values, the question, the two sentences. */
export interface AgeDifference {
  /** One disagreement however many copies state each side: the holder and the two values. */
  key: string;
  pairs: { values: [string, string]; question: string; sides: [Sentence, Sentence] }[];
}

/**
 * Every holder given two ages by two documents of the set. With `about`, one side of each pair is one of those
 * sentences. A document that gives the holder two ages drops the holder (a revision in one copy, or two people of one
 * surname); so do articles more than a week apart, and a holder no article of the pair writes after a first name.
 */
export function findAgeDifferences(sentences: readonly Sentence[], about?: ReadonlySet<Sentence>, published?: (docId: string) => string | undefined): AgeDifference[] {
  const byHolder = new Map<string, { sentence: Sentence; age: StatedAge }[]>();
  const read: { sentence: Sentence; age: StatedAge }[] = [];
  sentences.forEach((sentence, i) => {
    if (!statesAge(sentence.text)) return;
    const prev = sentences[i - 1];
    const before = prev && prev.docId === sentence.docId && prev.position === sentence.position - 1 ? prev : undefined;
    for (const age of agesIn(sentence, before)) read.push({ sentence, age });
  });
  // Rule AG: a name given in full in one place and by one of its words in another ("Qin Yongmin, 45" / "Qin, 44") is one holder:
  // the first full name the word's own article writes that it opens or closes (a wire names its subject in full first, and
  // others of the surname in full where it means them).
  let textsOf: Map<string, string[]> | undefined;
  const fullNamesOf = new Map<string, string[]>();
  const fullNamesIn = (docId: string) => {
    const known = fullNamesOf.get(docId);
    if (known) return known;
    // The set's sentences by document, grouped once and only when a word alone holds an age.
    if (!textsOf) {
      textsOf = new Map();
      for (const s of sentences) (textsOf.get(s.docId) ?? textsOf.set(s.docId, []).get(s.docId)!).push(s.text);
    }
    const names = (textsOf.get(docId) ?? []).flatMap((text) => [...text.matchAll(FULL_NAME)].map((m) => m[1]!));
    const full = [...new Set(names.filter((n) => !DETERMINERS.has(n.split(' ')[0]!.toLowerCase()) && !OPENERS.has(n.split(' ')[0]!.toLowerCase())))];
    fullNamesOf.set(docId, full);
    return full;
  };
  const holderKey = (holder: string, docId: string) => {
    if (holder.includes(' ')) return holder.toLowerCase();
    const owners = fullNamesIn(docId).filter((f) => opensOrCloses(f, holder));
    return (owners[0] ?? holder).toLowerCase();
  };
  const keyed = read.map((r) => ({ r, key: holderKey(r.age.holder, r.sentence.docId) }));
  // A word left alone (its article writes no full name with it) joins the one full name of the set it opens or closes.
  const fullKeys = [...new Set(keyed.map((k) => k.key).filter((k) => k.includes(' ')))];
  for (const { r, key } of keyed) {
    const owners = key.includes(' ') ? [] : fullKeys.filter((f) => opensOrCloses(f, key));
    const merged = owners.length === 1 ? owners[0]! : key;
    byHolder.set(merged, [...(byHolder.get(merged) ?? []), r]);
  }
  const out = new Map<string, AgeDifference>();
  for (const [key, stated] of byHolder) {
    if (new Set(stated.map((s) => Number(s.age.value))).size < 2) continue;
    const valuesOf = new Map<string, Set<number>>();
    for (const { sentence, age } of stated) valuesOf.set(sentence.docId, (valuesOf.get(sentence.docId) ?? new Set()).add(Number(age.value)));
    if ([...valuesOf.values()].some((v) => v.size > 1)) continue;
    const inFull = new Map<string, boolean>();
    const fullIn = (docId: string) =>
      inFull.get(docId) ??
      inFull
        .set(
          docId,
          key.includes(' ') ||
            namedInFull(
              stated[0]!.age.holder,
              sentences.filter((s) => s.docId === docId),
            ),
        )
        .get(docId)!;
    for (let i = 0; i < stated.length; i++) {
      for (let j = i + 1; j < stated.length; j++) {
        const a = stated[i]!;
        const b = stated[j]!;
        if (Number(a.age.value) === Number(b.age.value) || a.sentence.docId === b.sentence.docId) continue;
        if (about && !about.has(a.sentence) && !about.has(b.sentence)) continue;
        const [pa, pb] = [published?.(a.sentence.docId), published?.(b.sentence.docId)];
        if (pa && pb && daysBetween(pa, pb) > MEASURE_REVISED_WITHIN_DAYS) continue;
        if (!fullIn(a.sentence.docId) && !fullIn(b.sentence.docId)) continue;
        const values = [a.age.value, b.age.value].sort((x, y) => Number(x) - Number(y));
        const what = `age|${key}|${values.join('|')}`;
        const entry = out.get(what) ?? { key: what, pairs: [] };
        entry.pairs.push({ values: [a.age.value, b.age.value], question: `${a.age.holder}'s age, ${a.age.value} or ${b.age.value}`, sides: [a.sentence, b.sentence] });
        out.set(what, entry);
      }
    }
  }
  return [...out.values()];
}
