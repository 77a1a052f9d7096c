import { describe, expect, it } from 'vitest';
import type { RawDocument, Sentence } from '../../../src/core/ingest/document.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';
import { writesDate } from '../../../src/core/summary/answer-first.js';

/** Made-up wire copy (docs/quality.md, thirteenth round, issue 16a): "when" is led by the date a reader can read. */
const NOW = new Date('2026-03-20T12:00:00Z');
const doc = (id: string, published: string | undefined, text: string): RawDocument => ({ id, meta: { title: id, ...(published ? { published } : {}) }, addedAt: NOW.toISOString(), text });

function leadOf(docs: RawDocument[], question: string): string | undefined {
  const library = createLibrary('made-up', docs, { topics: [], now: () => NOW });
  const r = library.brief(question, { length: 'short', now: NOW });
  return r.ok ? r.briefing.summary[0]?.text : undefined;
}

const SEARCH = doc(
  'search.txt',
  '2026-03-03',
  [
    'Navy ships and aircraft were searching the sea on Monday after a Varnia Air passenger jet with 140 people on board disappeared over the ocean.',
    'Relatives gathered at the airport in the capital.',
    'The airline said the plane was an Airbus A320.',
  ].join(' '),
);
const FLIGHT = doc(
  'flight.txt',
  '2026-03-09',
  ['Investigators have not found the flight recorders.', 'The Varnia Air flight, a jet bound for the capital, disappeared on March 2.', 'The search area covers 20,000 square kilometres.'].join(' '),
);

describe('"when" is led by a date written out (thirteenth round, issue 16a)', () => {
  it('leads "when did the Varnia Air jet disappear" with "disappeared on March 2", not with "on Monday after … disappeared"', () => {
    expect(leadOf([SEARCH, FLIGHT], 'when did the Varnia Air jet disappear')).toBe('The Varnia Air flight, a jet bound for the capital, disappeared on March 2.');
  });

  it('reads "on March 2" as a date in an article with no date of its own', () => {
    const summit = doc('summit.txt', '2026-03-10', 'Under a deal proposed by Tavora during his Friday meeting with Reid in Port Alder, the border would stay closed. Both leaders left without a joint statement.');
    const opinion = doc('opinion.txt', undefined, 'Reid made real progress in moving Tavora toward a deal during a summit meeting in Port Alder on March 6. Critics called the summit a failure.');
    expect(leadOf([summit, opinion], 'when did Tavora and Reid meet in Port Alder')).toBe('Reid made real progress in moving Tavora toward a deal during a summit meeting in Port Alder on March 6.');
  });
});

describe('a date written out, and one the reader must work out (thirteenth round, issue 16a)', () => {
  const unit = (text: string): Sentence => ({ docId: 'd', paragraph: 0, index: 0, position: 0, text, words: [], stems: [], phrases: [] });
  it.each(['The embassies were bombed on Aug. 7.', 'The rebels freed him on 15 August.', 'The plant closed in June 2009.', 'The trust was broken up in 1911.'])('reads "%s" as a written date', (text) => {
    expect(writesDate(unit(text))).toBe(true);
  });
  it.each(['The jet disappeared on Monday.', 'The August bombings shocked the region.', 'The talks ended yesterday.'])('reads "%s" as a date to work out', (text) => {
    expect(writesDate(unit(text))).toBe(false);
  });
});
