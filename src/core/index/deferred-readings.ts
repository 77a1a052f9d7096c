import { speechOf } from '../facts/quotes.js';
import { chronoReadingOf } from '../facts/timeline.js';
import type { Document, Sentence, Speech } from '../ingest/document.js';

/**
 * Readings a worker's first index leaves for later (docs/quality.md, "Issue 17, twenty-ninth round (17defer)"): who said
 * what and chrono's reading of each sentence. Nothing before ready reads them (the term index, topic discovery and the
 * ready step read words, stems, phrases and figures), and the same readings made later are the same (who said what reads
 * its document alone, chrono a sentence's text against its article's date), so they are made when an answer first
 * reads a sentence of the document, or by the background preparation after ready, whichever comes first.
 */

/** Each sentence of a document whose readings are still to be made → that document. */
const pending = new WeakMap<Sentence, Document>();

/** Notes a document as deferred (its `deferred` field), so that the first reading of any of its sentences makes them. */
export function holdDeferred(document: Document): void {
  if (!document.deferred) return;
  for (const s of document.sentences) pending.set(s, document);
}

/** Who a sentence's direct speech is attributed to, its document's readings made first if they are still deferred. */
export function speechAt(sentence: Sentence): Speech | null | undefined {
  const document = pending.get(sentence);
  if (document) makeDeferred(document);
  return sentence.speech;
}

/** Makes a deferred document's readings, as buildDocument makes them for a document it does not defer. */
export function makeDeferred(document: Document): void {
  const deferred = document.deferred;
  if (!deferred) return;
  const { sentences } = document;
  speechOf(sentences, deferred.listed).forEach((speech, i) => {
    sentences[i]!.speech = speech;
  });
  for (const sentence of sentences) {
    const reading = chronoReadingOf(sentence.text, document.meta.published);
    if (reading) sentence.chronoReading = reading;
    pending.delete(sentence);
  }
  // Set, not deleted: every document keeps one shape.
  document.deferred = undefined;
}
