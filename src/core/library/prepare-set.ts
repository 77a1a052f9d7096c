import { SLICE_MS } from '../event-loop-slices.js';
import { prepareFullNames, readSpeech } from '../facts/quotes.js';
import { makeDeferred, speechAt } from '../index/deferred-readings.js';
import { readNameWriters } from '../index/name-writers.js';
import { prepareRelatedWords } from '../index/related-words.js';
import { type SameText, sameTextIn } from '../index/same-text.js';
import { sentenceIdOf, type TermIndex } from '../index/term-index.js';
import type { Sentence } from '../ingest/document.js';
import { prepareNearTexts } from '../summary/near-duplicates.js';
import { preparePassages, type SentencesOf } from '../summary/passages.js';
import { factsOf } from '../summary/summary-facts.js';

/**
 * What answers read of a sentence the first time they meet it, worked out for every sentence of the set after it is
 * ready, between answers: an ad-hoc answer at 10,000 articles otherwise spends most of its time on sentences no answer
 * read before. Each reading is the one the answer would make itself and keeps per sentence, so answers do not change;
 * an answer that comes first makes what it needs, as before. Only the readings that cost little memory for what they
 * save are made: summary facts, speech readings (shared by wire copies), each document's quotation ends and how its
 * sentences lean (a byte a sentence), the unit of each sentence shown alone (itself), and the texts that state the same as
 * each distinct text (a short list a text; docs/quality.md, "Issue 17, nineteenth round (17adhoc)"), and, once every sentence
 * is read, the index's table of which documents write each capitalised word (a list entry a name a document) and the word vectors related words are read from. Passages, slots and dates are
 * left to the answers that need them: over a set of distinct texts they would hold about 630, 800 and 690 bytes a
 * sentence, some 400 MiB at 10,000 articles (docs/quality.md, seventh round).
 */
export interface Preparation {
  /** Resolves once every sentence of the index as it now stands is prepared. */
  prepared(): Promise<void>;
  /**
   * The index grew or was rebuilt: prepare what it now holds; once `after` settles, if given (the deferred readings'
   * pass on the workers, library/deferred-pass.ts, which the preparation would otherwise make on this thread).
   */
  resume(after?: Promise<void>): void;
}

/** Sentences prepared between two looks at the clock. */
const BETWEEN_CHECKS = 16;

interface Reading {
  index: TermIndex;
  sentencesOf: SentencesOf;
  sameText: SameText;
}

export function backgroundPreparation(current: () => TermIndex): Preparation {
  let running: Promise<void> | undefined;
  let of: TermIndex | undefined;
  let reading: Reading | undefined;
  let next = 0;
  const slice = (done: () => void) => {
    const index = current();
    if (index !== of) {
      // A rebuilt index holds the same sentences under new ids: those already prepared are looked up, not read again.
      of = index;
      next = 0;
      reading = readingOf(index);
    }
    const until = performance.now() + SLICE_MS;
    while (next < index.sentences.length) {
      // Background work has no caller to report to: a sentence whose reading fails is left for the answer that meets it,
      // which reads it under its own error handling, instead of an uncaught error taking the service down.
      try {
        prepareSentence(index.sentences[next++]!, reading!);
      } catch {}
      if (next % BETWEEN_CHECKS === 0 && performance.now() >= until) break;
    }
    if (next < index.sentences.length || !writersRead(index, until)) setTimeout(() => slice(done), 0).unref();
    else {
      // Last, the word vectors related words are read from (a missing or unreadable lexicon is left to the query that asks).
      try {
        prepareRelatedWords();
      } catch {}
      running = undefined;
      done();
    }
  };
  return {
    prepared: () => running ?? Promise.resolve(),
    resume(after) {
      // Started on the next turn, so whoever made the set ready answers first.
      running ??= new Promise<void>((done) => {
        const start = () => setTimeout(() => slice(done), 0).unref();
        if (after) after.then(start, start);
        else start();
      });
    },
  };
}

/**
 * No background preparation: for a process that answers once and ends (the CLI), where the work would only run between
 * the answer and the exit (its timers are unref'd, yet a loop with nothing else to do still runs them to the end), and the
 * one answer makes the readings it needs itself, as it does when it comes before the preparation.
 */
export const noPreparation: Preparation = {
  prepared: () => Promise.resolve(),
  resume() {},
};

/**
 * Then which documents write each name, which the first surname gloss would otherwise read of every document (name-writers.ts).
 * A failure leaves it to that gloss, as a sentence's does.
 */
function writersRead(index: TermIndex, until: number): boolean {
  try {
    return readNameWriters(index, until);
  } catch {
    return true;
  }
}

function readingOf(index: TermIndex): Reading {
  return {
    index,
    sentencesOf: (docId) => index.documents.get(docId)?.sentences ?? [],
    sameText: sameTextIn(index),
  };
}

function prepareSentence(s: Sentence, { index, sentencesOf, sameText }: Reading): void {
  factsOf(s);
  // Near copies are found by text: its first sentence stands for its copies.
  if (index.textIds.get(s.text) === sentenceIdOf(index, s)) prepareNearTexts(index, s);
  // Where its document's quotations open and close, how its sentences lean, and the unit of each shown alone: read with its
  // first, as are the readings a worker's first index left for after ready (deferred-readings.ts).
  if (s.position === 0) {
    const document = index.documents.get(s.docId);
    if (document) makeDeferred(document);
    preparePassages(sentencesOf(s.docId));
    // Its full names, which the surname gloss reads of every cited document writing a word; after its deferred readings,
    // whose reading of speakers builds and drops a table of its own.
    prepareFullNames(sentencesOf(s.docId));
  }
  // Speech readings serve attribution alone: a sentence its analysis attributed needs none.
  if (speechAt(s) === undefined) readSpeech(s, sameText);
}
