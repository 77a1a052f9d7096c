import type { BriefNotice } from '../errors.js';
import type { Sentence } from '../ingest/document.js';

/**
 * Sentences longer than this are left to the summary: quotes, figures, dates and differences are
 * not looked for in them. Prose sentences run to a few hundred characters; past this one is a
 * list, a table flattened into text, or an attack, and scanning it only costs every answer time.
 */
export const MAX_FACT_SENTENCE_CHARS = 1_000;

/** Whether the fact extractors look at a sentence. */
export function scannable(sentence: Sentence): boolean {
  return sentence.text.length <= MAX_FACT_SENTENCE_CHARS;
}

/** The log line for a document whose sentences the fact extractors pass over; none for most documents. */
export function unscannedNotice(file: string, sentences: readonly Sentence[]): BriefNotice | undefined {
  let count = 0;
  for (const s of sentences) if (!scannable(s)) count++;
  if (!count) return undefined;
  const what = count === 1 ? '1 sentence is' : `${count} sentences are`;
  return { code: 'long-sentences', file, message: `${what} longer than ${MAX_FACT_SENTENCE_CHARS} characters: left to the summary, not scanned for quotes, figures, dates or differences` };
}

/**
 * What an extractor finds in one sentence, worked out once: sentences live as long as their
 * index, and every briefing on a topic looks at the same sentences again. Any further arguments
 * must follow from the sentence (its document's sentences), since only the sentence is the key.
 */
export function oncePerSentence<T, Rest extends unknown[]>(find: (sentence: Sentence, ...rest: Rest) => T): (sentence: Sentence, ...rest: Rest) => T {
  const found = new WeakMap<Sentence, { value: T }>();
  return (sentence, ...rest) => {
    let known = found.get(sentence);
    if (!known) found.set(sentence, (known = { value: find(sentence, ...rest) }));
    return known.value;
  };
}
