import type { BriefError } from '../errors.js';
import { speechOf } from '../facts/quotes.js';
import { chronoReadingOf } from '../facts/timeline.js';
import { cleanText } from '../ingest/clean.js';
import type { Document, RawDocument } from '../ingest/document.js';
import { dateInFileName, httpUrl } from '../ingest/meta-values.js';
import { filedAsOpinion, isOpinion, labelledOpinion, signedByEditors } from '../ingest/opinion.js';
import { sourceFacts } from '../ingest/source-facts.js';
import { trimEnd } from '../ingest/trim-end.js';
import { type PhraseSurfaces, splitSentences } from './sentences.js';

/** Cleans a raw document, fills in what its text states about itself, and splits it into sentences, each with its speaker. */
export function buildDocument(raw: RawDocument, surfaces?: PhraseSurfaces, defer = false): { document: Document } | { error: BriefError } {
  const clean = cleanText(raw.text, raw.meta?.published);
  if (!clean.paragraphs.length) {
    return { error: { code: 'empty-document', file: raw.id, message: 'no prose left after cleaning (only headings, links or boilerplate)' } };
  }
  const sentences = splitSentences(raw.id, clean.paragraphs, surfaces);
  // Who said what reads each document alone: made here once, stored with the analysis, no answer reads it again; or, when
  // `defer` (a worker's first index), when first read or after ready (deferred-readings.ts), with the same result.
  if (!defer)
    speechOf(sentences, clean.listed).forEach((speech, i) => {
      sentences[i]!.speech = speech;
    });
  const stated = sourceFacts(raw.text);
  const title = raw.meta?.title ?? clean.title ?? stated.title ?? titleFromText(sentences[0]?.text ?? raw.id);
  const author = raw.meta?.author ?? clean.author ?? stated.author ?? clean.byline;
  const url = httpUrl(raw.meta?.url ?? stated.url);
  const opinion = raw.meta?.opinion ?? (clean.opinion === true || labelledOpinion(title) || filedAsOpinion(url) || signedByEditors(author) || isOpinion(sentences, clean.author !== undefined));
  const meta = {
    title,
    ...pick('outlet', raw.meta?.outlet ?? clean.outlet ?? stated.outlet ?? clean.agency),
    ...pick('author', author),
    ...pick('url', url),
    ...pick('published', raw.meta?.published ?? clean.published ?? dateInFileName(raw.id)),
    ...pick('updatedAt', raw.meta?.updatedAt),
    ...(opinion ? { opinion } : {}),
  };
  // The timeline's dates read each sentence against its article's date: chrono's reading is made here once and stored, so
  // an answer over stored analyses neither parses again nor loads chrono.
  if (!defer)
    for (const sentence of sentences) {
      const reading = chronoReadingOf(sentence.text, meta.published);
      if (reading) sentence.chronoReading = reading;
    }
  const document: Document = { id: raw.id, meta, paragraphs: clean.paragraphs, sentences, addedAt: raw.addedAt ?? new Date(0).toISOString() };
  if (defer) document.deferred = { listed: clean.listed ?? [] };
  return { document };
}

/** Words of a first sentence shown whole as a title; a longer one is cut there. */
const MAX_TITLE_WORDS = 30;

/** A document with no headline is named by its first sentence. */
function titleFromText(text: string): string {
  const words = text.split(/\s+/);
  return words.length <= MAX_TITLE_WORDS ? text : `${trimEnd(words.slice(0, MAX_TITLE_WORDS).join(' '), /[,;:—–-]/)}…`;
}

function pick<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value ? { [key]: value } : {}) as { [P in K]?: string };
}
