import type { Sentence } from '../ingest/document.js';
import { its, readDoc } from '../nlp.js';
import { oncePerSentence } from './fact-bounds.js';
import { isFractionWord, isNumberWord, numberWordValue } from './number-words.js';

export interface FoundFigure {
  value: string;
  /** What the number counts, in the sentence's words: "people killed", "of the 10 special police units", "stock market dropped"; '' when the words around it do not say. */
  counts: string;
  sentence: Sentence;
}

/**
 * Numbers that count something, with what they count. The NLP model's CARDINAL, MONEY and PERCENT
 * entities are the candidates; by rule, numbers that count nothing a reader wants as a key figure
 * are dropped: times of day, dates and years, ages given as a description, numbers inside names,
 * numbers inside relative date expressions ("two weeks ago"), partitive or determiner "one",
 * vague plurals ("thousands") and the same figure restated in other units ("40 kilometers (25 miles)").
 * Everything is decided on the tokens around the number: linear in the sentence.
 */
export function findFigures(sentences: readonly Sentence[]): FoundFigure[] {
  return sentences.flatMap(figuresOnce);
}

const figuresOnce = oncePerSentence((sentence: Sentence): FoundFigure[] => {
  // Found when the sentence was analysed (stored with it); read again only for a sentence made elsewhere.
  const figures = sentence.figures ?? figuresInText(sentence.text);
  return figures.map((f) => ({ ...f, sentence }));
});
const KINDS = new Set(['CARDINAL', 'MONEY', 'PERCENT']);
const NO_CURRENCIES: ReadonlyMap<string, string> = new Map();
/** Digits in comma groups not all of three after the first: English writes no amount so. */
const LOCANTS = /^\d+(?:,\d+)*,(?:\d{1,2}|\d{4,})(?:,\d+)*$/;

/** A figure as a sentence's analysis keeps it. */
export type SentenceFigure = Pick<FoundFigure, 'value' | 'counts'>;

/** The words of a sentence as the tagger read them. */
export interface Tokens {
  words: string[];
  lower: string[];
  pos: string[];
  lemma: string[];
  /** Spaces before each token (0 inside "54-nation"). */
  spaces: string[];
}

/** An entity the tagger found, by its first and last token within the sentence. */
export interface EntitySpan {
  type: string;
  start: number;
  end: number;
}

/** Whether the tagger's entity may be a figure: only then are a sentence's tokens read out for figuresFrom. */
export function mayBeFigure(type: string): boolean {
  return KINDS.has(type) || type === 'DURATION';
}

function figuresInText(text: string): SentenceFigure[] {
  const doc = readDoc(text);
  const entities: EntitySpan[] = [];
  doc.entities().each((e: { out: (f?: unknown) => unknown }) => {
    const [start, end] = e.out(its.span) as unknown as [number, number];
    entities.push({ type: e.out(its.type) as string, start, end });
  });
  return entities.some((e) => mayBeFigure(e.type)) || mayHoldUntaggedFigure(text) ? figuresFrom(tokensOf(doc.tokens()), entities) : [];
}

/** Fractions and tallies the tagger gives no entity: "half the", "one-third", "two-tenths", "240-47". */
const UNTAGGED = /\bhalf\b|-(?:thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b|\b\d+-\d+\b|\s(?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)s? of\b/i;
const UNTAGGED_KINDS = new Set(['FRACTION', 'TALLY']);

/** An offset the tagger may read as a time or date: "four minutes later", "five days after". */
const OFFSET_TEXT = /\b(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?)\s+(?:after|before|later|earlier)\b/i;

/** Whether a sentence may hold a figure the tagger gives no entity (cheap: read on the text before its tokens are read out). */
export function mayHoldUntaggedFigure(text: string): boolean {
  return UNTAGGED.test(text) || OFFSET_TEXT.test(text);
}

const CURLY_CLITIC = /^’(s|re|ve|ll|d|m)$/;

/**
 * What figuresFrom reads of a sentence's tokens (wink's typings do not cover every token property
 * it reads out); `read` is what the caller has already read out of them.
 */
export function tokensOf(t: { out: (property?: unknown) => unknown }, read?: Pick<Tokens, 'words' | 'pos'>): Tokens {
  const words = read?.words ?? (t.out() as string[]);
  return {
    words,
    // Rule RS (docs/quality.md, "Session 80"): "the city’s" is read as "the city's" is; the label keeps the written character.
    lower: words.map((w) => w.toLowerCase().replace(CURLY_CLITIC, "'$1")),
    pos: read?.pos ?? (t.out(its.pos) as string[]),
    lemma: t.out(its.lemma) as string[],
    spaces: t.out(its.precedingSpaces) as string[],
  };
}

/** The figures among a sentence's entities, decided on the tokens around each. */
export function figuresFrom(given: Tokens, entities: readonly EntitySpan[], currencies: ReadonlyMap<string, string> = NO_CURRENCIES): SentenceFigure[] {
  // Rule IC (facts/invented-currency.ts): a document's own currency is read as a listed one's name; its words stay as written.
  const tokens = currencies.size && given.lower.some((w) => currencies.has(w)) ? { ...given, lower: given.lower.map((w) => currencies.get(w) ?? w) } : given;
  const found: SentenceFigure[] = [];
  /** What the last described figure counts: a number with its noun left out counts the same. */
  let last: { counts: string; end: number } | undefined;
  /** Where the last figure's value ends: an entity inside it (the fraction of "3 and one-half") is part of that figure. */
  let valueEnd = -1;
  /** The figure found last in the sentence, where it stands: the other end of a change is described by it (rule V4). */
  let previous: { start: number; end: number; counts: string } | undefined;
  const spans = joinRanges(tokens, withUntagged(tokens, entities));
  for (const [n, entity] of spans.entries()) {
    let { start, end } = entity;
    const { type } = entity;
    if (start <= valueEnd) continue;
    // "in a time of 1h 12' 06"": a finish time written with marks is one figure, described by the words before it.
    const timeEnd = markedTimeEnd(tokens, start);
    if (timeEnd > start) {
      valueEnd = timeEnd;
      found.push({ value: figureValue(tokens, start, timeEnd), counts: timeLabel(tokens, labelOf(tokens, describe(tokens, start, timeEnd))) });
      continue;
    }
    // "at the scene four minutes later": the tagger reads an offset as a time; it measures the span between two events.
    const offset = type === 'TIME' || type === 'DATE' ? offsetIn(tokens, start, end) : -1;
    if (offset >= 0) {
      start = offset;
      end = offset;
    } else if (type === 'DURATION') {
      // "four months", "a four-hour meeting": a duration that measures something counts in its unit.
      const number = tokens.pos.slice(start, end + 1).indexOf('NUM');
      if (number < 0) continue;
      end = start + number;
      start = end;
    } else if (!KINDS.has(type) && !UNTAGGED_KINDS.has(type)) continue;
    // "call the hotline on 0800 789321", "agent 007": a number written with a leading zero is a code, not an amount.
    if (/^0\d/.test(tokens.words[start]!)) continue;
    // Rule LO (docs/quality.md, "Session 72"): "1,2-dichloroethane": commas that do not group by three are a name's locants.
    if (LOCANTS.test(tokens.words[start]!)) continue;
    // "called on the three parties …: 'I ask all three parties …'": a number said again before the same noun is the first
    // one again, and takes its reading (rule F2, 16figs10; the guide's `sameAs`).
    if (saidBefore(tokens, start, end)) continue;
    if (type !== 'TALLY' && !countsSomething(tokens, start, end, type === 'DURATION' ? 'CARDINAL' : type)) continue;
    if (/^\d+\/\d+$/.test(tokens.lower[end + 1] ?? '')) end++;
    end = mixedNumberEnd(tokens, end);
    // Rule CN (docs/quality.md, "Session 65"): "18 parts per billion": a concentration's unit is part of its value, as "percent" is.
    if (tokens.lower[end + 1] === 'parts' && tokens.lower[end + 2] === 'per' && /^(?:thousand|million|billion|trillion)$/.test(tokens.lower[end + 3] ?? '')) end += 3;
    // Rule CU: "9.3 billion crowns": a currency's name right after the amount is part of it, as the tagger's own money is.
    // Also past a country's name ("2 billion U.S. dollars", "5 million Hong Kong dollars"; session 62, with rule TP).
    const country = type === 'PERCENT' || isCurrencyWord(tokens.lower[end] ?? '') ? 0 : countryBeforeCurrency(tokens, end + 1);
    if (type !== 'PERCENT' && isCurrencyWord(tokens.lower[end + 1 + country] ?? '') && !isCurrencyWord(tokens.lower[end] ?? '')) end += 1 + country;
    valueEnd = end;
    // "dlrs 2.5 billion": the currency written before the number is part of it.
    if (CURRENCY.has(tokens.lower[start - 1] ?? '')) start--;
    // "three times the volume": a multiple of a quantity; the value is "three times", the quantity describes it.
    if (tokens.lower[end + 1] === 'times' && type === 'CARDINAL' && /^(?:DET|PRON)$/.test(tokens.pos[end + 2] ?? '')) end++;
    // Rule XB (docs/quality.md, "Session 65"): "all but three of 24 economists": the exception is written with its "all but".
    if (tokens.lower[start - 1] === 'but' && /^(?:all|none)$/.test(tokens.lower[start - 2] ?? '')) start -= 2;
    // "one of every four or five letters": a share is written with its "one of every".
    if (tokens.lower[start - 1] === 'every' && /^(?:of|in)$/.test(tokens.lower[start - 2] ?? '') && tokens.lower[start - 3] === 'one') start -= 3;
    // "$55,000 or $65,000 a year": the lower of two amounts in the alternative is described by what follows the upper
    // (rule M with amendment M′, twenty-seventh round).
    const upper = alternativeAfter(tokens, entity, spans[n + 1]);
    // "The vote was 79 to 18 in favor": in a score the words after the pair are said of the side written first; the second
    // side is described by none of them (rule S, twenty-eighth round, 16figs9).
    const scoreSecond = scoreSideAfter(tokens, spans[n - 1], entity);
    if (scoreSecond) {
      valueEnd = end;
      found.push({ value: figureValue(tokens, start, end), counts: '' });
      continue;
    }
    const second = scoreSideAfter(tokens, entity, spans[n + 1]) ? spans[n + 1] : upper;
    // "a dlrs 800,000 (1 million reals) moat", "50 percent a year": what the amount counts is read past a restatement in
    // parentheses and past a rate's period, which is said of the amount (rules V6 and V3, 16figs11).
    // Amendment V3′ (written after measuring): only where the bare amount's reading names something; else the period is
    // read as before ("workers make $55,000 or $65,000 a year" → "a year", which the gold's counts take). Amendment V3″
    // (after reading the hash): the value stays as written and the period opens the label, so the figure prints as the
    // sentence says it ("50 percent a year interest rates were hiked"); a size read past it ("an outflow of a billion
    // dollars a day") keeps the period as its label, as before.
    const readTo = (e: number, past: boolean) => {
      const r = restatedEnd(tokens, e);
      const p = past ? ratePeriodEnd(tokens, r) : -1;
      return p >= 0 ? p : r;
    };
    const read = (past: boolean) => withElidedUnit(tokens, start, end, second ? describe(tokens, second.start, readTo(second.end, past)) : describe(tokens, start, readTo(end, past)));
    const pastPeriod = read(true);
    const period = labelOf(tokens, pastPeriod) && !/ of$/.test(pastPeriod) ? ratePeriodEnd(tokens, restatedEnd(tokens, end)) : -1;
    const raw = period >= 0 || ratePeriodEnd(tokens, restatedEnd(tokens, second?.end ?? end)) < 0 ? pastPeriod : read(false);
    const partitive = PARTITIVE_PRONOUN.test(raw);
    // "came second with 36": a rank alone says where the number placed, not what it counts.
    // "town of 27,000": the size of a noun named before "of" keeps its "of", which `labelOf` would cut (rule N, 16figs8).
    // "a primary budget surplus of 2.6 percent of its gross domestic product": a percentage with its base after it is still
    // the size of the noun named before its own "of" (rule V5, 16figs11).
    // Rule AF (docs/quality.md, "Session 72"): "an emergency fund of 2.5 million euros for market traders": what the amount is for
    // is no count of it; it is the size of the fund.
    const sizeWithBase = (type === 'PERCENT' && /^of\b/.test(raw)) || (/^for\b/.test(raw) && !restatedBefore(tokens, start)) ? sizeNamedBefore(tokens, start) : '';
    const sized = (/ of$/.test(raw) && raw === `${sizeNamedBefore(tokens, start)} of`) || !!sizeWithBase;
    const taken = sized ? (sizeWithBase ? `${sizeWithBase} of` : raw) : partitive ? antecedentOf(tokens, end, raw, found.at(-1)) : labelOf(tokens, raw) || levelReached(tokens, start);
    // "fallen below dlrs 50 billion, from dlrs 70 billion", "slashing inflation from 2,400 percent to almost zero": the other
    // end of a change is a level of what changes (rule V4, 16figs11).
    const level = sized || partitive || (taken && !insideChange(tokens, previous, start, taken)) ? '' : otherEndOfChange(tokens, start, end, previous);
    const label = elidedNoun(tokens, start, end, last) || level || taken;
    const described = RANK_ALONE.test(label) ? '' : label;
    const told = !described && last && coordinatedWith(tokens, start) && !finiteVerbBetween(tokens, last.end, start) ? last.counts : described;
    // "8 minutes 50 seconds", "two years and three months": one duration, one figure, what it counts written whole.
    const rest = durationRest(tokens, end, told);
    if (rest) valueEnd = rest.end;
    // "a three-kilometer (two-mile)-long runway": a number joined by a hyphen to its unit modifies the noun after it; with
    // that unit all the label holds, the noun is lost and the label names nothing counted.
    const modifierAlone = tokens.lower[end + 1] === '-' && tokens.spaces[end + 1] === '' && measuresOnly(rest?.counts ?? told);
    const own = modifierAlone ? '' : (rest?.counts ?? told);
    // "fell an additional 210.09, or by 2.7 percent, to close at": a restatement of the amount before it (rule W1, 16figs12).
    const counts = !own && restatesPrevious(tokens, start, end, previous) ? labelOf(tokens, subjectBefore(tokens, previous!.start)) : own;
    if (type === 'TALLY') {
      // "voted 240-47": a tally is two figures, each described by the verb that reports it.
      for (const value of tokens.words[start]!.split('-')) found.push({ value, counts });
      continue;
    }
    previous = { start, end, counts };
    // Rule PW (docs/quality.md, "Session 65"): "Of the 41 cases, 34 are in people under 18": the number right after a sentence's
    // opening whole counts the whole's things.
    const whole = counts ? wholeOpening(tokens, start) : '';
    if (whole) {
      found.push({ value: figureValue(tokens, start, end), counts: whole.endsWith(` ${counts.toLowerCase()}`) ? whole : `${whole} ${counts}` });
      continue;
    }
    const periodWords = period >= 0 && counts ? `${tokens.words.slice(restatedEnd(tokens, end) + 1, period + 1).join(' ')} ` : '';
    found.push({ value: figureValue(tokens, start, end), counts: `${periodWords}${counts}` });
    // Only a noun the number itself counts (written after it) is carried: "Freight rose 5 percent, and 3 percent" stays;
    // so does "Revenues totaled 14.3 billion rubles, 700 million rubles less", whose label opens on its unit (rule O′).
    const carried = nounPart(tokens, counts);
    if (!partitive && hasNoun(tokens, counts) && !carried.split(' ').some((w) => writtenOnlyBefore(tokens, w, end))) last = { counts: carried, end };
    // "a surplus of 2.6 percent in 1999, 2.8 percent in 2000 and 3 percent in 2001": the amounts listed after the first are
    // sizes of the same noun (rule V5, 16figs11).
    else if (sized && counts === label) last = { counts, end };
  }
  return found;
}

/**
 * Whether the number from `s` to `e` and the noun after it are written earlier in the sentence ("the three parties …
 * all three parties"): the same count said twice, which the gold writes once and marks the second `sameAs`.
 */
/** A figure that names only "the number" or "the figure" it gives ("put the number at 4,200", "the real number was 55"). */
function namesOnlyTheNumber(f: SentenceFigure, text: string): boolean {
  // Amendment NA‴ (docs/quality.md, "Session 76"): "puts the figure at about 640,000 cubic metres": units alone name no quantity.
  if (f.counts && !measuresOnly(f.counts)) return THE_NUMBER_PUT.test(f.counts);
  const at = text.indexOf(f.value);
  return at > 0 && THE_NUMBER_BEFORE.test(text.slice(0, at));
}
/** Verbs of valuing a count ("puts the number at"): rules NA and VX. */
const VALUING_VERBS = 'put|puts|putting|placed|places|placing|estimated|estimates|estimating|set|sets';
const VALUING = new RegExp(`^(?:${VALUING_VERBS})$`);
const THE_NUMBER_PUT = new RegExp(String.raw`(?:^|\s)(?:${VALUING_VERBS})\s+(?:the|its|their)\s+(?:[\p{L}-]+\s+)?(?:number|figure|total|count|tally)(?:\s+at)?$`, 'iu');
const THE_NUMBER_BEFORE = /\b(?:the|its|their)\s+(?:[\p{L}-]+\s+)?(?:number|figure|total|count|tally)\s+(?:is|was|stood\s+at|stands\s+at|at)\s+(?:(?:about|around|nearly|roughly|some|almost|more\s+than|over)\s+)?$/iu;

/**
 * Rule NA (docs/quality.md, "Session 66"): "The authority said 3,100 workers had stopped work. The union put the number at 4,200.":
 * a figure that names only "the number" counts what the first described figure of the sentence before it, in its paragraph,
 * counts. Read over a document's sentences in order, once, when it is analysed.
 */
export function withAntecedentCounts(sentences: readonly Sentence[]): void {
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (!s.figures?.some((f) => namesOnlyTheNumber(f, s.text))) continue;
    // Amendment NA″ (docs/quality.md, "Session 71"): "240 employees have been stood down; the airline puts the figure at
    // 170": a described figure before it in its own sentence is what it takes up first.
    const bare = s.text.indexOf(s.figures.find((f) => namesOnlyTheNumber(f, s.text))!.value);
    const own = s.figures.find((f) => f.counts && !namesOnlyTheNumber(f, s.text) && s.text.indexOf(f.value) < bare);
    const before = sentences[i - 1];
    const inParagraph = before && before.paragraph === s.paragraph && before.docId === s.docId ? before : undefined;
    const antecedent = own ?? inParagraph?.figures?.find((f) => f.counts && !namesOnlyTheNumber(f, inParagraph.text));
    // A figure written with its units takes only a description in those units ("cubic metres" → "cubic metres of tailings").
    const takes = (f: SentenceFigure) => namesOnlyTheNumber(f, s.text) && (!measuresOnly(f.counts) || antecedent!.counts.toLowerCase().startsWith(f.counts.toLowerCase()));
    if (antecedent) s.figures = s.figures.map((f) => (takes(f) ? { ...f, counts: antecedent.counts } : f));
  }
}

/** "Of the 41 cases," opening the sentence right before the token at `s`: the words of that whole, "of" first; '' when none. */
function wholeOpening(k: Tokens, s: number): string {
  if (!/^(?:of|among)$/.test(k.lower[0] ?? '') || !/^(?:the|those|these)$/.test(k.lower[1] ?? '') || k.pos[2] !== 'NUM' || k.lower[s - 1] !== ',') return '';
  const comma = k.lower.indexOf(',');
  return comma === s - 1 && comma <= 8 ? k.lower.slice(0, comma).join(' ') : '';
}

function saidBefore(k: Tokens, s: number, e: number): boolean {
  const { lower, pos } = k;
  // A unit said twice ("rose 2 percent … fell 2 percent") is two measures that happen to agree, not one figure.
  if (pos[e + 1] !== 'NOUN' || UNIT.test(lower[e + 1]!) || BIG.has(lower[e + 1]!)) return false;
  const n = e - s + 1;
  for (let p = 0; p + n < s; p++) {
    if (lower[p + n] === lower[e + 1] && lower.slice(p, p + n).every((w, i) => w === lower[s + i])) return true;
  }
  return false;
}

/** A word of a label that the sentence writes before the number and not after it (a subject read before it). */
function writtenOnlyBefore(k: Tokens, word: string, end: number): boolean {
  const at = k.words.indexOf(word);
  return at >= 0 && at <= end && k.words.indexOf(word, end + 1) < 0;
}

/**
 * "3 and one-half years", "two and a half months": a whole number with "and" and a fraction written as words after it is
 * one mixed number, as "2 15/16" is; where it ends (the fraction's last token), or `end` when no fraction follows.
 */
function mixedNumberEnd(k: Tokens, end: number): number {
  const { lower, spaces } = k;
  if (lower[end + 1] !== 'and' || Number.isNaN(amount(lower[end]!))) return end;
  if (/^an?$/.test(lower[end + 2] ?? '') && DENOMINATOR.test(lower[end + 3] ?? '')) return end + 3;
  const hyphened = numberWordValue(lower[end + 2] ?? '') !== undefined && lower[end + 3] === '-' && spaces[end + 3] === '' && spaces[end + 4] === '';
  return hyphened && DENOMINATOR.test(lower[end + 4] ?? '') ? end + 4 : end;
}

const RANK_ALONE = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)$/i;
const DENOMINATOR = /^(?:half|halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)$/;

/** Whether a figure's value is a fraction in words: "half", "two-thirds", "one-quarter". */
export function isFraction(value: string): boolean {
  const parts = value.toLowerCase().split('-');
  return DENOMINATOR.test(parts.at(-1)!) && (parts.length === 1 || (parts.length === 2 && numberWordValue(parts[0]!) !== undefined));
}

/**
 * The tagger's entities with the fractions and tallies it gives none: "one-third" (a number word joined by a hyphen to
 * a denominator, after an article too: "the two-thirds vote"), "half" before a determiner, a possessive, "of" or an equality
 * comparison ("half the nation's ships", "half as large as"), and two numbers joined by a hyphen after a verb ("voted
 * 240-47"). Not "half-mast", "the second half", "three and a half" or "1998-99".
 */
function withUntagged(k: Tokens, entities: readonly EntitySpan[]): EntitySpan[] {
  const { lower, pos, spaces } = k;
  const extra: EntitySpan[] = [];
  for (let i = 0; i < lower.length; i++) {
    const w = lower[i]!;
    // A fraction is a number wherever it stands, after "a" or "the" too ("the two-thirds majority"; rule F1, 16figs10).
    if (lower[i + 1] === '-' && spaces[i + 1] === '' && spaces[i + 2] === '' && DENOMINATOR.test(lower[i + 2] ?? '') && numberWordValue(w) !== undefined) {
      const end = ofAUnitEnd(k, i + 2);
      extra.push({ type: 'FRACTION', start: i, end });
      i = end;
    } else if (writtenApartFraction(k, i)) {
      // "a third of the deficit", "three tenths of 1 percent": a fraction written apart (rule V2, 16figs11).
      const end = ofAUnitEnd(k, i + 1);
      extra.push({ type: 'FRACTION', start: i, end });
      i = end;
    } else if (
      w === 'half' &&
      lower[i + 1] !== '-' &&
      !/^an?$/.test(lower[i + 1] ?? '') &&
      (/^(?:DET|PRON)$/.test(pos[i + 1] ?? '') || lower[i + 1] === 'of' || lower[i + 2] === "'s" || asComparison(k, i + 1)) &&
      !/^(?:DET|ADJ|NUM|CCONJ)$/.test(pos[i - 1] ?? '')
    ) {
      extra.push({ type: 'FRACTION', start: i, end: i });
    } else if (/^\d+-\d+$/.test(w) && pos[i - 1] === 'VERB' && !w.split('-').some((n) => /^(?:1[5-9]|20)\d\d$/.test(n))) {
      extra.push({ type: 'TALLY', start: i, end: i });
    }
  }
  if (!extra.length) return [...entities];
  // An entity reaching past the fraction ("half a million") is the tagger's whole number: it stands, the fraction goes.
  const overlaps = (e: EntitySpan, x: EntitySpan) => e.start <= x.end && e.end >= x.start;
  const kept = extra.filter((x) => !entities.some((e) => overlaps(e, x) && (e.start < x.start || e.end > x.end)));
  return [...entities.filter((e) => !kept.some((x) => overlaps(e, x))), ...kept].sort((a, b) => a.start - b.start);
}

/**
 * "a third of", "one fifth of", "three tenths of", "two thirds of": a denominator written apart after "a"/"one" (singular)
 * or after another number word (plural), with "of" after it. "a third term" and "the third of five" are ordinals; "three
 * quarters" without "of" may be three quarters of a year (rule V2, 16figs11).
 */
function writtenApartFraction(k: Tokens, i: number): boolean {
  const { lower } = k;
  const w = lower[i]!;
  const d = lower[i + 1] ?? '';
  if (lower[i + 2] !== 'of' || !DENOMINATOR.test(d) || /^(?:half|halves)$/.test(d)) return false;
  if (/^(?:a|one)$/.test(w)) return !/s$/.test(d) && k.pos[i - 1] !== 'DET';
  const n = numberWordValue(w);
  return n !== undefined && n > 1 && /s$/.test(d);
}

/**
 * "three-tenths of a percent", "three tenths of 1 percent": a fraction of one unit is one amount with its unit, as a
 * percentage is; where it ends (the unit), or `end` when no such unit follows (rule V2, 16figs11).
 */
function ofAUnitEnd(k: Tokens, end: number): number {
  const { lower } = k;
  if (lower[end + 1] !== 'of' || !/^(?:a|an|one|1)$/.test(lower[end + 2] ?? '')) return end;
  if (lower[end + 3] === 'percentage' && /^points?$/.test(lower[end + 4] ?? '')) return end + 4;
  return UNIT.test(lower[end + 3] ?? '') || MEASURE.test(lower[end + 3] ?? '') ? end + 3 : end;
}

/**
 * "half as large as the assembly", "as much as": an equality comparison from token j ("as", an adjective or adverb, "as");
 * a fraction before it is the comparison's measure (rule F1, 16figs10).
 */
function asComparison(k: Tokens, j: number): boolean {
  return k.lower[j] === 'as' && /^(?:ADJ|ADV)$/.test(k.pos[j + 1] ?? '') && k.lower[j + 2] === 'as';
}

/**
 * "80,000 employees at Exxon and the more than 40,000 at Mobil", "five or six big oil companies, possibly eight",
 * "out of about 1,500": a number joined to the one before it by a conjunction, a comma (and an adverb) or "out of"
 * has the noun left out; it counts what that one counts.
 */
function coordinatedWith(k: Tokens, s: number): boolean {
  let i = s - 1;
  while (i >= 0 && leadsANumber(k.lower[i])) i--;
  if (k.pos[i] === 'ADV' && k.lower[i - 1] === ',') i--;
  return /^(?:and|or|,)$/.test(k.lower[i] ?? '') || (k.lower[i] === 'of' && k.lower[i - 1] === 'out');
}

/**
 * "100 patients who will die in the next day or two": a finite verb between two numbers puts them in different clauses,
 * so the second does not share the first one's noun; a participle ("based in Irving") does not.
 */
function finiteVerbBetween(k: Tokens, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (k.pos[i] === 'AUX' || (k.pos[i] === 'VERB' && !/(?:ed|ing|en)$/.test(k.lower[i]!))) return true;
  return false;
}

/**
 * The label up to its verb: "astronauts crawled" → "astronauts" (what a number with its noun left out shares is the noun, not the
 * verb). A word the sentence does not write is the participle the label made of its verb ("may keep … shipyards" → "shipyards kept").
 */
function nounPart(k: Tokens, label: string): string {
  const words = label.split(' ');
  const verbAt = (w: string) => {
    const at = k.words.indexOf(w);
    return at < 0 || /^(?:VERB|AUX)$/.test(k.pos[at] ?? '');
  };
  // Rule WR: a relative clause's verb ("whose details had been stolen") is the noun's; the label's own verb comes after it.
  const relative = words.findIndex((w) => RELATIVE_PRONOUN.test(w.toLowerCase()));
  const clauseVerb = relative > 0 ? words.findIndex((w, i) => i > relative && k.pos[k.words.indexOf(w)] === 'VERB') : -1;
  const verb = words.findIndex((w, i) => i > Math.max(0, clauseVerb) && words.slice(0, i).some((x) => k.pos[k.words.indexOf(x)] === 'NOUN') && verbAt(w));
  return verb > 0 ? words.slice(0, verb).join(' ') : label;
}

/** Whether a label names a thing: a noun that is not a unit ("global employees", not "percent"). */
function hasNoun(k: Tokens, label: string): boolean {
  return label
    .split(/\s+/)
    .filter(Boolean)
    .some((w) => {
      const at = k.words.indexOf(w);
      return (at < 0 || k.pos[at] === 'NOUN' || k.pos[at] === 'PROPN') && !UNIT.test(w.toLowerCase());
    });
}

/**
 * Closed-class words a label may not end on: prepositions, articles and determiners, conjunctions, "to", auxiliaries; and a
 * negation cut from its verb ("of the water Aqualis treats never": rule NE, docs/quality.md, "Session 74").
 */
const DANGLING =
  /^(?:of|in|on|at|by|for|from|to|with|into|onto|about|as|than|over|under|per|the|a|an|all|this|that|these|those|its|their|his|her|and|or|but|nor|will|would|shall|should|can|could|may|might|must|has|have|had|is|are|was|were|be|been|never|not)$/i;

/**
 * The label cut at a phrase boundary: never ending on a preposition, article, conjunction or auxiliary ("deficit of" →
 * "deficit"), and empty when no word of it names what is counted or what happened to it ("as recently", "each").
 */
function labelOf(k: Tokens, counts: string): string {
  const words = counts.split(/\s+/).filter(Boolean);
  while (words.length && DANGLING.test(words.at(-1)!)) words.pop();
  const says = words.some((w) => {
    const at = k.words.indexOf(w);
    const p = at >= 0 ? k.pos[at] : 'NOUN';
    return p === 'NOUN' || p === 'PROPN' || p === 'VERB' || p === 'AUX' || p === 'ADJ';
  });
  // A number's unit alone ("5 percent", "200 million rubles") says what the number is in, not what it counts; a currency
  // named on its own ("keep the hryvna under 3.5") is what is measured.
  const unitAlone = words.length <= 3 && unitWordsOnly(words) && k.pos[k.words.indexOf(words[0]!) - 1] === 'NUM';
  // "Four of the past 10": a share whose whole names nothing counted ("of the past") says nothing.
  const namesNothing = /^of$/i.test(words[0] ?? '') && !words.some((w) => /^(?:NOUN|PROPN|VERB)$/.test(k.pos[k.words.indexOf(w)] ?? ''));
  return says && !unitAlone && !namesNothing ? words.join(' ') : '';
}

/**
 * "rose $1.6875, or 2.3 percent,", "fell an additional 210.09, or by 2.7 percent,": an amount set off by ", or" right after
 * the amount before it (only that amount's unit between) says the same change in another unit (NOTES-a: a converted unit
 * takes the first item's reading) (rule W1, 16figs12). It is described by the subject and verb of the amount it restates,
 * not by that amount's unit ("2.7 percent | Dow fell", not "2.7 percent | points Dow fell").
 */
function restatesPrevious(k: Tokens, s: number, e: number, before: { end: number } | undefined): boolean {
  if (!before || !/^(?:,|\.|;)$/.test(k.lower[e + 1] ?? '.')) return false;
  let i = beforeHedge(k, s);
  if (k.lower[i] === 'by') i--;
  if (k.lower[i] !== 'or' || k.lower[i - 1] !== ',') return false;
  for (let j = before.end + 1; j < i - 1; j++) if (!UNIT.test(k.lower[j]!) && !BIG.has(k.lower[j]!)) return false;
  return before.end < i - 1;
}

/** Words a change amount may hold besides its numbers and units: "by", "an additional", ", or 2.3 percent,". */
const AMOUNT_LINK = /^(?:by|or|an|a|additional|another|further|of)$/;
/** Marks that end a clause: a change amount does not reach across them. */
const CLAUSE_MARK = /^(?:[.;:()]|--|—|_)$/;

/**
 * "Exxon rose 1 11/16, to 74", "Russia's stock market dropped by 5 percent to 38.8": a number after "to" with only a change
 * amount between the clause's verb and that "to" is the level the changing thing reached. It is described as the amount is
 * (its subject and verb) with the "to", which tells the level from the amount: two figures of one sentence with one label
 * would read as one quantity. '' for any other number.
 */
function levelReached(k: Tokens, s: number): string {
  const to = beforeHedge(k, s);
  if (k.lower[to] !== 'to') return '';
  let amount = -1;
  let i = to - 1;
  for (; i >= 0 && to - i <= 14 && k.pos[i] !== 'VERB'; i--) {
    const w = k.lower[i]!;
    if (k.pos[i] === 'NUM') amount = i;
    else if (CLAUSE_MARK.test(w) || !(k.pos[i] === 'PUNCT' || AMOUNT_LINK.test(w) || UNIT.test(w) || CURRENCY.has(w) || DENOMINATOR.test(w))) return '';
  }
  if (amount < 0 || k.pos[i] !== 'VERB') return '';
  // Only with the subject read: a bare "rose to" would not say what reached the level.
  const change = labelOf(k, subjectBefore(k, amount));
  return change ? `${change} to` : '';
}

/** The words of a change chain may hold besides its amounts: "in August", "up from", ", or". */
function sameChange(k: Tokens, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (CLAUSE_MARK.test(k.lower[i]!)) return false;
  return !finiteVerbBetween(k, from, to) && !k.pos.slice(from + 1, to).includes('VERB');
}

/** Where the words that lead an amount begin: its hedges, and "an expected" / "a projected" (a determiner and a participle). */
function leadOf(k: Tokens, s: number): number {
  let i = beforeHedge(k, s);
  if (/ed$/.test(k.lower[i] ?? '') && /^(?:ADJ|VERB)$/.test(k.pos[i] ?? '') && k.pos[i - 1] === 'DET') i -= 2;
  return i;
}

/**
 * Whether a label read for the amount at `s` lies wholly between the figure before it and the amount: "eight percent of
 * gross domestic product to zero" — the noun there is the earlier amount's base, not what changes (rule V4).
 */
function insideChange(k: Tokens, before: { end: number } | undefined, s: number, label: string): boolean {
  if (!before) return false;
  return label.split(' ').every((w) => {
    const at = k.words.indexOf(w, before.end + 1);
    return at > before.end && at < s;
  });
}

/**
 * "reduce its budget deficit from", "slashing inflation from", "increased the monthly deficit with Beijing to": the object
 * a verb acts on, written right before the preposition that opens a change; '' when a verb or anything else stands there.
 */
function objectBefore(k: Tokens, p: number): string {
  if (!/^(?:from|to|by)$/.test(k.lower[p] ?? '')) return '';
  const run = (end: number): number => {
    let i = end;
    while (i >= 0 && (/^(?:NOUN|PROPN|ADJ)$/.test(k.pos[i]!) || k.lower[i] === "'s")) i--;
    return i;
  };
  let i = run(p - 1);
  if (i === p - 1) return '';
  // "the monthly deficit with Beijing": one prepositional phrase on the object.
  if (k.pos[i] === 'ADP' && k.lower[i] !== 'of' && /^(?:NOUN|PROPN)$/.test(k.pos[i - 1] ?? '')) i = run(i - 1);
  const start = i + 1;
  while (i >= 0 && (k.pos[i] === 'DET' || k.pos[i] === 'PRON')) i--;
  if (k.pos[i] !== 'VERB' || !k.words.slice(start, p).some((_w, n) => k.pos[start + n] === 'NOUN')) return '';
  return wordsOfRun(k, start, p);
}

/**
 * "fallen below dlrs 50 billion, from dlrs 70 billion", "from 2,400 percent to almost zero", "a surplus of 2.5 percent to 3
 * percent", "increased the monthly deficit to $5.9 billion": an amount after "to" or "from" is a level, before or after, of
 * what changes — the object a verb acts on before the change's first preposition, or else what the amount before it in
 * the same clause is said of — with its own preposition ("inflation to", "foreign reserves from"); '' otherwise (rule V4).
 */
function otherEndOfChange(k: Tokens, s: number, e: number, before: { start: number; end: number; counts: string } | undefined): string {
  const p = leadOf(k, s);
  const prep = k.lower[p];
  if (prep !== 'to' && prep !== 'from') return '';
  // An amount with a noun of its own ("to 30 companies") counts that noun; "to almost zero today" has none.
  const next = k.lower[e + 1] ?? '';
  if (NOUNISH.has(k.pos[e + 1] ?? '') && !UNIT.test(next) && !BIG.has(next) && !CALENDAR.test(next)) return '';
  const chained = !!before && before.end < p && sameChange(k, before.end, p);
  // Amendment V4′ (after reading the hash): "by 25 percent to 40 percent", "by 3 votes to 2": two amounts joined by "to"
  // alone, with only the first one's noun between and no "from" before it, are a range or a score, not two levels: the
  // second is described as the first.
  const joined = chained && prep === 'to' && k.lower[leadOf(k, before.start)] !== 'from' && k.pos.slice(before.end + 1, p).every((pos) => pos === 'NOUN');
  if (joined) return before.counts;
  const object = objectBefore(k, chained ? leadOf(k, before.start) : p);
  if (object) return `${object} ${prep}`;
  if (!chained || !before.counts) return '';
  if (/ of$/.test(before.counts)) return before.counts;
  if (/^of\b/.test(before.counts) || !hasNoun(k, before.counts)) return '';
  return `${nounPart(k, before.counts)} ${prep}`;
}

/** "20 of them", "two of whom": a share of something a pronoun stands for. */
const PARTITIVE_PRONOUN = /^of (?:them|those|these|us|whom|which)\b/i;

/**
 * "173 people were injured, 20 of them severely": the pronoun stands for what the figure before it in the sentence
 * counts, with the adverb that says which share. With no figure before it only the verb can say what is counted
 * ("killed 67 of them" → "killed"); with no verb either, the figure is left undescribed (and not shown).
 */
function antecedentOf(k: Tokens, e: number, counts: string, before: SentenceFigure | undefined): string {
  const rest = counts.replace(PARTITIVE_PRONOUN, '').trim();
  // "a fire that killed 67 of them": with no count before it, the verb alone says what the number is.
  if (!before?.counts || PARTITIVE_PRONOUN.test(before.counts)) return rest;
  const adverb = !rest && k.pos[e + 3] === 'ADV' ? k.words[e + 3] : '';
  // "six of them were hospitalised": a share with its own predicate is the antecedent's noun with that predicate, joined
  // as a subject and its verb are, not by a comma (rule E, twenty-eighth round, 16figs9).
  const first = rest.split(' ')[0] ?? '';
  const at = first ? k.words.indexOf(first, e + 1) : -1;
  if (at >= 0 && (k.pos[at] === 'AUX' || k.pos[at] === 'VERB')) return `${nounPart(k, before.counts)} ${rest}`;
  return [before.counts, rest || adverb].filter(Boolean).join(', ');
}

/**
 * "plunged 237.90 points on Wednesday, fell an additional 210.09": a number added to an earlier one with its
 * unit left out counts in that unit.
 */
function withElidedUnit(k: Tokens, s: number, e: number, counts: string): string {
  if (!/^(?:additional|another|further)$/.test(k.lower[s - 1] ?? '') || NOUNISH.has(k.pos[e + 1] ?? '')) return counts;
  for (let i = s - 2; i > 0; i--) if (k.pos[i - 1] === 'NUM' && k.pos[i] === 'NOUN') return `${k.words[i]} ${counts}`.trim();
  return counts;
}

/**
 * "won 74 votes, two short of the 76 needed": a number after a determiner, with no noun after it but a past participle, counts
 * the noun the figure before it in the sentence counts (rule EN); '' when it is not so written.
 */
function elidedNoun(k: Tokens, s: number, e: number, before: { counts: string } | undefined): string {
  if (!before?.counts || k.pos[s - 1] !== 'DET' || !isPastParticiple(k, e + 1)) return '';
  return `${before.counts} ${k.words[e + 1]}`;
}

/** A number token's amount ("12", "1,500", "six"); NaN when it is not one of those (NaN compares false). */
function amount(word: string): number {
  return numberWordValue(word) ?? Number(word.replace(/,/g, ''));
}

/** "five or six big banks", "the next 9 to 12 months": a range is one figure, described by what follows its upper end. */
function joinRanges(tokens: Tokens, entities: readonly EntitySpan[]): EntitySpan[] {
  const out: EntitySpan[] = [];
  for (const entity of entities) {
    const last = out.at(-1);
    const joined =
      last?.type === 'CARDINAL' &&
      (entity.type === 'CARDINAL' || entity.type === 'DURATION') &&
      last.end === entity.start - 2 &&
      // "between 500 and 600 seconds": "between" makes "and" join the two ends of one range.
      (/^(?:or|to)$/.test(tokens.lower[entity.start - 1] ?? '') || (tokens.lower[entity.start - 1] === 'and' && tokens.lower[last.start - 1] === 'between')) &&
      tokens.pos[entity.start] === 'NUM' &&
      // "rose from 65 to 60", "the vote was 79 to 18": two values in turn or a tally, not a range.
      tokens.lower[last.start - 1] !== 'from' &&
      !(amount(tokens.lower[last.end]!) >= amount(tokens.lower[entity.start]!));
    // "two dozen", "three hundred": a multiplier right after a number is part of that number, one figure.
    const multiplied = last?.type === 'CARDINAL' && last.end === entity.start - 1 && entity.start === entity.end && /^(?:dozen|hundred|thousand|million|billion|trillion)$/.test(tokens.lower[entity.start] ?? '');
    // "three in ten Americans", "one out of five voters": a share is one figure, described by what follows the whole.
    const share =
      last?.type === 'CARDINAL' &&
      entity.type === 'CARDINAL' &&
      tokens.pos[entity.start] === 'NUM' &&
      ((last.end === entity.start - 2 && tokens.lower[entity.start - 1] === 'in') || (last.end === entity.start - 3 && tokens.lower[entity.start - 2] === 'out' && tokens.lower[entity.start - 1] === 'of')) &&
      amount(tokens.lower[last.end]!) < amount(tokens.lower[entity.start]!);
    // "the 7.6-million kronor prize", "a half-billion dollar donation": a scale joined by a hyphen is part of the number.
    const hyphened = SCALE_WORD.test(tokens.lower[entity.start] ?? '') && tokens.lower[entity.start - 1] === '-' && tokens.spaces[entity.start - 1] === '' && tokens.spaces[entity.start] === '';
    const amountBefore = hyphened && (tokens.pos[entity.start - 2] === 'NUM' || tokens.lower[entity.start - 2] === 'half');
    // "a million", "a billion dollars": the article before a lone scale word is its amount, as in "a dozen" (rule FM, session 50).
    const oneOf = SCALE_WORD.test(tokens.lower[entity.start] ?? '') && /^(?:a|one)$/.test(tokens.lower[entity.start - 1] ?? '');
    if (oneOf && !(last && last.end >= entity.start - 1)) {
      out.push({ ...entity, start: entity.start - 1 });
      continue;
    }
    if (amountBefore && last?.end === entity.start - 2) out[out.length - 1] = { type: entity.type === 'MONEY' ? 'MONEY' : last.type, start: last.start, end: entity.end };
    else if (amountBefore) out.push({ ...entity, start: entity.start - 2 });
    else if (joined || share) out[out.length - 1] = { type: 'CARDINAL', start: last.start, end: entity.type === 'DURATION' ? entity.start : entity.end };
    else if (multiplied) out[out.length - 1] = { ...last, end: entity.end };
    else out.push(entity);
  }
  return out;
}

/**
 * "$55,000 or $65,000 a year", "$3 billion to $5 billion a year": the amount right after `entity`, joined by "or"/"to",
 * written in the same currency and larger, of which `entity` is the lower alternative; "from $5 to $6" is two values in turn.
 */
function alternativeAfter(tokens: Tokens, entity: EntitySpan, next: EntitySpan | undefined): EntitySpan | undefined {
  if (entity.type !== 'MONEY' || next?.type !== 'MONEY' || entity.end !== next.start - 2) return undefined;
  if (!/^(?:or|to)$/.test(tokens.lower[next.start - 1] ?? '') || tokens.lower[entity.start - 1] === 'from') return undefined;
  return sameCurrencyRising(tokens, entity, next) ? next : undefined;
}

/**
 * Whether `b` is the second side of a score whose first is `a`: two counts joined by "to", the first larger ("79 to 18
 * in favor"); a range rises ("9 to 12 months", joined before this) and "from 65 to 60" is two values in turn.
 */
function scoreSideAfter(tokens: Tokens, a: EntitySpan | undefined, b: EntitySpan | undefined): boolean {
  if (a?.type !== 'CARDINAL' || b?.type !== 'CARDINAL' || a.end !== b.start - 2 || tokens.lower[b.start - 1] !== 'to') return false;
  if (tokens.lower[a.start - 1] === 'from' || tokens.pos[a.end] !== 'NUM' || tokens.pos[b.start] !== 'NUM') return false;
  return amount(tokens.lower[a.end]!) > amount(tokens.lower[b.start]!);
}

/** Two money spans written alike but for their number ("$55,000", "$65,000"; "dlrs 2 billion", "dlrs 3 billion"), the second larger. */
function sameCurrencyRising(tokens: Tokens, a: EntitySpan, b: EntitySpan): boolean {
  const words = (span: EntitySpan) => tokens.lower.slice(span.start, span.end + 1);
  const x = words(a);
  const y = words(b);
  const at = x.findIndex((_w, i) => tokens.pos[a.start + i] === 'NUM');
  if (at < 0 || x.length !== y.length || tokens.pos[b.start + at] !== 'NUM') return false;
  const alike = x.every((w, i) => i === at || w === y[i]);
  return alike && x.some((w, i) => i !== at && CURRENCY.has(w)) && amount(x[at]!) < amount(y[at]!);
}

const SCALE_WORD = /^(?:hundred|thousand|million|billion|trillion)$/;
const APPROXIMATORS = new Set([
  'about',
  'some',
  'nearly',
  'almost',
  'roughly',
  'around',
  'approximately',
  'least',
  'at',
  'more',
  'than',
  'over',
  'under',
  'only',
  'just',
  'another',
  'additional',
  'an',
  'estimated',
  'a',
  'up',
  'fewer',
  'less',
  'exactly',
  'the',
]);
/** Whether a word is an hour of a clock, in digits or words ("six", "9"). */
function isClockHour(word: string): boolean {
  const hour = /^\d+$/.test(word) ? Number(word) : numberWordValue(word);
  return hour !== undefined && hour >= 1 && hour <= 12;
}
const CLOCK = new Set(['a.m.', 'p.m.', 'am', 'pm', 'gmt', 'utc', 'est', 'edt', 'cst', 'cdt', 'pst', 'pdt', 'mst', 'mdt', 'bst', 'cet', 'cest', "o'clock", 'hrs', 'noon', 'midnight']);
/** Units an age is given in: "18-year-old", "6-week-old", "six month old". */
const AGE_UNIT = /^(?:years?|months?|weeks?|days?)$/;
const MONTHS = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\.?$|^(?:january|february|march|april|june|july|august|september|october|november|december)$/;
const TIME_UNITS = /^(?:second|minute|hour|day|night|week|weekend|month|year|decade|centur(?:y|ies))s?$/;
/** A word that names a span of time ("hours", "decade"). */
export const isTimeUnit = (word: string): boolean => TIME_UNITS.test(word.toLowerCase());
/** Units of time from the smallest, as a compound duration writes them in turn ("2 hours 20 minutes"). */
const TIME_UNIT_ORDER = [/^seconds?$/, /^minutes?$/, /^hours?$/, /^(?:day|night)s?$/, /^weeks?$/, /^months?$/, /^years?$/, /^decades?$/, /^centur(?:y|ies)$/];
const timeUnitRank = (word: string): number => TIME_UNIT_ORDER.findIndex((unit) => unit.test(word));

/**
 * A duration written in two or more units ("8 minutes 50 seconds", "two years and three months", "2 hours, 12 minutes and
 * 6 seconds") is one figure: the number at `end` with its unit after it, then, with nothing between but a comma or "and",
 * a number and a smaller unit, not followed by "of", and so on while each unit is smaller than the one before. Its value
 * stays the first number; what it counts writes the rest after the first unit (when `counts` opens on that unit).
 * Undefined when the number is no such duration: a list of two in the same or a growing unit is two figures.
 */
function durationRest(k: Tokens, end: number, counts: string): { end: number; counts: string } | undefined {
  const unit = k.lower[end + 1] ?? '';
  let rank = timeUnitRank(unit);
  if (rank < 0 || counts.split(' ')[0]!.toLowerCase() !== unit) return undefined;
  let last = end + 1;
  for (;;) {
    let at = last + 1;
    if (k.lower[at] === ',') at++;
    if (k.lower[at] === 'and') at++;
    const next = timeUnitRank(k.lower[at + 1] ?? '');
    // "three weeks, two days of it unpaid": a part of the first duration, not the rest of it.
    if (k.pos[at] !== 'NUM' || next < 0 || next >= rank || k.lower[at + 2] === 'of') break;
    rank = next;
    last = at + 1;
  }
  if (last === end + 1) return undefined;
  const rest = k.words
    .slice(end + 2, last + 1)
    .map((w, i) => (i === 0 ? w : k.spaces[end + 2 + i] + w))
    .join('');
  return { end: last, counts: `${counts.slice(0, unit.length)}${/^,/.test(rest) ? '' : ' '}${rest}${counts.slice(unit.length)}` };
}

const MINUTE_MARK = /^['’′]$/;
const SECOND_MARK = /^(?:["”″]|'')$/;

/**
 * "1h 12' 06"", "3h 51' 03"", "12' 06"": hours written with "h", minutes with an apostrophe or prime and seconds with a
 * quotation mark or double prime, each part a number joined to its mark, is one time (of a race, a stage); where it ends
 * (its last mark), or -1 when the number at `s` opens no such time.
 */
function markedTimeEnd(k: Tokens, s: number): number {
  const { lower, spaces } = k;
  const part = (i: number, mark: (w: string) => boolean) => /^\d+$/.test(lower[i] ?? '') && mark(lower[i + 1] ?? '') && spaces[i + 1] === '';
  let i = s;
  const hours = part(i, (w) => w === 'h');
  if (hours) i += 2;
  if (!part(i, (w) => MINUTE_MARK.test(w))) return -1;
  if (part(i + 2, (w) => SECOND_MARK.test(w))) return i + 3;
  return hours ? i + 1 : -1;
}

const OFFSET = /^(?:after|before|later|earlier)$/;

/**
 * "died five days after he was found", "were at the scene four minutes later", "three years after peace was secured": a
 * number of time units before "after", "before", "later" or "earlier", with a verb of the sentence before it, measures the
 * time between two events the sentence tells. With no verb before it ("Three days earlier, …", "Two weeks after the march,
 * he wrote") it places the sentence in time; before a name with no verb of its own ("three weeks before Election Day") it
 * is counted from a named day: both are date expressions.
 */
function spanBetweenEvents(k: Tokens, s: number, e: number): boolean {
  const { lower, pos } = k;
  if (!TIME_UNITS.test(lower[e + 1] ?? '') || !OFFSET.test(lower[e + 2] ?? '')) return false;
  if (!pos.slice(0, s).some((p) => p === 'VERB' || p === 'AUX')) return false;
  let j = e + 3;
  if (pos[j] !== 'PROPN') return true;
  while (pos[j] === 'PROPN') j++;
  return pos[j] === 'VERB' || pos[j] === 'AUX';
}

/** The number of an offset between two events inside a time or date entity ("four minutes later"), or -1. */
function offsetIn(k: Tokens, start: number, end: number): number {
  for (let i = start; i < end; i++) if (k.pos[i] === 'NUM' && spanBetweenEvents(k, i, i)) return i;
  return -1;
}

/**
 * What a finish time is, only when a common noun says it ("in a time of" → "time"): "over Caisse d'Epargne by 19' 36"" or
 * "on Cadel Evans of Australia by 1' 37"" names whom the time is measured against, not what it is (rule RT's amendment).
 */
function timeLabel(k: Tokens, label: string): string {
  return label.split(' ').some((w) => /^\p{Ll}/u.test(w) && k.pos[k.words.indexOf(w)] === 'NOUN') ? label : '';
}

/** Units of a calendar span: "two weeks ago" dates something, "four minutes later" measures it. */
const DATE_UNITS = /^(?:day|night|week|weekend|month|year|decade|centur(?:y|ies))s?$/;
const SUPERLATIVE = /^(?:worst|best|lowest|highest|biggest|largest|smallest|first|most|least|deadliest)$/;
const RELATIVE_AFTER = new Set(['ago', 'earlier', 'later', 'before', 'after', 'hence', 'since', 'from']);
const RELATIVE_BEFORE = new Set(['past', 'last', 'next', 'previous', 'coming', 'recent', 'following', 'first', 'final']);
const VAGUE = /^(?:dozens|scores|hundreds|thousands|millions|billions|trillions|tens)$/;
const BIG = new Set(['million', 'billion', 'trillion', 'thousand', 'hundred', 'percent', '%', 'per', 'dozen']);
const CURRENCY = new Set(['$', 'dlrs', 'us$', '€', '£', '¥', 'usd', 'eur']);
/** A word that may stand between a number and what comes before it: a hedge ("about", "more than") or a currency ("$", "dlrs"). */
const leadsANumber = (word: string | undefined): boolean => word !== undefined && (APPROXIMATORS.has(word) || CURRENCY.has(word));
const RANK = new Set(['no.', 'no', 'number', '#', 'page', 'p.', 'graf', 'grafs', 'room', 'flight', 'route', 'highway', 'interstate', 'rule', 'section']);

/**
 * "11:43", "11.30": hours under 24 and minutes under 60; a number with a decimal stop followed by a noun is an amount
 * ("climbed 18.80 points", "31.23 points").
 */
function clockTime(digits: string, nextPos: string): boolean {
  const m = /^(\d{1,2})([:.])(\d\d)$/.exec(digits);
  return !!m && Number(m[1]) < 24 && Number(m[3]) < 60 && (m[2] === ':' || nextPos !== 'NOUN');
}

/**
 * "since 1994 fans", "in his 1994 memoirs", "the three 1998 winners", "post 2012 negotiations": a year-shaped number after a
 * preposition of time (or the prefix "pre" or "post" written apart), a possessive determiner or another number is the year
 * that qualifies the noun after it, not a count of it ("the 4500 detainees" stays a count).
 */
function yearPlace(k: Tokens, s: number): boolean {
  const prev = k.lower[s - 1] ?? '';
  return /^(?:since|in|until|till|before|after|during|pre|post)$/.test(prev) || /^(?:his|her|its|their|our|my|your)$/.test(prev) || k.pos[s - 1] === 'NUM';
}

/** "richest", "largest", "best", "worst": an adjective in the superlative, told by its lemma differing from the word. */
function superlative(k: Tokens, i: number): boolean {
  const word = k.lower[i] ?? '';
  if (k.pos[i] !== 'ADJ') return /^(?:most|least)$/.test(word) && k.pos[i + 1] === 'ADJ';
  return /st$/.test(word) && (k.lemma[i] ?? '').toLowerCase() !== word;
}

/** Whether the entity from token `s` to `e` is a figure a reader wants, by the guide's classes of numbers that are not. */
function countsSomething(k: Tokens, s: number, e: number, type: string): boolean {
  const { lower, pos } = k;
  const prev = lower[s - 1] ?? '';
  const next = lower[e + 1] ?? '';
  const next2 = lower[e + 2] ?? '';
  const text = lower.slice(s, e + 1);
  const digits = text.find((w) => /\d/.test(w)) ?? '';
  const wordsOnly = !digits;
  if (type === 'CARDINAL') {
    // Times of day: "11:43 p.m.", "2243 GMT". After a currency word "8.50" is an amount of it, not 8:50 (rule V1, 16figs11).
    if ((clockTime(digits, pos[e + 1] ?? '') && !CURRENCY.has(prev)) || CLOCK.has(next) || (next === '(' && CLOCK.has(next2))) return false;
    // Rule CT (docs/quality.md, "Session 65"): "at six this evening", "by nine tonight": an hour said with the part of its day.
    if (s === e && (next === 'tonight' || (/^(?:this|tomorrow|yesterday|last)$/.test(next) && /^(?:morning|afternoon|evening|night)$/.test(next2))) && isClockHour(text[0]!)) return false;
    // Dates and years: "Oct. 30", "30 October", "1998", "the 1990s".
    if (MONTHS.test(prev) || (MONTHS.test(next) && Number(digits) <= 31)) return false;
    // A year before a singular noun modifies it ("their 2004 tax returns", "the 1998 season"); a count is
    // followed by what it counts in the plural ("1500 troops").
    if (/^(?:1[5-9]|20)\d\d$/.test(digits) && (!(pos[e + 1] === 'NOUN' && !TIME_UNITS.test(next) && /s$/.test(next)) || yearPlace(k, s))) return false;
    if (/^\d+s$|^'\d\ds$/.test(digits)) return false;
    // Ages as description: "aged 13 to 18", "an 18-year-old", "Shepard, 21, died".
    if (prev === 'aged' || prev === 'ages' || (prev === 'age' && !/^(?:average|median|mean)$/.test(lower[s - 3] ?? '')) || (lower[s - 3] === 'aged' && /^(?:to|and|or|-)$/.test(prev))) return false;
    // "People over 60", "children under five": after a plural noun of people, a bound is an age (rule AG).
    if (/^(?:over|under|above|below)$/.test(prev) && AGED_NOUN.test(lower[s - 2] ?? '')) return false;
    // "an 18-year-old", "a 6-week-old baby", "his six month old daughter": an age in any unit of the calendar.
    if ((next === '-' && AGE_UNIT.test(next2) && lower[e + 4] === 'old') || (AGE_UNIT.test(next) && /^olds?$/.test(next2))) return false;
    // "26 year-old Ana Lind": the hyphen written after the unit only.
    if (/^years?$/.test(next) && next2 === '-' && /^olds?$/.test(lower[e + 3] ?? '')) return false;
    if (/^(?:to|or|and|-)$/.test(next) && /\d/.test(next2) && /^years?$/.test(lower[e + 3] ?? '') && /^olds?$/.test(lower[e + 4] ?? '')) return false;
    // "a 12-year low", "30-year bonds": a comparison or the name of an instrument, not a measured duration.
    if (next === '-' && /^(?:year|month|week|day)$/.test(next2) && /^(?:low|high|record|peak|bonds?|notes?|mortgages?|bills?)$/.test(lower[e + 3] ?? '')) return false;
    if (prev === ',' && pos[s - 2] === 'PROPN' && /^(?:,|\.|;|\)|and)$/.test(next) && Number(digits) < 120) return false;
    // "Valmir, 18 months,": a child's age set off after the name.
    if (prev === ',' && pos[s - 2] === 'PROPN' && /^(?:months|weeks)$/.test(next) && /^(?:,|\.|;|\))$/.test(next2)) return false;
    // Height and weight as description: "a 5-foot-2, 105-pound student".
    if (next === '-' && /^(?:foot|feet|inch|inches|pound|lb|kilogram|kg|stone)(?:-|$)/.test(next2)) return false;
    // A stock price's fraction ("rose 3 13/16") belongs to the number before it.
    if (/^\d+\/\d+$/.test(digits) && pos[s - 1] === 'NUM') return false;
    // Numbers inside names and ranks: "Apollo 11", "Article 5", "S&P 500", "No. 2", "graf 19".
    if (RANK.has(prev) || (pos[s - 1] === 'PROPN' && /^\p{Lu}/u.test(k.words[s - 1]!) && k.spaces[s] !== '' && !BIG.has(next) && pos[e + 1] !== 'NOUN')) return false;
    if (prev === '.' && k.spaces[s] === '') return false;
    // "the Type 22 frigate", "a Boeing 737 jet": a count comes before the words that modify its noun ("the 22 frigates"),
    // never after a capitalised modifier that opens the phrase; a number there designates that word and counts nothing
    // (rule D, twenty-sixth round, 16figs6); after a count ("12 Type 23 frigates") as well. A name the number opens, or a
    // name with no determiner before it ("In Baghdad 20 people died"), is read as before.
    if (/^\p{Lu}/u.test(k.words[s - 1] ?? '') && k.spaces[s] !== '' && (/^(?:the|a|an|'s|’s)$/.test(lower[s - 2] ?? '') || pos[s - 2] === 'NUM') && pos[e + 1] === 'NOUN' && !BIG.has(next)) return false;
    // "29 degrees, 50.36 minutes north; 48, 43.08 minutes east": a position on a map measures nothing (rule C).
    if (inPosition(k, s, e)) return false;
    // "the Group of 77 and China", "the Class of 1998": a number after "of" that ends a capitalised name counts nothing.
    if (prev === 'of' && /^\p{Lu}/u.test(k.words[s - 2] ?? '') && pos[s - 2] === 'PROPN' && pos[e + 1] !== 'NOUN' && pos[e + 1] !== 'PROPN' && !BIG.has(next)) return false;
    // "at 228 Memorial Park", "7 World Trade Center": a number that opens a run of capitalised words with a singular
    // head (nothing counted follows it) is the first word of a name; a count names what it counts in the plural.
    if (digits && s > 0 && properRunIsName(k, e + 1)) return false;
    // "stage 13 of the Tour", "Flight 800 crashed", "chapter 11", "the final stage 20 in": a number right after a bare common
    // noun (an adjective before it only if the number ends the phrase) labels it; it counts nothing.
    // Amendment SN′ (docs/quality.md, "Session 74"): after a determiner too ("a stage four, which …"), where the number ends its phrase.
    // Not a measure's reading ("a magnitude 4.1,"): a label is a whole number.
    const endsPhrase = (/^[,.;:)]$/.test(next) || next === '') && !/[.,]\d/.test(digits) && prev !== 'magnitude';
    if (
      pos[s - 1] === 'NOUN' &&
      !/s$/.test(prev) &&
      !CURRENCY.has(prev) &&
      k.spaces[s] !== '' &&
      pos[s - 2] !== 'NUM' &&
      (pos[s - 2] !== 'DET' || endsPhrase) &&
      (pos[s - 2] !== 'ADJ' || pos[e + 1] === 'ADP') &&
      !BIG.has(next) &&
      pos[e + 1] !== 'NOUN'
    )
      return false;
    // Amendment SN″ (docs/quality.md, "Session 78"): "stage 3 bowel cancer", "a category 4 hurricane": after a scale's noun, a step.
    if (SCALE_STEP.test(prev) && k.spaces[s] !== '') return false;
    // Rule SN (docs/quality.md, "Session 74"): "stage-three restrictions", "a category-5 storm", "level-4 alert": a number joined by
    // a hyphen to the noun before it names a step of that noun's scale, as "stage 13" does.
    if (prev === '-' && k.spaces[s] === '' && k.spaces[s - 1] === '' && /^\p{L}{3,}$/u.test(k.words[s - 2] ?? '') && (pos[s - 2] === 'NOUN' || pos[s - 2] === 'PROPN') && !/s$/.test(lower[s - 2] ?? '')) return false;
    // "in the top ten", "the top 20": a rank group, not a count.
    if (prev === 'top' && (pos[e + 1] !== 'NOUN' || lower[s - 2] === 'the')) return false;
    // A finish time, "3h 51' 03"": its parts are one time of a race, and none counts anything.
    const timePart = (mark: string, number: string | undefined) => /^(?:h|['’′])$/.test(mark) && /^\d+$/.test(number ?? '');
    if (/^\d+$/.test(digits) && (timePart(next, next2) || timePart(prev, lower[s - 2]))) return false;
    // Relative dates: "two weeks ago", "the past six years", "Three days after the vote, …"; "died five days after he was
    // found" measures the span between two events (rule O, twenty-third round).
    if ((DATE_UNITS.test(next) && RELATIVE_AFTER.has(next2) && !spanBetweenEvents(k, s, e)) || next === 'ago') return false;
    if ((DATE_UNITS.test(next) || DATE_UNITS.test(next2)) && RELATIVE_BEFORE.has(prev)) return false;
    if (DATE_UNITS.test(next) && (prev === 'another' || (prev === 'in' && lower.slice(Math.max(0, s - 8), s).some((w) => SUPERLATIVE.test(w))))) return false;
    // "one of the disc jockeys", "one option": a pronoun or determiner, not a count.
    // "Forty-one people" ends on "one" too: a compound number word counts.
    // "drove him one mile southeast": before a unit of measure "one" is an amount ("one foot in" is an idiom).
    const measured = text.at(-1) === 'one' && MEASURE.test(next) && !/^(?:foot|feet)$/.test(next);
    if (wordsOnly && /^(?:one|an?)$/.test(text.at(-1)!) && text.at(-2) !== '-' && !BIG.has(next) && !measured) return false;
    if (VAGUE.test(text.at(-1)!)) return false;
    // "The two met", "the two companies": a definite small number word refers to a known set; it counts nothing new.
    // After a possessive the number counts the possessor's things ("the army's three-month offensive"): a new count.
    // "the latter two", "the former three": the same, picked from a list just given.
    // "the two-story building", "the three-year contract": joined by a hyphen to the word after it, the number is the first
    // half of a compound modifier that measures its head, not a reference to a set (rule H1, twenty-fourth round).
    // "the two-thirds majority" is a fraction, not a compound modifier.
    const compound = next === '-' && k.spaces[e + 1] === '' && k.spaces[e + 2] === '' && !DENOMINATOR.test(next2);
    if ((prev === 'the' || prev === 'other' || prev === 'latter' || prev === 'former') && wordsOnly && /^(?:two|three|both)$/.test(text.at(-1)!) && !compound) return false;
    // "the world's seven richest nations", "the two largest discounters": a number before a superlative names a group by
    // its rank; it defines the group and measures nothing.
    if (superlative(k, e + 1)) return false;
    // "when two banks have merged", "if 60 people die": a number opening a conditional or generic clause in the present
    // illustrates a case; it counts nothing that happened.
    if (/^(?:when|whenever|if|unless)$/.test(prev) && presentClause(k, e + 1)) return false;
    // "Heather Has Two Mommies": a number word capitalised inside a sentence is part of a name or title.
    if (wordsOnly && /^\p{Lu}/u.test(k.words[s]!) && s > 0 && !/^["“'‘`(]$/.test(k.words[s - 1]!)) return false;
  }
  // Rule UN (docs/quality.md, "Session 66"): "two people familiar with the matter", "three officials who spoke on condition of
  // anonymity": the story's unnamed sources, counted to say who told it, count nothing it is about.
  if (countsUnnamedSources(k, e)) return false;
  // "several hundred", "several billion dollars": "several" gives no value, a number or an amount (rule V7, 16figs11).
  if (text.includes('several')) return false;
  // "40 kilometers (25 miles)", "3,000 metres [9,800 feet]", "3 billion hryvna (dlrs 882 million)", "29 cents, or 2.6 percent": the same figure again.
  let back = s - 1;
  while (back >= Math.max(0, s - 4) && leadsANumber(lower[back])) back--;
  if (lower[back] === '(' || lower[back] === '[' || (lower[back] === 'or' && lower[back - 1] === '(')) return false;
  if (lower[back] === 'or' && lower[back - 1] === ',' && clauseBefore(lower, back - 1).some((w) => /\d/.test(w))) return false;
  return true;
}

function countsUnnamedSources(k: Tokens, e: number): boolean {
  const noun = k.pos[e + 1] === 'ADJ' ? e + 2 : e + 1;
  return SOURCE_NOUN.test(k.lower[noun] ?? '') && SOURCE_TELLS.test(k.lower.slice(noun + 1, noun + 10).join(' '));
}
const SOURCE_NOUN = /^(?:people|persons?|officials?|sources?|diplomats?|officers?|executives?|aides?|insiders?|lawyers?|investigators?|employees?|staffers?|analysts?|bankers?|negotiators?)$/;
const SOURCE_TELLS = /^(?:(?:who\s+(?:are|were|is|was)\s+)?(?:familiar with|close to|briefed on|with (?:direct )?knowledge of)|.*\bon condition of anonymity\b|.*\basked not to be (?:named|identified)\b)/;

const POSITION_PART = /^(?:degrees?|minutes?|seconds?|°|,|;|['’′"”])$/;
const COMPASS = /^(?:(?:north|south)(?:east|west)?|east|west|latitude|longitude)$/;

/**
 * Whether the number from `s` to `e` is in a run of degrees and minutes that reaches a compass point: "35.8 degrees south",
 * "29 degrees, 50.36 minutes north; 48, 43.08 minutes east". The run must name degrees, so "ten minutes north of the
 * city" (a travel time) is not a position.
 */
function inPosition(k: Tokens, s: number, e: number): boolean {
  const part = (i: number) => k.pos[i] === 'NUM' || POSITION_PART.test(k.lower[i] ?? '') || COMPASS.test(k.lower[i] ?? '');
  let from = s;
  while (from > 0 && s - from < 12 && part(from - 1)) from--;
  let to = e;
  while (to < k.lower.length - 1 && to - e < 12 && part(to + 1)) to++;
  const run = k.lower.slice(from, to + 1);
  return run.some((w) => /^(?:degrees?|°)$/.test(w)) && run.some((w) => COMPASS.test(w));
}

/**
 * The capitalised words from `j` are two or more, end on a singular word and modify no common noun after them. Inside a
 * sentence a capital marks a name's word whatever the tagger calls it ("10 Downing Street": "Downing" is read as a verb;
 * amendment A1, twenty-sixth round, 16figs6).
 */
function properRunIsName(k: Tokens, j: number): boolean {
  let end = j;
  while (end < k.words.length && /^\p{Lu}\p{Ll}/u.test(k.words[end]!)) end++;
  return end - j >= 2 && !/s$/.test(k.lower[end - 1]!) && k.pos[end] !== 'NOUN' && k.pos[end] !== 'PROPN';
}

/** Up to eight tokens before `at`, back to the previous clause break: "$13 million in today's dollars" before ", or $35 million". */
function clauseBefore(lower: readonly string[], at: number): string[] {
  let from = at;
  while (from > Math.max(0, at - 8) && !/^[,;:(_]$/.test(lower[from - 1]!)) from--;
  return lower.slice(from, at);
}

/** The clause from token j has its verb in the present ("have merged", "merge", "die"), past the noun phrase it opens on. */
function presentClause(k: Tokens, j: number): boolean {
  while (j < k.words.length && (NOUNISH.has(k.pos[j]!) || k.pos[j] === 'DET' || k.pos[j] === 'ADV')) j++;
  const verb = k.lower[j] ?? '';
  if (k.pos[j] === 'AUX') return /^(?:have|has|is|are|do|does|can|may|might|must|should|will)$/.test(verb);
  const lemma = k.lemma[j]?.toLowerCase() ?? '';
  // A present form is the lemma itself or with -s ("die", "merges"); a past form differs ("died", "fell").
  return k.pos[j] === 'VERB' && (verb === lemma || verb === `${lemma}s` || verb === `${lemma}es` || verb === `${lemma.slice(0, -1)}ies`);
}

/** The entity as written, without the hedge in front ("about 180" → "180"). */
function figureValue(k: Tokens, s: number, e: number): string {
  let from = s;
  while (from < e && APPROXIMATORS.has(k.lower[from]!) && !/^an?$/.test(k.lower[from]!)) from++;
  return k.words
    .slice(from, e + 1)
    .map((w, i) => (i === 0 ? w : k.spaces[from + i] + w))
    .join('');
}

const NOUNISH = new Set(['NOUN', 'PROPN', 'ADJ']);
/** Nouns that name the steps of a scale: the number after one names a step (amendment SN″). */
const SCALE_STEP = /^(?:stage|phase|level|category|grade|tier)$/;
/**
 * Rule CU (docs/quality.md, "Session 54"): the English names of the world's currencies in news use, plurals included; names that
 * are also common English words ("won", "kip", "real") are left out. One list for every reader of an amount of money.
 */
const CURRENCY_NAMES =
  'dollars?|dlrs|cents?|rubles?|roubles?|euros?|pounds?|pence|yen|marks?|deutschmarks?|francs?|yuan|renminbi|hryvna|hryvnias?|kronor|kronur|krona|kroner|krone|crowns?|koruna|korunas|ringgits?|lei|leu|levs?|leva|rupees?|rupiah|pesos?|reais|shekels?|dinars?|dirhams?|riyals?|rials?|lira|lire|liras|zloty|zlotys|forints?|baht|nairas?|shillings?|rand|kunas?|denars?|tenge|manats?|lari|drams?|tugriks?|dongs?|kyats?|riels?|takas?|birrs?|cedis?|kwachas?|escudos?|guilders?|florins?|pesetas?|drachmas?|punts?|schillings?|bolivars?|colones|quetzals?|quetzales|guaranis?|lempiras?|cordobas?|rubels?';
const CURRENCY_NAME = new RegExp(`^(?:${CURRENCY_NAMES})$`);
/** English words that say a sentence speaks of money, read beside a plural noun no list names a currency (rule MQ). */
export const MONEY_WORD =
  /^(?:cost|costs|costing|costed|pay|pays|paid|paying|payment|payments|fine|fined|fines|worth|budget|price|prices|priced|spend|spends|spent|spending|fee|fees|compensation|bill|damages|loan|loans|grant|grants|funding|wage|wages|salary|salaries|ransom|bail|revenue|revenues|profit|profits|loss|losses|debt|debts|deficit|tax|taxes|invest|invested|investment|refund|refunds)$/i;
/** Whether a word names a currency ("crowns", "kronor", "dlrs"). */
export const isCurrencyWord = (word: string): boolean => CURRENCY_NAME.test(word.toLowerCase());
/**
 * Whether a figure's value is written as a sum of money: a currency's sign or listed name, or (rule IC) a lower-case word the
 * reader appended after the number that is no scale, share, number word or "times": only a currency it read is appended so,
 * a listed one or one the document named itself ("96 million ostrins").
 */
export function isSumWritten(value: string): boolean {
  if (/[$€£¥]/.test(value)) return true;
  const words = value.split(/\s+/);
  if (words.some(isCurrencyWord)) return true;
  const last = words.at(-1)!;
  return words.length > 1 && /^\p{Ll}{3,}$/u.test(last) && !APPENDED_NOT_MONEY.test(last) && !isNumberWord(last) && !isFractionWord(last);
}
/** Words the reader appends to a number that say no currency. */
const APPENDED_NOT_MONEY = /^(?:percent|cent|pct|times|thousand|million|billion|trillion|hundred|dozen|half|per)$/;
const UNIT = new RegExp(`^(?:percent|per|cent|%|points?|${CURRENCY_NAMES})$`);
/**
 * "322 million U.S. dollars", "Hong Kong dollars", "euro": words that only name the unit an amount is in. A capitalised
 * word before a unit names whose unit it is ("U.S.", "Canadian").
 */
function unitWordsOnly(words: readonly string[]): boolean {
  const ws = words.filter((w) => w !== '-');
  return ws.length > 0 && ws.every((w, i) => UNIT.test(w.toLowerCase()) || (/^\p{Lu}/u.test(w) && ws.slice(i + 1).some((x) => UNIT.test(x.toLowerCase()))));
}
/** Whether a label is units and nothing else ("kilometer", "square miles", "year"). */
function measuresOnly(label: string): boolean {
  const words = label.toLowerCase().split(/\s+/).filter(Boolean);
  return words.length > 0 && words.every((w) => UNIT.test(w) || MEASURE.test(w) || TIME_UNITS.test(w));
}

/** A word that names the unit of an amount ("percent", "dollars"), not what the amount counts. */
export const isUnit = (word: string): boolean => UNIT.test(word.toLowerCase());
/** Units of length, area, volume, weight, speed and angle, spelled -er or -re. */
const MEASURE = /^(?:(?:kilo|centi|milli)?met(?:er|re)s?|km|kms|cm|mm|m|miles?|mph|km\/h|feet|foot|ft|inch(?:es)?|yards?|acres?|hectares?|square|cubic|lit(?:er|re)s?|gallons?|(?:kilo)?grams?|kg|tons?|tonnes?|degrees?|knots?|nautical)$/;
/** A word that names a unit of length, area, volume, weight, speed or angle ("kilometres", "feet"). */
export const isMeasureUnit = (word: string): boolean => MEASURE.test(word.toLowerCase());

/**
 * "lasted 16 days", "took three weeks", "measured 77 feet", "surpassed US$2 billion worth": the number is a measure of the
 * verb (how long, how far, how much), and "made 1.5 million people homeless": the adjective after the counted noun is the
 * verb's complement. Either way the verb does nothing to what is counted, and its participle after the noun ("days lasted",
 * "people homeless made") would not say what happened to it.
 */
function verbActsOnNothingCounted(k: Tokens, e: number, counted: readonly string[]): boolean {
  const head = counted.filter((w) => /\p{L}/u.test(w)).at(-1);
  if (!head) return false;
  const word = head.toLowerCase();
  if (UNIT.test(word) || TIME_UNITS.test(word) || MEASURE.test(word) || word === 'worth' || word === 'magnitude') return true;
  const at = k.words.indexOf(head, e + 1);
  return k.pos[at] === 'ADJ' && k.pos.slice(e + 1, at).includes('NOUN');
}

/**
 * What the number counts: the noun phrase after it with the verb that reports it ("killing 60
 * people" → "people killed"; "59 bodies were found"), else what the words before it say changed
 * ("the stock market dropped by 5 percent" → "stock market dropped").
 */
function describe(k: Tokens, s: number, e: number): string {
  // "arrived at the SOS Children 's village": the tagger splits "'s" from its noun; every part of the label joins it back,
  // the predicate's noun phrase as the counted noun's (rule J, twenty-eighth round, 16figs9).
  return describeParts(k, s, e).replace(/ (['’]s)\b/g, '$1');
}

function describeParts(k: Tokens, s: number, e: number): string {
  const { words, lower, pos } = k;
  const phrase: string[] = [];
  let j = e + 1;
  if (lower[j] === '-' && k.spaces[j] === '') j++;
  // "the 180 plus riders", "40-odd cars": the word hedges the number; the noun after it is what is counted.
  if (/^(?:plus|odd)$/.test(lower[j] ?? '') && NOUNISH.has(pos[j + 1] ?? '')) j++;
  // "900 or so remaining workers", "50 or more people": the words hedge the number; what is counted follows them.
  if (lower[j] === 'or' && /^(?:so|more|fewer|less)$/.test(lower[j + 1] ?? '') && (NOUNISH.has(pos[j + 2] ?? '') || pos[j + 2] === 'VERB')) j += 2;
  // "five of the 10 special police units": a share counts what the whole does.
  if (lower[j] === 'of' && (pos[j + 1] === 'DET' || pos[j + 1] === 'NUM' || pos[j + 1] === 'PRON')) {
    phrase.push('of');
    j++;
    while (j < words.length && (pos[j] === 'DET' || pos[j] === 'NUM' || pos[j] === 'PRON' || lower[j] === "'s")) phrase.push(words[j++]!);
  } else if (lower[j] === 'of' && (CALENDAR.test(lower[j + 1] ?? '') || (DENOMINATOR.test(lower[e]!) && pos[j + 1] === 'PROPN')) && lower[j + 2] === "'s") {
    // "two of Monday's winners": a share of a day's possessive counts what the possessed noun names; the day determines
    // it and is no time adjunct (rule S, amended after measuring). So does a fraction of a name's possessive ("a third of
    // August's deficit", rule V2, 16figs11).
    phrase.push('of', words[j + 1]!, words[j + 2]!);
    j += 3;
  }
  const nounStart = phrase.length;
  // "out of about 1,500 a decade ago": a relative date after the number places it in time; it is not what is counted.
  // So is "a year earlier" (rule FY): a distance in time, not what is counted nor a rate.
  if (/^an?$/.test(lower[j] ?? '') && DATE_UNITS.test(lower[j + 1] ?? '') && /^(?:ago|earlier|before|later|previously)$/.test(lower[j + 2] ?? '')) j += 3;
  const phraseStart = j;
  j = nounPhrase(k, j, phrase, nounStart === 0 && indefiniteBefore(k, s));
  const measured = nounStart === 0 && measuresItsHead(k, s, e, phraseStart, j - 1);
  // "the fifteen UK Royal Navy crew's capture": a number before a possessive counts the possessor; the possessed noun is
  // the possessor's thing, not what is counted (a share, "three of the world's largest economies", is read above).
  // "half the city's ferries": after a determiner the possessive determines the counted noun; the number counts the ferries.
  const possessive = nounStart === 0 && k.pos[e + 1] !== 'DET' ? phrase.indexOf("'s") : -1;
  if (possessive > 0) {
    // The possessed word the tagger read as a verb ("capture") is the possessor's thing, not the verb that reports the count.
    if (possessive === phrase.length - 1 && k.pos[j] === 'VERB') j++;
    phrase.length = possessive;
  }
  // "3 million rubles for past-due debts", "$100 billion in contributions": a unit counts what follows it.
  // "US$10 million worth of emergency funds": what the amount is worth is what follows "worth of".
  const unitOnly = unitWordsOnly(phrase.slice(nounStart)) || phrase.slice(nounStart).every((w) => w === '-' || w === 'worth' || UNIT.test(w.toLowerCase()));
  // Rule MU (session 62): so does "of" after a measure's unit ("10,000 tonnes of oil"); "in" there is no substance ("in front of them").
  const measureOf = lower[j] === 'of' && phrase.length > nounStart && phrase.slice(nounStart).every((w) => w === '-' || isMeasureUnit(w));
  // Not a phrase of time: "rose 6.1 percent in the year to September", "fell 3 percent in the third quarter" (rule FQ, session 51).
  if ((unitOnly || measureOf || k.pos[j - 1] === 'NUM') && /^(?:in|of|for)$/.test(lower[j] ?? '') && /^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(pos[j + 1] ?? '') && !(lower[j] === 'in' && timePhraseAt(k, j + 1))) {
    phrase.push(words[j++]!);
    j = nounPhrase(k, j, phrase);
  }
  // "pledges have now surpassed US$2 billion worth": "worth" after the amount with no "of" after it names nothing counted;
  // the amount is bare and is described as a bare amount is (rule W, twenty-seventh round, 16figs8).
  if (phrase.length === nounStart + 1 && lower[e + 1] === 'worth' && phrase[nounStart]!.toLowerCase() === 'worth') phrase.length = nounStart;
  // "162 people who suffered injuries", "60 young people who died", "12 people on balconies who just jumped" (rule R1).
  // "216 passengers and 12 crew members that disappeared": after two counted noun phrases a relative clause cannot be
  // told to take the last alone, so the second is read without one, as the first is (rule L, twenty-seventh round).
  // "raids in two cities that delivered the sternest blow": inside a prepositional phrase, "that"/"which" may take the
  // phrase the preposition hangs on; the number is read without the clause (rule P, twenty-seventh round, 16figs8).
  const relativeAt = measured || phrase.length === nounStart || secondCountedConjunct(k, s) || (objectInPhraseOnWord(k, s) && lower[j] !== 'who') ? -1 : relativeClauseAt(k, j);
  if (relativeAt >= 0) {
    // R1b: the place between the counted noun and "who" is the counted noun's ("people on balconies").
    while (j < relativeAt) phrase.push(words[j++]!);
    phrase.push(words[j++]!);
    // R1a: "who just jumped": the adverb is the clause's own.
    if (pos[j] === 'ADV') phrase.push(words[j++]!);
    phrase.push(words[j++]!);
    const objectAt = j;
    j = nounPhrase(k, j, phrase);
    // R1c: "who needed treatment at regional trauma units": after its object the clause takes one prepositional phrase;
    // rule RW (docs/quality.md, "Session 57"): so does a clause in the present with none, which says where they are ("who live
    // near the volcano"); one in the past ("who died") says what happened to them, whole.
    if (j > objectAt || k.lemma[j - 1] === k.lower[j - 1]) j = complementPlace(k, j, phrase);
  }
  if (phrase.length > nounStart) j = headList(k, j, phrase, objectOfGerund(k, s), opensItsClause(k, s));
  // "840 kilometres per hour": a rate phrase after what is counted says what the number is (rule R, twenty-sixth round).
  if (phrase.length > nounStart && rateAt(k, j)) phrase.push(k.words[j++]!, k.words[j++]!);
  while (phrase.length && /^(?:-|of|in|for|who|that|which)$/.test(phrase.at(-1)!)) phrase.pop();
  const nouns = unitWordsOnly(phrase.slice(nounStart)) ? [] : phrase.slice(nounStart).filter((w) => /\p{L}/u.test(w) && !UNIT.test(w.toLowerCase()));
  const text = phrase
    .join(' ')
    .replace(/ - /g, '-')
    .replace(/ (['’]s)\b/g, '$1')
    .replace(/ ,/g, ',');
  // The verb that reports the count, after its subject ("59 bodies were found", "20 were in intensive care")
  // or before its object ("killing 60 people" → "people killed").
  // "leaders who meet in two weeks will be able": a number inside a prepositional phrase is not the subject of the
  // finite verb after it (that verb is the clause's); "up to 200 people were hurt" is a hedge, not a preposition.
  // "a ten-hour telethon was organised": the verb tells what happened to the telethon, not to the hours the number counts.
  // "As soon as the five members are released, …": a clause of condition or of a time not yet reached reports no event;
  // its verb is left out of the label (rule S, twenty-sixth round, 16figs6).
  // "43 more launches and 159 more spacewalks will be needed": the verb after two counted noun phrases agrees with the
  // pair; printed on the second alone it says it of half, so the second is read without it, as the first is (rule C,
  // twenty-eighth round, 16figs9).
  // Rule PV′: past a phrase of place on the noun, unless the number is a preposition's object ("a jet with 228 on board vanished").
  const ofPreposition = objectOfPreposition(k, s);
  const verbAt = ofPreposition ? afterAside(k, j) : afterPlace(k, afterAside(k, j));
  // Rule PG: "a ferry carrying more than 300 people capsized": the verb after the count is the clause's whose subject the
  // participle phrase modifies (the ferry's); the participle is the count's verb ("300 people carried").
  const onNounBefore = participleOnNoun(k, s) && (k.pos[j - 1] === 'NOUN' || k.pos[j - 1] === 'PROPN');
  // Rule RW: "people who live near the volcano were evacuated": the main verb after a relative clause would read as the clause's.
  const verbAfter = measured || onNounBefore || relativeAt >= 0 || (ofPreposition && k.pos[afterAside(k, j)] === 'AUX') || inCondition(k, s) || secondCountedConjunct(k, s) ? '' : predicateAt(k, verbAt);
  // "He said five units had been removed": a count with its own verb is that clause's subject, not the object of the verb before it.
  // R1d: "included nine people who needed treatment": a verb from outside a relative clause, added after it, would read as the clause's own.
  // "allowing 31 deputies to authorize him", "forcing 2,000 villagers to flee": the verb takes the infinitive after its
  // object as its complement, and its participle cut from it ("31 deputies allowed") misreads the verb (rule I).
  const takesInfinitive = nouns.length > 0 && lower[j] === 'to' && pos[j + 1] === 'VERB';
  const verbBefore =
    measured || takesInfinitive || relativeAt >= 0 || (!onNounBefore && (k.pos[j] === 'AUX' || k.pos[j] === 'VERB')) || (nouns.length > 0 && verbActsOnNothingCounted(k, e, phrase.slice(nounStart)))
      ? ''
      : governingVerb(k, s, nouns.length > 0);
  // "7.3 on the Richter scale": the scale names what the number measures.
  const scale = nouns.length ? '' : scaleAfter(k, j) || rateAfter(k, j);
  if (scale) return scale;
  // "Oil prices have been under pressure, falling more than 40 percent": a free adjunct's participle takes the main
  // clause's subject, which says what fell (rule F, twenty-seventh round).
  const adjunct = nouns.length ? '' : freeAdjunctSubject(k, s);
  if (adjunct) return [text, adjunct].filter(Boolean).join(' ');
  // "Four of the past 10 wrote", "the last three were": the noun is left out after a determiner and an adjective; what
  // the number counts is named elsewhere, and a verb alone would describe it wrongly.
  if (!nouns.length && k.pos[s - 1] === 'ADJ' && k.pos[s - 2] === 'DET' && !leadsANumber(lower[s - 1])) return '';
  // Rule DO: "would cost the company about 180 million euros": a bare amount after a verb's first object is its second.
  // Not a number joined to a unit by a hyphen ("two-and-a-half weeks before"): that compound measures a time, not an object.
  const secondObject = text || verbAfter || (lower[e + 1] === '-' && k.spaces[e + 1] === '') ? '' : doubleObjectOf(k, s);
  const subject = nouns.length ? '' : secondObject || subjectBefore(k, s) || (verbAfter || verbBefore ? '' : appositionOf(k, s));
  // "the town of 27,000", "a nation of 3.2 million": the amount is the size of the noun before "of", the phrase's head;
  // printed before the number that noun would read as the number's own ("27,000 town"), so the label keeps the sentence's
  // order: a counts ending in "of" is printed before the value (compose/figure-label.ts; rule N, twenty-seventh round, 16figs8).
  // Only a bare amount: a unit after it ("7.6 million kronor") is printed after the value, as on lead (amendment N″).
  const sizeOf = subject && !text ? sizeNamedBefore(k, s) : '';
  if (sizeOf) return `${sizeOf} of`;
  // "to three-tenths of a percent": with a subject to say what changed, a share of the unit adds nothing to the label.
  const unitShare = subject && /^of\b/.test(text);
  // "a magnitude 7 earthquake": the measure named before the number is what it measures, as in "a 7.0 magnitude earthquake".
  const measureBefore = nouns.length && lower[s - 1] === 'magnitude' ? 'magnitude' : '';
  // "Romanians have raised 15 billion lei": the number's unit after a subject and verb read before it belongs to the
  // amount and is printed next to it ("15 billion lei Romanians have raised"); after the verb it would read as the verb's
  // object cut from its number ("Romanians have raised lei") (rule O, twenty-sixth round).
  const unitFirst = subject && nounStart === 0 && unitWordsOnly(phrase);
  if (unitFirst) return [measureBefore, text, subject, verbAfter].filter(Boolean).join(' ');
  return [subject, measureBefore, unitShare ? '' : text, verbAfter || (subject ? '' : verbBefore)].filter(Boolean).join(' ');
}

/**
 * "a ten-hour telethon", "the 20-month trial", "an 8.8 magnitude earthquake", "the 55,000-strong army": a number other than
 * one with its unit in the singular (joined by a hyphen, or a unit of time or measure) before a singular head noun is a
 * compound modifier that measures the head; it counts none of it. A count takes a plural noun ("five police officers").
 * `first`..`last` are the tokens of the noun phrase after the number.
 */
function measuresItsHead(k: Tokens, s: number, e: number, first: number, last: number): boolean {
  if (last <= first || (s === e && /^(?:one|1|a|an)$/.test(k.lower[s]!))) return false;
  const singular = (i: number) => (k.lemma[i] ?? '').toLowerCase() === k.lower[i];
  const head = k.pos[last] === 'NOUN' && /^\p{Ll}/u.test(k.words[last]!) && singular(last);
  const hyphened = k.lower[e + 1] === '-' && k.spaces[e + 1] === '' && first === e + 2;
  const unit = k.pos[first] === 'NOUN' && singular(first) && (TIME_UNITS.test(k.lower[first]!) || MEASURE.test(k.lower[first]!) || k.lower[first] === 'magnitude');
  return head && (hyphened || unit);
}

/**
 * "the town of 27,000", "a nation of about 3.2 million": the common noun run before "of" when the number (past its hedges)
 * is the object of that "of" and the run opens on a determiner or a possessive; '' otherwise.
 */
function sizeNamedBefore(k: Tokens, s: number): string {
  let i = beforeHedge(k, s);
  // "the all-time high of 9,337.97": the tagger's adjective may head the phrase, where the run reaches a determiner (rule FK).
  if (k.lower[i] !== 'of' || (k.pos[i - 1] !== 'NOUN' && k.pos[i - 1] !== 'ADJ') || !/^\p{Ll}/u.test(k.words[i - 1]!)) return '';
  const noun: string[] = [];
  // "a first-quarter net loss of": a word joined to the next by a hyphen with no space belongs to the run (rule FK).
  const joined = (j: number) => k.words[j + 1] === '-' && k.spaces[j + 1] === '' && k.spaces[j + 2] === '';
  for (i--; i >= 0 && noun.length < 4 && (k.pos[i] === 'NOUN' || k.pos[i] === 'ADJ' || (k.words[i] === '-' && joined(i - 1))); i--) {
    if (k.words[i] === '-') {
      noun[0] = `${k.words[i - 1]}-${noun[0]}`;
      i--;
    } else noun.unshift(k.words[i]!);
  }
  // "worth the equivalent of $90,000": the phrase restates the amount that "worth" takes (rule Q); it names no noun's size.
  if (k.lower[i - 1] === 'worth') return '';
  const head = k.pos[beforeHedge(k, s) - 1];
  const determined = k.pos[i] === 'DET' || k.pos[i] === 'PRON' || k.lower[i] === "'s";
  return determined && (head === 'NOUN' || noun.length > 1) ? noun.join(' ') : '';
}

/** Rule AF: "the equivalent of 395,000 euro for victims": an amount restated in another unit is no noun's size (as rule Q reads "worth the equivalent of"). */
function restatedBefore(k: Tokens, s: number): boolean {
  const i = beforeHedge(k, s);
  return k.lower[i] === 'of' && k.lower[i - 1] === 'equivalent';
}

/**
 * Whether the number is the object of a preposition (past its hedges and a determiner) whose phrase hangs on a word
 * before it: "raids in two cities", "arrested in the two cities"; not "In two cities, …" opening its clause.
 */
function objectInPhraseOnWord(k: Tokens, s: number): boolean {
  let i = beforeHedge(k, s);
  if (k.pos[i] === 'DET') i--;
  return isPreposition(k, i) && /^(?:NOUN|PROPN|VERB)$/.test(k.pos[i - 1] ?? '');
}

/** Whether the number opens the second of two counted noun phrases joined by "and"/"or": "216 passengers and 12 crew". */
function secondCountedConjunct(k: Tokens, s: number): boolean {
  let i = beforeHedge(k, s);
  if (!/^(?:and|or)$/.test(k.lower[i] ?? '')) return false;
  let noun = false;
  for (i--; i >= 0 && /^(?:NOUN|PROPN|ADJ)$/.test(k.pos[i] ?? ''); i--) noun ||= k.pos[i] === 'NOUN';
  return noun && k.pos[i] === 'NUM';
}

const RELATIVE = /^(?:who|that|which)$/;
/** A relative clause's pronoun and verb, an adverb between them allowed ("who just jumped"). */
const relativeOpens = (k: Tokens, j: number): boolean => RELATIVE.test(k.lower[j] ?? '') && (k.pos[j + 1] === 'VERB' || (k.pos[j + 1] === 'ADV' && k.pos[j + 2] === 'VERB'));

/**
 * Where a relative clause on the counted noun opens, -1 if none: right after the noun ("people who died"), or after a
 * prepositional phrase on it when the pronoun is "who" ("people on balconies who jumped": "who" takes a person, the number
 * counts persons; "that" and "which" may take the nearer noun, "people in buildings that collapsed").
 */
function relativeClauseAt(k: Tokens, j: number): number {
  if (relativeOpens(k, j)) return j;
  if (k.pos[j] !== 'ADP' || k.lower[j] === 'of') return -1;
  const place: string[] = [];
  const end = nounPhrase(k, j + 1, place);
  const named = k.pos.slice(j + 1, end).some((p) => p === 'NOUN' || p === 'PROPN');
  return named && k.lower[end] === 'who' && relativeOpens(k, end) ? end : -1;
}

/** After a relative clause's object, one prepositional phrase that is not a time ("at regional trauma units", not "on Monday"). */
function complementPlace(k: Tokens, j: number, phrase: string[]): number {
  if (k.pos[j] !== 'ADP' || CALENDAR.test(k.lower[j + 1] ?? '') || MONTHS.test(k.lower[j + 1] ?? '')) return j;
  const place: string[] = [];
  const end = nounPhrase(k, j + 1, place);
  if (!k.pos.slice(j + 1, end).some((p) => p === 'NOUN' || p === 'PROPN') || place.some((w) => CALENDAR.test(w.toLowerCase()) || MONTHS.test(w.toLowerCase()))) return j;
  phrase.push(k.words[j]!, ...place);
  return end;
}

/** Whether the number (past its hedges) is the object of a preposition: "in two weeks", "of the 10 units". */
function objectOfPreposition(k: Tokens, s: number): boolean {
  return isPreposition(k, beforeHedge(k, s));
}

/**
 * Rule FS (docs/quality.md, "Session 49"): the tagger reads "although" and "whereas" as prepositions, but these words open a
 * clause ("although two of them were released"), never a prepositional phrase.
 */
const SUBORDINATORS = new Set(['although', 'though', 'whereas', 'while', 'unless', 'whether']);
const isPreposition = (k: Tokens, i: number) => k.pos[i] === 'ADP' && !SUBORDINATORS.has(k.lower[i] ?? '');

/** How many names (at most two) stand at `at` right before a currency's name: "U.S." of "U.S. dollars"; 0 when none do. */
function countryBeforeCurrency(k: Tokens, at: number): number {
  let n = 0;
  while (n < 2 && k.pos[at + n] === 'PROPN') n++;
  return n && isCurrencyWord(k.lower[at + n] ?? '') ? n : 0;
}

/**
 * The token before the number's hedges: "about", "at least", "$", and the hedges written as a phrase with a
 * preposition in it, "up to 200", "as many as 200", "as high as 200" (no preposition governs the number there).
 */
function beforeHedge(k: Tokens, s: number): number {
  let i = s - 1;
  for (;;) {
    while (i >= Math.max(0, s - 6) && leadsANumber(k.lower[i])) i--;
    if (k.lower[i] === 'to' && k.lower[i - 1] === 'up') i -= 2;
    else if (k.lower[i] === 'as' && k.lower[i - 2] === 'as' && /^(?:ADJ|ADV)$/.test(k.pos[i - 1] ?? '')) i -= 3;
    else return i;
  }
}

/**
 * "18 women, children and elderly people": nouns coordinated by commas and a last "and"/"or" after the counted noun are
 * counted with it; returns where the list ended. A list whose last noun a verb follows stops before it ("20 people and
 * police said"): that noun opens the next clause.
 */
function headList(k: Tokens, j: number, phrase: string[], afterGerund = false, subject = false): number {
  const list: string[] = [];
  let at = j;
  let plural = isPlural(k, j - 1);
  // A list of two takes a bare conjunction ("women and children"); ", and" after one noun joins the next clause.
  if (k.lower[j] === ',' && /^(?:and|or)$/.test(k.lower[j + 1] ?? '')) return j;
  for (let n = 0; n < 6; n++) {
    const conjunction = /^(?:and|or)$/.test(k.lower[at] ?? '') ? 1 : k.lower[at] === ',' && /^(?:and|or)$/.test(k.lower[at + 1] ?? '') ? 2 : 0;
    if (!conjunction && k.lower[at] !== ',') return j;
    const separator = k.words.slice(at, at + (conjunction || 1));
    const conjunct: string[] = [];
    // A conjunct opening on a verb ("people and causing damage") is a clause of its own; one opening on a determiner
    // ("trains and a bus") is a thing of its own that the number does not count.
    if (k.pos[at + separator.length] === 'VERB' || k.pos[at + separator.length] === 'DET') return j;
    // "killing three prisoners and torturing at least three others": coordination joins like with like, so after the
    // object of a verb in -ing a conjunct in -ing is a second gerund, whatever the tagger calls it (rule G).
    if (afterGerund && /ing$/.test(k.lower[at + separator.length] ?? '')) return j;
    const end = nounPhrase(k, at + separator.length, conjunct);
    if (k.pos[end - 1] !== 'NOUN') return j;
    list.push(...separator, ...conjunct);
    plural ||= isPlural(k, end - 1);
    at = end;
    if (conjunction) {
      // Things counted together are plural ("women, children and elderly people"); "8.8 earthquake and tsunami" is not a list of what is counted.
      // "In 1996, 21 men and women were killed": where the count opens its clause, two plural nouns joined by "and" are
      // one subject and the verb is the pair's; after a verb ("killing 20 people and police said") "and" may open a new
      // clause (rule W3, 16figs12).
      const pairSubject = subject && n === 0 && conjunction === 1 && isPlural(k, j - 1) && isPlural(k, end - 1);
      if (((k.pos[at] === 'VERB' || k.pos[at] === 'AUX') && !pairSubject) || !plural) return j;
      phrase.push(...list.join(' ').replace(/ ,/g, ',').split(' '));
      return at;
    }
  }
  return j;
}

/** Where the word before the number stands, past the hedges that lead it ("at least", "about"), at most four words back. */
function wordBeforeHedges(k: Tokens, s: number): number {
  let i = s - 1;
  while (i >= Math.max(0, s - 4) && leadsANumber(k.lower[i])) i--;
  return i;
}

/** Whether the number (past its hedges) opens its clause: the sentence's first word, or the first after a comma. */
function opensItsClause(k: Tokens, s: number): boolean {
  const i = wordBeforeHedges(k, s);
  return i < 0 || k.lower[i] === ',';
}

/** Whether the number (past its hedges) is the object of a verb in -ing: "killing (at least) three prisoners". */
function objectOfGerund(k: Tokens, s: number): boolean {
  const i = wordBeforeHedges(k, s);
  return k.pos[i] === 'VERB' && /ing$/.test(k.lower[i]!);
}

/**
 * Whether the number (past its hedges) is the object of a participle in -ing that follows a noun or a name with no auxiliary
 * before it: a phrase on that noun ("a ferry carrying 300 people"), not a verb of its own ("were carrying") nor a participle
 * used as a preposition ("including") (rule PG).
 */
function participleOnNoun(k: Tokens, s: number): boolean {
  const i = wordBeforeHedges(k, s);
  return objectOfGerund(k, s) && (k.pos[i - 1] === 'NOUN' || k.pos[i - 1] === 'PROPN') && !DEVERBAL_PREPOSITIONS.has(k.lower[i]!);
}

/** A past participle as the tagger reads one: a verb in -ed or -en ("destroyed", "needed", "taken"). */
function isPastParticiple(k: Tokens, i: number): boolean {
  if (k.pos[i] !== 'VERB') return false;
  // Rule IR: "cattle lost in the floods" as "cattle killed in the floods".
  if (/\p{Ll}(?:ed|en)$/u.test(k.words[i] ?? '')) return true;
  // Not a verb with no passive ("had", "said") nor one whose participle is its base ("hit", "come"): those tell no participle.
  const lemma = (k.lemma[i] ?? '').toLowerCase();
  return !NO_PASSIVE.test(lemma) && lemma !== k.lower[i] && IRREGULAR[lemma] === k.lower[i];
}

/** A noun in the plural: its lemma differs from it ("women", "dockers"). */
function isPlural(k: Tokens, i: number): boolean {
  return k.pos[i] === 'NOUN' && (k.lemma[i] ?? '').toLowerCase() !== k.lower[i];
}

/**
 * "83 people, including 24 women and children, were killed": an aside between commas that opens with "including",
 * "among them", "most of them" or "mostly" is stepped over to reach the verb that reports the count.
 */
function afterAside(k: Tokens, j: number): number {
  if (k.lower[j] !== ',' || !/^(?:including|among|most|mostly)$/.test(k.lower[j + 1] ?? '')) return j;
  for (let i = j + 2; i < Math.min(k.words.length, j + 16); i++) {
    if (k.lower[i] === ',') return i + 1;
    if (/^[.;:]$/.test(k.lower[i]!)) break;
  }
  return j;
}

/** "Three patients in the trial died": a phrase of place on the counted noun, a finite verb right after it, is passed over (rule PV′). */
function afterPlace(k: Tokens, j: number): number {
  if (!PLACE_ON_NOUN.test(k.lower[j] ?? '')) return j;
  const end = nounPhrase(k, j + 1, []);
  // An inflected verb ("died", "stands"), not a base form that may take a complement the label does not read ("stand accused").
  const finite = k.pos[end] === 'AUX' || (k.pos[end] === 'VERB' && !/ing$/.test(k.lower[end] ?? '') && (k.lemma[end] ?? '').toLowerCase() !== k.lower[end]);
  return end > j + 1 && finite ? end : j;
}

const PLACE_ON_NOUN = /^(?:in|at|on|aboard|inside|near|from)$/;

/**
 * "its next disbursement, $4.3 billion, from the fund", "that payment _ $4.8 billion _": an amount with no noun or verb
 * of its own, set off by a comma or a dash right after a common noun, is in apposition to it and counts what it names.
 */
function appositionOf(k: Tokens, s: number): string {
  let i = s - 1;
  if (!/^(?:,|_|--|—|–)$/.test(k.lower[i] ?? '')) return '';
  i--;
  if (k.pos[i] !== 'NOUN' || !/^\p{Ll}/u.test(k.words[i]!) || TIME_UNITS.test(k.lower[i]!) || UNIT.test(k.lower[i]!)) return '';
  // "3,120 of them": a share of what a pronoun stands for has a noun of its own (rule AO).
  const after = wordAfterNumber(k, s);
  if (k.lower[after] === 'of' && /^(?:them|whom|those|these|us)$/.test(k.lower[after + 1] ?? '')) return '';
  const noun: string[] = [];
  while (i >= 0 && noun.length < 4 && (k.pos[i] === 'NOUN' || k.pos[i] === 'ADJ')) noun.unshift(k.words[i--]!);
  // "During that time, 3,120 …": a phrase a preposition opens at the head of its clause is a fronted adverbial (rule AO).
  let head = i;
  while (head >= 0 && (k.pos[head] === 'DET' || POSSESSIVE_PRONOUN.test(k.lower[head] ?? ''))) head--;
  if (k.pos[head] === 'ADP' && (head === 0 || k.lower[head - 1] === ',')) return '';
  return noun.join(' ');
}

/** The token after a number that starts at `s` (its digits or words read whole). */
function wordAfterNumber(k: Tokens, s: number): number {
  let j = s;
  while (j + 1 < k.pos.length && k.pos[j + 1] === 'NUM') j++;
  return j + 1;
}

/** Plural nouns of people, after which "over 60" or "under five" gives an age (rule AG). */
const AGED_NOUN = /^(?:people|persons|adults|men|women|children|kids|boys|girls|patients|residents|voters|workers|those|anyone|americans|pensioners|drivers)$/;

const CALENDAR = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|tomorrow)$/;

const PERIODS = /^(?:quarter|half|period)s?$/;

/** Whether the noun phrase from token i is headed by a span of time or names a month ("the year to September", "the third quarter", "March"). */
function timePhraseAt(k: Tokens, i: number): boolean {
  let at = i;
  while (at < k.lower.length && (k.pos[at] === 'DET' || k.pos[at] === 'ADJ' || k.pos[at] === 'NUM')) at++;
  const head = k.lower[at] ?? '';
  return DATE_UNITS.test(head) || PERIODS.test(head) || (MONTHS.test(head) && k.pos[at] === 'PROPN');
}

/** Nouns and their modifiers from token j ("mostly young people", "54-nation organization"); returns where it stopped. */
function nounPhrase(k: Tokens, j: number, phrase: string[], verbsAsNouns = false): number {
  const start = phrase.length;
  while (j < k.words.length && phrase.slice(start).filter((w) => w !== '-').length < 6) {
    // Rule FV: after "a 6 percent" the tagger's "pay" (of "pay rise") or "raise" in its base form is a noun of the phrase.
    const p = verbsAsNouns && k.pos[j] === 'VERB' && (k.lemma[j] ?? '').toLowerCase() === k.lower[j] && !/(?:ing|ed)$/.test(k.lower[j]!) ? 'NOUN' : k.pos[j]!;
    const hyphen = k.lower[j] === '-' && k.spaces[j] === '';
    const adverb = p === 'ADV' && NOUNISH.has(k.pos[j + 1] ?? '') && phrase.length === start;
    // "of the country's 89 regions", "the province's 2 million-strong population": a number inside the phrase, after its
    // determiner, before its noun.
    const inner =
      p === 'NUM' &&
      (phrase.at(-1) === "'s" || k.pos[j - 1] === 'DET' || (phrase.length > start && k.pos[j - 1] === 'NUM')) &&
      (NOUNISH.has(k.pos[j + 1] ?? '') || k.pos[j + 1] === 'NUM' || (k.lower[j + 1] === '-' && k.spaces[j + 1] === ''));
    // "self-styled": a word joined by a hyphen with no space belongs to the word before it, whatever its part of speech.
    const compound = phrase.at(-1) === '-' && k.spaces[j] === '' && /\p{L}/u.test(k.words[j]!);
    // "39 loaded cars", "two spacewalking astronauts": a participle before the first noun modifies that noun.
    const modifier = p === 'VERB' && phrase.length === start && /(?:ed|ing)$/.test(k.lower[j]!) && NOUNISH.has(k.pos[j + 1] ?? '') && !CALENDAR.test(k.lower[j + 1] ?? '') && !MONTHS.test(k.lower[j + 1] ?? '');
    if (CALENDAR.test(k.lower[j]!) || MONTHS.test(k.lower[j]!)) break;
    // "$12 million this year": a time adjunct after the number says when, not what is counted.
    if (/^(?:this|last|next|each|every)$/.test(k.lower[j]!) && TIME_UNITS.test(k.lower[j + 1] ?? '')) break;
    // "killed 40 people early Sunday": "early" or "late" before a day or month opens the time adjunct (amendment FS′).
    if (timeAdjunctOpens(k, j)) break;
    // "five time gold medal winner Sir Steve Lowe": a singular capitalised word after a common noun opens a name in
    // apposition to it; what is counted ends on the noun ("five ethnic Albanians", "30-year Treasury bonds" are one phrase).
    // "the 128-seat Parliament": a noun joined by a hyphen to a number is a compound modifier, and its capitalised head is
    // the phrase's head, not a name in apposition (rule H2, twenty-fourth round).
    const compoundHead = phrase.length - start === 1 && k.lower[j - 2] === '-' && k.spaces[j - 2] === '' && k.spaces[j - 1] === '' && k.pos[j - 3] === 'NUM';
    if (p === 'PROPN' && phrase.length > start && k.pos[j - 1] === 'NOUN' && /^\p{Ll}/u.test(k.words[j - 1]!) && /^\p{Lu}/u.test(k.words[j]!) && !/s$/.test(k.lower[j]!) && !compoundHead && nameEndsPhrase(k, j)) break;
    // "three times our target": after a multiple, a possessive determiner opens the phrase as "the" does (rule TM′, session 51).
    const possessive = p === 'PRON' && phrase.length === start && k.lower[j - 1] === 'times' && POSSESSIVE_DETERMINER.test(k.lower[j]!) && (NOUNISH.has(k.pos[j + 1] ?? '') || k.pos[j + 1] === 'ADJ');
    if (!(NOUNISH.has(p) || ((p === 'DET' || possessive) && phrase.length === start) || (k.lower[j] === "'s" && phrase.length > start) || hyphen || adverb || inner || compound || modifier)) break;
    phrase.push(hyphen ? '-' : k.words[j]!);
    j++;
  }
  return j;
}

const POSSESSIVE_DETERMINER = /^(?:my|our|your|his|her|its|their)$/;

/** The capitalised words from `j` end the noun phrase: no common noun follows them, so they name, not modify. */
function nameEndsPhrase(k: Tokens, j: number): boolean {
  while (j < k.words.length && /^\p{Lu}/u.test(k.words[j]!)) j++;
  return !(k.pos[j] === 'NOUN' && /^\p{Ll}/u.test(k.words[j]!));
}

const RATE_WORD = /^(?:per|every|each|a|an)$/;

/**
 * "per hour", "every day", "a year", "each week", "per gallon": a number per unit of time or of measure is a rate, and
 * the phrase belongs to what the number is ("per cent" is no rate: a cent is neither unit).
 */
function rateAt(k: Tokens, j: number): boolean {
  const unit = k.lower[j + 1] ?? '';
  return RATE_WORD.test(k.lower[j] ?? '') && (TIME_UNITS.test(unit) || MEASURE.test(unit)) && !/^(?:NOUN|PROPN)$/.test(k.pos[j + 2] ?? '');
}

/**
 * "dlrs 800,000 (1 million reals)": a parenthesis right after an amount that holds a number restates the amount in another
 * unit (NOTES-a: `sameAs`); where it closes, or `e` when none follows (rule V6, 16figs11).
 */
function restatedEnd(k: Tokens, e: number): number {
  if (k.lower[e + 1] !== '(') return e;
  for (let i = e + 2; i < Math.min(k.lower.length, e + 9); i++) {
    if (k.lower[i] === ')') return k.pos.slice(e + 2, i).includes('NUM') ? i : e;
  }
  return e;
}

/**
 * "50 percent a year", "$145,000 a month", "$170 billion for the year": a period after an amount, with nothing counted
 * after it, makes the amount a rate or measures it over that time; it is said of the amount and counts nothing. Where the
 * period ends, or -1 (rule V3, 16figs11).
 */
function ratePeriodEnd(k: Tokens, e: number): number {
  const { lower, pos } = k;
  const at = lower[e + 1] === 'for' && /^(?:the|each|every)$/.test(lower[e + 2] ?? '') ? e + 3 : /^(?:a|an|per|every)$/.test(lower[e + 1] ?? '') ? e + 2 : -1;
  if (at < 0 || !/^(?:second|minute|hour|day|night|week|month|quarter|year)$/.test(lower[at] ?? '')) return -1;
  // "$18 million a year earlier", "a month ago": the period measures a distance in time, not a rate (rule FY, docs/quality.md "Session 49").
  if (/^(?:earlier|ago|before|later|after|previously)$/.test(lower[at + 1] ?? '')) return -1;
  return /^(?:NOUN|PROPN|ADJ|NUM)$/.test(pos[at + 1] ?? '') || lower[at + 1] === "'s" ? -1 : at;
}

/**
 * Whether the number at `s` opens, after its determiners and modifiers, a clause of condition or of a time not yet
 * reached: "as soon as the corps's five members are released", "until 40 workers are rehired", "once", "unless", "if",
 * "before".
 */
function inCondition(k: Tokens, s: number): boolean {
  let i = s - 1;
  while (i >= 0 && s - i <= 6 && (/^(?:DET|ADJ|NOUN|PROPN|ADV|PART)$/.test(k.pos[i] ?? '') || /^['’]s$/.test(k.lower[i] ?? '') || leadsANumber(k.lower[i]))) i--;
  const word = k.lower[i] ?? '';
  if (word === 'as' && k.lower[i - 1] === 'soon' && k.lower[i - 2] === 'as') return true;
  return /^(?:once|until|unless|if|before)$/.test(word) && (k.pos[i] === 'SCONJ' || k.pos[i] === 'ADP');
}

const QUANTITY_WORDS = /^(?:many|much|few|little|more|less)$/;

/** "were killed", "died", "were taken to hospitals", "were in intensive care", "remain hospitalized". */
function predicateAt(k: Tokens, j: number): string {
  const out: string[] = [];
  // Rule AA (docs/quality.md, "Session 77"): "had now been destroyed": after an auxiliary and an adverb, a second auxiliary too.
  const auxiliaryAfterAdverb = () => out.length === 2 && k.pos[j] === 'AUX' && k.pos[j - 1] === 'ADV' && k.pos[j - 2] === 'AUX';
  while ((k.pos[j] === 'AUX' || k.pos[j] === 'ADV') && (out.length < 2 || auxiliaryAfterAdverb())) out.push(k.words[j++]!);
  if (k.pos[j] === 'VERB') out.push(k.words[j++]!);
  else if (!out.length) return '';
  // "two women as well as torturing other inmates": with no verb or auxiliary, "as … as" is a comparison or a coordinator,
  // no predicate (rule V, twenty-seventh round); "people still in hospital" is a verbless one.
  // "four times as many women" is a comparison, read as the adjective after "as" (amendment V′).
  else if (out[0]!.toLowerCase() === 'as' && !out.some((_w, i) => k.pos[j - out.length + i] === 'AUX') && k.pos[j] !== 'ADJ') return '';
  // Rule AS (docs/quality.md, "Session 57"): "jobs as overlapping stores closed": an adjective with its noun after "as" is
  // the subject of a clause of its own; "as many women" compares a quantity and stays (amendment V′).
  else if (out[0]!.toLowerCase() === 'as' && out.length === 1 && k.pos[j + 1] === 'NOUN' && !QUANTITY_WORDS.test(k.lower[j] ?? '')) return '';
  // Amendment CB′ (docs/quality.md, "Session 76"): "were injured when the bridge collapsed": a word that opens a clause of time
  // or cause after the verb is no adverb of it; the predicate ends before it.
  if (OPENS_CLAUSE.test(k.lower[j] ?? '') && out.some((_w, i) => k.pos[j - out.length + i] === 'VERB')) return out.join(' ');
  if (k.pos[j] === 'ADV') out.push(k.words[j++]!);
  // "$177 million spent every day", "10 people die each week": a rate phrase on the verb makes the count a rate (rule R).
  if (out.length && rateAt(k, j)) out.push(k.words[j++]!, k.words[j++]!);
  // "have been declared missing", "were found dead": a passive verb's adjective complement completes it (rule P); the
  // tagger reads "missing" and "killed" ("were reported killed") as verbs, so a bare participle with no object after it is
  // one too. An adjective that opens a noun phrase ("were given free food") or a verb with its object ("were seen leaving
  // the city") is no complement.
  // Rule LK: "remain missing", "stayed closed": a linking verb takes its adjective complement as "are" does.
  const passive = k.pos[j - 1] === 'VERB' && (out.slice(0, -1).some((_w, i) => k.pos[j - out.length + i] === 'AUX') || LINKING.test(k.lower[j - 1] ?? ''));
  const complement = k.pos[j] === 'ADJ' || (k.pos[j] === 'VERB' && /(?:ing|ed|en)$/.test(k.lower[j] ?? ''));
  if (passive && complement && !OBJECT_START.has(k.pos[j + 1] ?? '') && k.pos[j + 1] !== 'PART') out.push(k.words[j++]!);
  // Rule PX (docs/quality.md, "Session 72"): "were laid off", "have been put out of business": a passive verb's particle with no
  // object after it completes the verb ("put" alone says another thing), and a phrase it opens is read as the verb's.
  // Not "up to 10 years" (a bound); "out of" only with the phrase it opens ("out of business", not "out of Port-au-Prince" cut).
  const particle = passive && k.pos[j] === 'ADP' && PARTICLE.test(k.lower[j] ?? '') && !OBJECT_START.has(k.pos[j + 1] ?? '') && k.lower[j + 1] !== 'to';
  if (particle) out.push(k.words[j++]!);
  const object: string[] = [];
  const objectEnd = k.pos[j] === 'ADP' && /^(?:DET|ADJ|NOUN)$/.test(k.pos[j + 1] ?? '') ? nounPhrase(k, j + 1, object) : j + 1;
  // Rule CB (docs/quality.md, "Session 76"): "had escaped before engineers closed the gap": "before" with a subject and its verb
  // opens a clause of its own, no phrase of the verb's.
  const clauseOpens = CLAUSE_CONJUNCTION.test(k.lower[j] ?? '') && (k.pos[objectEnd] === 'VERB' || k.pos[objectEnd] === 'AUX');
  let objectFollows = objectEnd > j + 1 && !clauseOpens && object.some((w) => /\p{L}/u.test(w) && !DANGLING.test(w));
  if (particle && k.lower[j] === 'of' && !objectFollows) {
    // The particle's phrase is not read: the verb is cut from its particle, as before this rule.
    out.pop();
    j--;
    objectFollows = false;
  }
  if (objectFollows) {
    out.push(k.words[j++]!);
    j = nounPhrase(k, j, out);
  } else if (out.length && out.every((_w, i) => k.pos[j - out.length + i] !== 'VERB') && k.pos[j] === 'ADJ') {
    // "three people are missing", "20 were dead": a copula with its adjective is a whole predicate; an adjective that
    // takes an infinitive keeps it ("were likely to vote"), or is cut off with it when the infinitive runs on.
    out.push(k.words[j++]!);
    if (k.lower[j] === 'to') {
      if (k.pos[j + 1] !== 'VERB' || OBJECT_START.has(k.pos[j + 2] ?? '')) return '';
      out.push(k.words[j++]!, k.words[j++]!);
    }
  } else if (complementFollows(k, j)) {
    // "onlookers turned out to line the route", "riders took less than ten minutes": a verb whose particle or object
    // follows is cut from its complement, and "onlookers turned" says nothing; the noun phrase alone is the label.
    return '';
  }
  return out.length && (out.some((_w, i) => k.pos[j - out.length + i] === 'VERB') || out.length > 1) ? out.join(' ') : '';
}

/** Words that open either a phrase ("before dawn") or a clause ("before engineers closed the gap"): rule CB. */
const CLAUSE_CONJUNCTION = /^(?:before|after|until|till|since|once)$/;
/** Words that open only a clause after a verb ("were injured when the bridge collapsed"): amendment CB′. */
const OPENS_CLAUSE = /^(?:when|whenever|while|because|although|though|unless|whereas)$/;

/**
 * "puts the number of residents covered by the notice at", "estimated the total of jobs lost at": after a verb of valuing and
 * "the number of", what the value after "at" counts is all the clause says from "of" to that "at" (rule VX); '' otherwise.
 */
function valuedBefore(k: Tokens, at: number): string {
  const costed = costValuedBefore(k, at);
  if (costed) return costed;
  const j = nounOfBefore(k, at - 1, COUNT_NOUN, 2);
  if (j < 0) return '';
  const det = /^(?:the|its|their)$/.test(k.lower[j - 2]!) ? j - 2 : /^(?:the|its|their)$/.test(k.lower[j - 3]!) ? j - 3 : -1;
  if (det < 1 || !VALUING.test(k.lower[det - 1]!)) return '';
  return k.pos.slice(j + 1, at).includes('NOUN') ? wordsOfRun(k, j + 1, at) : '';
}

/**
 * Where "of" stands in "the number of …", "the cost of …" before a value: the first "of" after a noun of `nouns`, read back from
 * `from` over at most VALUED_SPAN words and past no clause's mark or comma, and above `lowest`; -1 when there is none.
 */
function nounOfBefore(k: Tokens, from: number, nouns: RegExp, lowest: number): number {
  for (let j = from; j > lowest && from - j < VALUED_SPAN; j--) {
    if (CLAUSE_MARK.test(k.lower[j]!) || k.lower[j] === ',') return -1;
    if (k.lower[j] === 'of' && nouns.test(k.lower[j - 1]!)) return j;
  }
  return -1;
}

/** The words of a run of tokens as written, a possessive joined to its noun ("last weekend's flood"). */
function wordsOfRun(k: Tokens, start: number, end: number): string {
  return k.words
    .slice(start, end)
    .join(' ')
    .replace(/ (['’]s)\b/g, '$1');
}
/**
 * What "the number of …" counts when it is the subject of a verb of change or standing right before `at`, the number's "to"
 * or "at" (rule NU): the count's noun, all the subject says from "of" to the verb, and the verb ("number of homes flooded in
 * Kessarby has more than doubled"), with the subject's first noun; undefined otherwise.
 */
function countedSubjectBefore(k: Tokens, at: number): { label: string; head: string } | undefined {
  let v = at - 1;
  // "revised down to", "now stands at": the verb, past an adverb or a particle after it.
  while (v >= 0 && (k.pos[v] === 'ADV' || /^(?:down|up)$/.test(k.lower[v]!))) v--;
  if (k.pos[v] !== 'VERB' || !CHANGE_OR_STANDING.test(k.lemma[v]!.toLowerCase())) return undefined;
  // "has more than doubled", "has been revised": its auxiliaries and adverbs; the subject ends on a noun, a name or a participle.
  for (v--; v >= 0 && at - v <= VERB_GROUP_SPAN && (k.pos[v] === 'AUX' || k.pos[v] === 'ADV' || /^(?:more|than)$/.test(k.lower[v]!)); ) v--;
  if (!/^(?:NOUN|PROPN|VERB|NUM)$/.test(k.pos[v] ?? '')) return undefined;
  const j = nounOfBefore(k, v, COUNT_NOUN, 1);
  if (j < 0 || !/^(?:the|its|their|['’]s)$/.test(k.lower[j - 2]!)) return undefined;
  const head = k.pos.indexOf('NOUN', j + 1);
  // Told as the readings of rules FN and WR tell theirs: the count's noun, what it counts, and the verb.
  return head >= 0 && head <= v ? { label: wordsOfRun(k, j - 1, at), head: k.words[head]! } : undefined;
}
/** The most words of a verb's group between its subject and "to" ("has more than doubled", "has been revised down"). */
const VERB_GROUP_SPAN = 6;
/** Verbs that say a count changed or where it stands, by their dictionary form (rule NU). */
const CHANGE_OR_STANDING = /^(?:rise|fall|climb|jump|increase|decrease|drop|double|triple|quadruple|grow|reach|stand|revise|reduce|lower|raise|swell|soar|surge|plunge|decline|shrink|mount|edge|creep|cut|put)$/;
/**
 * Amendment VX′ (docs/quality.md, "Session 79"): "has put the cost of last weekend's flood in Kessarby at", "put the bill at": after
 * a verb of valuing, the cost and what it is the cost of; '' otherwise.
 */
function costValuedBefore(k: Tokens, at: number): string {
  if (COST_NOUN.test(k.lower[at - 1]!) && /^(?:the|its|their)$/.test(k.lower[at - 2]!) && VALUING.test(k.lower[at - 3] ?? '')) return k.words[at - 1]!;
  const j = nounOfBefore(k, at - 1, COST_NOUN, 3);
  if (j < 0 || !/^(?:the|its|their)$/.test(k.lower[j - 2]!) || !VALUING.test(k.lower[j - 3]!)) return '';
  return k.pos.slice(j + 1, at).includes('NOUN') ? wordsOfRun(k, j - 1, at) : '';
}
/** Nouns that name what a thing costs (amendment VX′). */
const COST_NOUN = /^(?:cost|costs|bill|price|value|damage|damages)$/;
/** The most words between "the number of" and its "at" (rule VX). */
const VALUED_SPAN = 12;
/** Nouns that name a count as a whole ("the number of", "the toll of"): rules VX and NV. */
export const COUNT_NOUN = /^(?:number|total|count|tally|toll)$/;

/** Verbs that link their subject to an adjective, as "be" does: "remain missing", "stayed closed", "became ill". */
const LINKING = /^(?:remain|remains|remained|remaining|stay|stays|stayed|staying|become|becomes|became|seem|seems|seemed|appear|appears|appeared)$/;

/** Tokens that open a verb's object: "took less than", "lost their jobs", "suffered burns". */
const OBJECT_START = new Set(['DET', 'NOUN', 'PROPN', 'NUM', 'ADJ', 'PRON']);
/** Adverbial particles of phrasal verbs ("turned out", "set off", "gave up"). */
const PARTICLE = /^(?:out|up|off|down|away|back|over)$/;

/**
 * Whether what follows the verb at j is a complement the label would cut off: its object ("took less than ten
 * minutes"), a to-infinitive ("are expected to"), or a particle ("turned out to line") — not an adjunct of time
 * ("died Friday", "are hospitalized every week") or a prepositional phrase ("relocated out of the city").
 */
function complementFollows(k: Tokens, j: number): boolean {
  const word = k.lower[j] ?? '';
  if (k.pos[j] === 'PART') return true;
  // "will hook up all the cables": a particle belongs to its verb, and the verb's object follows it.
  // Rule TS (docs/quality.md, "Session 57"): "were cancelled over four days": a span of time, not a particle and its object.
  if (k.pos[j] === 'ADP') return PARTICLE.test(word) && k.lower[j + 1] !== 'of' && !(word === 'over' && isCount(k, j + 1) && TIME_UNITS.test(k.lower[j + 2] ?? ''));
  if (!OBJECT_START.has(k.pos[j] ?? '')) return false;
  // "were released early Wednesday": no object, the time adjunct (amendment FS′).
  if (timeAdjunctOpens(k, j)) return false;
  const timeAdjunct = CALENDAR.test(word) || MONTHS.test(word) || (/^(?:this|that|last|next|every|each)$/.test(word) && TIME_UNITS.test(k.lower[j + 1] ?? ''));
  return !timeAdjunct;
}

const isCount = (k: Tokens, at: number) => k.pos[at] === 'NUM' || isNumberWord(k.lower[at] ?? '');

/** Whether "a" or "an" opens the number's phrase, past its hedges ("a 6 percent pay rise", "an estimated 400"): what follows is a noun phrase (rule FV). */
function indefiniteBefore(k: Tokens, s: number): boolean {
  return k.lower.slice(beforeHedge(k, s), s).some((w) => /^an?$/.test(w));
}

/** "early Sunday", "late in May": "early" or "late" before a day or month opens a time adjunct (amendment FS′, docs/quality.md "Session 49"). */
function timeAdjunctOpens(k: Tokens, j: number): boolean {
  if (!/^(?:early|late)$/.test(k.lower[j] ?? '')) return false;
  const next = k.lower[j + (k.lower[j + 1] === 'in' || k.lower[j + 1] === 'on' ? 2 : 1)] ?? '';
  return CALENDAR.test(next) || MONTHS.test(next);
}

/** The verb whose object the number is, as a participle: "killing (at least) 60" → "killed". */
function governingVerb(k: Tokens, s: number, counted: boolean): string {
  const i = wordBeforeHedges(k, s);
  // Rule IN (docs/quality.md, "Session 68"): ", arresting more than 100 people": a word in -ing between a comma and the number
  // is a participle governing it, where the tagger reads it as a noun; its verb is the word without "-ing".
  if (k.pos[i] === 'NOUN' && k.lower[i - 1] === ',' && /^\p{Ll}{3,}ing$/u.test(k.lower[i]!) && counted) {
    const stem = k.lower[i]!.slice(0, -3);
    const known = (w: string) => IRREGULAR[w] !== undefined || IRREGULAR_OF_ING[w] !== undefined;
    const lemma = known(stem) ? stem : known(`${stem}e`) ? `${stem}e` : stem;
    return participleOf(k.lower[i]!, lemma);
  }
  // A passive verb ("were held about 40 kilometers west") does not take the number as its object. Only "be" or "get" before a
  // participle makes one: after "has", "will", "did", or in "were holding", the verb is active (rule FH, docs/quality.md "Session 49").
  // A bare amount takes the verb as written, which after an auxiliary is no label ("$15 billion contribute"): it keeps the rule (FH′).
  if (k.pos[i] !== 'VERB' || (k.pos[i - 1] === 'AUX' && (!counted || (PASSIVE_AUXILIARY.test(k.lower[i - 1]!) && !/ing$/.test(k.lower[i]!))))) return '';
  const word = k.lower[i]!;
  // "including five riders", "following two days of talks": a participle used as a preposition governs no object.
  if (DEVERBAL_PREPOSITIONS.has(word)) return '';
  // An amount with no noun of its own is described by the verb as written ("rose $7.625").
  if (!counted) return /ing$/.test(word) ? participle(k.lemma[i]!.toLowerCase()) : word;
  // "killing 60 people", "arrested 12 dockers" read "60 people killed", "12 dockers arrested": a counted noun with the past
  // participle of the verb that takes it is a noun phrase (a reduced passive); the finite verb after it would make the
  // label a clause ("people killed", not "people killing"). A measure of the verb ("took ten minutes") is no object it acts on.
  return participleOf(word, k.lemma[i]!.toLowerCase());
}

/**
 * "Crude oil prices have fallen sharply, plunging 40 percent": a participle in -ing after a comma, governing the number,
 * opens a free adjunct, whose subject is the main clause's: the noun run that opens the sentence before its first verb or
 * auxiliary. Returns that subject with the participle as written ("Crude oil prices plunging"), '' for any other number.
 */
function freeAdjunctSubject(k: Tokens, s: number): string {
  const i = wordBeforeHedges(k, s);
  if (k.pos[i] !== 'VERB' || !/ing$/.test(k.lower[i]!) || k.lower[i - 1] !== ',' || DEVERBAL_PREPOSITIONS.has(k.lower[i]!)) return '';
  let j = 0;
  while (k.pos[j] === 'DET') j++;
  const subject: string[] = [];
  while (j < i && subject.length < 5 && /^(?:NOUN|PROPN|ADJ)$/.test(k.pos[j] ?? '')) subject.push(k.words[j++]!);
  const named = subject.some((_w, n) => k.pos[j - subject.length + n] === 'NOUN' || k.pos[j - subject.length + n] === 'PROPN');
  return named && (k.pos[j] === 'VERB' || k.pos[j] === 'AUX') ? `${subject.join(' ')} ${k.words[i]}` : '';
}

/** The auxiliaries of a passive: forms of "be" and "get". */
const PASSIVE_AUXILIARY = /^(?:be|is|are|was|were|been|being|am|'s|'re|get|gets|got|gotten|getting)$/;

const DEVERBAL_PREPOSITIONS = new Set(['including', 'excluding', 'following', 'regarding', 'concerning', 'considering', 'barring', 'pending']);

/**
 * Where a verb stands before a time adjunct that ends at `i` ("fell in September _", "rose last month", "jumped on Monday"),
 * an aside's dash included; `i` itself when no time there follows a verb.
 */
function beforeTimeAdjunct(k: Tokens, i: number): number {
  let j = /^(?:_|-|–|—|--)$/.test(k.lower[i] ?? '') ? i - 1 : i;
  const word = k.lower[j] ?? '';
  if (!MONTHS.test(word) && !CALENDAR.test(word) && !/^(?:week|month|year|quarter|weekend)$/.test(word)) return i;
  j--;
  if (/^(?:the|last|this|next|first|second|third|fourth)$/.test(k.lower[j] ?? '')) j--;
  if (/^(?:the)$/.test(k.lower[j] ?? '')) j--;
  if (/^(?:in|on|during|over)$/.test(k.lower[j] ?? '')) j--;
  return k.pos[j] === 'VERB' ? j : i;
}

/**
 * Where the words stand before a time phrase of two words ending at `i` ("in 1999", "on Monday", "last month"); `i` when none
 * ends there. Narrower than a verb's adjunct (beforeTimeAdjunct): between a subject and its verb a longer phrase is a clause's.
 */
function beforeTimePhrase(k: Tokens, i: number): number {
  const word = k.lower[i] ?? '';
  if (!/^\d{4}$/.test(word) && !MONTHS.test(word) && !CALENDAR.test(word) && !/^(?:week|month|year|quarter)$/.test(word)) return i;
  // Amendment TY′ (docs/quality.md, "Session 71"): "Repairs that year cost", "that same year": a time told before.
  if (k.lower[i - 1] === 'same' && /^(?:that|the)$/.test(k.lower[i - 2] ?? '')) return i - 3;
  return /^(?:in|on|during|last|this|next|that)$/.test(k.lower[i - 1] ?? '') ? i - 2 : i;
}

/** Where the words before a time clause that ends at `i` end ("since the outbreak began"); `i` when none ends there (rule TB). */
function beforeTimeClause(k: Tokens, i: number): number {
  // The clause may end on its own day: "since the grounding began on May 12".
  let v = i;
  if (k.pos[v] === 'NUM' && MONTHS.test(k.lower[v - 1] ?? '')) v--;
  if (MONTHS.test(k.lower[v] ?? '') && /^(?:on|in)$/.test(k.lower[v - 1] ?? '')) v -= 2;
  if (k.pos[v] !== 'VERB') return i;
  let j = v - 1;
  while (j >= 0 && v - j <= TIME_CLAUSE_SUBJECT && /^(?:DET|ADJ|NOUN|PROPN|PRON)$/.test(k.pos[j]!)) j--;
  return j < v - 1 && CLAUSE_CONJUNCTION.test(k.lower[j] ?? '') ? j - 1 : i;
}
/** The most words of a time clause's subject (rule TB). */
const TIME_CLAUSE_SUBJECT = 4;

/** "Russia's stock market dropped by 5 percent", "a death toll of 60", "the toll rose to 65": what changed or stands at the number. */
function subjectBefore(k: Tokens, s: number): string {
  const read = subjectRead(k, s);
  if (COUNT_OF.test(read)) return read;
  // Rule NU (docs/quality.md, "Session 79"): "The number of homes flooded in Kessarby has more than doubled to 640", where the
  // readings above end inside the subject; and the "from 3,100" after "revised down to 2,750".
  const i = beforeHedge(k, s);
  const from = k.lower[i] === 'from' && isCount(k, i - 1) ? beforeHedge(k, i - 1) : i;
  // A hedge may take the preposition in ("stands at 29" is read as "at" leading the number).
  const preposition = [from, from + 1].find((p) => p < s && (k.lower[p] === 'to' || k.lower[p] === 'at'));
  const counted = preposition === undefined ? undefined : countedSubjectBefore(k, preposition);
  // A reading that holds what is counted ("cancelled flights now stands") is kept; one that ends on another noun of the
  // subject ("batch rose" of "the number of people infected by the batch rose") or reads nothing is not.
  return counted && !read.split(' ').includes(counted.head) ? counted.label : read;
}
const COUNT_OF = /\b(?:number|total|count|tally|toll)\s+of\b/i;

function subjectRead(k: Tokens, s: number): string {
  let i = beforeHedge(k, s);
  // Rule VX (docs/quality.md, "Session 76"): "puts the number of residents covered by the notice at about 162,000".
  const valued = k.lower[i + 1] === 'at' ? valuedBefore(k, i + 1) : '';
  if (valued) return valued;
  // "at one minute intervals the 180 set off": a determiner opens the number's own noun phrase, so a noun right
  // before it, with no verb or preposition linking the two, belongs to the phrase before.
  // The value's own article ("a million", "a dozen") opens it as a determiner before it would.
  const opensPhrase = k.lower.slice(i + 1, s + 1).some((w) => /^(?:the|a|an)$/.test(w));
  if (opensPhrase && (NOUNISH.has(k.pos[i] ?? '') || k.pos[i] === 'NUM')) return '';
  // "The prize is now worth $938,000", "his Nobel Prize, worth the equivalent of $967,500": the amount measures what is
  // said to be worth it (rule Q, twenty-seventh round).
  // Rule TO (docs/quality.md, "Session 55"): so does "23 contracts worth a total of $14 million"; "total" is no thing it measures.
  const equivalent = k.lower[i] === 'of' && /^(?:equivalent|total|sum)$/.test(k.lower[i - 1] ?? '') && /^(?:the|a)$/.test(k.lower[i - 2] ?? '') ? i - 3 : i;
  if (k.lower[equivalent] === 'worth') return worthOf(k, equivalent);
  const parts: string[] = [];
  // "The Airbus A330 with 228 on board": what "with" takes is what the noun before it has, not what it is or how it
  // changed; that noun is no subject of the number (rule W, twenty-sixth round).
  if (k.lower[i] === 'with') return '';
  // "has risen to about 85": the tagger reads "to" before a hedge as an infinitive's particle; there it is the number's preposition (rule TP).
  // Rule CF (docs/quality.md, "Session 68"): so it is before an amount after a verb ("fell to $142 million", "fell in September
  // to"): no infinitive opens on a number. After a verb's object ("increased the deficit with Beijing to") it is left as it was.
  const toAfterVerb = k.lower[i] === 'to' && k.pos[beforeTimeAdjunct(k, i - 1)] === 'VERB';
  if (k.pos[i] === 'ADP' || (k.lower[i] === 'to' && k.pos[i + 1] === 'ADV') || toAfterVerb) {
    const preposition = k.lower[i];
    parts.unshift(k.words[i--]!);
    // "in addition to the 350 million", "rose in excess of 40": a bare noun between "in" and a preposition makes one preposition.
    if (k.pos[i] === 'NOUN' && k.lower[i - 1] === 'in') {
      parts.unshift(k.words[i - 1]!, k.words[i]!);
      i -= 2;
    }
    // Rule CF: "fell in September _ to $142 million", "rose last month to $5 billion": a time between the verb and its "to"
    // or "by" is read past; the verb and its subject say what the amount is.
    if (preposition === 'to' || preposition === 'by') i = beforeTimeAdjunct(k, i);
  }
  if (k.pos[i] === 'ADV' || k.lower[i] === 'down' || k.lower[i] === 'up') parts.unshift(k.words[i--]!);
  /** Whether the noun before is a verb's subject. */
  const verb = k.pos[i] === 'VERB' || k.pos[i] === 'AUX';
  if (k.pos[i] === 'VERB') parts.unshift(k.words[i--]!);
  // "workers regularly make $55,000", "prices have sharply fallen": an adverb between the subject and its verb is read past,
  // as an auxiliary is; the verb alone ("make") says nothing of what the amount is (twentieth round, 16tidy, rule T5).
  while (k.pos[i] === 'AUX' || (verb && k.pos[i] === 'ADV')) parts.unshift(k.words[i--]!);
  // Rule TS (docs/quality.md, "Session 68"): "the trade deficit in 1999 could reach $300 billion": a time between the subject's
  // noun and its verb is read past, as an adverb is (not a clause's own time: "since the outbreak began in May has risen").
  if (verb && /^(?:NOUN|PROPN)$/.test(k.pos[beforeTimePhrase(k, i)] ?? '')) i = beforeTimePhrase(k, i);
  // "numerous shuttle flights, which run about $800 million apiece": a verb a relative pronoun opens says what the
  // pronoun's antecedent does, the noun run before it (across a comma); the pronoun names nothing (rule R, 16figs9).
  if (verb && RELATIVE.test(k.lower[i] ?? '')) {
    const antecedent = relativeAntecedent(k, i, i + 1);
    if (antecedent < 0) return '';
    i = antecedent;
  }
  // "Shares of Exxon, the biggest U.S. oil company, rose", "the index in Frankfurt, Germany, closed": the subject stands
  // before an aside set off by commas (rule W2, 16figs12).
  if (verb) i = beforeAside(k, i);
  // Rule TB (docs/quality.md, "Session 76"): "The number of people treated in hospital since the outbreak began rose to 118".
  if (verb) i = beforeTimeClause(k, i);
  // "The number of homes destroyed rose to 140": a past participle right before the verb closes a reduced relative on the
  // noun before it; the subject is read through it (rule RP).
  const reduced = verb && isPastParticiple(k, i) && (k.pos[i - 1] === 'NOUN' || k.pos[i - 1] === 'PROPN') ? k.words[i--]! : undefined;
  // Rule WR (docs/quality.md, "Session 73"): "the number of people whose records were taken now stands at": the subject is read
  // through a relative clause that hangs on it, as through a reduced one.
  const relative = verb && !reduced ? relativeClauseOf(k, i) : undefined;
  const relativeWords = relative === undefined ? [] : k.words.slice(relative, i + 1);
  if (relative !== undefined) i = relative - 1;
  let noun: string[] = [];
  while (i >= 0 && noun.length < 4 && (k.pos[i] === 'NOUN' || k.pos[i] === 'PROPN' || k.pos[i] === 'ADJ')) {
    noun.unshift(k.words[i--]!);
    // Rule HY (docs/quality.md, "Session 65"): "a quarter-point move": the word a hyphen joins to the noun is one word with it.
    if (k.lower[i] === '-' && k.spaces[i] === '' && k.spaces[i + 1] === '' && /\p{L}/u.test(k.words[i - 1] ?? '')) {
      noun[0] = `${k.words[i - 1]}-${noun[0]}`;
      i -= 2;
    }
  }
  if (!noun.length) return '';
  if (reduced) noun.push(reduced);
  noun.push(...relativeWords);
  // "total casualties in the complex were between 50 and 100": the subject of a verb is headed by the noun before a place
  // inside it, when that noun opens its clause ("a deal with the IMF for a rescue package estimated at" is no subject).
  for (let head = verb ? headBeforePlace(k, i) : undefined; head; head = headBeforePlace(k, head.at)) {
    if (!opensClause(k, head.at)) break;
    noun = head.words;
    i = head.at;
  }
  // "Shares of Exxon rose": a common noun that opens the clause before "of" and a name is the thing of the name that the
  // verb is said of; the name alone ("Exxon rose") says something else (rule W2′, 16figs12).
  const nameRun = k.pos.slice(i + 1, i + 1 + noun.length).every((p) => p === 'PROPN');
  // The tagger reads a sentence's capitalised first word as a name ("Shares/PROPN"); there it is read as the noun it heads.
  const headNoun = k.pos[i - 1] === 'NOUN' || (i === 1 && k.pos[0] === 'PROPN');
  if (verb && nameRun && k.lower[i] === 'of' && headNoun && opensClause(k, i - 2)) {
    noun = [k.words[i - 1]!, 'of', ...noun];
    i -= 2;
  }
  // "The number of people killed by cholera in northern Marovia has risen": a subject read inside phrases that hang on it is
  // the noun phrase that opens the clause (rule FN, docs/quality.md "Session 50").
  // Amendment FN′ (docs/quality.md, "Session 66"): "off Harlow Bay and Port Serrin rose": names joined by "and" are one run, and
  // the clause is read from before them.
  let run = i;
  if (/^(?:and|or)$/.test(k.lower[i] ?? '') && k.pos[i - 1] === 'PROPN' && k.pos[i + 1] === 'PROPN') for (run = i - 1; run >= 0 && k.pos[run] === 'PROPN'; ) run--;
  if (verb && !opensClause(k, run)) {
    const opening = clauseOpeningSubject(k, run);
    if (opening) {
      noun = opening.words;
      i = opening.at;
    }
  }
  // "an initial report of 7.3", "estimates of 40": the words name where the number came from, not what it counts;
  // "the ones like 89.9": a pro-form names nothing.
  if (REPORTING.test(noun.at(-1)!.toLowerCase()) || PRO_FORM.test(noun.at(-1)!.toLowerCase())) return '';
  // "dropped by 5 percent to 38.8", "to three-tenths of a percent from two-tenths": the unit of the number before is no subject.
  if (UNIT.test(noun.at(-1)!) && (k.pos[i] === 'NUM' || k.lower[i] === 'a')) return '';
  // "(5.7 km climb at 6.9%)", "(17 km at 7.2%)": a unit that opens the run right after a number measures that number; what
  // the run says of this one is the rest ("climb"), or nothing.
  if (k.pos[i] === 'NUM') while (noun.length && (UNIT.test(noun[0]!.toLowerCase()) || MEASURE.test(noun[0]!.toLowerCase()))) noun.shift();
  if (!noun.length) return '';
  // "agreed to buy Amoco Corp. for $48.2 million": money paid for a thing is its price.
  if (parts[0]?.toLowerCase() === 'for' && parts.length === 1 && CURRENCY.has(k.lower[s] ?? '') && TRADE.test(k.lemma[i]?.toLowerCase() ?? '')) return `price of ${noun.join(' ')}`;
  return [...noun, ...parts].join(' ');
}

/**
 * Where the words before an aside end, when `c` is the comma that closes one: a noun phrase in apposition that opens with
 * a determiner ("Exxon, the biggest U.S. oil company,") or a capitalised name after a capitalised name ("Frankfurt,
 * Germany,"); `c` when none closes there (rule W2, 16figs12). A relative clause is no such aside (amendment W2‴, after
 * reading the hash): "The route, which was originally 10 kilometres long, was shortened by nearly half" printed "half
 * route was shortened", as the twenty-fifth round's R3 did.
 */
function beforeAside(k: Tokens, c: number): number {
  if (k.lower[c] !== ',') return c;
  let o = c - 1;
  while (o > 0 && c - o <= 12 && k.lower[o] !== ',' && !CLAUSE_MARK.test(k.lower[o]!)) o--;
  if (k.lower[o] !== ',' || o === c - 1 || !/^(?:NOUN|PROPN)$/.test(k.pos[o - 1] ?? '')) return c;
  const inner = k.pos.slice(o + 1, c);
  const apposition = /^(?:the|a|an)$/.test(k.lower[o + 1]!) && !inner.some((p) => p === 'VERB' || p === 'AUX') && /^(?:NOUN|PROPN)$/.test(k.pos[c - 1]!);
  const place = k.pos[o - 1] === 'PROPN' && inner.every((p) => p === 'PROPN');
  return apposition || place ? o - 1 : c;
}

/**
 * Where the antecedent of the relative pronoun at `r` ends, its verb at `v`: the noun run right before the pronoun (across a
 * comma), -1 when there is none it can be told to be. Inside a prepositional phrase the clause may take the phrase the
 * preposition hangs on instead (rule P), so there the run is the antecedent only when the verb agrees with it alone: a
 * present form without "-s" ("which run") takes a plural subject, and the run's head is plural (amendment R′, written
 * before measuring on "economic loss suffered by the country, that reached": a past verb tells no number). A verb that
 * shows its number never takes a run it disagrees with (amendment R″).
 */
function relativeAntecedent(k: Tokens, r: number, v: number): number {
  const end = k.lower[r - 1] === ',' ? r - 2 : r - 1;
  if (!/^(?:NOUN|PROPN)$/.test(k.pos[end] ?? '')) return -1;
  let first = end;
  while (first > 0 && /^(?:NOUN|PROPN|ADJ)$/.test(k.pos[first - 1] ?? '')) first--;
  while (first > 0 && k.pos[first - 1] === 'DET') first--;
  // The clause's verb agrees with its antecedent: "stores that is 55 percent owned" is the operator's, not the stores'
  // (amendment R″, written after measuring).
  const number = verbNumber(k, v);
  if (number && number !== (isPlural(k, end) ? 'plural' : 'singular')) return -1;
  return k.pos[first - 1] !== 'ADP' || number === 'plural' ? end : -1;
}

/** The number a finite verb shows: "is", "has", "runs" singular; "are", "have", "run" plural; '' for a past or a modal. */
function verbNumber(k: Tokens, v: number): 'singular' | 'plural' | '' {
  const verb = k.lower[v] ?? '';
  if (/^(?:is|was|has|does)$/.test(verb)) return 'singular';
  if (/^(?:are|were|have|do)$/.test(verb)) return 'plural';
  if (k.pos[v] !== 'VERB') return '';
  const lemma = (k.lemma[v] ?? '').toLowerCase();
  if (verb === lemma) return /ed$/.test(verb) ? '' : 'plural';
  return verb === `${lemma}s` || verb === `${lemma}es` || (/y$/.test(lemma) && verb === `${lemma.slice(0, -1)}ies`) ? 'singular' : '';
}

/**
 * What is said to be worth an amount, "worth" at `w`: the noun run before it, across adverbs and a copula ("The prize is
 * now worth") or the comma of an apposition ("his Nobel Prize, worth"), opening its phrase. '' when no such noun stands
 * there ("The prize that the three scientists will share is now worth": the words before the copula are a clause's).
 */
function worthOf(k: Tokens, w: number): string {
  let i = w - 1;
  if (k.lower[i] === ',') i--;
  else while (k.pos[i] === 'ADV' || k.pos[i] === 'AUX') i--;
  let noun: string[] = [];
  while (i >= 0 && noun.length < 4 && (k.pos[i] === 'NOUN' || k.pos[i] === 'PROPN' || k.pos[i] === 'ADJ')) noun.unshift(k.words[i--]!);
  // "a takeover of the company would be worth": in "N1 of the N2" the head is N1 (amendment Q′).
  let of = i;
  while (k.pos[of] === 'DET') of--;
  if (noun.length && k.lower[of] === 'of') {
    const head: string[] = [];
    for (i = of - 1; i >= 0 && head.length < 4 && (k.pos[i] === 'NOUN' || k.pos[i] === 'PROPN' || k.pos[i] === 'ADJ'); i--) head.unshift(k.words[i]!);
    noun = head;
  }
  const opens = i < 0 || k.pos[i] === 'DET' || k.pos[i] === 'PRON' || k.pos[i] === 'PUNCT' || k.pos[i] === 'NUM' || k.lower[i] === "'s";
  const named = k.pos.slice(i + 1, w).some((p) => p === 'NOUN' || p === 'PROPN');
  return opens && named ? noun.join(' ') : '';
}

/** Steps a subject is read back over, at most: prepositional phrases and participles with theirs. */
const SUBJECT_STEPS = 4;

/**
 * Rule FN: the noun run that opens the clause, read back from the token `i` before a noun run over prepositional phrases ("of"
 * included) and past participles right after a noun run ("people killed by cholera"); with the "of" phrase after it and a
 * participle after that ("number of people killed"). Undefined when the walk reaches no run that opens the clause.
 */
function clauseOpeningSubject(k: Tokens, i: number): { words: string[]; at: number } | undefined {
  const nounish = (j: number) => NOUNISH.has(k.pos[j] ?? '');
  let j = i;
  for (let step = 0; step < SUBJECT_STEPS; step++) {
    // A possessive pronoun ("its takeover") determines its noun as "the" does (amendment FX′); so does a possessive noun
    // ("Monday's earthquake", rule GS).
    for (let before = -1; before !== j; ) {
      before = j;
      while (j >= 0 && (k.pos[j] === 'DET' || POSSESSIVE_PRONOUN.test(k.lower[j] ?? ''))) j--;
      j = beforePossessor(k, j);
    }
    // Rule SW: "the number of people killed when the bridge collapsed …": a clause of time or place that hangs on the
    // participle or noun before it is walked past as a prepositional phrase is, from its own verb ("when the river burst").
    j = subordinatorOf(k, j) ?? j;
    // Rule GD (docs/quality.md, "Session 71"): "the cost of repairing the railway": a gerund and its object are the
    // preposition's object, walked past as a noun phrase is.
    if (gerundAfterPreposition(k, j)) j--;
    // Rule TI (docs/quality.md, "Session 75"): "linked to school lunches", where the tagger reads "to school" as an infinitive:
    // "to" and a bare verb hang on the words before them as a preposition and its object do.
    const infinitive = k.pos[j] === 'VERB' && k.lower[j - 1] === 'to' && k.pos[j - 1] === 'PART' && k.lower[j] === k.lemma[j]?.toLowerCase();
    if (infinitive) j--;
    const subordinate = SUBORDINATOR.test(k.lower[j] ?? '') && (isPastParticiple(k, j - 1) || NOUNISH.has(k.pos[j - 1] ?? ''));
    if (j < 1 || (k.pos[j] !== 'ADP' && !subordinate && !infinitive)) return undefined;
    j--;
    const clause = subordinatorOf(k, j);
    if (clause !== undefined) {
      j = clause;
      continue;
    }
    // Rule WR: "people whose data was stolen in the attack": a relative clause on the noun run before it is read past.
    const relative = relativeClauseOf(k, j);
    if (relative !== undefined) j = relative - 1;
    // Amendment FN′: "ships waiting at anchor": a present participle right after a noun run hangs on it as a past one does.
    else if (isPastParticiple(k, j) || (k.pos[j] === 'VERB' && /\p{Ll}ing$/u.test(k.words[j] ?? '') && NOUNISH.has(k.pos[j - 1] ?? ''))) j--;
    const end = j;
    while (j >= 0 && end - j < 4 && nounish(j)) j--;
    if (j === end || !k.pos.slice(j + 1, end + 1).some((p) => p === 'NOUN' || p === 'PROPN')) return undefined;
    if (!opensClause(k, j)) continue;
    const words = k.words.slice(j + 1, end + 1);
    let after = end + 1;
    if (k.lower[after] === 'of') {
      const of = ['of'];
      if (gerundAfterPreposition(k, after + 1)) of.push(k.words[++after]!);
      for (after++; k.pos[after] === 'DET'; after++) of.push(k.words[after]!);
      const start = after;
      while (after - start < 4 && nounish(after)) after++;
      if (after > start) {
        words.push(...of, ...k.words.slice(start, after));
        if (isPastParticiple(k, after)) words.push(k.words[after]!);
        else words.push(...relativeClauseWords(k, after));
      }
    }
    return { words, at: j };
  }
  return undefined;
}

/** The pronouns that open a relative clause on a noun run (rule WR). */
const RELATIVE_PRONOUN = /^(?:who|whose|that|which)$/;
/** Tokens a relative clause of rule WR spans at most, pronoun to verb: "whose personal details were stolen". */
const RELATIVE_SPAN = 6;

/**
 * Rule WR: when the token at `j` is the verb of a relative clause on the noun run before it ("people whose data was stolen",
 * "patients who were evacuated"), the index of its pronoun: auxiliaries, adverbs and the clause's own subject (a noun run or a
 * pronoun) stand between.
 */
function relativeClauseOf(k: Tokens, j: number): number | undefined {
  if (k.pos[j] !== 'VERB') return undefined;
  let m = j - 1;
  while (m >= 0 && j - m <= RELATIVE_SPAN && (k.pos[m] === 'AUX' || k.pos[m] === 'ADV' || k.pos[m] === 'PART')) m--;
  if (k.pos[m] === 'PRON' && !RELATIVE_PRONOUN.test(k.lower[m] ?? '')) m--;
  else while (m >= 0 && j - m <= RELATIVE_SPAN && (NOUNISH.has(k.pos[m] ?? '') || k.pos[m] === 'DET') && !RELATIVE_PRONOUN.test(k.lower[m] ?? '')) m--;
  if (m < 1 || j - m > RELATIVE_SPAN || !RELATIVE_PRONOUN.test(k.lower[m] ?? '')) return undefined;
  return k.pos[m - 1] === 'NOUN' || k.pos[m - 1] === 'PROPN' ? m : undefined;
}

/** Rule WR: the relative clause that opens at `r` up to its verb, or none. */
function relativeClauseWords(k: Tokens, r: number): string[] {
  if (!RELATIVE_PRONOUN.test(k.lower[r] ?? '')) return [];
  for (let v = r + 1; v <= r + RELATIVE_SPAN && v < k.words.length; v++) if (k.pos[v] === 'VERB') return relativeClauseOf(k, v) === r ? k.words.slice(r, v + 1) : [];
  return [];
}

/** A gerund right after a preposition: "of repairing", "for rebuilding" (rule GD). */
function gerundAfterPreposition(k: Tokens, j: number): boolean {
  return k.pos[j] === 'VERB' && /\p{Ll}ing$/u.test(k.words[j] ?? '') && k.pos[j - 1] === 'ADP';
}

/** Words that open a clause of time or place on what stands before them (rule SW). */
const SUBORDINATOR = /^(?:when|where|while|after|before|once|as|since)$/;

/**
 * Rule SW: when the token at `j` is the verb of a clause a subordinator opens ("when the river burst", "since the outbreak
 * began"), the subordinator's index: the verb, its auxiliaries, its subject's noun run and determiner stand between.
 */
function subordinatorOf(k: Tokens, j: number): number | undefined {
  if (k.pos[j] !== 'VERB') return undefined;
  let m = j - 1;
  while (m >= 0 && k.pos[m] === 'AUX') m--;
  const end = m;
  while (m >= 0 && end - m < 4 && NOUNISH.has(k.pos[m] ?? '')) m--;
  if (m === end) return undefined;
  while (m >= 0 && (k.pos[m] === 'DET' || POSSESSIVE_PRONOUN.test(k.lower[m] ?? ''))) m--;
  return SUBORDINATOR.test(k.lower[m] ?? '') ? m : undefined;
}

const MODAL = /^(?:can|could|will|would|may|might|must|shall|should)$/;

/**
 * Rule DO: the clause that makes a bare amount at `s` a verb's second object, as written before it: subject (when one stands
 * before the verb), verb and first object ("recall would cost the company", "cost the county"); '' when the words before the
 * amount (read past a hedge) are no verb's object. A word right after a modal is its verb whatever its tag ("can fine/ADJ
 * carmakers", rule MD).
 */
function doubleObjectOf(k: Tokens, s: number): string {
  const last = beforeHedge(k, s);
  let j = last;
  while (j >= 0 && last - j < 4 && NOUNISH.has(k.pos[j] ?? '')) j--;
  let verb = j;
  while (verb >= 0 && (k.pos[verb] === 'DET' || POSSESSIVE_PRONOUN.test(k.lower[verb] ?? ''))) verb--;
  let head: string;
  if (verb === j && MODAL.test(k.lower[j] ?? '') && last - j >= 2) {
    verb = j + 1;
    head = [subjectBefore(k, verb), k.words[verb]].filter(Boolean).join(' ');
  } else if (k.pos[verb] === 'VERB') head = subjectBefore(k, verb + 1) || k.words[verb]!;
  else if (verb < j && nounReadAsVerb(k, verb)) {
    let from = verb - 1;
    while (from >= 0 && verb - from <= 4 && NOUNISH.has(k.pos[from] ?? '')) from--;
    head = k.words.slice(from + 1, verb + 1).join(' ');
  } else return '';
  if (!k.pos.slice(Math.max(verb + 1, j + 1), last + 1).some((p) => p === 'NOUN' || p === 'PROPN')) return '';
  return [head, ...k.words.slice(verb + 1, last + 1)].join(' ');
}

/**
 * "The fire cost/NOUN the state": a noun after the noun run that opens a clause with no verb yet, and before a determiner, is
 * the clause's verb the tagger read as a noun (a noun phrase holds no determiner after its head).
 */
function nounReadAsVerb(k: Tokens, i: number): boolean {
  if (k.pos[i] !== 'NOUN' || !NOUNISH.has(k.pos[i - 1] ?? '') || !/^(?:DET)$/.test(k.pos[i + 1] ?? '')) return false;
  for (let j = i - 1; j >= 0 && !opensClause(k, j); j--) if (k.pos[j] === 'VERB' || k.pos[j] === 'AUX' || k.pos[j] === 'ADP') return false;
  return true;
}

/** Rule GS: before a possessive noun ending at `i` ("Monday 's"), the token before its possessor; `i` when none ends there. */
function beforePossessor(k: Tokens, i: number): number {
  if (!/^['’]s?$/.test(k.lower[i] ?? '') || !NOUNISH.has(k.pos[i - 1] ?? '')) return i;
  let j = i - 1;
  while (j >= 0 && i - j <= 4 && NOUNISH.has(k.pos[j] ?? '')) j--;
  return j;
}

/**
 * The noun run before a prepositional phrase that ends at `i` ("casualties" before "in the complex"), and the token before
 * it; undefined when the words before `i` are no such phrase. "of" is left out: "the number of dead" counts the dead.
 */
function headBeforePlace(k: Tokens, i: number): { words: string[]; at: number } | undefined {
  let j = i;
  while (j >= 0 && k.pos[j] === 'DET') j--;
  if (j < 1 || k.pos[j] !== 'ADP' || k.lower[j] === 'of') return undefined;
  const words: string[] = [];
  for (j--; j >= 0 && words.length < 4 && (k.pos[j] === 'NOUN' || k.pos[j] === 'PROPN' || k.pos[j] === 'ADJ'); j--) words.unshift(k.words[j]!);
  return k.pos.slice(j + 1, j + 1 + words.length).some((p) => p === 'NOUN' || p === 'PROPN') ? { words, at: j } : undefined;
}

/** Whether the words after `i` open a clause: nothing but determiners between them and its start, punctuation or a conjunction. */
function opensClause(k: Tokens, i: number): boolean {
  let j = i;
  // Rule WR: a plural's possessive mark ("the hospitals' parent group") is the possessor's, as "'s" is, and opens no clause.
  while (j >= 0 && (k.pos[j] === 'DET' || /^['’]s?$/.test(k.lower[j] ?? ''))) j--;
  // "Mortgage lenders said monthly payments on … would rise": a reported clause opens after its verb of saying (rule FX).
  // Amendment FN′: "came as the number of … rose": "as" before a determiner, which the tagger reads as a preposition, opens a clause.
  return j < 0 || k.pos[j] === 'PUNCT' || k.pos[j] === 'CCONJ' || k.pos[j] === 'SCONJ' || k.lower[j] === 'that' || SAYING.test(k.lower[j] ?? '') || (k.lower[j] === 'as' && j < i);
}

const SAYING = /^(?:said|says|say|saying)$/;
const POSSESSIVE_PRONOUN = /^(?:its|their|his|her|our|my|your)$/;

const PRO_FORM = /^(?:ones?|others?|those|these)$/;
const TRADE = /^(?:buy|sell|acquire|purchase|bid|offer)$/;

/** "3.4 to the dollar": an exchange rate is described by the currency it is against. */
function rateAfter(k: Tokens, j: number): string {
  return k.lower[j] === 'to' && /^(?:the|a|one)$/.test(k.lower[j + 1] ?? '') && UNIT.test(k.lower[j + 2] ?? '') ? k.words.slice(j, j + 3).join(' ') : '';
}

const REPORTING = /^(?:reports?|estimates?|figures?|readings?|accounts?|counts?|statements?|numbers?|data|tallies|tally)$/;

/** "on the Richter scale", "on the Dow Jones index" right after the number. */
function scaleAfter(k: Tokens, j: number): string {
  if (k.lower[j] !== 'on') return '';
  for (let i = j + 1; i < Math.min(k.words.length, j + 6); i++) {
    if (/^(?:scale|index|indices)$/.test(k.lower[i]!)) return k.words.slice(j, i + 1).join(' ');
    if (!NOUNISH.has(k.pos[i]!) && k.pos[i] !== 'DET') break;
  }
  return '';
}

const IRREGULAR: Record<string, string> = {
  find: 'found',
  take: 'taken',
  leave: 'left',
  hold: 'held',
  make: 'made',
  give: 'given',
  send: 'sent',
  bring: 'brought',
  keep: 'kept',
  hit: 'hit',
  put: 'put',
  cut: 'cut',
  lose: 'lost',
  win: 'won',
  sell: 'sold',
  buy: 'bought',
  pay: 'paid',
  hurt: 'hurt',
  get: 'got',
  have: 'had',
  be: 'been',
  do: 'done',
  go: 'gone',
  say: 'said',
  tell: 'told',
  come: 'come',
  fall: 'fallen',
  rise: 'risen',
  grow: 'grown',
  know: 'known',
  show: 'shown',
  see: 'seen',
  draw: 'drawn',
  raise: 'raised',
  set: 'set',
  shed: 'shed',
  spend: 'spent',
  lay: 'laid',
};

/**
 * Session 74 ("18.5 million marrens seeked"): the irregular participles news copy uses, for a verb written in "-ing" ("seeking
 * 18.5 million" → "sought"). Not read for a past written as such ("met two stewards"): that is labelled as before.
 */
const IRREGULAR_OF_ING: Record<string, string> = {
  seek: 'sought',
  think: 'thought',
  fight: 'fought',
  teach: 'taught',
  catch: 'caught',
  build: 'built',
  rebuild: 'rebuilt',
  lend: 'lent',
  feed: 'fed',
  lead: 'led',
  mislead: 'misled',
  meet: 'met',
  mean: 'meant',
  feel: 'felt',
  deal: 'dealt',
  hear: 'heard',
  stand: 'stood',
  understand: 'understood',
  withhold: 'withheld',
  uphold: 'upheld',
  strike: 'struck',
  stick: 'stuck',
  hang: 'hung',
  shoot: 'shot',
  light: 'lit',
  slide: 'slid',
  flee: 'fled',
  bleed: 'bled',
  sweep: 'swept',
  spread: 'spread',
  cost: 'cost',
  steal: 'stolen',
  freeze: 'frozen',
  speak: 'spoken',
  break: 'broken',
  choose: 'chosen',
  drive: 'driven',
  write: 'written',
  ride: 'ridden',
  shake: 'shaken',
  hide: 'hidden',
  bite: 'bitten',
  eat: 'eaten',
  beat: 'beaten',
  forgive: 'forgiven',
  forbid: 'forbidden',
  arise: 'arisen',
  undertake: 'undertaken',
  overtake: 'overtaken',
  throw: 'thrown',
  blow: 'blown',
  fly: 'flown',
  withdraw: 'withdrawn',
  oversee: 'overseen',
  wear: 'worn',
  tear: 'torn',
  swear: 'sworn',
  sing: 'sung',
  drink: 'drunk',
  sink: 'sunk',
  shrink: 'shrunk',
  bind: 'bound',
  become: 'become',
  overcome: 'overcome',
};

/** The irregular verbs whose "-ing" doubles the last consonant ("running", "winning"), with their past participles. */
const DOUBLED_IRREGULAR: Record<string, string> = {
  run: 'run',
  win: 'won',
  begin: 'begun',
  swim: 'swum',
  sit: 'sat',
  spin: 'spun',
  dig: 'dug',
  forget: 'forgotten',
  spit: 'spat',
  get: 'got',
  hit: 'hit',
  cut: 'cut',
  put: 'put',
  let: 'let',
  shut: 'shut',
  set: 'set',
  bet: 'bet',
  quit: 'quit',
  split: 'split',
  rid: 'rid',
  bid: 'bid',
};

/** Verbs with no passive to read a label by ("has 5 children", "said 18 percent", "were 20 people"). */
const NO_PASSIVE = /^(?:be|have|do|say|get|seem|become|remain|stay)$/;

/**
 * "left 30 dead", "leaving 200,000 homeless": a resultative verb's count is the result, and its participle after the count
 * reads as what remained ("30 dead left"); the count is labelled without it (rule FL, docs/quality.md "Session 49").
 */
const RESULTATIVE = /^leave$/;
/** "has seen 52 British riders", "a year that saw 300 deaths": who witnessed or went through the count, not news of it (rule FE). */
const WITNESSED = /^see$/;

/** The past participle of a verb as written, or '' where it cannot be told (an irregular past the table lacks). */
function participleOf(word: string, lemma: string): string {
  if (NO_PASSIVE.test(lemma) || RESULTATIVE.test(lemma) || WITNESSED.test(lemma)) return '';
  // A regular past is its own participle ("killed", "occurred"); an irregular one is looked up ("took" → "taken").
  if (/ed$/.test(word) || (word !== lemma && /(?:en|wn|ne)$/.test(word))) return word;
  if (IRREGULAR[lemma]) return IRREGULAR[lemma]!;
  // "killing" inflects by rule, "stopping" with its doubled consonant; a present form or an irregular past the table lacks ("fought") is left out.
  // Session 73 ("runned"): a verb that doubles its consonant before "-ing" and is irregular takes its own participle.
  if (/ing$/.test(word) && word.slice(0, -3) === lemma + lemma.slice(-1)) return DOUBLED_IRREGULAR[lemma] ?? `${word.slice(0, -3)}ed`;
  return /ing$/.test(word) ? participle(lemma) : '';
}

function participle(lemma: string): string {
  const irregular = IRREGULAR[lemma] ?? IRREGULAR_OF_ING[lemma];
  if (irregular) return irregular;
  if (lemma.endsWith('e')) return `${lemma}d`;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ied`;
  return `${lemma}ed`;
}

/**
 * Where the figure stands in its sentence: of the places its value is written ("two murders and of raping two women"),
 * the one its description's first word follows most closely, else the first; -1 when the value is not found.
 */
export function placeOf(f: Pick<FoundFigure, 'value' | 'counts' | 'sentence'>): number {
  const text = f.sentence.text;
  const head = f.counts.split(/\s+/)[0]?.toLowerCase() ?? '';
  // A description that does not follow the number ("20 of them" described by the count before it) leaves the first place.
  let best = text.indexOf(f.value);
  let nearest = Infinity;
  for (let at = text.indexOf(f.value); at >= 0; at = text.indexOf(f.value, at + 1)) {
    const after = text.slice(at + f.value.length).toLowerCase();
    const distance = head ? after.indexOf(head) : 0;
    if (distance >= 0 && distance < nearest) {
      nearest = distance;
      best = at;
    }
  }
  return best;
}
