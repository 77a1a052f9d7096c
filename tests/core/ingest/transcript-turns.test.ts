import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/core/facts/quotes.js';
import { buildDocument } from '../../../src/core/index/build-document.js';
import type { Document } from '../../../src/core/ingest/document.js';

const build = (text: string): Document => {
  const built = buildDocument({ id: 'hearing.txt', text });
  if (!('document' in built)) throw new Error('expected a document');
  return built.document;
};
const speakers = (document: Document) => findQuotes(document.sentences, () => document.sentences).map((q) => [q.speaker, q.sentence.text]);

const HEARING = [
  'HARSTAD COUNCIL TRANSPORT COMMITTEE',
  'Hearing on the Repair of the Old River Bridge',
  'Partial Transcript — Wednesday, Nov. 18, 2026',
  '',
  'COUNCILLOR ANNA BERG (Chair): The committee will come to order. I want straight answers about the bridge today.',
  '',
  'DIRECTOR TOM HALE: Thank you, Madam Chair. In October we estimated the repair at $38 million. Our revised estimate is $52 million.',
  '',
  'COUNCILLOR BERG: That is a 37 percent increase in four months. I think the public deserves better.',
].join('\n');

describe('rule TT: a hearing’s transcript, turn by turn (docs/quality.md, "Session 64")', () => {
  it('gives every sentence of a turn to the speaker its label names, a short label to the full one', () => {
    const found = speakers(build(HEARING));
    expect(found).toContainEqual(['DIRECTOR TOM HALE', 'In October we estimated the repair at $38 million.']);
    expect(found).toContainEqual(['DIRECTOR TOM HALE', 'Our revised estimate is $52 million.']);
    expect(found).toContainEqual(['COUNCILLOR ANNA BERG', 'I think the public deserves better.']);
  });

  it('does not read a transcript’s first person as a writer’s opinion', () => {
    expect(build(HEARING).meta.opinion).toBeUndefined();
  });

  it('reads no turns where a newsroom’s label or a single speaker opens paragraphs', () => {
    const story = build(['UPDATE: The council met on Tuesday and voted to repair the old bridge over the river.', '', 'CORRECTION: An earlier version of this story gave the wrong cost. The repair will cost $52 million.'].join('\n'));
    expect(speakers(story)).toEqual([]);
    // A wire roundup's places open its paragraphs the same way (amendment TT′).
    const roundup = build(['LONDON: Share prices fell on Monday as traders sold bank stocks.', '', 'PARIS: The bourse closed lower after a quiet session.'].join('\n'));
    expect(speakers(roundup)).toEqual([]);
  });
});

describe('amendment TT″: a transcript’s accented names and one-word labels (docs/quality.md, "Session 65")', () => {
  const BRIEFING = [
    'MINISTER OF MINES TOMÁS REYES: Good morning. Ten men remain underground at the mine.',
    '',
    'REPORTER (Rádio Serra): Minister, the union says pillars were thinned. Is that true?',
    '',
    'REYES: I have heard that claim. I have ordered an independent inquiry.',
    '',
    'MINISTER REYES: One more thing. The next briefing will be at six this evening.',
  ].join('\n');

  it('gives the surname’s turns to the full label and a questioner’s turns to the questioner', () => {
    const found = speakers(build(BRIEFING));
    expect(found).toContainEqual(['MINISTER OF MINES TOMÁS REYES', 'I have ordered an independent inquiry.']);
    expect(found).toContainEqual(['MINISTER OF MINES TOMÁS REYES', 'Ten men remain underground at the mine.']);
    expect(found).toContainEqual(['REPORTER', 'Is that true?']);
  });
});
