import type { Sentence } from '../ingest/document.js';
import { type QuotedText, readQuotations } from '../ingest/quotation.js';
import { holdNeeds, type Needs, needsOf } from './introduced.js';
import { announcesListBefore, leansOnBefore, leansOnPrevious } from './stands-alone.js';

/**
 * What a document's sentences need to be shown as passages (summary/passages.ts): where quotations open and close around
 * each, how each leans on the sentences before it, and (introduced.ts) what it needs introduced. Each is read from the
 * document's own sentences, once per document; the quotations and what each needs introduced are stored with its analysis
 * (`passageReadings`), so that a restart's first answer reads them instead of making them (docs/quality.md, "Issue 17,
 * twentieth round (17restart)").
 */

/** Whether a quotation is open when a sentence starts, and when it ends. */
export type QuoteEnds = Pick<QuotedText, 'opensInside' | 'endsInside'>;

const quotations = new WeakMap<readonly Sentence[], QuoteEnds[]>();

/** The four ways a sentence can meet a quotation: kept per document as long as its index, they hold no text of their own. */
export const QUOTE_ENDS: readonly QuoteEnds[] = [false, true].flatMap((opensInside) => [false, true].map((endsInside) => ({ opensInside, endsInside })));

/** Bits of a sentence's leaning: read (the others are set), leans on the sentence before, on it by a description, announces a list. */
const READ = 1;
export const LEANS_ON_PREVIOUS = 2;
export const LEANS_ON_BEFORE = 4;
export const LEANS = LEANS_ON_PREVIOUS | LEANS_ON_BEFORE;
export const ANNOUNCES_LIST = 8;

/** Per document, a byte per sentence: a few bytes where a sentence's passage would hold hundreds. */
const leanings = new WeakMap<readonly Sentence[], Uint8Array>();

export function leaningOf(doc: readonly Sentence[]): Uint8Array {
  let read = leanings.get(doc);
  if (!read) leanings.set(doc, (read = new Uint8Array(doc.length)));
  return read;
}

export function leaningAt(doc: readonly Sentence[], leaning: Uint8Array, k: number): number {
  let bits = leaning[k]!;
  if (!(bits & READ)) {
    const { text } = doc[k]!;
    bits = READ | (announcesListBefore(text, doc[k + 1]?.text) ? ANNOUNCES_LIST : 0);
    // Leaning by a description is asked only of a sentence that does not lean otherwise, as `unitOf` asks it.
    if (leansOnPrevious(text)) bits |= LEANS_ON_PREVIOUS;
    else if (leansOnBefore(text, doc[k - 1])) bits |= LEANS_ON_BEFORE;
    leaning[k] = bits;
  }
  return bits;
}

/** Flags of a stored sentence's first number beside its quotation ends (bits 0–1): what it needs introduced. */
const NEEDS_NAME = 4;
const NEEDS_DESCRIPTION = 8;

/**
 * A document's passage readings as numbers, stored with its analysis (pack-analysis.ts): for each sentence, its quotation
 * ends and whether it needs a name or a description introduced in one number; then the sentence writing the name in full
 * and the short forms it is for (by `idOf`); then the sentence introducing the description. How a sentence leans is not
 * stored: read for every sentence it costs about a third of a millisecond a document at analysis, for a few tens of
 * milliseconds of a restart's first answer (docs/quality.md, "Issue 17, twentieth round (17restart)", amendment).
 */
export function passageReadings(doc: readonly Sentence[], idOf: (s: string) => number): number[] {
  const quoted = quotationsOf(doc);
  const needs = needsOf(doc);
  const out: number[] = [];
  for (let k = 0; k < doc.length; k++) {
    const { name, shortForms = [], description } = needs[k]!;
    out.push(QUOTE_ENDS.indexOf(quoted[k]!) | (name === undefined ? 0 : NEEDS_NAME) | (description === undefined ? 0 : NEEDS_DESCRIPTION));
    if (name !== undefined) out.push(name, shortForms.length, ...shortForms.map(idOf));
    if (description !== undefined) out.push(description);
  }
  return out;
}

/** Hands a document's stored passage readings (`passageReadings`) to the caches the passages read; throws on numbers that do not fit the document. */
export function holdPassageReadings(doc: readonly Sentence[], numbers: ArrayLike<number>, at: (n: number) => string): void {
  const quoted: QuoteEnds[] = [];
  const needs: Needs[] = [];
  let i = 0;
  const next = () => {
    if (i >= numbers.length) throw new Error(`passage readings run past their ${numbers.length} numbers`);
    return numbers[i++]!;
  };
  for (let k = 0; k < doc.length; k++) {
    const first = next();
    quoted.push(QUOTE_ENDS[first & 3]!);
    // The fields in the order needsOf sets them.
    const need: Needs = {};
    if (first & NEEDS_NAME) {
      need.name = next();
      need.shortForms = Array.from({ length: next() }, () => at(next()));
    }
    if (first & NEEDS_DESCRIPTION) need.description = next();
    needs.push(need);
  }
  if (i !== numbers.length) throw new Error(`${numbers.length - i} passage readings left over`);
  quotations.set(doc, quoted);
  holdNeeds(doc, needs);
}

/** Where each sentence of a document meets a quotation, read once per document. */
export function quotationsOf(doc: readonly Sentence[]): QuoteEnds[] {
  let read = quotations.get(doc);
  if (!read) quotations.set(doc, (read = readQuotations(doc).map((q) => QUOTE_ENDS[2 * Number(q.opensInside) + Number(q.endsInside)]!)));
  return read;
}
