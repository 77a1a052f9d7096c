import { cleanText } from './clean.js';
import type { Document, RawDocument } from './document.js';
import type { BriefError } from './errors.js';
import { splitSentences, type PhraseSurfaces } from './sentences.js';
import { trimEnd } from './trim-end.js';

/** Cleans a raw document, fills in what its text states about itself, and splits it into sentences. */
export function buildDocument(raw: RawDocument, surfaces?: PhraseSurfaces): { document: Document } | { error: BriefError } {
  const clean = cleanText(raw.text);
  if (!clean.paragraphs.length) {
    return { error: { code: 'empty-document', file: raw.id, message: 'no prose left after cleaning (only headings, links or boilerplate)' } };
  }
  const sentences = splitSentences(raw.id, clean.paragraphs, surfaces);
  const meta = {
    title: raw.meta?.title ?? clean.title ?? titleFromText(sentences[0]?.text ?? raw.id),
    ...pick('outlet', raw.meta?.outlet),
    ...pick('author', raw.meta?.author ?? clean.author),
    ...pick('url', raw.meta?.url),
    ...pick('published', raw.meta?.published ?? clean.published),
  };
  return { document: { id: raw.id, meta, paragraphs: clean.paragraphs, sentences, addedAt: raw.addedAt ?? new Date(0).toISOString() } };
}

/** A document with no title is named by its opening words. */
function titleFromText(text: string): string {
  const words = text.split(/\s+/);
  return words.length <= 12 ? text : `${trimEnd(words.slice(0, 12).join(' '), /[,;:—–-]/)}…`;
}

function pick<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value ? { [key]: value } : {}) as { [P in K]?: string };
}
