import type { BriefError } from '../errors.js';
import type { Document, Sentence } from '../ingest/document.js';
import { holdDeferred } from './deferred-readings.js';
import { holdPassageReadings, passageReadings } from './passage-readings.js';
import type { PhraseSurfaces } from './sentences.js';
import { stringAt, stringsAsBytes } from './string-table.js';

/**
 * An analysis in the compact form it is stored and sent between threads in. A set of 10,000
 * articles holds a few hundred thousand sentences and about ten million words, stems and phrases:
 * stored one object per string, a restart rebuilds millions of small strings, most of them copies
 * of the same few thousand words. Here each document keeps each string once, sentences refer to
 * them by number, and a sentence's text is its place in its paragraph. Reading it back shares each
 * string across the whole set (string-table.ts) and cuts sentence texts out of their paragraphs.
 */
export interface PackedAnalysis {
  built: { document: PackedDocument } | { error: BriefError };
  /** Every word, stem, phrase and phrase form the document uses, once: their UTF-8 bytes one after the other, and each one's length in bytes. */
  strings: Uint8Array;
  stringLengths: Numbers;
  /** Phrase forms: for each phrase, its string, its number of forms, then each form's string and count. */
  surfaces: Numbers;
}

export interface PackedDocument extends Omit<Document, 'sentences'> {
  /** Per sentence, SHAPE numbers: paragraph, index, start in the paragraph (NOT_IN_PARAGRAPH: in `texts`), length, words, stems, phrases. */
  shape: Numbers;
  /** Each sentence's words, stems and phrases, as numbers into `strings`, one after the other. */
  tokens: Numbers;
  /** Texts not found verbatim in their paragraph, in order. */
  texts: string[];
  /** Whatever else a sentence holds (its figures when it has any, fields added later): by sentence number. */
  rest: [number, Record<string, unknown>][];
  /** Its passage readings (passage-readings.ts), short forms as numbers into `strings`; absent, they are read when asked. */
  passages?: Numbers;
}

/**
 * Lists of numbers are kept 16 bits wide when every number fits (a document rarely uses 65,536
 * strings): a third less to store, read and checksum.
 */
export type Numbers = Uint16Array | Uint32Array;

export function isNumbers(value: unknown): value is Numbers {
  return value instanceof Uint16Array || value instanceof Uint32Array;
}

function numbers(list: ArrayLike<number>): Numbers {
  for (let i = 0; i < list.length; i++) if (list[i]! > 0xffff) return Uint32Array.from(list);
  return Uint16Array.from(list);
}

const SHAPE = 7;
const NOT_IN_PARAGRAPH = 0xffffffff;
/** Phrase forms as read back: per phrase, its string, its number of forms, then each form's string and count, as numbers into `strings`. */
export interface SurfaceList {
  strings: readonly string[];
  numbers: Numbers;
}

/** The phrase forms of a document whose index entries are already made (a stored set's, a copy's): none to merge again. */
export const NO_SURFACES: SurfaceList = { strings: [], numbers: new Uint16Array(0) };

/** A document's phrase forms: counted by a fresh analysis, or read back. */
export type Surfaces = PhraseSurfaces | SurfaceList;

/** Adds one document's phrase forms to the set's, in the order the document used them. */
export function mergeSurfaces(into: PhraseSurfaces, from: Surfaces): void {
  if (from instanceof Map) {
    for (const [phrase, forms] of from) {
      const held = into.get(phrase);
      // A fresh analysis's own map is taken over, not copied: nothing else holds it.
      if (!held) into.set(phrase, forms);
      else for (const [form, n] of forms) held.set(form, (held.get(form) ?? 0) + n);
    }
    return;
  }
  const { strings, numbers } = from;
  for (let i = 0; i < numbers.length; ) {
    const phrase = strings[numbers[i++]!]!;
    const count = numbers[i++]!;
    let held = into.get(phrase);
    if (!held) into.set(phrase, (held = new Map()));
    for (let k = 0; k < count; k++, i += 2) {
      const form = strings[numbers[i]!]!;
      held.set(form, (held.get(form) ?? 0) + numbers[i + 1]!);
    }
  }
}

/** Fields every sentence has, packed by number; the rest travel as they are. */
const PACKED = new Set(['docId', 'paragraph', 'index', 'position', 'text', 'words', 'stems', 'phrases', 'figures', 'speech']);
/** One empty list for every sentence without figures: most have none, and nothing changes a sentence. */
const NO_FIGURES: Sentence['figures'] & object = [];

export function packAnalysis(built: { document: Document } | { error: BriefError }, surfaces: PhraseSurfaces): PackedAnalysis {
  const table = stringTable();
  const surfaceNumbers: number[] = [];
  for (const [phrase, forms] of surfaces) {
    surfaceNumbers.push(table.idOf(phrase), forms.size);
    for (const [form, n] of forms) surfaceNumbers.push(table.idOf(form), n);
  }
  if (!('document' in built)) return { built, ...table.packed(), surfaces: numbers(surfaceNumbers) };
  const document = packDocument(built.document, table.idOf);
  return { built: { document }, ...table.packed(), surfaces: numbers(surfaceNumbers) };
}

/** Strings numbered in the order they are first met, each once. */
export function stringTable(): { idOf: (s: string) => number; packed: () => { strings: Uint8Array; stringLengths: Numbers } } {
  const strings: string[] = [];
  const ids = new Map<string, number>();
  return {
    idOf(s) {
      let id = ids.get(s);
      if (id === undefined) {
        ids.set(s, (id = strings.length));
        strings.push(s);
      }
      return id;
    },
    packed: () => packedStrings(strings),
  };
}

/** A document's sentences as numbers into a string table (idOf). */
export function packDocument(built: Document, idOf: (s: string) => number): PackedDocument {
  const { sentences, ...document } = built;
  const shape = new Uint32Array(sentences.length * SHAPE);
  const tokens: number[] = [];
  const texts: string[] = [];
  const rest: [number, Record<string, unknown>][] = [];
  let cursor = 0;
  sentences.forEach((s, i) => {
    const paragraph = document.paragraphs[s.paragraph] ?? '';
    let start = paragraph.indexOf(s.text, s.index === 0 ? 0 : cursor);
    if (start < 0) start = paragraph.indexOf(s.text);
    if (start < 0) texts.push(s.text);
    else cursor = start + s.text.length;
    const b = i * SHAPE;
    shape[b] = s.paragraph;
    shape[b + 1] = s.index;
    shape[b + 2] = start < 0 ? NOT_IN_PARAGRAPH : start;
    shape[b + 3] = s.text.length;
    shape[b + 4] = s.words.length;
    shape[b + 5] = s.stems.length;
    shape[b + 6] = s.phrases.length;
    for (const w of s.words) tokens.push(idOf(w));
    for (const w of s.stems) tokens.push(idOf(w));
    for (const w of s.phrases) tokens.push(idOf(w));
    // No list of entries a sentence: most have nothing beyond the packed fields.
    let others: Record<string, unknown> | undefined;
    for (const k in s) {
      const v = (s as unknown as Record<string, unknown>)[k];
      // Figures and speech travel only where a sentence has them: every other sentence reads back none.
      if (!PACKED.has(k) || (k === 'figures' && Array.isArray(v) && v.length) || (k === 'speech' && v)) (others ??= {})[k] = v;
    }
    // A sentence never attributed (made elsewhere) reads back so, and is attributed when asked; a deferred document's are
    // attributed whole when first read (deferred-readings.ts).
    if (s.speech === undefined && !built.deferred) (others ??= {}).speech = undefined;
    if (others) rest.push([i, others]);
  });
  // A deferred document's passage readings are made when first read, as for a document stored before they were.
  return { ...document, shape: numbers(shape), tokens: numbers(tokens), texts, rest, ...(built.deferred ? {} : { passages: numbers(passageReadings(sentences, idOf)) }) };
}

function packedStrings(list: readonly string[]): { strings: Uint8Array; stringLengths: Numbers } {
  const { bytes, lengths } = stringsAsBytes(list);
  return { strings: bytes, stringLengths: numbers(lengths) };
}

/** The analysis a packed one holds, every string shared with the rest of the process; throws on one that does not add up. */
export function unpackAnalysis(packed: PackedAnalysis): { built: { document: Document } | { error: BriefError }; surfaces: SurfaceList } {
  const strings = unpackStrings(packed.strings, packed.stringLengths);
  const at = stringOf(strings);
  // Checked here, merged into the set's forms when the document is indexed (mergeSurfaces): no Map a document.
  const numbers = packed.surfaces;
  for (let i = 0; i < numbers.length; ) {
    at(numbers[i++]!);
    const count = numbers[i++]!;
    if (i + 2 * count > numbers.length) throw new Error(`phrase forms run past their ${numbers.length} numbers`);
    for (let k = 0; k < count; k++, i += 2) at(numbers[i]!);
  }
  const surfaces: SurfaceList = { strings, numbers };
  if (!('document' in packed.built)) return { built: packed.built, surfaces };
  return { built: { document: unpackDocument(packed.built.document, strings) }, surfaces };
}

/** Each string of a packed table, the process's shared copy of it (string-table.ts). */
export function unpackStrings(bytes: Uint8Array, lengths: Numbers): string[] {
  const strings = new Array<string>(lengths.length);
  for (let i = 0, start = 0; i < strings.length; i++) {
    const end = start + lengths[i]!;
    if (end > bytes.length) throw new Error(`string ${i} runs past the stored bytes`);
    strings[i] = stringAt(bytes, start, end);
    start = end;
  }
  return strings;
}

/** A string of the table by its number; throws on a number past its end. */
export function stringOf(strings: readonly string[]): (n: number) => string {
  return (n) => {
    const s = strings[n];
    if (s === undefined) throw new Error(`string ${n} of ${strings.length}`);
    return s;
  };
}

/** Whether tokens[from, from + n) are the strings of `same` (each string is the process's one copy, string-table.ts). */
function sameStrings(strings: readonly string[], tokens: Numbers, from: number, n: number, same: readonly string[]): boolean {
  if (same.length !== n) return false;
  for (let j = 0; j < n; j++) if (strings[tokens[from + j]!] !== same[j]) return false;
  return true;
}

/** The strings of tokens[from, from + n), looked up inline, `at` only for a number past the table (to throw): ten million lookups at 10,000 articles. */
function stringList(strings: readonly string[], tokens: Numbers, from: number, n: number, at: (n: number) => string): string[] {
  const out = new Array<string>(n);
  for (let j = 0; j < n; j++) out[j] = strings[tokens[from + j]!] ?? at(tokens[from + j]!);
  return out;
}

/**
 * The document a packed one holds, its strings numbers into `strings`; throws on one that does not add up. `extras` sets
 * what else its sentences hold (a stored set's, pack-extras.ts) once they are made, before anything reads them. `earlier`
 * names, by sentence number, a sentence made before with the same text (a stored set's index knows them): its lists and
 * text are shared when the numbers say they are the same, as nothing changes a sentence's lists. Wire copies and reprints
 * repeat sentences (in the bench's 10,000 articles 98 % of them): each copy's lists were slots a restart made, kept and
 * had the collector copy, nine million there.
 */
export function unpackDocument(packed: PackedDocument, strings: readonly string[], extras?: (sentences: Sentence[]) => void, earlier?: (i: number) => Sentence | undefined): Document {
  const at = stringOf(strings);
  const { shape, tokens, texts, rest, passages, ...document } = packed;
  // Most stored documents have none: every extra of a known shape is in a stored set's `extras` (pack-extras.ts).
  const restOf = rest.length ? new Map(rest) : undefined;
  const sentences: Sentence[] = [];
  let t = 0;
  let k = 0;
  const list = (n: number, same: string[] | undefined) => {
    const from = t;
    t += n;
    return same && sameStrings(strings, tokens, from, n, same) ? same : stringList(strings, tokens, from, n, at);
  };
  for (let i = 0, b = 0; b < shape.length; i++, b += SHAPE) {
    // Read by index, not destructured: a view or an iterator per sentence is garbage by the million.
    const paragraph = shape[b]!;
    const start = shape[b + 2]!;
    const length = shape[b + 3]!;
    const copy = earlier?.(i);
    const cut = start === NOT_IN_PARAGRAPH ? texts[k++] : document.paragraphs[paragraph]?.slice(start, start + length);
    const text = copy && cut === copy.text ? copy.text : cut;
    if (text === undefined || text.length !== length) throw new Error(`sentence ${i} has no text`);
    // The same fields in the same order as a fresh analysis, so every sentence shares one shape.
    const sentence: Sentence = {
      docId: document.id,
      paragraph,
      index: shape[b + 1]!,
      position: i,
      text,
      words: list(shape[b + 4]!, copy?.words),
      stems: list(shape[b + 5]!, copy?.stems),
      phrases: list(shape[b + 6]!, copy?.phrases),
      figures: NO_FIGURES,
      speech: null,
    };
    const more = restOf?.get(i);
    sentences.push(more ? Object.assign(sentence, more) : sentence);
  }
  if (t !== tokens.length) throw new Error(`${tokens.length - t} tokens left over`);
  extras?.(sentences);
  if (passages) holdPassageReadings(sentences, passages, at);
  const out: Document = { ...document, sentences };
  holdDeferred(out);
  return out;
}
