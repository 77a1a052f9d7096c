import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { CERTAIN, holdsWord, PARSER_WORDS, readChrono } from '../../../src/core/facts/chrono-reading.js';
import { analyse } from '../../../src/core/index/analysis.js';

type Chrono = typeof import('chrono-node/en');
const chrono = createRequire(import.meta.url)('chrono-node/en') as Chrono;
const instant = new Date(Date.UTC(1998, 9, 14, 12));

/** Made-up wire copy: sentences with and without each parser's words, dates and none. */
const SENTENCES = [
  'The talks resumed on Monday, three days after the cease-fire collapsed.',
  'Rebels shelled the town 2 weeks ago, officials said Tuesday.',
  'The summit is set for Oct. 30 in Geneva, the ministry said.',
  'Prices rose 4 percent in the first quarter of 1998 from a year earlier.',
  'By the end of the month the fund will have run dry.',
  'Next week the council meets again; last month it did not.',
  'Two hours later the crowd had gone home.',
  'The plant employs 1,200 workers and produces 30,000 tons a year.',
  'He arrived at 5:30 p.m. and left before midnight.',
  'In May 1997 the company was sold for $40 million.',
  'The vote, expected this weekend, could come as early as Thursday.',
  'She said the decision would be made within 10 days.',
  'Tomorrow the ministers will travel to Brussels.',
  'The 14-nation group met for 3 hours without a result.',
  'A week from now the ballots will be counted.',
  'Since 1985 the town has grown by a third.',
  'The rally ended at noon; by this evening the square was empty.',
  'Polls close tonight, and results are due tomorrow.',
  'The index fell over the past 3 days and may fall in the next 2 weeks.',
  'The accord was signed on 1998-10-14 and takes effect on 11/1/98.',
  'The report covers 10/1998 and runs to 1999 Jan 5.',
  'Officials said the fighting had stopped, and the town was quiet.',
];

/** chrono's casual configuration with only this parser, and its refiners. */
function alone(name: string) {
  const parser = chrono.casual.parsers.find((p) => p.constructor.name === name);
  return parser && new chrono.Chrono({ parsers: [parser], refiners: [] });
}

describe("chrono's parsers only where their words are (issue 17index)", () => {
  it('reads every sentence as chrono read it with every parser', () => {
    for (const text of SENTENCES) {
      const whole = chrono.casual.parse(text, { instant, timezone: 0 }, { forwardDate: false }).map((r) => [r.index, r.text, r.start.date().getTime()]);
      expect(
        readChrono(text, instant).map((f) => [f.index, f.text, f.start]),
        text,
      ).toEqual(whole);
    }
  });

  it('leaves a parser out only of sentences where it finds nothing', () => {
    let skipped = 0;
    for (const [name, words] of Object.entries(PARSER_WORDS)) {
      const parser = alone(name);
      expect(parser, `${name} is a parser of chrono's casual configuration`).toBeDefined();
      for (const text of SENTENCES) {
        if (holdsWord(text.toLowerCase(), words)) continue;
        skipped++;
        expect(parser!.parse(text, { instant, timezone: 0 }, { forwardDate: false }), `${name} on "${text}"`).toEqual([]);
      }
    }
    expect(skipped).toBeGreaterThan(100);
  });

  it('keeps a parser for a sentence that holds its words, and finds what it finds there', () => {
    expect(readChrono('Two hours later the crowd had gone home.', instant).map((f) => f.text)).toEqual(['Two hours later']);
    expect(readChrono('Rebels shelled the town 2 weeks ago.', instant).map((f) => f.text)).toEqual(['2 weeks ago']);
    expect(readChrono('The talks broke down last month.', instant).map((f) => f.text)).toEqual(['last month']);
  });

  it("stores in a document's analysis the readings chrono makes with every parser", () => {
    const text = SENTENCES.join(' ');
    const built = analyse({ id: 'wire.txt', text, meta: { published: '1998-10-14' } }).built;
    if (!('document' in built)) throw new Error('no document');
    const read = built.document.sentences.filter((s) => s.chronoReading);
    expect(read.length).toBeGreaterThan(10);
    for (const sentence of read) {
      const reading = sentence.chronoReading!;
      const whole = chrono.casual.parse(sentence.text, { instant: new Date(reading.instant), timezone: 0 }, { forwardDate: false }).map((r) => ({
        text: r.text,
        index: r.index,
        certain: Object.entries(CERTAIN).reduce((bits, [k, bit]) => (r.start.isCertain(k as keyof typeof CERTAIN) ? bits | bit : bits), 0),
        month: r.start.get('month'),
        day: r.start.get('day'),
        weekday: r.start.get('weekday'),
        start: r.start.date().getTime(),
      }));
      expect(reading.found, sentence.text).toEqual(whole);
    }
  });
});
