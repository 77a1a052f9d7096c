import { findDifferences } from '../../src/core/facts/differences.js';
import { scannable } from '../../src/core/facts/fact-bounds.js';
import { findFigures } from '../../src/core/facts/figures.js';
import { findQuotes } from '../../src/core/facts/quotes.js';
import { findEvents } from '../../src/core/facts/timeline.js';
import { buildDocument } from '../../src/core/index/build-document.js';
import type { Sentence } from '../../src/core/ingest/document.js';

let made = 0;
/**
 * Letters never used before in this process: the NLP model caches what it learnt of each word,
 * so a word seen once costs nothing the second time; every input here starts new words with these.
 */
export function fresh(): string {
  return (made++).toString(26).replace(/./g, (c) => String.fromCharCode(97 + parseInt(c, 26)));
}

/**
 * Hostile document text of about `n` units, new words each call: runs of one token that patterns
 * over document text could try in many ways (links run together, digits, commas, capitals, dots,
 * quotes, brackets), and words far longer than any word.
 */
export const PATHOLOGICAL: Record<string, (n: number) => string> = {
  'www. run together': (n) => `${fresh()}${'www.'.repeat(n)} x`,
  'links on one line': (n) => `Officials posted ${Array.from({ length: n }, () => `https://example.com/${fresh()} `).join('')}and then some words.`,
  'a run of digits': (n) => `The ${fresh()} count was ${'1'.repeat(n)} troops.`,
  'digits and commas': (n) => `The survey counted ${Array(n).fill('11').join(',')} troops.`,
  'commas alone': (n) => `Troops ${fresh()}${','.repeat(n)} x.`,
  'capitalised words and a quote': (n) => `${'Al Bo '.repeat(n)}“the quay will open again next spring”.`,
  'capitals in one word': (n) => `${fresh().toUpperCase()}${'A'.repeat(n)} — the port reopened.`,
  'one long word in a sentence': (n) => `Officials said ${fresh()}${'a'.repeat(n)} today.`,
  'one long link in a sentence': (n) => `Officials posted https://example.com/${fresh()}${'a'.repeat(n)} today.`,
  'dotted capitals': (n) => `${'U.S. '.repeat(n)}officials met.`,
  dots: (n) => `The port ${fresh()}${'.'.repeat(n)} reopened.`,
  quotes: (n) => `He said ${'“a” '.repeat(n)}again.`,
  'straight quotes': (n) => `He said ${'"a" '.repeat(n)}again.`,
  'unit conversions': (n) => `The convoy drove ${Array(n).fill('40 kilometers (25').join(' ')} miles) that night.`,
  dates: (n) => `Talks ran from ${'May 5, 2025, '.repeat(n)}onwards.`,
  hyphens: (n) => `${fresh().toUpperCase()}${'A-'.repeat(n)}B — the port reopened.`,
  'short lines': (n) => 'Port.\n'.repeat(n),
};

/**
 * The whole per-document path a briefing pays for: clean, split and analyse the text, then the
 * fact extractors over its sentences as a briefing runs them (the scannable ones, at most a
 * briefing's pool of them).
 */
export function processDocument(text: string): void {
  // First, where titles and datelines are looked for; prose after it, so that the document is never empty.
  const built = buildDocument({ id: 'hostile.txt', text: `${text}\n\nThe harbour board met on Monday to discuss the port.\n` });
  if ('error' in built) return;
  const sentences = built.document.sentences.filter(scannable).slice(0, 80);
  const ofDocument = (): readonly Sentence[] => built.document.sentences;
  findQuotes(sentences, ofDocument);
  findFigures(sentences);
  findEvents(sentences, () => '2025-05-06');
  findDifferences(sentences, () => 2, 3);
}
