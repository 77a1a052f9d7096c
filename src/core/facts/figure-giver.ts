import { stem, type TaggedWord, taggedWords } from '../nlp.js';

/**
 * Rule TW (docs/quality.md, "Session 67"): who gives a figure, in its own sentence: the subject of the reporting verb its clause
 * hangs on ("The union put the number at 4,200", "Reyes said his firm's count … stands at 120"), the source after "according
 * to", or the one named after a closing comma ("…, police said"). English grammar, not words of any story.
 */
export interface FigureGiver {
  /** As the sentence writes it, without a leading article ("Tesk Provincial Police", "union"). */
  name: string;
  /** The clause says its number is an update ("now say", "has since raised"): a later report, not a side. */
  update: boolean;
  /** The stem of the name's head: its last word, or the word before its "of" ("ministry" of "the Ministry of Transport"). */
  head: string;
}

/** Verbs that give a number as someone's: speech, and the verbs of a count or an estimate. */
const GIVING_VERB =
  /^(?:said|says|say|told|tells|tell|reported|reports|report|stated|states|claimed|claims|claim|argued|argues|maintained|maintains|insisted|insists|alleged|alleges|contended|contends|estimated|estimates|estimate|put|puts|counted|counts|count|calculated|calculates|tallied|found|finds|find|suggested|suggests|suggest|listed|lists|recorded|records|showed|shows|show|saying)$/;
/** "keeps saying": the verb that carries the saying. */
const CARRIER = /^(?:keeps|kept|keep)$/;
/** Words between a subject and its verb that leave who gives the number as it is. */
const BETWEEN = /^(?:has|have|had|also|now|later|earlier|previously|first|initially|since|still|again|then|separately|publicly)$/;
const UPDATE = /^(?:now|since|later)$/;
/** The parts of speech a subject is made of, and the words that join its parts ("the chief of police", "police and firefighters"). */
const SUBJECT_POS = new Set(['DET', 'PROPN', 'NOUN', 'ADJ', 'NUM', 'PART']);
const JOINING = /^(?:of|and|&)$/;
const POSSESSIVE = /^(?:its|their|his|her|our|my|your)$/;
const PRONOUN = /^(?:he|she|it|they|we|i|you|who|which|that|this|there|one|someone|others?)$/;
const FUNCTION = /^(?:the|a|an|of|and|&|its|their|his|her|our|my|your|own|'s|’s)$/;
const MAX_SUBJECT = 8;
/** A clause may open a sentence, or follow a comma, a semicolon or a colon and maybe a conjunction. */
const CLAUSE_MARK = /^[,;:]$/;
const CONJUNCTION = /^(?:while|but|whereas|and|yet|however)$/;

/** The giver of the figure written at `at` (a character offset) in `text`, when the sentence names one. */
export function giverOf(text: string, at: number): FigureGiver | undefined {
  const words = taggedWords(text);
  const k = tokenAt(text, words, at);
  const according = words.findIndex((w, i) => w.lower === 'according' && words[i + 1]?.lower === 'to');
  if (according >= 0) return subjectAfter(words, according + 2)?.giver;
  const closing = closingGiver(words, k);
  if (closing) return closing;
  let found: FigureGiver | undefined;
  for (let open = 0; open < k; open++) {
    if (open > 0 && !CLAUSE_MARK.test(words[open - 1]!.word)) continue;
    const start = CONJUNCTION.test(words[open]!.lower) ? open + 1 : open;
    found = subjectBeforeVerb(words, start, k) ?? found;
  }
  return found;
}

/** The token the figure's first character falls in. */
function tokenAt(text: string, words: readonly TaggedWord[], at: number): number {
  let cursor = 0;
  for (let i = 0; i < words.length; i++) {
    const place = text.indexOf(words[i]!.word, cursor);
    if (place < 0) continue;
    if (place + words[i]!.word.length > at) return i;
    cursor = place + words[i]!.word.length;
  }
  return words.length;
}

/** "The union put the number at …", "Police now say …": a subject from `start`, maybe words between, a giving verb before `end`. */
function subjectBeforeVerb(words: readonly TaggedWord[], start: number, end: number): FigureGiver | undefined {
  let i = start;
  while (i < end && i - start < MAX_SUBJECT && isSubjectWord(words, i, start)) i++;
  if (i === start) return undefined;
  const subject = words.slice(start, i);
  let update = false;
  while (i < end && (BETWEEN.test(words[i]!.lower) || words[i]!.pos === 'ADV')) update ||= UPDATE.test(words[i++]!.lower);
  if (i < end && CARRIER.test(words[i]!.lower) && words[i + 1]?.lower === 'saying') i++;
  if (i >= end || !GIVING_VERB.test(words[i]!.lower) || !(words[i]!.pos === 'VERB' || words[i]!.pos === 'AUX')) return undefined;
  return giverNamed(subject, update);
}

function isSubjectWord(words: readonly TaggedWord[], i: number, start: number): boolean {
  const w = words[i]!;
  if (PRONOUN.test(w.lower)) return false;
  if (POSSESSIVE.test(w.lower)) return true;
  // Amendment TW″ (docs/quality.md, "Session 71"): a plural possessive's apostrophe, "the Airline Pilots' Association".
  if (/^['’]$/.test(w.word)) return i > start && /s$/i.test(words[i - 1]!.word) && SUBJECT_POS.has(words[i + 1]?.pos ?? '');
  if (JOINING.test(w.lower)) return i > start;
  return SUBJECT_POS.has(w.pos);
}

/** "…, police said." / "…, said Ulf Larsson, a police spokesman." after the figure, closing its sentence. */
function closingGiver(words: readonly TaggedWord[], k: number): FigureGiver | undefined {
  let end = words.length;
  while (end > k && /^[.!?"”’]$/.test(words[end - 1]!.word)) end--;
  // What may follow the giver: the sentence's end, an aside after a comma ("…, a police spokesman"), or words with no verb ("on Tuesday").
  const closes = (i: number) => i >= end || words[i]!.word === ',' || words.slice(i, end).every((w) => w.pos !== 'VERB' && w.pos !== 'AUX');
  for (let comma = k + 1; comma < end - 1; comma++) {
    if (words[comma]!.word !== ',') continue;
    const after = comma + 1;
    if (/^(?:said|says)$/.test(words[after]!.lower)) {
      const found = subjectAfter(words, after + 1, end);
      if (found && closes(after + 1 + found.length)) return found.giver;
      continue;
    }
    const verbAt = words.findIndex((w, i) => i > after && i < end && GIVING_VERB.test(w.lower));
    if (verbAt < 0 || !closes(verbAt + 1)) continue;
    const giver = subjectBeforeVerb(words, after, verbAt + 1);
    if (giver) return giver;
  }
  return undefined;
}

function subjectAfter(words: readonly TaggedWord[], start: number, end = words.length): { giver: FigureGiver; length: number } | undefined {
  let i = start;
  while (i < end && i - start < MAX_SUBJECT && isSubjectWord(words, i, start)) i++;
  const giver = i > start ? giverNamed(words.slice(start, i), false) : undefined;
  return giver && { giver, length: i - start };
}

function giverNamed(subject: readonly TaggedWord[], update: boolean): FigureGiver | undefined {
  const words = [...subject];
  while (words.length && (words[0]!.pos === 'DET' || POSSESSIVE.test(words[0]!.lower))) words.shift();
  while (words.length && JOINING.test(words.at(-1)!.lower)) words.pop();
  if (!words.some((w) => w.pos === 'NOUN' || w.pos === 'PROPN')) return undefined;
  if (!words.some((w) => !FUNCTION.test(w.lower) && !/^['’]$/.test(w.word))) return undefined;
  const of = words.findIndex((w) => w.lower === 'of');
  const head = (of > 0 ? words[of - 1] : words.at(-1))!;
  return {
    name: words
      .map((w) => w.word)
      .join(' ')
      .replace(/\s+(['’]s)\b/g, '$1')
      .replace(/(\S)\s+(['’])(?=\s)/g, '$1$2'),
    update,
    head: stem(head.lower.replace(/\./g, '')),
  };
}

/**
 * Two givers that name different sources: their heads differ (amendment TW″). "Police" and "Tesk Provincial Police" are one;
 * "the airline" is not "the Airline Pilots' Association", though they share a word.
 */
export function differentGivers(a: FigureGiver, b: FigureGiver): boolean {
  return a.head !== b.head;
}
