import { its, readDoc } from '../nlp.js';

/**
 * Rules K1–K4 (issue 16dates7): whether a date lies in a side clause of its sentence — a relative clause, a participle
 * clause after a noun, a parenthesis with a verb of its own, or a noun phrase it modifies after a preposition that
 * places something relative to a time — and whether that clause tells another time than its main clause.
 */
export interface SideClause {
  kind: 'relative' | 'participle' | 'parenthesis' | 'attributive';
  /** Where the side clause starts and ends in the sentence's text (characters). */
  start: number;
  end: number;
  /** The side clause tells another time than the main clause: its date dates no event of the sentence's news. */
  otherTime: boolean;
}

type Tense = 'present' | 'past' | 'pastPerfect' | 'modal';

interface Token {
  word: string;
  lower: string;
  pos: string;
  lemma: string;
  start: number;
  end: number;
}

/** A verb group: a run of auxiliaries, verbs, adverbs and particles holding at least one verb. */
interface VerbGroup {
  first: number;
  last: number;
  finite: boolean;
  tense: Tense | undefined;
}

/** What may open a side clause: without any of these before the date, no tagging is needed. */
const MAY_OPEN = /\b(?:who|whom|whose|which|that)\b|\w(?:ing|ed|en|wn)\b|[—–(]|--|\s_\s/i;
/** Prepositions that place something relative to a time, not at it (K4). */
const RELATION = new Set(['after', 'before', 'since', 'until', 'till', 'from', 'than', 'following', 'like', 'unlike']);
const MAY_RELATE = /\b(?:after|before|since|until|till|from|than|following|like|unlike)\b/i;
const RELATIVE_WORDS = new Set(['who', 'whom', 'whose', 'which']);
/** Words that open a clause of their own inside another: each is owed a verb before the clause around it resumes. */
const SUBORDINATORS = new Set(['that', 'why', 'how', 'what', 'where', 'when', 'whether', 'if', 'because', 'although', 'though', 'while', 'unless', 'whereas', 'who', 'whom', 'whose', 'which']);
const MODALS = new Set(['will', 'would', 'shall', "'ll", 'may', 'might', 'can', 'could', 'should', 'must', 'wo', 'ca']);
const PRESENT_AUX = new Set(['is', 'are', 'am', 'has', 'have', 'do', 'does', "'s", "'re", "'ve", "'m"]);
const PAST_AUX = new Set(['was', 'were', 'did', 'had', "'d"]);
const NONFINITE_AUX = new Set(['be', 'been', 'being', 'having']);
const CLOSES = new Set([',', ';', ':', '—', '–', '--', '(', ')', '_', '"', '“', '”']);
const DASHES = new Set(['—', '–', '--', '_']);
const POSSESSIVES = new Set(['whose', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);

const isVerb = (t: Token | undefined) => t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX');
const isNominal = (t: Token | undefined) => t !== undefined && (t.pos === 'NOUN' || t.pos === 'PROPN');

/** The side clause the date at `index` (of `length` characters) lies in, if any. */
export function sideClauseAt(text: string, index: number, length: number): SideClause | undefined {
  const head = text.slice(0, index);
  if (!MAY_OPEN.test(head) && !MAY_RELATE.test(head)) return undefined;
  const tokens = tokensOf(text);
  const at = tokens.findIndex((t) => t.start >= index);
  if (at < 1) return undefined;
  const until = tokens.findIndex((t) => t.start >= index + length);
  const after = until < 0 ? tokens.length : until;
  const groups = verbGroups(tokens);
  return relativeAt(tokens, groups, at) ?? parenthesisAt(tokens, groups, at) ?? participleAt(tokens, groups, at) ?? attributiveAt(tokens, at, after);
}

/** K1: a relative clause opened before the date that the date lies in (the nearest such opener). */
function relativeAt(tokens: readonly Token[], groups: readonly VerbGroup[], at: number): SideClause | undefined {
  for (let r = at - 1; r >= 1; r--) {
    if (CLOSES.has(tokens[r]!.lower) && tokens[r]!.lower !== ',') return undefined;
    if (!opensRelative(tokens, r)) continue;
    const end = relativeEnd(tokens, groups, r);
    if (at >= end) continue;
    const own = groups.find((g) => g.first > r && g.first < end && g.finite);
    return sideOf('relative', tokens, groups, r, end, own?.tense);
  }
  return undefined;
}

/** "who", "whom", "whose", "which" after a noun, a name, a comma or a preposition; "that" after a noun or a name and before a verb. */
function opensRelative(tokens: readonly Token[], r: number): boolean {
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
function relativeEnd(tokens: readonly Token[], groups: readonly VerbGroup[], r: number): number {
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

/**
 * K2: a participle right after a noun or a name, or right after a comma that follows one (an appositive), the date in its
 * phrase. A verb form that may be a participle is as often the main clause's own verb ("Iran stated Tuesday that …", "the
 * prime minister warned Monday the nation faces …"), so it is read as a participle only where grammar leaves no main
 * verb for it to be: see `reducedRelative` and `appositive`.
 */
function participleAt(tokens: readonly Token[], groups: readonly VerbGroup[], at: number): SideClause | undefined {
  for (let v = at - 1; v >= 1; v--) {
    const t = tokens[v]!;
    if (CLOSES.has(t.lower)) return undefined;
    const group = groups.find((g) => g.first <= v && g.last >= v);
    if (group?.finite && !participleForm(t)) return undefined;
    if (!participleForm(t)) continue;
    if (!reducedRelative(tokens, groups, v) && !appositive(tokens, groups, v)) return undefined;
    return sideOf('participle', tokens, groups, v, phraseEnd(tokens, groups, v), 'past');
  }
  return undefined;
}

/**
 * A participle right after a noun, no comma between: when the noun is a preposition's object and a finite verb stands
 * before it in the same stretch (no comma or clause mark between: "has announced that it will suspend the releasing of 15
 * sailors detained …"); or, for a verb in -ing, when a finite verb follows its phrase directly ("citizens donating in 2005 …
 * may write off").
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
function participleOf(tokens: readonly Token[], groups: readonly VerbGroup[], g: VerbGroup): boolean {
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

/**
 * K4: the date modifies a noun (a determiner or possessive before it, its noun after), and the noun phrase is the object of
 * a preposition that places something relative to a time ("after a Sept. 22 summit", "from … Trump's February encounter").
 */
function attributiveAt(tokens: readonly Token[], at: number, after: number): SideClause | undefined {
  let noun = after;
  while (noun < tokens.length && (tokens[noun]!.pos === 'PROPN' || tokens[noun]!.pos === 'ADJ')) noun++;
  const head = tokens[noun];
  const nounAfter = head !== undefined && (head.pos === 'NOUN' || (head.pos === 'VERB' && (noun + 1 === tokens.length || tokens[noun + 1]!.pos === 'PUNCT')));
  if (!nounAfter) return undefined;
  let k = at - 1;
  while (k >= 0 && (tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'ADV')) k--;
  const det = tokens[k];
  if (!det) return undefined;
  if (det.pos === 'PART' && /^['’]s$/.test(det.lower)) {
    // The possessor: names and nouns, joined by "and", back to its start.
    k--;
    while (k >= 0 && (isNominal(tokens[k]) || tokens[k]!.pos === 'CCONJ' || tokens[k]!.pos === 'DET')) k--;
  } else if (det.pos === 'DET' || det.pos === 'PRON') k--;
  else return undefined;
  const preposition = tokens[k];
  if (!preposition || !RELATION.has(preposition.lower)) return undefined;
  return { kind: 'attributive', start: tokens[k + 1]!.start, end: tokens[noun]!.end, otherTime: true };
}

/** A side clause from token `from` up to (not including) `to`, compared in tense with the main clause around it. */
function sideOf(kind: SideClause['kind'], tokens: readonly Token[], groups: readonly VerbGroup[], from: number, to: number, own: Tense | undefined): SideClause {
  const before = groups.filter((g) => g.finite && g.last < from && !participleOf(tokens, groups, g)).at(-1);
  const main = before ?? groups.find((g) => g.finite && g.first >= to && !inBrackets(tokens, to, g.first));
  const otherTime = own !== undefined && main?.tense !== undefined && main.tense !== own;
  return { kind, start: tokens[from]!.start, end: to < tokens.length ? tokens[to]!.start : (tokens.at(-1)?.end ?? 0), otherTime };
}

/** Whether a bracket opened at or after `from` is still open at token `at`: a parenthesis holds no main verb. */
function inBrackets(tokens: readonly Token[], from: number, at: number): boolean {
  let open = 0;
  for (let k = from; k < at; k++) {
    if (tokens[k]!.lower === '(') open++;
    else if (tokens[k]!.lower === ')' && open > 0) open--;
  }
  return open > 0;
}

function tokensOf(text: string): Token[] {
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
function verbGroups(tokens: readonly Token[]): VerbGroup[] {
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
