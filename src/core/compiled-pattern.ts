import { cappedMemo } from './capped-memo.js';

/**
 * A pattern built from a word or a name ("(?<![\p{L}])Lahoud(?![\p{L}])"), compiled once and kept: compiling a fresh
 * `\p{L}`/`u` pattern costs ~40–70 µs against a few µs to run it, and the same names come back in every answer and for
 * every cited document (docs/quality.md, "Issue 17, twenty-seventh round (17adhoc7)", rule P1). At most this many are kept
 * (~2 KiB of heap each), all forgotten at once past it.
 */
const KEPT_PATTERNS = 1_000;

const compiled = cappedMemo((key: string) => {
  const slash = key.indexOf('/');
  return new RegExp(key.slice(slash + 1), key.slice(0, slash));
}, KEPT_PATTERNS);

/**
 * The kept pattern of this source and these flags. It is shared: read a global one only with `allMatches`, never with
 * `exec` or `test` left half-way, whose `lastIndex` the next reader would start from.
 */
export function compiledPattern(source: string, flags = ''): RegExp {
  // Flags hold no '/', so the first one ends them.
  return compiled(`${flags}/${source}`);
}

/**
 * Every match of a global pattern in a text, as `[...text.matchAll(pattern)]` gives them, read on the pattern itself:
 * `matchAll` reads a copy, and a copy of a pattern V8 no longer has in its cache is compiled again (rule P2). Starts and
 * ends with `lastIndex` at 0.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError('allMatches reads a global pattern');
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    found.push(m);
    // An empty match would be found again at the same place: step over one character (a code point under `u`), as matchAll does.
    if (m[0] === '') pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern.unicode);
  }
  return found;
}

function nextIndex(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const code = text.charCodeAt(at);
  const next = text.charCodeAt(at + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? at + 2 : at + 1;
}
