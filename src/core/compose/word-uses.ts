/**
 * Where a word or name is written in a text, read by plain string search with the boundaries the surname gloss's patterns
 * had (docs/quality.md, "Issue 17, twenty-fifth round (17adhoc6)", rule R1). Those patterns were built from the word on
 * every call, and compiling a `u` pattern with `\p{L}` costs some thirty times what running it on a sentence does; each
 * function here finds exactly what its pattern (named in its comment) finds, as the engine reads it: the leftmost match,
 * greedy runs, alternatives in order, matches that do not overlap, starts only between code points, and `\s` as
 * JavaScript's white space. tests/core/compose/word-uses.test.ts holds each to its pattern.
 */

/** A letter, as `\p{L}` reads one code point at a place (sticky: only there). */
export const LETTER = /\p{L}/uy;
/** A letter or a digit of any script, as `[\p{L}\p{N}]`. */
export const LETTER_OR_DIGIT = /[\p{L}\p{N}]/uy;

/**
 * The first place at or after `from` where `literal` is written with no `edge` code point right before or after it, as
 * `(?<![edge])literal(?![edge])` with the `u` flag finds it (`exec(...).index`); -1 when nowhere.
 */
export function wholeAt(text: string, literal: string, edge: RegExp, from = 0): number {
  for (let at = text.indexOf(literal, from); at >= 0; at = text.indexOf(literal, at + 1)) {
    if (insidePair(text, at)) continue;
    if (!edgeBefore(text, at, edge) && !edgeAt(text, at + literal.length, edge)) return at;
  }
  return -1;
}

/** One place a word is written after white space: what runs before that white space (`undefined` at the text's start), and what the trailing part took. */
export interface SpacedUse {
  before: string | undefined;
  after: string | undefined;
}

export interface SpacedRules {
  /** What may not follow the literal (a sticky pattern of one code point). */
  edge: RegExp;
  /** `(?:^|(\S*)\s+)`: the literal may open the text. */
  opening?: boolean;
  /** `(\S+)\s+` rather than `(\S*)\s+`: something must stand before the white space. */
  nonEmpty?: boolean;
  /** `(\.|\s+\d)?` after the literal: a full stop, or white space and a digit, are taken into the use. */
  trailing?: boolean;
}

/**
 * Every use of one of `literals` (tried in order) after a run of non-space characters and white space, as
 * `text.matchAll(/(?:^|(\S*)\s+)(?:L1|L2…)(?![edge])(\.|\s+\d)?/gu)` gives them, with the parts a rule leaves out left out:
 * `before` is the first group, `after` the trailing one.
 */
export function spacedUses(text: string, literals: readonly string[], rules: SpacedRules): SpacedUse[] {
  const uses: SpacedUse[] = [];
  const n = text.length;
  let from = 0;
  search: while (from <= n) {
    if (!literals.some((l) => text.includes(l, from))) break;
    let i = from;
    while (i <= n) {
      if (rules.opening && i === 0) {
        const lit = literals.find((l) => text.startsWith(l, 0) && !edgeAt(text, l.length, rules.edge));
        if (lit !== undefined) {
          from = finish(text, lit.length, undefined, rules, uses);
          continue search;
        }
      }
      // `\S*` takes the whole run of non-space (a shorter one leaves a non-space where `\s+` must start), then `\s+`
      // gives back white space from the longest run down, the literals tried at each place in order.
      let j = i;
      while (j < n && !isSpace(text.charCodeAt(j))) j++;
      let k = j;
      while (k < n && isSpace(text.charCodeAt(k))) k++;
      if (k > j && !(rules.nonEmpty && j === i)) {
        for (let e = k; e > j; e--) {
          const lit = literals.find((l) => text.startsWith(l, e) && !edgeAt(text, e + l.length, rules.edge));
          if (lit !== undefined) {
            from = finish(text, e + lit.length, text.slice(i, j), rules, uses);
            continue search;
          }
        }
      }
      // No start before the run's end (within the non-space run) or the white space's end (within white space) can match
      // where this one did not: they read the same runs, with fewer places to give back.
      const next = j > i ? j : k > i ? k : nextCodePoint(text, i);
      if (i >= n) break;
      i = next;
    }
    break;
  }
  return uses;
}

function finish(text: string, end: number, before: string | undefined, rules: SpacedRules, uses: SpacedUse[]): number {
  let after: string | undefined;
  if (rules.trailing) {
    if (text.charCodeAt(end) === 0x2e) after = '.';
    else {
      let w = end;
      while (w < text.length && isSpace(text.charCodeAt(w))) w++;
      if (w > end && isDigit(text.charCodeAt(w))) after = text.slice(end, w + 1);
    }
  }
  uses.push({ before, after });
  return end + (after?.length ?? 0);
}

/** Whether a full name is followed by an age, as `/full(?:['’]s)?,\s+\d{1,3},/u` tests it: "Emile Lahoud, 62,". */
export function agedAfter(text: string, full: string): boolean {
  for (let at = text.indexOf(full); at >= 0; at = text.indexOf(full, at + 1)) {
    if (insidePair(text, at)) continue;
    const end = at + full.length;
    const quote = text.charCodeAt(end);
    if ((quote === 0x27 || quote === 0x2019) && text.charCodeAt(end + 1) === 0x73 && ageAt(text, end + 2)) return true;
    if (ageAt(text, end)) return true;
  }
  return false;
}

/** `,\s+\d{1,3},` at a place: the digits' run, which `\d{1,3}` may only give back onto a digit, must end on the comma. */
function ageAt(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== 0x2c) return false;
  let w = at + 1;
  while (w < text.length && isSpace(text.charCodeAt(w))) w++;
  if (w === at + 1) return false;
  let d = w;
  while (d < text.length && isDigit(text.charCodeAt(d))) d++;
  return d > w && d - w <= 3 && text.charCodeAt(d) === 0x2c;
}

/** JavaScript's `\s`: white space and line terminators. */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** A `u` pattern starts no match between the two halves of a surrogate pair. */
const insidePair = (text: string, at: number) => at > 0 && isLow(text.charCodeAt(at)) && isHigh(text.charCodeAt(at - 1));
const nextCodePoint = (text: string, at: number) => (isHigh(text.charCodeAt(at)) && isLow(text.charCodeAt(at + 1)) ? at + 2 : at + 1);

function edgeAt(text: string, at: number, edge: RegExp): boolean {
  if (at >= text.length) return false;
  edge.lastIndex = at;
  return edge.test(text);
}

function edgeBefore(text: string, at: number, edge: RegExp): boolean {
  if (at === 0) return false;
  const start = at >= 2 && isLow(text.charCodeAt(at - 1)) && isHigh(text.charCodeAt(at - 2)) ? at - 2 : at - 1;
  edge.lastIndex = start;
  return edge.test(text);
}
