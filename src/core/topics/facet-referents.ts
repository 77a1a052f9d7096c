import { relatedStems } from '../index/related-words.js';
import { surfaceOf, type TermIndex } from '../index/term-index.js';
import { stem } from '../nlp.js';

/**
 * Which facets of a one-story set name one thing twice (docs/quality.md, "Twenty-fourth round
 * (issue 16facets)"), read from the set's own syntax, not from a similarity of words or sentences.
 */

/** Premodifiers read before a head: "the Bali climate [change] conference". */
const STACK_WINDOW = 3;
/** Words that join two heads' modifiers as two things ("ruling and opposition parties"). */
const COORDINATORS = new Set(['and', 'or', 'nor', 'but', 'versus', 'vs']);

/** A word (letters and digits, with inner apostrophes, points and hyphens) or one mark of punctuation. */
export const WORD_OR_MARK = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*|[^\s\p{L}\p{N}]/gu;

/** Words and punctuation of a sentence, lower case, in order ("," stops a noun phrase). */
function tokens(text: string): string[] {
  return (text.toLowerCase().match(WORD_OR_MARK) ?? []).map((t) => t.replace(/[.]+$/, ''));
}

export const isWord = (t: string) => /^[\p{L}\p{N}]/u.test(t);

/** Prepositions that open a modifier written after its head: "the climate change conference in Bali". */
const POSTMODIFIER_PREPOSITIONS = new Set(['in', 'at', 'on', 'for', 'of']);

/**
 * Whether a sentence writes both modifiers on one occurrence of the head, in one noun phrase: each
 * among the few words right before it, or right after a preposition that follows it, with no
 * punctuation or coordinator between.
 */
export function stacksOn(text: string, head: string, first: string, second: string): boolean {
  const words = tokens(text);
  const stems = words.map((w) => (isWord(w) ? stem(w.replace(/['’]s$/, '')) : w));
  const open = (k: number) => isWord(words[k]!) && !COORDINATORS.has(words[k]!);
  for (let i = 0; i < stems.length; i++) {
    if (stems[i] !== head) continue;
    const near = new Set<string>();
    for (let k = i - 1; k >= Math.max(0, i - STACK_WINDOW) && open(k); k--) near.add(stems[k]!);
    if (POSTMODIFIER_PREPOSITIONS.has(words[i + 1] ?? '')) {
      for (let k = i + 2; k < Math.min(words.length, i + 2 + STACK_WINDOW) && open(k); k++) near.add(stems[k]!);
    }
    if (near.has(first) && near.has(second)) return true;
  }
  return false;
}

/** A facet as the list chose it: its phrase (stems, space-separated). */
export interface ListedPhrase {
  phrase: string;
}

/**
 * Whether two listed two-word facets name one thing: the same head under modifiers the set stacks
 * on it in at least `minDocs` documents (rule 1). Modifiers that contrast are only ever
 * coordinated, never stacked; heads the lexicon relates are not enough (rule 2, not shipped).
 */
export function oneThing(index: TermIndex, a: ListedPhrase, b: ListedPhrase, minDocs: number): boolean {
  const [am, ah, ...aRest] = a.phrase.split(' ');
  const [bm, bh, ...bRest] = b.phrase.split(' ');
  if (!am || !ah || !bm || !bh || aRest.length || bRest.length) return false;
  return ah === bh && am !== bm && stackedInDocuments(index, ah, am, bm) >= minDocs;
}

function stackedInDocuments(index: TermIndex, head: string, first: string, second: string): number {
  const docs = new Set<string>();
  const withAll = (index.stemSentences.get(head) ?? []).filter((id) => {
    const words = new Set(index.sentences[id]!.words.map((w) => stem(w.toLowerCase().replace(/['’]s$/, ''))));
    return words.has(first) && words.has(second);
  });
  for (const id of withAll) {
    const s = index.sentences[id]!;
    if (!docs.has(s.docId) && stacksOn(s.text, head, first, second)) docs.add(s.docId);
  }
  return docs.size;
}

/**
 * Whether two listed two-word facets name one thing in other words (docs/quality.md, "Twenty-sixth
 * round (issue 16facets2)", rule Y): the same head under modifiers the lexicon relates ("prisoner
 * abuse", "detainee abuse"), which no sentence of the set contrasts — none writes both names, or
 * coordinates the two modifiers on the head ("Israeli and Palestinian security agents"): a writer
 * who uses both in one sentence means two things.
 */
export function sameThingInOtherWords(index: TermIndex, a: ListedPhrase, b: ListedPhrase): boolean {
  const [am, ah, ...aRest] = a.phrase.split(' ');
  const [bm, bh, ...bRest] = b.phrase.split(' ');
  if (!am || !ah || !bm || !bh || aRest.length || bRest.length || ah !== bh || am === bm) return false;
  // Two names are two referents ("Russian forces", "Ukrainian forces"), however near the lexicon puts them.
  if (writtenAsName(index, am) || writtenAsName(index, bm)) return false;
  const surface = (s: string) => surfaceOf(index, s).toLowerCase();
  const related = relatedStems(surface(am), (s) => s === bm).length > 0 || relatedStems(surface(bm), (s) => s === am).length > 0;
  if (!related) return false;
  for (const id of index.stemSentences.get(ah) ?? []) {
    const s = index.sentences[id]!;
    if (s.phrases.includes(a.phrase) && s.phrases.includes(b.phrase)) return false;
    if (coordinatedOn(s.text, ah, am, bm)) return false;
  }
  return true;
}

/** Whether a sentence joins two modifiers by a coordinator right before the head they share: "A and B head", "B or A head". */
function coordinatedOn(text: string, head: string, first: string, second: string): boolean {
  const words = tokens(text);
  const stems = words.map((w) => (isWord(w) ? stem(w.replace(/['’]s$/, '')) : w));
  for (let i = 0; i + 3 < stems.length; i++) {
    const pair = (stems[i] === first && stems[i + 2] === second) || (stems[i] === second && stems[i + 2] === first);
    if (pair && COORDINATORS.has(words[i + 1]!) && (stems[i + 3] === head || stems[i + 4] === head)) return true;
  }
  return false;
}

/** Whether the set writes a word (its stem) with a capital in most of its uses: a name, or a people's adjective. */
function writtenAsName(index: TermIndex, word: string): boolean {
  let upper = 0;
  let all = 0;
  for (const [form, n] of index.surfaces.get(word) ?? []) {
    all += n;
    if (/^\p{Lu}/u.test(form)) upper += n;
  }
  return upper * 2 > all;
}
