/**
 * Document text as a reader should see it printed. The stored sentence stays the article's own
 * (citations, the verbatim check and the eval's rulers compare it with the source); only what a
 * renderer prints is set here.
 *
 * AP's 7-bit wire set the em dash as " _ " (space, underscore, space): printed as written it reads
 * as a stray underscore, and in Discord two of them would open italics.
 */
const WIRE_DASH = /(?<=\S) _ (?=\S)/g;

export function printedText(text: string): string {
  return text.includes(' _ ') ? text.replace(WIRE_DASH, ' \u2014 ') : text;
}
