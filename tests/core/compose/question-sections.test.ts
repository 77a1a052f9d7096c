import { describe, expect, it } from 'vitest';
import type { Briefing } from '../../../src/core/briefing.js';
import type { RawDocument } from '../../../src/core/ingest/document.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';

/** Made-up wire copy of one story, a ferry strike, told with its pay offers, its days and its leaders' words. */
const NOW = new Date('2026-06-20T12:00:00Z');
const doc = (id: string, published: string, sentences: string[]): RawDocument => ({ id, meta: { title: id, published }, addedAt: NOW.toISOString(), text: sentences.join(' ') });

const STRIKE = [
  doc('strike-1.txt', '2026-06-08', [
    'Ferry workers in Port Halden walked off the job on Monday, stranding 4,000 island commuters.',
    '"We will not sail until the company treats us fairly," said union leader Mara Olsen.',
    'The Halden ferry company runs 12 boats between the islands and the mainland.',
  ]),
  doc('strike-2.txt', '2026-06-09', ['Island schools closed on Tuesday because teachers could not reach them during the Port Halden ferry strike.', 'Some 900 pupils stayed home, the island school board said.']),
  doc('strike-3.txt', '2026-06-10', [
    'The Port Halden ferry strike entered its third day on Wednesday as the union and the company met for talks.',
    'The union wants a pay raise of eight percent for ferry crews.',
    '"The company cannot afford such a raise," said ferry company director Jon Berg.',
  ]),
  doc('strike-4.txt', '2026-06-11', ['Island shops ran short of bread and milk on Thursday as the Port Halden ferry strike went on.', 'Private boats carried 150 passengers a day to the mainland.']),
  doc('strike-5.txt', '2026-06-12', [
    'The Port Halden ferry strike ended on Friday after the union accepted a new offer from the company.',
    'Ferry crews will get a pay raise of six percent over two years.',
    'The first ferry left Port Halden with 300 commuters on board on Friday.',
  ]),
];

function answer(query: string): Briefing {
  const library = createLibrary('made-up', STRIKE, { topics: [], now: () => NOW });
  const r = library.brief(query, { length: 'standard', now: NOW });
  if (!r.ok) throw new Error(`no answer to ${query}`);
  return r.briefing;
}

const itemTexts = (b: Briefing) => [...b.quotes.map((q) => q.text), ...b.figures.map((f) => f.text), ...b.timeline.map((e) => e.text)];

describe('a question’s other sections answer the question too (rule SQ, question-sections.ts)', () => {
  it('shows, after "how big a raise did the ferry crews get", only quotes, figures and dates that speak of the raise', () => {
    const b = answer('how big a raise did the ferry crews get in the Port Halden strike');
    const items = itemTexts(b);
    // The raise is what was asked: a figure of it stays.
    expect(b.figures.some((f) => /raise/.test(f.text))).toBe(true);
    // The story's other facts (stranded commuters, the fleet, schools, shops, private boats) are not the answer: every
    // quote, figure and date left speaks of the raise.
    expect(items.filter((t) => !/raise/.test(t))).toEqual([]);
  });

  it('leaves a query that is no question with the story’s quotes, figures and dates', () => {
    const items = itemTexts(answer('Port Halden ferry strike'));
    expect(items.some((t) => /4,000|12 boats|900 pupils|150 passengers|300 commuters/.test(t))).toBe(true);
  });
});

/** Made-up wire copy of a fire whose toll the agencies give differently, always as "killing" and never as "died". */
const FIRE = [
  doc('fire-1.txt', '2026-05-02', ['A fire swept through the Marston dance hall on Friday night, killing 60 people.', 'Twelve fire engines fought the Marston fire for three hours.']),
  doc('fire-2.txt', '2026-05-02', ['The Marston dance hall fire on Friday, killing 65 people, was the worst in the town for a century.', 'About 400 guests were inside the hall.']),
  doc('fire-3.txt', '2026-05-03', ['Police said the Marston fire began in a storeroom on the ground floor.', 'The hall had two exits, one of them locked.']),
  doc('fire-4.txt', '2026-05-03', ['Mourners laid flowers outside the burned Marston dance hall on Saturday.', 'The town declared two days of mourning after the fire.']),
];

describe('a question’s asked quantity is its answer in any of its words (rule SQ, amendment SQ-2)', () => {
  it('shows how the sources differ on the toll after "how many died in the Marston fire", though they write "killing"', () => {
    const library = createLibrary('made-up', FIRE, { topics: [], now: () => NOW });
    const r = library.brief('how many died in the Marston fire', { length: 'standard', now: NOW });
    if (!r.ok) throw new Error('no answer');
    const b = r.briefing;
    const tolls = [...(b.figuresThatDiffer ?? []).flatMap((d) => d.values.map((v) => v.value)), ...b.figures.filter((f) => /kill/.test(f.counts)).map((f) => f.value)];
    expect(tolls).toEqual(expect.arrayContaining(['60', '65']));
    // The fire's other figures (engines, hours, guests, exits, days of mourning) are not what was asked.
    expect(b.figures.filter((f) => /engines|hours|guests|exits|days/.test(f.counts))).toEqual([]);
  });
});

describe('one article tells no story’s own words (docs/quality.md, "Session 52", rule OD)', () => {
  it('keeps the figures of "who is Jon Berg", answered from the one article that names him, to those that speak of him', () => {
    const b = answer('who is Jon Berg');
    expect(b.summary.some((p) => /Jon Berg/.test(p.text))).toBe(true);
    // The article's other figure, the union's eight percent, says nothing of Berg.
    expect(b.figures.filter((f) => !/Berg/.test(f.text))).toEqual([]);
  });
});
