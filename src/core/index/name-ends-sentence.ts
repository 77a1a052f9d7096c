import { FUNCTION_WORDS } from './introduced.js';

/**
 * A sentence that ends on a name whose last word is written like a title's abbreviation ("strongman Hun Sen." | "Hun Sen
 * complained…"): wink reads the word as an abbreviation and runs the two sentences together. A title stands before the
 * name it belongs to, so after a name word such a word ends the sentence when the next word opens one (a capitalised
 * function word: "The", "It", "But") or when the document writes the same two words as a name without the stop
 * ("Hun Sen said"). "Democratic Sen. Ann Holt" has neither and stays one sentence.
 */

/** A name word, then a capitalised word of at most four letters with a full stop, then a capitalised word. */
const NAME_THEN_SHORT_WORD = /(?<![\p{L}.'’-])(\p{Lu}[\p{Ll}'’-]+) (\p{Lu}\p{Ll}{0,3})\.(?=\s+["'“‘(]?(\p{Lu}\p{Ll}*)(?![\p{L}.]))/gu;
/** Two name words written without a stop after the second: "Hun Sen said", "Hun Sen's". */
const TWO_NAME_WORDS = /(?<![\p{L}.'’-])(\p{Lu}[\p{Ll}'’-]+) (\p{Lu}\p{Ll}{0,3})(?![\p{L}.])/gu;

/** The pairs of name words a document writes without a stop after the short second word: "Hun Sen". */
export function namesWrittenWhole(paragraphs: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const p of paragraphs) for (const m of p.matchAll(TWO_NAME_WORDS)) out.add(`${m[1]} ${m[2]}`);
  return out;
}

/** The text cut after each name that ends a sentence; `whole` is read only when a candidate is found. */
export function splitAfterNameEnd(text: string, whole: () => ReadonlySet<string>): string[] {
  if (!mayHoldShortWordStop(text)) return text.trim() ? [text.trim()] : [];
  const out: string[] = [];
  let from = 0;
  for (const m of text.matchAll(NAME_THEN_SHORT_WORD)) {
    if (!FUNCTION_WORDS.has(m[3]!.toLowerCase()) && !whole().has(`${m[1]} ${m[2]}`)) continue;
    const end = m.index + m[0].length;
    out.push(text.slice(from, end).trim());
    from = end;
  }
  out.push(text.slice(from).trim());
  return out.filter(Boolean);
}

/**
 * Whether NAME_THEN_SHORT_WORD may match: a full stop with white space after it and a space at most nine UTF-16 units
 * before it (a short word of one to four letters, each at most two units). The pattern, with its look-behind and
 * letter classes, costs more than reading the sentence for it, and most sentences' only full stop ends them.
 */
function mayHoldShortWordStop(text: string): boolean {
  for (let stop = text.indexOf('.'); stop >= 0; stop = text.indexOf('.', stop + 1)) {
    const next = text.charCodeAt(stop + 1);
    // \s: ASCII white space, or any character past ASCII (some of them are).
    if (!(next === 32 || (next >= 9 && next <= 13) || next >= 128)) continue;
    if (text.lastIndexOf(' ', stop - 2) >= stop - 9) return true;
  }
  return false;
}
