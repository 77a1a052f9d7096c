import { findFigures } from '../facts/figures.js';
import { numericValue } from '../facts/figures-differ.js';
import { isReportingStem } from '../facts/quotes.js';
import { sameFigureKeys } from '../facts/same-figure.js';
import { speechAt } from '../index/deferred-readings.js';
import { cosine, SAME_POINT, sameNumbers, sharedStems } from '../index/similarity.js';
import { CALENDAR_NAMES, MONTHS, WEEKDAYS } from '../ingest/calendar-words.js';
import type { Sentence } from '../ingest/document.js';
import { its, readDoc, stem, writtenStem } from '../nlp.js';
import { partsOf } from './passages.js';

/**
 * One fact is one point (docs/quality.md, "Twelfth round (issue 16f)"): two units state the same
 * fact when a sentence of each is the same statement but for its figures (two wire versions of a
 * lead, "killing 65 … injuring 157" and "killing 60 … injuring 155"), or the same report in two
 * wordings (a paraphrase and the quotation after it), or the same statement of one subject in other words
 * ("Seventeenth round (issue 16facts3)"), or the same tally in two figures ("Nineteenth round (issue 16once)"). English
 * closed classes only, no story word.
 */
export function sameFact(a: Sentence, b: Sentence): boolean {
  for (const p of partsOf(a)) for (const q of partsOf(b)) if (sameButFigures(p, q) || sameReport(p, q) || sameStatement(p, q) || sameFigures(p, q)) return true;
  return false;
}

/** Fewest figures of different values two sentences share to state one tally: one shared figure is a story's running figure, named in passing. */
const TALLY_FIGURES = 2;

const figureValues = new WeakMap<Sentence, ReadonlySet<string>>();
const figureKeys = new WeakMap<Sentence, readonly (readonly string[])[]>();

/** The values of a sentence's figures (stored with it), as `sameFigureKeys` writes them: cheap, no noun phrase read. */
function figureValuesOf(s: Sentence): ReadonlySet<string> {
  let out = figureValues.get(s);
  if (!out) {
    out = new Set(findFigures([s]).map((f) => numericValue(f.value)));
    figureValues.set(s, out);
  }
  return out;
}

/** Each figure of a sentence as the keys under which it is the same figure (same-figure.ts): `value|counted word`. */
function figureKeysOf(s: Sentence): readonly (readonly string[])[] {
  let out = figureKeys.get(s);
  if (!out) {
    out = findFigures([s]).map(sameFigureKeys);
    figureKeys.set(s, out);
  }
  return out;
}

/**
 * Rule (d): the same tally told twice ("216 passengers and 12 crew members" and "a dozen crew members and 216 passengers on
 * board"): at least two figures of different values of the one are each the same figure of the other, by value and a
 * word of what it counts.
 */
export function sameFigures(a: Sentence, b: Sentence): boolean {
  // A cheap first test on the values alone: what each figure counts is read (a tagger pass per figure) only for two sentences that share two values.
  const x = figureValuesOf(a);
  if (x.size < TALLY_FIGURES) return false;
  const y = figureValuesOf(b);
  if ([...x].filter((v) => y.has(v)).length < TALLY_FIGURES) return false;
  const other = new Set(figureKeysOf(b).flat());
  const values = new Set(
    figureKeysOf(a)
      .filter((keys) => keys.some((k) => other.has(k)))
      .map((keys) => keys[0]!.split('|')[0]),
  );
  return values.size >= TALLY_FIGURES;
}

/** Number words, stemmed: a figure written out is masked as its digits are. */
const NUMBER_WORDS = new Set(
  (
    'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen ' +
    'twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions billion billions dozen dozens'
  )
    .split(' ')
    .map((w) => stem(w)),
);

const masked = new WeakMap<Sentence, Map<string, number>>();

/** The sentence's stem counts without its figures: what it states of them, not their values. */
function withoutFigures(s: Sentence): Map<string, number> {
  let out = masked.get(s);
  if (!out) {
    out = new Map();
    for (const t of s.stems) if (!/\d/.test(t) && !NUMBER_WORDS.has(t)) out.set(t, (out.get(t) ?? 0) + 1);
    masked.set(s, out);
  }
  return out;
}

/**
 * Rule (a): the same statement but for its figures, at the near-copy threshold once every figure is masked. Only where
 * the figures differ: two sentences with the same figures, or none, are near copies or two statements ("China plans to
 * sign the covenant" and "China signed the covenant").
 */
export function sameButFigures(a: Sentence, b: Sentence): boolean {
  return hasFigure(a) && hasFigure(b) && !sameNumbers(a, b) && cosine(withoutFigures(a), withoutFigures(b)) >= SAME_POINT;
}

const hasFigure = (s: Sentence) => /\d/.test(s.text);

/** A sentence's main predicate: its verb (with the verbs it governs through "to"), its direct object's head, and the names written before it. */
interface Frame {
  verbs: readonly string[];
  object: string;
  names: readonly string[];
}

/** Verbs that carry little of a statement by themselves ("has two obstacles", "made a decision"), in every form. */
const LIGHT_VERBS = new Set(
  'be is are was were been being have has had having do does did done doing get gets got gotten getting make makes made making take takes took taken taking give gives gave given giving go goes went gone going'.split(' '),
);
/** Dates are no actors nor objects: "on Monday", "released Saturday". */
const DATE_WORDS: ReadonlySet<string> = new Set([...WEEKDAYS, ...MONTHS]);
/** Words that open a relative clause: its verb is not the sentence's predicate. */
const RELATIVE = new Set(['who', 'whom', 'whose', 'which']);
const MODAL = new Set(['will', 'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must']);
/** Tags that may stand between a verb and its object's noun run: "accept only the new security guarantees". */
const BEFORE_OBJECT = new Set(['DET', 'ADJ', 'NUM', 'ADV']);
const NOUN = new Set(['NOUN', 'PROPN']);
/** Punctuation that closes a subordinate or relative clause. */
const CLAUSE_END = /^[,;:()—–]$/;
/** What follows a verb that frames a report ("announced that …", "said: '…'"): the report's own predicate is the next. */
const OPENS_REPORT = /^(?:that|["“':])$/i;

const frames = new Map<string, Frame | null>();
/** Texts whose frames are kept; dropped whole when full, so memory stays bounded. */
const FRAMES = 20_000;

/**
 * A sentence's main predicate by wink's parts of speech: the first finite verb (not after "to", not an "-ing" form,
 * not joined by a hyphen) outside a subordinate or relative clause that is neither light, nor a reporting verb, nor a
 * verb that frames a report; null when there is none or it has no direct object.
 */
function frameOf(text: string): Frame | null {
  const known = frames.get(text);
  if (known !== undefined) return known;
  const tokens = readDoc(text).tokens();
  const written = (tokens.out() as string[]).map((w) => w.toLowerCase().replace(/['’]s$/, ''));
  const tags = tokens.out(its.pos) as string[];
  const stemAt = (i: number) => writtenStem(written[i]!);
  let found: Frame | null = null;
  const names: string[] = [];
  let inClause = false;
  for (let i = 0; i < tags.length && !found; i++) {
    const tag = tags[i]!;
    const word = written[i]!;
    if (inClause) {
      if (CLAUSE_END.test(word)) inClause = false;
      continue;
    }
    if (tag === 'SCONJ' || RELATIVE.has(word)) {
      // "announced that …" opens the report: its clause holds the predicate.
      if (!(i > 0 && tags[i - 1] === 'VERB' && tag === 'SCONJ')) inClause = true;
      continue;
    }
    if (tag === 'PROPN' && !DATE_WORDS.has(word)) names.push(stemAt(i));
    // The tagger reads some verbs after a modal as adjectives ("would close"): what follows a modal is its verb.
    const verb = tag === 'VERB' || (MODAL.has(written[i - 1] ?? '') && (tag === 'ADJ' || tag === 'NOUN'));
    // "agreed to close": a verb that governs another through "to" states what was agreed, not who said it.
    const governs = tags[i + 1] === 'PART' && tags[i + 2] === 'VERB';
    if (!verb || LIGHT_VERBS.has(word) || (isReportingStem(stemAt(i)) && !governs)) continue;
    if (word.endsWith('ing') || tags[i - 1] === 'PART' || written[i - 1] === '-') continue;
    if (OPENS_REPORT.test(written[i + 1] ?? '')) continue;
    const verbs = [stemAt(i)];
    let j = i + 1;
    for (;;) {
      while (j < tags.length && BEFORE_OBJECT.has(tags[j]!)) j++;
      // "agreed to accept security guarantees": the verb and the one it governs share the object.
      if (tags[j] === 'PART' && tags[j + 1] === 'VERB') {
        verbs.push(stemAt(j + 1));
        j += 2;
        continue;
      }
      break;
    }
    if (j < tags.length && NOUN.has(tags[j]!)) {
      while (j + 1 < tags.length && NOUN.has(tags[j + 1]!)) j++;
      if (!DATE_WORDS.has(written[j]!)) found = { verbs, object: stemAt(j), names: [...names] };
    }
    // The first predicate is the sentence's, object or not.
    break;
  }
  if (frames.size >= FRAMES) frames.clear();
  frames.set(text, found);
  return found;
}

const contentVerbs = new Map<string, readonly string[]>();

/**
 * The stems of a text's content verbs: the head of each verb group that is not light, modal nor reporting ("have been accounted",
 * "were still searching"). A verb right after another ("reported missing") and an "-ing" form no auxiliary heads ("people
 * fleeing") modify a noun.
 */
function contentVerbsOf(text: string): readonly string[] {
  const known = contentVerbs.get(text);
  if (known) return known;
  const tokens = readDoc(text).tokens();
  const written = (tokens.out() as string[]).map((w) => w.toLowerCase());
  const tags = tokens.out(its.pos) as string[];
  const out = new Set<string>();
  tags.forEach((tag, i) => {
    const word = written[i]!;
    const verbStem = writtenStem(word);
    if (tag !== 'VERB' || LIGHT_VERBS.has(word) || MODAL.has(word) || isReportingStem(verbStem) || tags[i - 1] === 'VERB') return;
    let k = i - 1;
    while (k >= 0 && tags[k] === 'ADV') k--;
    if (word.endsWith('ing') && tags[k] !== 'AUX') return;
    out.add(verbStem);
  });
  const verbs = [...out];
  if (contentVerbs.size >= FRAMES) contentVerbs.clear();
  contentVerbs.set(text, verbs);
  return verbs;
}

/**
 * Rule CS (docs/quality.md, "Session 55"): whether a near-duplicate may be cited beside a sentence as stating the same. Two
 * sentences that share a noun phrase and little else ("All eight people reported missing have been accounted for" and
 * "deputies were still searching for eight people reported missing") reach the near-copy cosine: they state the same only
 * when they share a content verb, or when either has none.
 */
export function sharesPredicate(a: Sentence, b: Sentence): boolean {
  if (a.text === b.text) return true;
  const x = contentVerbsOf(a.text);
  const y = contentVerbsOf(b.text);
  if (!x.length || !y.length) return true;
  const shared = x.filter((v) => y.includes(v));
  // Amendment CS′ (docs/quality.md, "Session 72"): "remained in critical condition" and "remains in a serious but stable
  // condition" share only a linking verb, whose complement is the statement: the two state the same only where one's
  // complement words are all the other's.
  if (shared.length && shared.every((v) => LINKING_STEMS.has(v))) {
    const p = complementOf(a.text, shared);
    const q = complementOf(b.text, shared);
    return p.every((w) => q.includes(w)) || q.every((w) => p.includes(w));
  }
  return shared.length > 0;
}

/** Verbs that link their subject to a state, as "be" does: their complement says what is stated. */
const LINKING_STEMS = new Set(['remain', 'stay', 'becom', 'seem', 'appear']);
const COMPLEMENT_TAGS = new Set(['NOUN', 'ADJ', 'PROPN', 'NUM']);

/** The stems of the nouns and adjectives after a text's first linking verb of `verbs`, to a stop, a comma or a semicolon; days and months left out. */
function complementOf(text: string, verbs: readonly string[]): string[] {
  const tokens = readDoc(text).tokens();
  const written = tokens.out() as string[];
  const tags = tokens.out(its.pos) as string[];
  const at = written.findIndex((w, i) => tags[i] === 'VERB' && verbs.includes(writtenStem(w.toLowerCase())));
  const out: string[] = [];
  for (let i = at + 1; at >= 0 && i < written.length && !/^[.,;:!?]$/.test(written[i]!); i++) {
    const lower = written[i]!.toLowerCase();
    if (COMPLEMENT_TAGS.has(tags[i]!) && !CALENDAR_NAMES.has(lower)) out.push(writtenStem(lower));
  }
  return out;
}

/**
 * Rule (b): the same report in two wordings. Both main predicates share a verb (by stem) and have the same object head,
 * and a name is written before the predicate in both: the same reporting subject or actor.
 */
export function sameReport(a: Sentence, b: Sentence): boolean {
  const x = frameOf(a.text);
  const y = x && frameOf(b.text);
  return !!x && !!y && x.object === y.object && x.verbs.some((v) => y.verbs.includes(v)) && x.names.some((n) => y.names.includes(n));
}

/** What rule (c) reads of a sentence: its subject phrase's names and nouns, its statement's words, every stem it writes, its digits. */
interface Statement {
  subjectNames: readonly string[];
  subjectNouns: readonly string[];
  /** The stems of the nouns and verbs after the subject phrase, reporting verbs and the subject's own words left out. */
  words: readonly string[];
  stems: ReadonlySet<string>;
  figures: readonly string[];
  negated: boolean;
}

const NEGATION = new Set(['not', 'no', 'never', "n't", 'n’t', 'without']);
const STATEMENT_TAGS = new Set(['NOUN', 'PROPN', 'VERB']);
/** Fewest statement words the shorter sentence must have: a verb and two nouns, a fact rather than a topic word or two. */
const STATEMENT_WORDS = 3;
const statements = new Map<string, Statement>();

function statementOf(text: string): Statement {
  const known = statements.get(text);
  if (known) return known;
  const tokens = readDoc(text).tokens();
  const written = (tokens.out() as string[]).map((w) => w.toLowerCase().replace(/['’]s$/, ''));
  const tags = tokens.out(its.pos) as string[];
  const stems = written.map(writtenStem);
  let verb = tags.findIndex((t) => t === 'VERB' || t === 'AUX');
  if (verb < 0) verb = tags.length;
  const subjectNames: string[] = [];
  const subjectNouns: string[] = [];
  for (let i = 0; i < verb; i++) {
    if (!NOUN.has(tags[i]!) || DATE_WORDS.has(written[i]!)) continue;
    subjectNouns.push(stems[i]!);
    if (tags[i] === 'PROPN') subjectNames.push(stems[i]!);
  }
  const words = new Set<string>();
  for (let i = verb; i < tags.length; i++) {
    const s = stems[i]!;
    if (!STATEMENT_TAGS.has(tags[i]!) || DATE_WORDS.has(written[i]!) || /\d/.test(s) || isReportingStem(s) || subjectNouns.includes(s)) continue;
    words.add(s);
  }
  const found: Statement = {
    subjectNames,
    subjectNouns,
    words: [...words],
    stems: new Set(stems),
    figures: text.match(/\d[\d,.]*/g) ?? [],
    negated: written.some((w) => NEGATION.has(w)),
  };
  if (statements.size >= FRAMES) statements.clear();
  statements.set(text, found);
  return found;
}

const shared = (a: readonly string[], b: readonly string[]) => new Set(a.filter((x) => b.includes(x))).size;

/** The same subject: a shared name or two shared nouns before the first verb, or the same named speaker of direct speech. */
function sameSubject(a: Sentence, b: Sentence, x: Statement, y: Statement): boolean {
  if (speechAt(a)?.named && speechAt(b)?.named && a.speech!.speaker === b.speech!.speaker) return true;
  return shared(x.subjectNames, y.subjectNames) > 0 || shared(x.subjectNouns, y.subjectNouns) >= 2;
}

/**
 * Rule (c): the same statement of one subject in other words ("… says that full reconstruction could take several decades" and
 * "… told the BBC that it could take decades to fully reconstruct the country"). The sentence with fewer statement words has at
 * least three, each among the other's stems; the two share their subject or speaker, and neither negates what the other does
 * not nor writes a figure the other lacks.
 */
export function sameStatement(a: Sentence, b: Sentence): boolean {
  // One sentence is a copy, not a statement in other words: copies are the near-duplicate test's, and a lead stands in for its own.
  // A cheap first test before either is parsed: a shared statement of three words shares at least three stems.
  if (a.text === b.text || sharedStems(a, b, STATEMENT_WORDS) < STATEMENT_WORDS) return false;
  const x = statementOf(a.text);
  const y = statementOf(b.text);
  const [fewer, other] = x.words.length <= y.words.length ? [x, y] : [y, x];
  if (fewer.words.length < STATEMENT_WORDS || x.negated !== y.negated) return false;
  if (!fewer.words.every((w) => other.stems.has(w)) || !fewer.figures.every((f) => other.figures.includes(f))) return false;
  return sameSubject(a, b, x, y);
}
