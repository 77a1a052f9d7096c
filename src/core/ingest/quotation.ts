import type { Sentence } from './document.js';

/**
 * Where quoted speech runs in a document. A quotation may run over several sentences of a
 * paragraph ("“We need tents. I think … ,” he said"), so whether a sentence's words are quoted
 * depends on the sentences before it; a new paragraph opens its own quotation, as news copy does.
 */
export interface QuotedText {
  /** The sentence's text with quoted speech blanked out: the writer's own words. */
  own: string;
  /** It opens inside a quotation an earlier sentence began. */
  opensInside: boolean;
  /** It ends inside a quotation a later sentence closes. */
  endsInside: boolean;
}

/** A run of text inside quotation marks within one sentence. */
export interface Span {
  start: number;
  end: number;
  /** The quotation began in an earlier sentence, or runs on past this one. */
  carried: boolean;
}

export interface Marks {
  spans: Span[];
  /** The sentence ends inside a quotation. */
  open: boolean;
}

/** Any mark that may open or close a quotation: straight, curly or typewriter (`` ''), or a single mark that may close one. */
export const hasQuotationMark = (text: string): boolean => /["“”`‘’']/.test(text);

/**
 * The last document read, kept for the next reader of the same sentences: a document's analysis reads them twice, for
 * whether it is an opinion piece and for its passage readings. One document only, so nothing is held beyond it.
 */
let last: { sentences: readonly Sentence[]; read: readonly QuotedText[] } | undefined;

/** Each sentence of a document, in order, read for quotation marks (the same reading for every caller: not to be changed). */
export function readQuotations(sentences: readonly Sentence[]): readonly QuotedText[] {
  if (last?.sentences !== sentences) last = { sentences, read: read(sentences) };
  return last.read;
}

function read(sentences: readonly Sentence[]): QuotedText[] {
  let quoted = false;
  let paragraph = -1;
  return sentences.map((s) => {
    if (s.paragraph !== paragraph) [quoted, paragraph] = [false, s.paragraph];
    const opensInside = quoted;
    // Most sentences hold no quotation mark and open outside one: their words are all their own.
    if (!quoted && !hasQuotationMark(s.text)) return { own: s.text, opensInside, endsInside: false };
    const marks = quotationSpans(s.text, quoted);
    quoted = marks.open;
    if (!marks.spans.length) return { own: s.text, opensInside, endsInside: quoted };
    // Joined once: these readings are kept per document as long as its index, and a string grown piece by piece is a chain of objects.
    const own: string[] = [];
    let at = 0;
    for (const span of marks.spans) {
      const from = openingAt(s.text, span);
      const to = closingEnd(s.text, span);
      own.push(s.text.slice(at, from), ' '.repeat(to - from));
      at = to;
    }
    own.push(s.text.slice(at));
    return { own: own.join(''), opensInside, endsInside: quoted };
  });
}

/** Where a span's opening mark starts (its start when the quotation was carried in). */
function openingAt(text: string, span: Span): number {
  let from = span.start;
  while (from > 0 && from > span.start - 2 && /["“`]/.test(text[from - 1]!)) from--;
  return from;
}

/** Where a span's closing mark ends (its end when the quotation runs on). */
function closingEnd(text: string, span: Span): number {
  let to = span.end;
  while (to < text.length && to < span.end + 2 && /["”'’]/.test(text[to]!)) to++;
  return to;
}

/**
 * Quotation spans of a sentence, paired by what the marks are and where they stand, so that a stray or mismatched mark does
 * not turn the rest of a paragraph into a quotation:
 * - “ and ``, and a straight " before a word, open; ” and '', and a straight " after a word, close;
 * - inside a quotation, ‘ or ` (or a straight ' before a word) opens an inner one, which ’ or ' after a word or its
 *   punctuation closes; with no inner one open, a single mark after punctuation (",'" ".'") closes the quotation itself;
 * - an opening mark with no word after it in the sentence opens nothing.
 */
export function quotationSpans(text: string, openAtStart: boolean): Marks {
  const spans: Span[] = [];
  let open = openAtStart;
  let inner = false;
  /** The quotation was opened by a single mark (`good form'): a single mark closes it. */
  let single = false;
  let start = 0;
  let carried = openAtStart;
  // "the workers' boats": a mark after a letter and before a word may be a plural's apostrophe; the last one closes.
  const lastSingle = Math.max(text.lastIndexOf("'"), text.lastIndexOf('’'));
  const close = (at: number) => {
    spans.push({ start, end: at, carried });
    open = false;
    inner = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    let kind: 'open' | 'close' | 'innerOpen' | 'innerClose' | undefined;
    let length = 1;
    // A typewriter pair ("``", "''") is a mark written twice: looked for only at a backtick or a straight single mark, not
    // cut out at every character of the sentence.
    if ((c === '`' || c === "'") && text[i + 1] === c) {
      kind = c === '`' ? 'open' : 'close';
      length = 2;
    } else if (c === '“') kind = 'open';
    else if (c === '”') kind = 'close';
    else if (c === '"') kind = straightOpens(text, i, open) ? 'open' : 'close';
    else if (open && !single && (c === '‘' || c === '`' || (c === "'" && singleOpens(text, i)))) kind = 'innerOpen';
    else if (open && (c === '’' || c === "'") && closesSingle(text, i) && (!possessive(text, i) || i >= lastSingle)) kind = inner ? 'innerClose' : single || afterPunctuation(text, i) ? 'close' : undefined;
    else if (!open && c === '`' && wordAfter(text, i + 1)) {
      // `good form': a single quotation outside any double one, as typewriter copy writes a term or an inner quote.
      kind = 'open';
    }
    if (!kind) continue;
    if (kind === 'innerOpen') inner = true;
    else if (kind === 'innerClose') inner = false;
    else if (kind === 'open') {
      // A paragraph of a long quotation opens again at its start: the quotation carries on.
      if (open && i === 0) {
        i += length - 1;
        continue;
      }
      if (!open && wordAfter(text, i + length)) {
        open = true;
        inner = false;
        single = c === '`' && length === 1;
        start = i + length;
        carried = false;
      }
    } else if (open) close(i);
    i += length - 1;
  }
  if (open) spans.push({ start, end: text.length, carried: true });
  return { spans, open };
}

/**
 * A straight quote opens when it stands before a word and after a space or the start ("said, "We…"),
 * closes when it stands after a word and before a space, punctuation or the end; otherwise it toggles.
 */
function straightOpens(text: string, i: number, open: boolean): boolean {
  const before = i === 0 ? ' ' : text[i - 1]!;
  const after = i + 1 >= text.length ? ' ' : text[i + 1]!;
  const spaceBefore = /[\s([—–-]/.test(before);
  const spaceAfter = /[\s.,;:!?)\]—–-]/.test(after);
  if (spaceBefore && !spaceAfter) return true;
  if (!spaceBefore && spaceAfter) return false;
  return !open;
}

/** A straight single mark after a space (or an opening mark) and before a letter: "said, 'We…". */
const singleOpens = (text: string, i: number) => (i === 0 || /[\s"“(]/.test(text[i - 1]!)) && /[\p{L}\p{N}]/u.test(text[i + 1] ?? '');
/** A single mark after a word or its punctuation and before a space, punctuation, another mark or the end: not the apostrophe of "don't". */
const closesSingle = (text: string, i: number) => i > 0 && /[\p{L}\p{N}.,!?;:]/u.test(text[i - 1]!) && !/[\p{L}\p{N}]/u.test(text[i + 1] ?? '');
/** A mark after a letter with a word after the space that follows it: "workers' boats", or "`good form' even". */
const possessive = (text: string, i: number) => /\p{L}/u.test(text[i - 1]!) && /^\s+\p{Ll}/u.test(text.slice(i + 1, i + 3));
/** "…,' he said", "…understand.'": punctuation before the mark ends what was said; a possessive ("workers'") has a letter. */
const afterPunctuation = (text: string, i: number) => /[.,!?]/.test(text[i - 1] ?? '');
/** Some word follows before the sentence ends: a mark at the very end, or before nothing but marks, quotes nothing. */
const wordAfter = (text: string, from: number) => /[\p{L}\p{N}]/u.test(text.slice(from));
