import { its, readDoc, writtenStem } from '../nlp.js';

/**
 * A percentage read as the level of a named rate ("a budget deficit of 7 percent", "inflation rose to 8 percent"): what
 * the rate is of (its owner's head noun) and, when the sentence names it, its base ("of gross domestic product").
 * docs/quality.md, thirty-second round (issue 16conf5), rule D.
 */
export interface RateLevel {
  /** The stem of the head noun the percentage is the level of: "deficit". */
  owner: string;
  /** The words of what the percentage is of, lower-cased, when named right after it ("gross domestic product"); empty when none. */
  base: string[];
}

/**
 * The prepositions before a percentage that give a rate's level: "a deficit of 7 percent", "rose to 8 percent", "put the
 * deficit at 8 percent", and none ("the deficit is 8 percent"). "By" gives a change, "from" a change's earlier end.
 */
const LEVEL = new Set(['', 'of', 'to', 'at']);
/** How many words back the owner is looked for: as far as differences.ts reads back for a predicate's subject. */
const OWNER_WORDS = 10;
/** Tags read past on the way back to the owner: the verb phrase and the determiners and adjectives of the owner's own phrase. */
const PAST = new Set(['AUX', 'VERB', 'ADV', 'PART', 'DET', 'ADJ', 'NUM']);

/**
 * The rate a percentage is the level of, or undefined when it is no level (another preposition governs it) or names no
 * owner. `at` is where the number starts in the sentence, `end` where the value ends; `governedBy` is the preposition
 * right before it ('' when none).
 */
export function rateLevel(text: string, at: number, end: number, governedBy: string): RateLevel | undefined {
  if (!LEVEL.has(governedBy)) return undefined;
  const after = tagged(text.slice(end, end + 80));
  const owner =
    nounAfter(after) ??
    nounBefore(
      tagged(
        text
          .slice(0, at)
          .split(/[;:—–]/)
          .at(-1)!,
      ),
    );
  if (!owner) return undefined;
  return { owner: writtenStem(owner), base: baseAfter(after) };
}

interface Tagged {
  words: string[];
  tags: string[];
}

function tagged(text: string): Tagged {
  const tokens = readDoc(text).tokens();
  return { words: (tokens.out() as string[]).map((w) => w.toLowerCase()), tags: tokens.out(its.pos) as string[] };
}

/** "an 8 percent budget deficit": the percentage describes the noun phrase right after it; its last noun is the owner. */
function nounAfter({ words, tags }: Tagged): string | undefined {
  let head: string | undefined;
  for (let k = 0; k < words.length && (tags[k] === 'NOUN' || tags[k] === 'ADJ' || tags[k] === 'PROPN'); k++) if (tags[k] !== 'ADJ') head = words[k];
  return head;
}

/**
 * "the budget deficit will be 8 percent", "put the deficit at 8 percent": the nearest noun back past the verb phrase; of
 * "the deficit of Moldavia would reach 7 percent", the phrase's head (deficit), not what it is of.
 */
function nounBefore({ words, tags }: Tagged): string | undefined {
  const noun = (k: number) => tags[k] === 'NOUN' || tags[k] === 'PROPN';
  for (let k = words.length - 1; k >= 0 && words.length - k <= OWNER_WORDS; k--) {
    if (noun(k)) {
      let start = k;
      while (start > 0 && (noun(start - 1) || tags[start - 1] === 'ADJ' || tags[start - 1] === 'DET')) start--;
      return words[start - 1] === 'of' && noun(start - 2) ? words[start - 2] : words[k];
    }
    if (tags[k] === 'ADP' && LEVEL.has(words[k]!)) continue;
    if (!PAST.has(tags[k]!)) return undefined;
  }
  return undefined;
}

/** "of gross domestic product this year" → gross, domestic, product: the noun phrase after "of", a determiner only at its start. */
function baseAfter({ words, tags }: Tagged): string[] {
  if (words[0] !== 'of') return [];
  const out: string[] = [];
  for (let k = 1; k < words.length; k++) {
    if (tags[k] === 'DET' && !out.length) continue;
    if (tags[k] !== 'NOUN' && tags[k] !== 'PROPN' && tags[k] !== 'ADJ') break;
    out.push(words[k]!);
  }
  return out;
}

/**
 * Two bases name one thing when either is unnamed, they share a word, or one is the other's initials ("GDP" against "gross
 * domestic product"): "of GDP" and "of government spending" are two rates.
 */
export function sameBase(a: readonly string[], b: readonly string[]): boolean {
  if (!a.length || !b.length) return true;
  const stems = new Set(a.map((w) => writtenStem(w)));
  if (b.some((w) => stems.has(writtenStem(w)))) return true;
  return initialsOf(a, b) || initialsOf(b, a);
}

/** Whether a one-word base is the initials of the other's words in a row ("gdp" / gross domestic product). */
function initialsOf(short: readonly string[], long: readonly string[]): boolean {
  if (short.length !== 1 || short[0]!.length < 2) return false;
  const letters = long.map((w) => w[0]).join('');
  return letters.includes(short[0]!);
}
