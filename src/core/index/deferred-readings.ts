import { speechOf } from '../facts/quotes.js';
import { chronoReadingOf } from '../facts/timeline.js';
import type { ChronoReading, Document, Sentence, Speech } from '../ingest/document.js';

/**
 * Readings a worker's first index leaves for later (docs/quality.md, "Issue 17, twenty-ninth round (17defer)"): who said
 * what and chrono's reading of each sentence. Nothing before ready reads them (the term index, topic discovery and the
 * ready step read words, stems, phrases and figures), and the same readings made later are the same (who said what reads
 * its document alone, chrono a sentence's text against its article's date), so they are made after ready by the worker
 * pool (library/deferred-pass.ts), or when an answer first reads a sentence of the document, whichever comes first.
 */

/** Each sentence of a document whose readings are still to be made → that document. */
const pending = new WeakMap<Sentence, Document>();
/** Documents held here whose readings are not made yet (for tests and logs: a WeakMap cannot be counted). */
let held = 0;

/** Notes a document as deferred (its `deferred` field), so that the first reading of any of its sentences makes them. */
export function holdDeferred(document: Document): void {
  if (!document.deferred) return;
  for (const s of document.sentences) pending.set(s, document);
  held++;
}

/** How many documents held as deferred still wait for their readings. */
export function stillDeferred(): number {
  return held;
}

/** Who a sentence's direct speech is attributed to, its document's readings made first if they are still deferred. */
export function speechAt(sentence: Sentence): Speech | null | undefined {
  const document = pending.get(sentence);
  if (document) makeDeferred(document);
  return sentence.speech;
}

/** What a worker needs to make a deferred document's readings: its sentences' places and texts, what is listed, its date. */
export interface DeferredInput {
  sentences: Pick<Sentence, 'docId' | 'paragraph' | 'index' | 'position' | 'text'>[];
  listed: string[];
  published: string | undefined;
}

/** A deferred document's readings, sentence by sentence (null: none). */
export interface DeferredReadings {
  speech: (Speech | null)[];
  chrono: (ChronoReading | null)[];
}

/** The input a worker reads for a deferred document, or undefined once its readings are made. */
export function deferredInputOf(document: Document): DeferredInput | undefined {
  if (!document.deferred) return undefined;
  return {
    sentences: document.sentences.map(({ docId, paragraph, index, position, text }) => ({ docId, paragraph, index, position, text })),
    listed: document.deferred.listed,
    published: document.meta.published,
  };
}

/**
 * The readings buildDocument makes, from places and texts alone: who said what reads no words, stems or phrases
 * (17defer's P4: 0 of 24,223 sentences differ), chrono a sentence's text against the article's date.
 */
export function readingsOf(input: DeferredInput): DeferredReadings {
  const sentences: Sentence[] = input.sentences.map((s) => ({ ...s, words: [], stems: [], phrases: [] }));
  return {
    speech: speechOf(sentences, input.listed),
    chrono: sentences.map((s) => chronoReadingOf(s.text, input.published) ?? null),
  };
}

/** Puts a worker's readings on a document still deferred; one an answer attributed meanwhile keeps its own (the same). */
export function installReadings(document: Document, readings: DeferredReadings): void {
  if (!document.deferred) return;
  const { sentences } = document;
  if (readings.speech.length !== sentences.length || readings.chrono.length !== sentences.length) {
    makeDeferred(document);
    return;
  }
  sentences.forEach((sentence, i) => {
    sentence.speech = readings.speech[i]!;
    const reading = readings.chrono[i];
    if (reading) sentence.chronoReading = reading;
  });
  done(document);
}

/** Makes a deferred document's readings on this thread, as buildDocument makes them for a document it does not defer. */
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
  }
  done(document);
}

function done(document: Document): void {
  let wasHeld = false;
  for (const sentence of document.sentences) wasHeld = pending.delete(sentence) || wasHeld;
  if (wasHeld) held--;
  // Set, not deleted: every document keeps one shape.
  document.deferred = undefined;
}
