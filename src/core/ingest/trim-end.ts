/**
 * `text` without the run of characters matching `char` (a one-character class) it ends with.
 * A loop, not `/[…]+$/`: that pattern is tried from every character of a long run inside the
 * text, and a line of ten thousand dots then costs fifty million steps.
 */
export function trimEnd(text: string, char: RegExp): string {
  let end = text.length;
  while (end > 0 && char.test(text[end - 1]!)) end--;
  return text.slice(0, end);
}
