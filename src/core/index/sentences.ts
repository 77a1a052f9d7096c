import type { ItemSentence, Tokens } from 'wink-nlp';
import { type EntitySpan, figuresFrom, mayBeFigure, mayHoldUntaggedFigure, tokensOf, withAntecedentCounts } from '../facts/figures.js';
import { inventedCurrencies } from '../facts/invented-currency.js';
import { MONTHS, WEEKDAYS } from '../ingest/calendar-words.js';
import type { Sentence } from '../ingest/document.js';
import { forTokenizer, its, readDoc, stem } from '../nlp.js';
import { lexemeReader } from './lexemes.js';
import { namesWrittenWhole, splitAfterNameEnd } from './name-ends-sentence.js';
import { HONORIFICS } from './person-titles.js';

/** Surface words seen for each key phrase, to name topics in the text's own words. */
export type PhraseSurfaces = Map<string, Map<string, number>>;

const PHRASE_POS = new Set(['NOUN', 'PROPN', 'ADJ']);
/** Words that head no topic however often they appear: calendar words and reporting verbs. */
const NOT_TOPICAL = new Set<string>([
  ...WEEKDAYS,
  'today',
  'yesterday',
  'tomorrow',
  ...MONTHS,
  'year',
  'years',
  'month',
  'months',
  'week',
  'weeks',
  'day',
  'days',
  'time',
  'times',
  'people',
  'thing',
  'things',
  'way',
  'lot',
  'part',
  'kind',
  'number',
  'percent',
  'mr',
  'mrs',
  'ms',
  'dr',
  'said',
  'says',
  'told',
  'other',
  'many',
  'much',
  'new',
  'last',
  'first',
  'next',
  'such',
  'own',
  'same',
  'few',
  'several',
  'more',
  'most',
  'less',
  'least',
  'former',
  'major',
  'key',
  'recent',
  'current',
  'possible',
  'likely',
  'previous',
  'early',
  'late',
  'long',
  'only',
  'good',
  'great',
  'able',
  'sure',
  'clear',
  'important',
  'official',
  'officials',
  'issue',
  'issues',
  'report',
  'reports',
  'statement',
  // Titles name who acts, not what a story is about.
  'president',
  'minister',
  'prime',
  'chancellor',
  'secretary',
  'leader',
  'leaders',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'chief',
  'head',
  'general',
]);

/**
 * Splits clean paragraphs into sentences with wink-nlp, which knows abbreviations ("U.S.",
 * "U.N."), initials, quotes and dashes. Each sentence keeps its place for citation and its text
 * exactly as it stands in the paragraph.
 */
export function splitSentences(docId: string, paragraphs: readonly string[], surfaces?: PhraseSurfaces): Sentence[] {
  const out: Sentence[] = [];
  let whole: Set<string> | undefined;
  const namesWhole = () => (whole ??= namesWrittenWhole(paragraphs));
  const currencies = inventedCurrencies(paragraphs);
  paragraphs.forEach((paragraph, p) => {
    // What wink read: the same length as the paragraph, so its sentences are found there and cut from the paragraph.
    const read = forTokenizer(paragraph);
    let cursor = 0;
    let index = 0;
    /** The sentences wink read, with where each ends in the paragraph; one it split wrongly is joined again (no sentence of its own). */
    const wink: { text: string; sentence?: ItemSentence; read: string; start: number; end: number; entities: ReadEntities }[] = [];
    for (const [from, to] of readingPieces(paragraph)) {
      const doc = readDoc(from === 0 && to === paragraph.length ? paragraph : paragraph.slice(from, to));
      const entities = entitiesOf(doc);
      doc.sentences().each((s: ItemSentence) => {
        const raw = s.out().trim();
        let at = read.indexOf(raw, cursor);
        if (at + raw.length > to) at = -1;
        const start = at >= 0 ? at : cursor;
        const text = at >= 0 ? paragraph.slice(at, at + raw.length) : paragraph.slice(cursor, to).trim();
        cursor = at >= 0 ? at + raw.length : to;
        if (!text) return;
        const last = wink.at(-1);
        // "a .357 magnum": wink ends a sentence at a decimal point written without its leading zero.
        if (last && at === last.end && /\.$/.test(last.text) && /^\d/.test(text)) {
          last.text += text;
          last.sentence = undefined;
          last.end = cursor;
        } else if (last && (/^["”’]?\s*[,;]/.test(text) || (at === last.end && /^\p{Ll}/u.test(text)))) {
          // "Rajanews.com, a news website": a piece that goes on in lower case with no space cuts a word, not a sentence.
          // '"…was as strong as the earthquake!," Toro said.': wink ends a sentence at a quotation's "!" or "?" that a comma
          // follows; the words after it report the quotation, so it is one sentence.
          last.text = paragraph.slice(last.start, cursor);
          last.sentence = undefined;
          last.end = cursor;
        } else if (last && /^\p{Lu}/u.test(text) && endsOnTitle(last, s)) {
          last.text = paragraph.slice(last.start, cursor);
          last.sentence = undefined;
          last.end = cursor;
        } else wink.push({ text, sentence: s, read: raw, start, end: cursor, entities });
      });
    }
    for (const { text, sentence: s, read, entities } of wink) {
      const pieces = s ? splitAfterNo(text).flatMap((piece) => splitAfterNameEnd(piece, namesWhole)) : [text];
      if (pieces.length === 1 && s) out.push(sentenceOf({ docId, paragraph: p, index: index++, position: out.length, text }, s, read, entities, surfaces, currencies));
      else
        for (const piece of pieces) {
          const doc = readDoc(piece);
          out.push(sentenceOf({ docId, paragraph: p, index: index++, position: out.length, text: piece }, doc, doc.out() as string, entitiesOf(doc), surfaces, currencies));
        }
    }
  });
  // Rule NA (docs/quality.md, "Session 66"): "The union put the number at 4,200." counts what the sentence before counted.
  withAntecedentCounts(out);
  return out;
}

/**
 * The most characters wink reads at once. Its work per character about doubles between 10,000 and
 * 40,000 characters read in one go (measured on prose, on "U.S. " repeated and on one word
 * repeated), so a paragraph longer than this (a transcript, a table flattened into one line) is read
 * in pieces, and its cost stays in proportion to its length. Almost no paragraph is this long.
 */
export const MAX_READ_CHARS = 16_000;

/**
 * Where to cut a paragraph for reading, as [from, to) ranges that cover it: each piece ends after the last
 * sentence end in the second half of its window (a word of three lower-case letters and ".", "!" or "?",
 * then a capital), else at its last space, else where the window ends (not inside a surrogate pair).
 */
function readingPieces(paragraph: string): [number, number][] {
  const pieces: [number, number][] = [];
  let from = 0;
  while (paragraph.length - from > MAX_READ_CHARS) {
    const window = paragraph.slice(from + MAX_READ_CHARS / 2, from + MAX_READ_CHARS);
    let cut = -1;
    for (const m of window.matchAll(SENTENCE_END)) cut = m.index + m[0].length;
    if (cut < 0) {
      const space = window.lastIndexOf(' ');
      if (space >= 0) cut = space + 1;
    }
    let to = cut >= 0 ? from + MAX_READ_CHARS / 2 + cut : from + MAX_READ_CHARS;
    if (cut < 0 && /[\uD800-\uDBFF]/.test(paragraph[to - 1]!)) to -= 1;
    pieces.push([from, to]);
    from = to;
  }
  pieces.push([from, paragraph.length]);
  return pieces;
}
const SENTENCE_END = /\p{Ll}{3}[.!?]["”’)]?\s+(?=["“‘(]?\p{Lu})/gu;

/**
 * Whether wink ended a piece on a title's abbreviation it does not know ("Army Spc." | "Lee Harmon
 * guilty", "The officer, Maj." | "Ruth Okafor, testified"): a capitalised abbreviation of one to
 * three letters ends it, a name opens the piece after, and the abbreviation is an honorific or one of the
 * two holds no verb: one sentence cut in two. No list of titles: "…fallen since July." | "On Sunday, voters return…" are two sentences.
 */
function endsOnTitle(piece: { text: string; sentence?: ItemSentence }, next: ItemSentence): boolean {
  // An honorific ("Maj.", "Spc.", "Cmndr.") is always followed by the name it belongs to, or by another title ("Maj. Gen. …"),
  // also at the end of a piece already joined.
  if (HONORIFICS.has(piece.text.slice(piece.text.lastIndexOf(' ') + 1).toLowerCase())) return true;
  if (!piece.sentence || !TITLE_END.test(piece.text) || (next.tokens().out(its.pos) as string[])[0] !== 'PROPN') return false;
  return !hasVerbTag(piece.sentence) || !hasVerbTag(next);
}

function hasVerbTag(s: ItemSentence): boolean {
  return (s.tokens().out(its.pos) as string[]).some((pos) => pos === 'VERB' || pos === 'AUX');
}
// A capital and at most three lower-case letters: "Spc.", "Maj.", "Sgts."; "Leeds." is a word.
const TITLE_END = /(?:^|[\s(])\p{Lu}\p{Ll}{0,3}\.$/u;

/**
 * wink reads "no." as the abbreviation of "number" wherever it stands, so "…the answer was no.
 * The talks ended." came out one sentence. It abbreviates a number only before one ("No. 2").
 */
const NO_ENDS = /\bno\.(?=\s+["'“‘(]?\p{Lu})/giu;

export function splitAfterNo(text: string): string[] {
  // The pattern is unicode-aware and slow to fail; most sentences hold no "no." at all.
  if (!MAY_END_AT_NO.test(text)) return text.trim() ? [text.trim()] : [];
  const out: string[] = [];
  let from = 0;
  for (const m of text.matchAll(NO_ENDS)) {
    const end = m.index + m[0].length;
    out.push(text.slice(from, end).trim());
    from = end;
  }
  out.push(text.slice(from).trim());
  return out.filter(Boolean);
}
const MAY_END_AT_NO = /no\./i;

type Reading = ItemSentence | ReturnType<typeof readDoc>;

/** The entities wink found in a reading, read out once for all its sentences: their token spans and types, in order. */
interface ReadEntities {
  spans: [number, number][];
  types: string[];
  /** Whether any of them may be a figure (mayBeFigure): when none is, no sentence of the reading needs its entities. */
  mayBeFigure: boolean;
}

function entitiesOf(doc: ReturnType<typeof readDoc>): ReadEntities {
  const all = doc.entities();
  const types = all.out(its.type) as string[];
  return { spans: types.length ? (all.out(its.span) as unknown as [number, number][]) : [], types, mayBeFigure: types.some(mayBeFigure) };
}

/** The sentence at that place, with its words, stems, phrases and figures from one read-out of its tokens; `read` is the text wink read. */
function sentenceOf(at: Pick<Sentence, 'docId' | 'paragraph' | 'index' | 'position' | 'text'>, s: Reading, read: string, entities: ReadEntities, surfaces: PhraseSurfaces | undefined, currencies: ReadonlyMap<string, string>): Sentence {
  const tokens = s.tokens();
  const tags = tokens.out(its.pos) as string[];
  const lexemes = wordsOf(tokens);
  const { words, stems, phrases } = analyse(lexemes, tags, surfaces);
  return { docId: at.docId, paragraph: at.paragraph, index: at.index, position: at.position, text: at.text, words, stems, phrases, figures: figuresOf(s, read, tokens, lexemes, tags, entities, currencies) };
}

/**
 * The sentence's figures, from the entities of its reading that it holds (wink's own rule for a
 * sentence's entities: those whose span meets the sentence's, made relative to it): the
 * paragraph's, or a piece's own reading when "no." split a sentence wink read as one. `text` is
 * what wink read (its own out()).
 */
function figuresOf(s: Reading, text: string, tokens: Tokens, lexemes: readonly Word[], pos: string[], read: ReadEntities, currencies: ReadonlyMap<string, string>): Sentence['figures'] & object {
  if (!read.mayBeFigure && !mayHoldUntaggedFigure(text)) return NO_FIGURES;
  const [first, last] = 'sentences' in s ? [0, Number.POSITIVE_INFINITY] : (s.out(its.span) as unknown as [number, number]);
  const entities: EntitySpan[] = [];
  for (let k = 0; k < read.types.length; k++) {
    const [start, end] = read.spans[k]!;
    if (end >= first && start <= last) entities.push({ type: read.types[k]!, start: start - first, end: end - first });
  }
  // Without a figure among the reading's entities, the text was found to hold an untagged one above.
  if (read.mayBeFigure && !entities.some((e) => mayBeFigure(e.type)) && !mayHoldUntaggedFigure(text)) return NO_FIGURES;
  return figuresFrom(tokensOf(tokens as never, { words: lexemes.map((l) => l.value), pos }), entities, currencies);
}
const NO_FIGURES: never[] = [];

/** What a word's normal form gives the analysis, worked out once a worker: the same few thousand forms recur. */
interface WordForm {
  /** Its Porter stem, without a possessive "'s"; undefined when it has not two letters running (no stem, no phrase). */
  stem: string | undefined;
  topical: boolean;
}
const wordForms = new Map<string, WordForm>();
const WORD_FORMS = 200_000;

function wordForm(normal: string): WordForm {
  let form = wordForms.get(normal);
  if (form) return form;
  const base = withoutPossessive(normal, false);
  form = { stem: /\p{L}{2}/u.test(base) ? stem(base) : undefined, topical: !NOT_TOPICAL.has(base) };
  if (wordForms.size < WORD_FORMS) wordForms.set(normal, form);
  return form;
}

/** The word without a final "'s" or "’s" (lower-case only unless anyCase). */
function withoutPossessive(word: string, anyCase: boolean): string {
  const n = word.length;
  if (n < 2) return word;
  const last = word.charCodeAt(n - 1);
  if (last !== 115 && !(anyCase && last === 83)) return word;
  const quote = word.charCodeAt(n - 2);
  return quote === 39 || quote === 0x2019 ? word.slice(0, -2) : word;
}

/** What a token's lexeme gives the analysis. */
interface Word {
  /** As written, so a topic found in the text is titled "NATO attack", not "Nato attack". */
  value: string;
  type: string;
  normal: string;
  /** Its form when it is a word and not a stop word. */
  form: WordForm | undefined;
  /** As written, without a possessive: how it stands in a phrase. */
  phraseWord: string;
}
const wordsOf = lexemeReader<Word>(({ value, type, normal, stop }) => ({ value, type, normal, form: type === 'word' && !stop ? wordForm(normal) : undefined, phraseWord: withoutPossessive(value, true) }));

function analyse(lexemes: readonly Word[], tags: readonly string[], surfaces?: PhraseSurfaces): Pick<Sentence, 'words' | 'stems' | 'phrases'> {
  const words: string[] = [];
  const stems: string[] = [];
  const phrases = new Set<string>();
  /** Where the current run of topical nouns and adjectives starts: a run is the tokens from there to the next that is not one. */
  let from = 0;
  const closeRun = (to: number) => {
    for (let i = from; i < to; i++) {
      const one = lexemes[i]!;
      const stem = one.form!.stem!;
      addPhrase(phrases, surfaces, stem, one.phraseWord);
      if (i + 1 === to) break;
      const two = lexemes[i + 1]!;
      const name = tags[i] === 'PROPN';
      const nextName = tags[i + 1] === 'PROPN';
      // Two proper nouns are a name ("White House", "Vladimir Putin"): an actor, not a subject. Nor
      // is a word paired with half of a name ("envoy Richard" of "envoy Richard Holbrooke").
      const splitsName = (nextName && i + 2 < to && tags[i + 2] === 'PROPN') || (name && i > from && tags[i - 1] === 'PROPN');
      if (!(name && nextName) && !splitsName) addPhrase(phrases, surfaces, `${stem} ${two.form!.stem!}`, `${one.phraseWord} ${two.phraseWord}`);
    }
  };
  for (let i = 0; i < lexemes.length; i++) {
    const lexeme = lexemes[i]!;
    const type = lexeme.type;
    if (type === 'word' || type === 'number') {
      words.push(lexeme.normal);
      const form = lexeme.form;
      if (form?.stem !== undefined) {
        stems.push(form.stem);
        if (form.topical && PHRASE_POS.has(tags[i]!)) continue;
      }
    }
    closeRun(i);
    from = i + 1;
  }
  closeRun(lexemes.length);
  return { words, stems, phrases: [...phrases] };
}

function addPhrase(phrases: Set<string>, surfaces: PhraseSurfaces | undefined, key: string, word: string) {
  phrases.add(key);
  if (!surfaces) return;
  let forms = surfaces.get(key);
  if (!forms) surfaces.set(key, (forms = new Map()));
  forms.set(word, (forms.get(word) ?? 0) + 1);
}
