import { findEvents } from '../facts/timeline.js';
import type { TermIndex } from '../index/term-index.js';
import { CALENDAR_NAMES } from '../ingest/calendar-words.js';
import { isCertain, readChrono } from '../ingest/chrono-reading.js';
import { stem } from '../nlp.js';
import type { Question } from './read-query.js';
import { stemsOf } from './relevance.js';

/**
 * Which thing a question asks about, beyond the words it shares with a sentence (docs/quality.md
 * "Eleventh round"): the noun phrase it names ("the land mine victims", not any victims), the units it
 * excludes ("other countries"), the time frame it sets ("after the NATO threat") and the state its
 * participle names, not its negation ("not convicted"). Each is a share a sentence's score keeps, never a gate.
 * English grammar, not words of any story; the shares were chosen before measuring.
 */
export const REFERENT_FACTORS = { anotherModifier: 0.3, bareHead: 0.6, onlyExcluded: 0.5, wrongSide: 0.5, negated: 0.4 };

/** A written sentence's words (a hyphen splits: "land-mine victims") and the punctuation between them (null). */
function tokensOf(text: string): Array<string | null> {
  return [...text.replace(/[-‐]/g, ' ').matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’]*|[,;:()—–"“”.!?]/gu)].map((m) => (/^[\p{L}\p{N}]/u.test(m[0]) ? m[0] : null));
}

const stemOf = (w: string) => stem(w.toLowerCase().replace(/['’]s$/, ''));

/** Words that end a noun phrase read leftwards from its head: determiners, prepositions, conjunctions, auxiliaries. English function words. */
const PHRASE_BOUNDARY =
  /^(?:the|a|an|this|that|these|those|his|her|its|their|our|your|my|of|for|and|or|but|as|at|in|on|by|with|from|to|into|over|after|before|than|any|some|each|every|no|all|both|such|own|same|other|another|first|last|whose|which|who|was|were|is|are|be|been|has|have|had|will|would|not|many|few|several|more|most)$/i;
/** Prepositions that attach a modifier after a head ("victims of land mines"). */
const POST_MODIFIER = /^(?:of|for|from|by|against|in|on)$/i;
const DETERMINER = /^(?:the|a|an|this|that|these|those|his|her|its|their|our|your|my|some|any)$/i;
/** Words read on each side of a head for its modifiers. */
const PRE_WORDS = 3;
const POST_WORDS = 4;

/** The question's noun phrases of common words: each head noun with the asked modifiers before it ("land mine victims" → victim: land, mine). */
function askedPhrases(question: Question): Map<string, Set<string>> {
  const modifiers = new Set(question.compounds.map(([m]) => m));
  const phrases = new Map<string, Set<string>>();
  for (const [, head] of question.compounds) {
    if (modifiers.has(head)) continue;
    const before = new Set<string>();
    // Walk the chain leftwards: "land mine victims" is (land, mine), (mine, victim).
    let frontier = [head];
    while (frontier.length) {
      const next = question.compounds.filter(([m, h]) => frontier.includes(h) && !before.has(m)).map(([m]) => m);
      for (const m of next) before.add(m);
      frontier = next;
    }
    phrases.set(head, before);
  }
  return phrases;
}

/** How a sentence names the question's noun phrase: with an asked modifier, with only another, bare; undefined when it names no head of one. */
export type PhraseReading = 'asked' | 'another' | 'bare';
/** The better a sentence's reading, the higher: of a head named several times the best mention counts, of several heads the worst. */
const RANK: Record<PhraseReading, number> = { another: 0, bare: 1, asked: 2 };

/**
 * How a sentence names the question's head noun: `asked` where the sentence holds the head and an asked
 * modifier (before the head, after it in an "of"-phrase, or elsewhere in the sentence); `another` where
 * the head carries only another modifier ("Shiite supporters", "the Nobel Peace Prize"); `bare` where
 * it stands bare ("the victims"). A title before a name ("President Elias Hrawi") names no kind; a
 * word of the question's own before the head is no other kind.
 */
export function phraseReading(sentence: { text: string; stems: readonly string[] }, question: Question): PhraseReading | undefined {
  if (!question.compounds.length) return undefined;
  const own = new Set([...question.asked, ...question.setting]);
  let tokens: Array<string | null> | undefined;
  let stems: Array<string | null> = [];
  let worst: PhraseReading | undefined;
  for (const [head, modifiers] of askedPhrases(question)) {
    if (!modifiers.size || !sentence.stems.includes(head)) continue;
    if (sentence.stems.some((s) => modifiers.has(s))) {
      if (!worst) worst = 'asked';
      continue;
    }
    if (!tokens) {
      tokens = tokensOf(sentence.text);
      stems = tokens.map((t) => (t === null ? null : stemOf(t)));
    }
    const words = tokens;
    let best: PhraseReading | undefined;
    const better = (r: PhraseReading) => {
      if (!best || RANK[r] > RANK[best]) best = r;
    };
    stems.forEach((s, i) => {
      if (s !== head) return;
      const after = words[i + 1];
      if (i > 0 && /^\p{Lu}/u.test(words[i]!) && after && /^\p{Lu}/u.test(after)) return void better('asked');
      // A modifier the question does not use names another kind, whatever of the question's own stands beside it ("Nobel Medicine Prize").
      let another = false;
      let ownBefore = false;
      for (let k = i - 1; k >= Math.max(0, i - PRE_WORDS); k--) {
        const w = words[k];
        if (w === null || w === undefined || PHRASE_BOUNDARY.test(w) || !/\p{L}{2}/u.test(w)) break;
        if (own.has(stems[k]!)) ownBefore = true;
        else another = true;
      }
      if (another) return void better('another');
      if (after && POST_MODIFIER.test(after)) {
        for (let k = i + 2; k < Math.min(words.length, i + 2 + POST_WORDS); k++) {
          const w = words[k];
          if (w === null || w === undefined) break;
          if (DETERMINER.test(w)) continue;
          if (own.has(stems[k]!)) return void better('asked');
        }
      }
      better(ownBefore ? 'asked' : 'bare');
    });
    if (best && (!worst || RANK[best] < RANK[worst])) worst = best;
  }
  return worst;
}

/** What a sentence keeps of its score by how it names the question's noun phrase (`phraseReading`). */
export function phraseShare(reading: PhraseReading | undefined): number {
  return reading === 'another' ? REFERENT_FACTORS.anotherModifier : reading === 'bare' ? REFERENT_FACTORS.bareHead : 1;
}

/** What "other"/"else" leave out: the names a question gives after "besides/other than/except", or (none given) the set's own subject. */
export interface Exclusion {
  /** Stems of the names given; empty: the set's subject, read from each sentence's names. */
  names: string[];
}

const BESIDES = /\b(?:besides|other\s+than|except(?:\s+for)?|apart\s+from|aside\s+from)\s+(.+)$/i;
const OTHER = /\b(?:other|else)\b/i;

/** The units a question leaves out, or undefined when it leaves none out. */
export function exclusionOf(question: Question): Exclusion | undefined {
  const besides = BESIDES.exec(question.text);
  if (besides) return { names: stemsOf(besides[1]!) };
  return OTHER.test(question.text) ? { names: [] } : undefined;
}

/** A sentence's names: its capitalised words past the first, month and weekday names aside. */
function namesIn(text: string): string[] {
  const tokens = tokensOf(text).filter((t): t is string => t !== null);
  return tokens.slice(1).flatMap((w) => (/^\p{Lu}/u.test(w) && !CALENDAR_NAMES.has(w.toLowerCase()) ? [stemOf(w)] : []));
}

/**
 * What a sentence keeps for a question that leaves some units out ("how did the tsunami affect other
 * countries"): `onlyExcluded` when it names nothing besides them and the question's own names. With no
 * name given, the excluded are the set's subject: a name more than half of the set's documents use.
 */
export function exclusionShare(index: TermIndex, sentence: { text: string }, question: Question, exclusion: Exclusion): number {
  const excluded = (s: string) => exclusion.names.includes(s) || question.names.includes(s) || question.asked.includes(s) || question.setting.includes(s) || (!exclusion.names.length && isSetSubject(index, s));
  return namesIn(sentence.text).some((s) => !excluded(s)) ? 1 : REFERENT_FACTORS.onlyExcluded;
}

/** Whether a stem is the set's own subject: more than half of the set's documents use it. */
function isSetSubject(index: TermIndex, stem: string): boolean {
  return (index.stemDf.get(stem) ?? 0) > index.documents.size / 2;
}

/** A question's time frame: the relation and the time it is read against (YYYY, YYYY-MM or YYYY-MM-DD). */
export interface TimeFrame {
  relation: 'after' | 'before';
  time: string;
}

const FRAME = /\b(after|before|since|following|prior\s+to)\s+(.+)$/i;

/**
 * The time frame a question sets ("after the NATO threat", "before March 3"), resolved: a date it
 * writes, else the earliest publication of an article holding the event's words. Undefined when it
 * sets none or the set never speaks of it.
 */
export function timeFrameOf(index: TermIndex, question: Question): TimeFrame | undefined {
  const found = FRAME.exec(question.text);
  if (!found) return undefined;
  const relation = /^(?:before|prior)/i.test(found[1]!) ? 'before' : 'after';
  const event = found[2]!;
  const written = writtenDate(event, newestOf(index));
  if (written) return { relation, time: written };
  const words = stemsOf(event);
  if (!words.length) return undefined;
  const lists = words.map((w) => index.stemSentences.get(w) ?? []);
  if (lists.some((l) => !l.length)) return undefined;
  const shortest = lists.reduce((a, b) => (b.length < a.length ? b : a));
  const others = lists.filter((l) => l !== shortest).map((l) => new Set(l));
  const holding = shortest.filter((id) => others.every((l) => l.has(id))).map((id) => index.sentences[id]!);
  if (!holding.length) return undefined;
  // The set's own report of the event, not a date its background gives ("NATO first threatened in June"): the first article that speaks of it.
  const time = holding.flatMap((s) => publishedOf(index, s.docId) ?? []).sort()[0];
  return time ? { relation, time } : undefined;
}

function publishedOf(index: TermIndex, docId: string): string | undefined {
  return index.documents.get(docId)?.meta.published?.slice(0, 10);
}

function newestOf(index: TermIndex): string | undefined {
  let newest: string | undefined;
  for (const d of index.documents.keys()) {
    const p = publishedOf(index, d);
    if (p && (!newest || p > newest)) newest = p;
  }
  return newest;
}

/** A date written in a question's frame ("March 3", "1998", "October 1998"), to the precision it is written. */
function writtenDate(text: string, newest: string | undefined): string | undefined {
  const reference = newest ? new Date(`${newest}T12:00:00Z`) : new Date();
  const found = readChrono(text, reference)[0];
  if (!found || !(isCertain(found, 'month') || isCertain(found, 'year'))) return undefined;
  const iso = new Date(found.start).toISOString();
  return isCertain(found, 'day') ? iso.slice(0, 10) : isCertain(found, 'month') ? iso.slice(0, 7) : iso.slice(0, 4);
}

/** Whether a time (of any precision) lies wholly before another: "1998-08" before "1998-10-13", not "1998" before it. */
function whollyBefore(a: string, b: string): boolean {
  return !a.startsWith(b) && !b.startsWith(a) && a < b;
}

/**
 * What each of the given sentences keeps for the question's time frame: `wrongSide` when its time lies
 * wholly on the other side. A sentence's time is the first date it states, else for "after" its
 * article's publication (what an article reports happened before it was written); undated, it keeps all.
 */
export function timeFrameShares(index: TermIndex, ids: readonly number[], frame: TimeFrame): Map<number, number> {
  const out = new Map<number, number>();
  const sentences = ids.map((id) => index.sentences[id]!);
  const dated = new Map(findEvents(sentences, (d) => publishedOf(index, d)).flatMap((e) => (e.date && /^\d{4}/.test(e.date) ? [[e.sentence, e.date] as const] : [])));
  ids.forEach((id, i) => {
    const sentence = sentences[i]!;
    const time = dated.get(sentence) ?? (frame.relation === 'after' ? publishedOf(index, sentence.docId) : undefined);
    if (!time) return;
    const wrong = frame.relation === 'after' ? whollyBefore(time, frame.time) : whollyBefore(frame.time, time);
    if (wrong) out.set(id, REFERENT_FACTORS.wrongSide);
  });
  return out;
}

const BE_OR_GET = /\b(?:is|are|was|were|be|been|being|get|gets|got|gotten)\b/i;
const NEGATION = /^(?:not|never|no|nor|without|cannot|\p{L}+n[’']t)$/iu;
/** Words read before a statement of the focus for its negation. */
const NEGATION_REACH = 3;

/** Whether a question's focus is a participle after "be" or "get": the question asks about a state ("who was convicted"). */
export function asksAState(question: Question): boolean {
  const focus = question.focus;
  if (!focus) return false;
  const at = question.text.toLowerCase().search(new RegExp(`\\b${focus.word.replace(/[^\p{L}]/gu, '')}\\b`, 'u'));
  return at > 0 && BE_OR_GET.test(question.text.slice(0, at));
}

/**
 * What a sentence keeps for a question about a state: `negated` when every statement of the focus
 * (its family, `family`) is negated ("not convicted", "has yet to be charged"); else all of it.
 */
export function stateShare(sentence: { text: string }, family: ReadonlySet<string>): number {
  const tokens = tokensOf(sentence.text);
  const at = tokens.flatMap((t, i) => (t !== null && family.has(stemOf(t)) ? [i] : []));
  const negated = (i: number) => {
    for (let k = i - 1; k >= Math.max(0, i - NEGATION_REACH); k--) {
      const w = tokens[k];
      if (w === null || w === undefined) return false;
      if (NEGATION.test(w) || (/^yet$/i.test(w) && /^to$/i.test(tokens[k + 1] ?? ''))) return true;
    }
    return false;
  };
  return at.length && at.every(negated) ? REFERENT_FACTORS.negated : 1;
}
