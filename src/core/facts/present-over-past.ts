import { isVerb } from '../nlp.js';
import { attributiveKind } from './attributive-date.js';
import { inBrackets, type Tense, type Token, tokensOf, type VerbGroup, verbGroups } from './side-clause.js';

/**
 * Rule A1 (issue 16dates11): a date that lies in a past side clause — a relative clause, or a participle clause after a
 * noun (16dates7's K1 and K2 readers) — under a main clause told in the present or present perfect with an event verb
 * ("The United Kingdom has frozen all deals until the sailors, who were detained on March 23, are released") dates
 * whom or what the sentence is about, not its news: the wire's present and present perfect tell the article's own day.
 * This file only reads the clause; what the timeline does with it is `findEvents`'s.
 */
export interface PastSideClause {
  /** Where the side clause starts and ends in the sentence's text (characters). */
  start: number;
  end: number;
}

/** What may open such a clause: without one before the date, no tagging is needed. */
const MAY_OPEN = /\b(?:who|whom|whose|which|that)\b|\w(?:ing|ed|en|wn)\b/i;
/** The auxiliaries A1″ asks of the main clause, with their contractions: without one, no tagging is needed either. */
const MAY_BE_PERFECT_OR_PROGRESSIVE = /\b(?:has|have|is|are|am)|['’](?:ve|re|m)\b/i;
const RELATIVE_WORDS = new Set(['who', 'whom', 'whose', 'which']);
/** Words that open a clause of their own inside another: each is owed a verb before the clause around it resumes. */
export const SUBORDINATORS = new Set(['that', 'why', 'how', 'what', 'where', 'when', 'whether', 'if', 'because', 'although', 'though', 'while', 'unless', 'whereas', 'who', 'whom', 'whose', 'which']);
const CLOSES = new Set([',', ';', ':', '—', '–', '--', '(', ')', '_', '"', '“', '”']);
const POSSESSIVES = new Set(['whose', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);
/** Verbs of being and having used as main verbs (a closed class): they tell a state, not an event of the day. */
const STATE_VERBS = new Set(['be', 'have', 'do', 'seem', 'appear', 'remain']);
const PERFECT_AUX = new Set(['has', 'have', "'ve"]);
const PROGRESSIVE_AUX = new Set(['is', 'are', 'am', "'re", "'m"]);
export const QUOTE_OPENS = /^\s*["“'‘]/;

const isNominal = (t: Token | undefined) => t !== undefined && (t.pos === 'NOUN' || t.pos === 'PROPN');

/**
 * The past side clause the date at `index` lies in, when the sentence's main verb group is a present event verb (rule A1's
 * conditions 2–4); whether the sentence has another event date outside it is the caller's to check.
 */
export function pastSideClauseUnderPresent(text: string, index: number, dateGoneBy = false): PastSideClause | undefined {
  if (!MAY_OPEN.test(text.slice(0, index)) || !MAY_BE_PERFECT_OR_PROGRESSIVE.test(text) || QUOTE_OPENS.test(text)) return undefined;
  const tokens = tokensOf(text);
  const at = tokens.findIndex((t) => t.start >= index);
  if (at < 1) return undefined;
  const groups = verbGroups(tokens);
  const side = relativeAt(tokens, groups, at) ?? participleAt(tokens, groups, at);
  if (!side || !toldInThePast(tokens, side, dateGoneBy)) return undefined;
  if (inPrepositionalFrame(tokens, groups, side)) return undefined;
  const main = mainGroup(tokens, groups, side.from, side.to);
  if (main?.tense !== 'present' || !perfectOrProgressive(tokens, main) || !eventVerb(tokens, main)) return undefined;
  return { start: tokens[side.from]!.start, end: side.to < tokens.length ? tokens[side.to]!.start : (tokens.at(-1)?.end ?? text.length) };
}

/**
 * Rule A1-N (lead, twenty-ninth round): a date that modifies a noun after a determiner ("a memorial for the victims of the
 * July 7, 2005 London bombings has been unveiled") names that noun's event; under a main clause in the present perfect or
 * progressive with an event verb it is no more the sentence's news than a past side clause's date is (rule A1), when the
 * phrase describes someone or something else (amendment A1-N′). The span returned is the date and the names, adjectives and
 * noun after it.
 */
export function attributiveUnderPresent(text: string, index: number, length: number): PastSideClause | undefined {
  if (!MAY_BE_PERFECT_OR_PROGRESSIVE.test(text) || QUOTE_OPENS.test(text) || attributiveKind(text, index, length) !== 'determiner') return undefined;
  const tokens = tokensOf(text);
  const from = tokens.findIndex((t) => t.start >= index);
  let to = tokens.findIndex((t) => t.start >= index + length);
  if (from < 1 || to < 0 || !insideDescription(tokens, from)) return undefined;
  while (to < tokens.length && tokens[to]!.pos !== 'NOUN') to++;
  to++;
  const groups = verbGroups(tokens);
  const main = mainGroup(tokens, groups, from, to);
  if (main?.tense !== 'present' || !perfectOrProgressive(tokens, main) || !eventVerb(tokens, main)) return undefined;
  return { start: tokens[from]!.start, end: to < tokens.length ? tokens[to]!.start : text.length };
}

/** Prepositions that only tell time: a phrase they open frames the whole sentence's time ("after a Sept. 22 summit"). */
const TIME_ONLY = new Set(['after', 'before', 'since', 'until', 'till', 'during']);

/**
 * Amendment A1-N′: the determiner before the date follows a preposition that itself follows a noun or name ("the victims of
 * the July 7 bombings", "an inquiry into the 7 July link"): the dated phrase describes someone or something else. After a
 * verb ("linked to the Aug. 7 bombing") it is what the sentence relates; after a preposition of time, its time frame.
 */
function insideDescription(tokens: readonly Token[], from: number): boolean {
  const preposition = tokens[from - 2];
  return preposition?.pos === 'ADP' && !TIME_ONLY.has(preposition.lower) && isNominal(tokens[from - 3]);
}

export interface Clause {
  from: number;
  to: number;
  own: Tense | undefined;
  /** The clause's own finite verb group, when it has one (a relative clause). */
  ownGroup?: VerbGroup;
}

/**
 * Whether a side clause is told in the past or past perfect. Rule B3 (issue 16dates12): a relative clause whose one verb
 * is its own lemma ("the earthquake that hit the region eleven days ago", "which put", "who set") reads as a present by its
 * form, but a date gone by cannot be told in the simple present: with such a date it is a past.
 */
export function toldInThePast(tokens: readonly Token[], side: Clause, dateGoneBy: boolean): boolean {
  if (side.own === 'past' || side.own === 'pastPerfect') return true;
  const g = side.ownGroup;
  if (!dateGoneBy || side.own !== 'present' || !g || g.first !== g.last) return false;
  const verb = tokens[g.first]!;
  return verb.pos === 'VERB' && verb.lower === verb.lemma.toLowerCase();
}

/**
 * Amendment A1′ (i): the noun the side clause belongs to is the object of a preposition other than "of" ("have routed the
 * rebels in the crackdown that began in late February"): the phrase may place the main clause's event inside the side
 * clause's time, so the rule does not guess. "Of" attaches a participant to a noun ("footage of the bombers that …"). A
 * word the tagger calls a preposition whose noun phrase is the subject of a finite verb right after the side clause
 * ("until all 15 sailors, who were detained …, are released") is a conjunction, not a preposition.
 */
function inPrepositionalFrame(tokens: readonly Token[], groups: readonly VerbGroup[], side: Clause): boolean {
  let k = side.from - 1;
  if (tokens[k]?.lower === ',') k--;
  while (k >= 0 && (isNominal(tokens[k]) || ['ADJ', 'DET', 'NUM', 'CCONJ'].includes(tokens[k]!.pos) || POSSESSIVES.has(tokens[k]!.lower) || /^['’]s$/.test(tokens[k]!.lower))) k--;
  const preposition = tokens[k];
  if (preposition?.pos !== 'ADP' || preposition.lower === 'of') return false;
  const next = tokens[side.to]?.lower === ',' ? side.to + 1 : side.to;
  return !groups.some((g) => g.first === next && g.finite);
}

/**
 * The sentence's main verb group: its first finite group outside the side clause (not itself a reduced relative, not in
 * brackets), with no subordinating word before it — after one, the first finite group is a fronted clause's, not the main
 * clause's, and the rule does not guess.
 */
function mainGroup(tokens: readonly Token[], groups: readonly VerbGroup[], from: number, to: number): VerbGroup | undefined {
  const main = groups.find((g) => g.finite && (g.last < from || g.first >= to) && !participleOf(tokens, groups, g) && !inBrackets(tokens, 0, g.first));
  if (!main) return undefined;
  const opened = tokens.slice(0, main.first).some((t, k) => (k < from || k >= to) && (t.pos === 'SCONJ' || (SUBORDINATORS.has(t.lower) && (t.pos === 'PRON' || t.pos === 'ADV'))));
  return opened ? undefined : main;
}

/**
 * Amendment A1″: the present perfect ("has frozen", "have been charged") or the present progressive ("are being held",
 * "are promising"), told by closed-class auxiliaries. A simple present tells a state or a habit as often as the day's
 * event ("is credited with rebuilding", "sits in The Hague"), and telling those apart would take an open word list.
 */
function perfectOrProgressive(tokens: readonly Token[], g: VerbGroup): boolean {
  const [aux, next] = auxAndNext(tokens, g);
  if (!aux || !next || aux.pos !== 'AUX') return false;
  if (PERFECT_AUX.has(aux.lower)) return presentPerfect(tokens, g);
  return PROGRESSIVE_AUX.has(aux.lower) && (next.lower === 'being' || (next.pos === 'VERB' && /ing$/.test(next.lower)));
}

/** The present perfect: "has canceled", "have been charged" (adverbs and particles between read past). */
export function presentPerfect(tokens: readonly Token[], g: VerbGroup): boolean {
  const [aux, next] = auxAndNext(tokens, g);
  return aux !== undefined && next !== undefined && aux.pos === 'AUX' && PERFECT_AUX.has(aux.lower) && (next.pos === 'VERB' || next.lower === 'been');
}

const auxAndNext = (tokens: readonly Token[], g: VerbGroup) => tokens.slice(g.first, g.last + 1).filter((w) => w.pos !== 'ADV' && w.pos !== 'PART');

/** A group whose last verb is no verb of being or having: "has frozen", "are being held", "has been shown". */
function eventVerb(tokens: readonly Token[], g: VerbGroup): boolean {
  const words = tokens.slice(g.first, g.last + 1);
  const verb = words.filter((w) => w.pos === 'VERB').at(-1) ?? words.filter((w) => w.pos === 'AUX').at(-1);
  return verb !== undefined && !STATE_VERBS.has(verb.lemma.toLowerCase());
}

/** K1 (16dates7): a relative clause opened before the date that the date lies in (the nearest such opener). */
function relativeAt(tokens: readonly Token[], groups: readonly VerbGroup[], at: number): Clause | undefined {
  for (let r = at - 1; r >= 1; r--) {
    if (CLOSES.has(tokens[r]!.lower) && tokens[r]!.lower !== ',') return undefined;
    if (!opensRelative(tokens, r)) continue;
    const end = relativeEnd(tokens, groups, r);
    if (at >= end) continue;
    const own = groups.find((g) => g.first > r && g.first < end && g.finite);
    return { from: r, to: end, own: own?.tense, ...(own ? { ownGroup: own } : {}) };
  }
  return undefined;
}

/** "who", "whom", "whose", "which" after a noun, a name, a comma or a preposition; "that" after a noun or a name and before a verb. */
export function opensRelative(tokens: readonly Token[], r: number): boolean {
  const t = tokens[r]!;
  const before = tokens[r - 1]!;
  // "a general who …": a noun the tagger reads as an adjective after a determiner.
  const nounAsAdjective = before.pos === 'ADJ' && tokens[r - 2]?.pos === 'DET';
  if (RELATIVE_WORDS.has(t.lower)) return isNominal(before) || nounAsAdjective || before.lower === ',' || before.pos === 'ADP';
  if (t.lower !== 'that' || !isNominal(before)) return false;
  const next = tokens[r + 1]?.pos === 'ADV' ? tokens[r + 2] : tokens[r + 1];
  return isVerb(next);
}

/**
 * Where a relative clause opened at `r` ends: at the next comma, semicolon, colon, dash, bracket or quotation mark, or where
 * the main clause's verb resumes — a finite verb group when every clause opened so far already has its verb (a verb after
 * "and"/"or"/"but" goes on with the clause it follows).
 */
export function relativeEnd(tokens: readonly Token[], groups: readonly VerbGroup[], r: number): number {
  let owed = 1;
  for (let k = r + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (CLOSES.has(t.lower)) return k;
    if (SUBORDINATORS.has(t.lower) && (t.pos === 'SCONJ' || t.pos === 'PRON' || t.pos === 'ADV')) owed++;
    const group = groups.find((g) => g.first === k);
    if (!group?.finite) continue;
    if (tokens[k - 1]?.pos === 'CCONJ') continue;
    if (owed === 0) return k;
    owed--;
  }
  return tokens.length;
}

/**
 * K2 (16dates7): a participle right after a noun or a name, or right after a comma that follows one (an appositive), the
 * date in its phrase. A verb form that may be a participle is as often the main clause's own verb, so it is read as a
 * participle only where grammar leaves no main verb for it to be: see `reducedRelative` and `appositive`.
 */
function participleAt(tokens: readonly Token[], groups: readonly VerbGroup[], at: number): Clause | undefined {
  for (let v = at - 1; v >= 1; v--) {
    const t = tokens[v]!;
    if (CLOSES.has(t.lower)) return undefined;
    const group = groups.find((g) => g.first <= v && g.last >= v);
    if (group?.finite && !participleForm(t)) return undefined;
    if (!participleForm(t)) continue;
    if (!reducedRelative(tokens, groups, v) && !appositive(tokens, groups, v)) return undefined;
    return { from: v, to: phraseEnd(tokens, groups, v), own: 'past' };
  }
  return undefined;
}

/**
 * A participle right after a noun, no comma between: when the noun is a preposition's object and a finite verb stands
 * before it in the same stretch ("has announced that it will suspend the releasing of 15 sailors detained …"); or, for a
 * verb in -ing, when a finite verb follows its phrase directly ("citizens donating in 2005 … may write off").
 */
function reducedRelative(tokens: readonly Token[], groups: readonly VerbGroup[], v: number): boolean {
  if (!isNominal(tokens[v - 1])) return false;
  if (afterPreposition(tokens, v - 1) && finiteBefore(tokens, groups, v)) return true;
  return tokens[v]!.lower.endsWith('ing') && mainAfter(tokens, groups, v + 1, 0) !== undefined;
}

/** ", appointed army commander in 1989 …, is credited": a participle after a comma that follows the subject, no finite verb before it, the main verb right after its phrase's closing comma. */
function appositive(tokens: readonly Token[], groups: readonly VerbGroup[], v: number): boolean {
  if (tokens[v - 1]!.lower !== ',' || v < 2 || !isNominal(tokens[v - 2])) return false;
  if (groups.some((g) => g.finite && g.last < v)) return false;
  return mainAfter(tokens, groups, v + 1, 1) !== undefined;
}

/** A finite verb before token `v` with no comma or other clause mark between, itself no reduced relative. */
function finiteBefore(tokens: readonly Token[], groups: readonly VerbGroup[], v: number): boolean {
  for (let k = v - 1; k >= 0; k--) {
    if (CLOSES.has(tokens[k]!.lower)) return false;
    const group = groups.find((g) => g.last === k && g.finite);
    if (group && !(group.first === group.last && participleForm(tokens[group.first]!) && reducedRelative(tokens, groups, group.first))) return true;
  }
  return false;
}

/** Whether the noun phrase that ends at token `last` is the object of a preposition ("of … sailors", "in a statement"). */
function afterPreposition(tokens: readonly Token[], last: number): boolean {
  let k = last;
  while (k >= 0 && (isNominal(tokens[k]) || ['ADJ', 'DET', 'NUM', 'CCONJ'].includes(tokens[k]!.pos) || POSSESSIVES.has(tokens[k]!.lower) || /^['’]s$/.test(tokens[k]!.lower))) k--;
  return tokens[k]?.pos === 'ADP';
}

/** A verb in -ing, or one that may be a past participle: in -ed or -en, or a form other than its lemma that is no -s form. */
function participleForm(t: Token): boolean {
  if (t.pos !== 'VERB') return false;
  if (/ing$/.test(t.lower)) return true;
  if (/(?:ed|en|wn)$/.test(t.lower)) return true;
  return t.lower !== t.lemma.toLowerCase() && !/s$/.test(t.lower);
}

/** A verb group that is itself one reduced relative: no finite verb of the sentence's own. */
export function participleOf(tokens: readonly Token[], groups: readonly VerbGroup[], g: VerbGroup): boolean {
  return g.first === g.last && participleForm(tokens[g.first]!) && reducedRelative(tokens, groups, g.first);
}

/** Where a participle's phrase ends: the next mark that closes a clause, or the next finite verb group. */
function phraseEnd(tokens: readonly Token[], groups: readonly VerbGroup[], v: number): number {
  for (let k = v + 1; k < tokens.length; k++) {
    if (CLOSES.has(tokens[k]!.lower)) return k;
    const group = groups.find((g) => g.first === k);
    if (group?.finite && !participleOf(tokens, groups, group)) return k;
  }
  return tokens.length;
}

/**
 * The first finite verb group from `from` on, past at most `marks` commas or other clause marks (then right after the
 * last of them), that no subordinating word opens and no "and"/"or" joins to a verb before it: the main clause's verb
 * after a subject.
 */
function mainAfter(tokens: readonly Token[], groups: readonly VerbGroup[], from: number, marks: number): VerbGroup | undefined {
  let crossed = 0;
  for (let k = from; k < tokens.length; k++) {
    const w = tokens[k]!.lower;
    if (CLOSES.has(w)) {
      if (++crossed > marks) return undefined;
      continue;
    }
    if (SUBORDINATORS.has(w) || tokens[k]!.pos === 'CCONJ') return undefined;
    const group = groups.find((g) => g.first === k && g.finite);
    if (group) return crossed === marks ? group : undefined;
    if (marks > 0 && crossed === marks) return undefined;
  }
  return undefined;
}
