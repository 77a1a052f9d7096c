import type { TermIndex } from '../index/term-index.js';
import { CALENDAR_NAMES, MONTH_ABBREVIATIONS } from '../ingest/calendar-words.js';
import { stem } from '../nlp.js';
import { isWord, WORD_OR_MARK } from './facet-referents.js';
import { isGeneric } from './name-story.js';

/**
 * Whether a facet phrase is a name's title or epithet (docs/quality.md, "Twenty-sixth round (issue
 * 16facets2)", rule E): "army commander Emile Lahoud", "the Serbian province of Kosovo", "Syria,
 * the main power broker". Such a phrase says who or where someone is, which the name says better; a
 * reader does not ask for it as an angle of the story.
 */

/** Lower-case words that may stand between a name's comma and its epithet ("Syria, the main power broker"). */
const EPITHET_GAP = 3;
/** An apposition is a noun phrase: what stands between the comma and the phrase opens on an article, or is nothing. */
const ARTICLES = new Set(['a', 'an', 'the']);
const CALENDAR: ReadonlySet<string> = new Set([...CALENDAR_NAMES, ...MONTH_ABBREVIATIONS]);

/** Words and punctuation of a sentence as written (capitals kept: they tell a name). */
function tokens(text: string): string[] {
  return text.match(WORD_OR_MARK) ?? [];
}

const stemOf = (t: string) =>
  stem(
    t
      .toLowerCase()
      .replace(/['’]s$/, '')
      .replace(/[.]+$/, ''),
  );

/** A capitalised word that is a name, not a calendar or role word ("Tuesday", "Oct.", "President"). */
function isName(t: string | undefined): boolean {
  const lower = t?.toLowerCase().replace(/[.]+$/, '') ?? '';
  return !!t && /^\p{Lu}/u.test(t) && !isGeneric(lower) && !CALENDAR.has(lower);
}

/** Whether the phrase, at tokens[from..to), stands as a title before a name or an epithet set off after one. */
function epithetAt(words: readonly string[], from: number, to: number): boolean {
  // A title: the name follows ("army commander Emile Lahoud"), or "of" and the name ("the Serbian province of Kosovo").
  if (isName(words[to]) || (words[to]?.toLowerCase() === 'of' && isName(words[to + 1]))) return true;
  // An epithet: "Name, [the main] phrase", "Name, 62, a former phrase": lower-case words opened by an article, or none, between.
  const gap: string[] = [];
  for (let k = from - 1; k >= 1 && gap.length <= EPITHET_GAP; k--) {
    const t = words[k]!;
    if (t === ',') {
      if (gap.length && !ARTICLES.has(gap[0]!)) return false;
      if (isName(words[k - 1])) return true;
      // An age or a year set off by commas ("Lahoud, 62, a former …") stands between the name and its epithet.
      if (/^\d/.test(words[k - 1] ?? '') && words[k - 2] === ',') return isName(words[k - 3]);
      return false;
    }
    if (!isWord(t) || /^\p{Lu}/u.test(t) || /^\d/.test(t)) return false;
    gap.unshift(t.toLowerCase());
  }
  return false;
}

/**
 * Whether a sentence writes a phrase (its stems, space-separated) as a name's title or epithet at
 * its first mention; undefined when the sentence does not write the phrase.
 */
export function standsAsEpithet(text: string, phrase: string): boolean | undefined {
  const stems = phrase.split(' ');
  const words = tokens(text);
  const wordStems = words.map((w) => (isWord(w) ? stemOf(w) : w));
  for (let i = 0; i + stems.length <= words.length; i++) {
    if (stems.every((s, k) => wordStems[i + k] === s)) return epithetAt(words, i, i + stems.length);
  }
  return undefined;
}

/**
 * Whether in at least half of the distinct sentences that write it, a phrase (its stems) stands as
 * a name's title or epithet: the share story naming's title test (`isTitleOf`) uses for an event.
 */
export function isEpithet(index: TermIndex, phrase: string, ids: ReadonlySet<number>): boolean {
  const texts = new Set<string>();
  for (const id of ids) texts.add(index.sentences[id]!.text);
  let mentions = 0;
  let epithets = 0;
  for (const text of texts) {
    const epithet = standsAsEpithet(text, phrase);
    if (epithet === undefined) continue;
    mentions++;
    if (epithet) epithets++;
  }
  return mentions > 0 && epithets * 2 >= mentions;
}
