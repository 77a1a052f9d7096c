import { describe, expect, it } from 'vitest';
import { askedFirst, askedKey, rankFigures } from '../../../src/core/compose/rank-figures.js';
import { findFigures } from '../../../src/core/facts/figures.js';
import type { Sentence } from '../../../src/core/ingest/document.js';
import { readQuestion } from '../../../src/core/topics/read-query.js';
import { sentence } from '../../eval/made-up-cluster.js';

const pool = [
  sentence('a', 0, 'Officials cited two factors behind the delay at the harbour.'),
  sentence('a', 1, 'The harbour fire killed 12 dock workers on Friday.'),
  sentence('b', 0, 'Investigators said the dock workers had no way out of the shed.'),
  sentence('c', 0, 'The port will spend $4 million on new fire doors.'),
  sentence('c', 1, 'The blaze burned for four hours.'),
];
const shown = (question?: string) =>
  rankFigures(
    findFigures(pool).filter((f) => f.counts),
    pool,
    question ? readQuestion(question) : undefined,
  ).map((f) => f.value);

describe('key figures in a desk order', () => {
  it('puts money and what the sources count before a small count said once and a duration, each tier in the pool order', () => {
    expect(shown()).toEqual(['12', '$4 million', 'two', 'four']);
  });

  it("puts the asked count of another year's event after the story's own, unless the question names that year (rule BY)", () => {
    const tolls = [sentence('a', 0, 'It is the deadliest harbour fire since 1998, when 23 people died in a blaze at the docks.'), sentence('a', 1, 'The harbour fire killed nine people on Friday, officials said.')];
    const ranked = (question: string) =>
      rankFigures(
        findFigures(tolls).filter((f) => f.counts),
        tolls,
        readQuestion(question),
        undefined,
        () => '2026-10-14',
      ).map((f) => f.value);
    expect(ranked('how many people died in the harbour fire')).toEqual(['nine', '23']);
    expect(ranked('how many people died in the harbour fire in 1998')[0]).toBe('23');
  });

  it('puts a count that announces the list the text gives next after what the story counts, however often its noun recurs (issue 16k)', () => {
    const listing = [
      sentence('a', 0, 'The delay at the harbour came down to two factors: the cost of new doors and the crew.'),
      sentence('b', 0, 'Both factors were named by the board.'),
      sentence('c', 0, 'The harbour fire killed 12 dock workers on Friday.'),
      sentence('d', 0, 'Investigators said the dock workers had no way out.'),
      sentence('e', 0, 'The board named three very vague points: doors, alarms and exits.'),
      sentence('f', 0, 'The points were read out on Monday.'),
    ];
    expect(
      rankFigures(
        findFigures(listing).filter((f) => f.counts),
        listing,
      ).map((f) => f.value),
    ).toEqual(['12', 'two', 'three']);
    // A count that ends its sentence is the story's: "the four dock workers." stays with what the sources count.
    const ending = [sentence('a', 0, 'The board mourned the four dock workers.'), ...listing.slice(2, 4)];
    expect(
      rankFigures(
        findFigures(ending).filter((f) => f.counts),
        ending,
      ).map((f) => f.value),
    ).toEqual(['four', '12']);
  });

  it('puts a count that ends its sentence after what the story counts when the next sentence takes its list up (issue 16k)', () => {
    const toll = [sentence('c', 0, 'The harbour fire killed 12 dock workers on Friday.'), sentence('d', 0, 'Investigators named other factors: the dock workers had no way out.')];
    const ranked = (first: string, second: string) => {
      const doc = [sentence('a', 0, first), sentence('a', 1, second), ...toll];
      const nextOf = (s: Sentence) => doc.find((d) => d.docId === s.docId && d.position === s.position + 1);
      return rankFigures(
        findFigures([doc[0]!, toll[0]!]).filter((f) => f.counts),
        doc,
        undefined,
        nextOf,
      ).map((f) => f.value);
    };
    expect(ranked('The delay at the harbour came down to two factors.', 'The first is the cost of new doors, and the factors weigh on the board.')).toEqual(['12', 'two']);
    expect(ranked('The board mourned two dock workers.', 'The dock workers had no way out.')).toEqual(['two', '12']);
  });

  it('puts first, for a question that asks an amount, the figures that count what it asks', () => {
    expect(shown('how much will the port spend on repairs')).toEqual(['$4 million', '12', 'two', 'four']);
    expect(shown('how many hours did the blaze burn')[0]).toBe('four');
    expect(shown('how many dock workers did the port fire kill')[0]).toBe('12');
  });

  it('ranks by the asked quantity, not the names the question writes to pick its story (issue 16figask)', () => {
    const deal = [sentence('a', 0, 'Harwick Mills shares rose 2 1/4, to 61, on Monday.'), sentence('b', 0, 'The merger of Harwick Mills and Tolland Paper is worth $3.2 billion.')];
    const figures = [
      { value: '61', counts: 'Harwick Mills shares rose to', sentence: deal[0]! },
      { value: '$3.2 billion', counts: 'worth', sentence: deal[1]! },
    ];
    const ranked = (question: string) => rankFigures(figures, deal, readQuestion(question)).map((f) => f.value);
    expect(ranked('how much is the Harwick Mills deal worth')).toEqual(['$3.2 billion', '61']);
    // A name that heads what the question asks about is the thing measured, not a word that picks the story.
    expect([...askedKey(readQuestion('how far did the Dow fall'))]).toContain('dow');
  });

  it('puts the asked quantity first among figures that differ', () => {
    const entries = [{ counts: 'doors fitted' }, { counts: 'dock workers killed' }];
    expect(askedFirst(entries, askedKey(readQuestion('how many dock workers were killed in the fire')), 1)).toEqual([{ counts: 'dock workers killed' }]);
    expect(askedFirst(entries, askedKey(undefined), 1)).toEqual([{ counts: 'doors fitted' }]);
  });
});

describe('a definite small-number compound ranks last (docs/quality.md, "Twenty-fourth round (issue 16figs3)", H1c)', () => {
  it('ranks "the two-party opposition" after every other figure, even a duration said once, though its noun recurs', () => {
    const story = [sentence('a', 0, 'The two-party opposition rejected the offer on Friday.'), sentence('b', 0, 'The opposition won 40 seats in the July election.'), sentence('c', 0, 'The opposition said the talks lasted four hours.')];
    expect(
      rankFigures(
        findFigures(story).filter((f) => f.counts),
        story,
      ).map((f) => f.value),
    ).toEqual(['40', 'four', 'two']);
  });
});

describe('a place\'s size ranks last (rule PP, docs/quality.md "Session 64")', () => {
  const story = [
    sentence('a', 0, 'The fire at the dance hall in Harwick, a city of half a million people, killed 61 teenagers on Friday.'),
    sentence('b', 0, 'Harwick, which has a population of more than 26,000, buried 12 of the teenagers on Monday.'),
    sentence('c', 0, 'The teenagers were mourned across the nation of 3.2 million, where 400 people marched on Sunday.'),
    sentence('d', 0, 'Harwick has about 435,000 people.'),
    sentence('d', 1, 'The hall has 300 people working on its repair.'),
  ];
  const ranked = (question?: string) =>
    rankFigures(
      findFigures(story).filter((f) => f.counts),
      story,
      question ? readQuestion(question) : undefined,
    ).map((f) => f.value);

  it("puts the story's counts before the size of the city or nation it happens in", () => {
    const values = ranked();
    const sizes = ['half a million', '26,000', '3.2 million', '435,000'].map((v) => values.findIndex((x) => x.includes(v)));
    const counts = ['61', '12', '400', '300'].map((v) => values.indexOf(v));
    expect(sizes.every((i) => i >= 0) && counts.every((i) => i >= 0)).toBe(true);
    expect(Math.max(...counts)).toBeLessThan(Math.min(...sizes));
  });

  it('still answers a question that asks how many people live there with the size', () => {
    expect(ranked('how many people live in Harwick')[0]).toMatch(/half a million/);
  });
});

describe('a set the subject has ranks last (rule KS, docs/quality.md "Session 66")', () => {
  const story = [
    sentence('a', 0, 'A strike closed the country’s two main ferry terminals on Monday, stranding 3,000 passengers.'.replace('’', "'")),
    sentence('b', 0, 'The operator diverted boats from two of its three terminals, and 40 sailings were cancelled.'),
    sentence('c', 0, 'Ferry terminals in two ports reported 12 sailings on Tuesday.'),
  ];
  it('puts counts of what happened before a small number of things the subject has', () => {
    const values = rankFigures(
      findFigures(story).filter((f) => f.counts),
      story,
    ).map((f) => f.value);
    const owned = values.filter((v) => v === 'two' || v === 'three').map((v) => values.indexOf(v));
    expect(values.indexOf('3,000')).toBeLessThan(Math.min(...owned));
    expect(values.indexOf('40')).toBeLessThan(Math.min(...owned));
    expect(values.indexOf('12')).toBeLessThan(Math.min(...owned));
  });
});
