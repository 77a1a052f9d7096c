import { isVerb, its, readDoc } from '../nlp.js';

/**
 * Rule K3 (issue 16dates7): whether a date lies in a parenthesis of its sentence — between a pair of dashes or of brackets
 * whose words hold a verb of their own — and whether that parenthesis tells another time than the main clause around it.
 * (K1, K2 and K4 — a relative clause, a participle clause after a noun, a noun phrase after a preposition of relation —
 * were measured and reverted: docs/quality.md, twenty-sixth round, 16dates7.)
 */
export interface SideClause {
  kind: 'parenthesis';
  /** Where the side clause starts and ends in the sentence's text (characters). */
  start: number;
  end: number;
  /** The side clause tells another time than the main clause: its date dates no event of the sentence's news. */
  otherTime: boolean;
}

export type Tense = 'present' | 'past' | 'pastPerfect' | 'modal';

export interface Token {
  word: string;
  lower: string;
  pos: string;
  lemma: string;
  start: number;
  end: number;
}

/** A verb group: a run of auxiliaries, verbs, adverbs and particles holding at least one verb. */
export interface VerbGroup {
  first: number;
  last: number;
  finite: boolean;
  tense: Tense | undefined;
}

/** What may open a parenthesis: without one before the date, no tagging is needed. */
const MAY_OPEN = /[—–(]|--|\s_\s/;
const MODALS = new Set(['will', 'would', 'shall', "'ll", 'may', 'might', 'can', 'could', 'should', 'must', 'wo', 'ca']);
const PRESENT_AUX = new Set(['is', 'are', 'am', 'has', 'have', 'do', 'does', "'s", "'re", "'ve", "'m"]);
const PAST_AUX = new Set(['was', 'were', 'did', 'had', "'d"]);
const NONFINITE_AUX = new Set(['be', 'been', 'being', 'having']);
const DASHES = new Set(['—', '–', '--', '_']);
const POSSESSIVES = new Set(['whose', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** The parenthesis the date at `index` lies in, if any. */
export function sideClauseAt(text: string, index: number): SideClause | undefined {
  if (!MAY_OPEN.test(text.slice(0, index))) return undefined;
  const tokens = tokensOf(text);
  const at = tokens.findIndex((t) => t.start >= index);
  if (at < 1) return undefined;
  return parenthesisAt(tokens, verbGroups(tokens), at);
}

/** K3: a pair of dashes or brackets around the date whose words hold a verb of their own. */
function parenthesisAt(tokens: readonly Token[], groups: readonly VerbGroup[], at: number): SideClause | undefined {
  let open = -1;
  for (let k = at - 1; k >= 0; k--) {
    const w = tokens[k]!.lower;
    if (w === ')') return undefined;
    if (w === '(' || DASHES.has(w)) {
      open = k;
      break;
    }
  }
  if (open < 0) return undefined;
  const closer = tokens[open]!.lower === '(' ? ')' : tokens[open]!.lower;
  const dashesBefore = tokens.slice(0, open).filter((t) => t.lower === closer).length;
  // A dash opens a parenthesis only when it is the first of a pair: an even number of the same dash before it.
  if (closer !== ')' && dashesBefore % 2 === 1) return undefined;
  let close = -1;
  for (let k = at; k < tokens.length; k++) {
    if (tokens[k]!.lower === closer) {
      close = k;
      break;
    }
  }
  if (close < 0) return undefined;
  const own = groups.find((g) => g.first > open && g.first < close && g.finite);
  if (!own) return undefined;
  return sideOf('parenthesis', tokens, groups, open, close + 1, own.tense);
}

/** A side clause from token `from` up to (not including) `to`, compared in tense with the main clause around it. */
function sideOf(kind: SideClause['kind'], tokens: readonly Token[], groups: readonly VerbGroup[], from: number, to: number, own: Tense | undefined): SideClause {
  const before = groups.filter((g) => g.finite && g.last < from).at(-1);
  const main = before ?? groups.find((g) => g.finite && g.first >= to && !inBrackets(tokens, to, g.first));
  const otherTime = own !== undefined && main?.tense !== undefined && main.tense !== own;
  return { kind, start: tokens[from]!.start, end: to < tokens.length ? tokens[to]!.start : (tokens.at(-1)?.end ?? 0), otherTime };
}

/** Whether a bracket opened at or after `from` is still open at token `at`: a parenthesis holds no main verb. */
export function inBrackets(tokens: readonly Token[], from: number, at: number): boolean {
  let open = 0;
  for (let k = from; k < at; k++) {
    if (tokens[k]!.lower === '(') open++;
    else if (tokens[k]!.lower === ')' && open > 0) open--;
  }
  return open > 0;
}

/** The sentence's words with their parts of speech, lemmas and places in the text. */
export function tokensOf(text: string): Token[] {
  const read = readDoc(text).tokens();
  const words = read.out() as string[];
  const tags = read.out(its.pos) as string[];
  // wink's typings do not cover every token property it reads out.
  const lemmas = (read as { out: (property?: unknown) => unknown }).out(its.lemma) as string[];
  const out: Token[] = [];
  let from = 0;
  words.forEach((word, i) => {
    const start = text.indexOf(word, from);
    if (start < 0) return;
    from = start + word.length;
    out.push({ word, lower: word.toLowerCase(), pos: tags[i]!, lemma: lemmas[i] ?? word, start, end: from });
  });
  return out;
}

/** Every verb group of the sentence, finite or not, with its tense. */
export function verbGroups(tokens: readonly Token[]): VerbGroup[] {
  const groups: VerbGroup[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (!isVerb(tokens[k])) continue;
    let last = k;
    while (last + 1 < tokens.length) {
      const next = tokens[last + 1]!;
      // An auxiliary after a main verb opens another group ("the last time that happened was 1974").
      const inGroup =
        (isVerb(next) && !(next.pos === 'AUX' && tokens[last]!.pos === 'VERB')) ||
        next.pos === 'ADV' ||
        (next.pos === 'PART' && next.lower !== "'s" && next.lower !== '’s') ||
        (next.pos === 'ADJ' && /ed$/.test(next.lower) && tokens[last]!.pos === 'AUX');
      if (!inGroup) break;
      last++;
    }
    while (last > k && !isVerb(tokens[last]) && tokens[last]!.pos !== 'ADJ') last--;
    groups.push(groupOf(tokens, k, last));
    k = last;
  }
  return groups;
}

function groupOf(tokens: readonly Token[], first: number, last: number): VerbGroup {
  const t = tokens[first]!;
  let p = first - 1;
  while (p >= 0 && tokens[p]!.pos === 'ADV') p--;
  const afterTo = tokens[p]?.lower === 'to';
  // "the severed heads", "whose severed heads": a verb after a determiner, an adjective or a possessive modifies a noun.
  const previous = tokens[first - 1];
  const adjectival = t.pos === 'VERB' && previous !== undefined && (previous.pos === 'DET' || previous.pos === 'ADJ' || previous.pos === 'NUM' || POSSESSIVES.has(previous.lower));
  const finite = !afterTo && !adjectival && !(t.pos === 'VERB' && /ing$/.test(t.lower)) && !NONFINITE_AUX.has(t.lower);
  return { first, last, finite, tense: finite ? tenseOf(tokens, first, last) : undefined };
}

/** A finite verb group's tense: modal or future, past perfect, present or past, by its first verb's form. */
function tenseOf(tokens: readonly Token[], first: number, last: number): Tense | undefined {
  const words = tokens.slice(first, last + 1);
  if (words.some((w) => MODALS.has(w.lower))) return 'modal';
  // "is to", "was to": what is planned.
  const to = words.findIndex((w) => w.lower === 'to');
  if (to > 0 && tokens[first]!.lemma.toLowerCase() === 'be' && to < words.length - 1) return 'modal';
  const t = tokens[first]!;
  if (t.lower === 'had' || t.lower === "'d") {
    const next = words.slice(1).find((w) => w.pos !== 'ADV');
    return next && next.lower !== 'to' && (next.pos === 'VERB' || next.pos === 'ADJ' || next.pos === 'AUX') ? 'pastPerfect' : 'past';
  }
  if (t.pos === 'AUX') return PRESENT_AUX.has(t.lower) ? 'present' : PAST_AUX.has(t.lower) ? 'past' : undefined;
  if (/ed$/.test(t.lower)) return 'past';
  const lemma = t.lemma.toLowerCase();
  if (t.lower === lemma || (/s$/.test(t.lower) && !/s$/.test(lemma))) return 'present';
  return 'past';
}
