/** Plain ASCII characters only. */
const ASCII = /^[\x00-\x7f]*$/;
/**
 * The characters that match an ASCII letter in a case-insensitive Unicode pattern (ſ, the Kelvin sign) or change length when
 * lower-cased (İ): every other character was checked (docs/quality.md, "Issue 17, twenty-second round (17adhoc3)").
 */
const UNSURE_CASE = /[\u017f\u212a\u0130]/;

/**
 * Whether a case-insensitive Unicode pattern of `word` can match in `text` only where `text.toLowerCase()` holds
 * `word.toLowerCase()`, at the same place: the word is plain ASCII and the text holds none of the characters above. Lets a
 * reader find where a pattern may match with `indexOf` before compiling one.
 */
export function comparesLowerCased(word: string, text: string): boolean {
  return ASCII.test(word) && !UNSURE_CASE.test(text);
}
