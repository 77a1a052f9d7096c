import { describe, expect, it } from 'vitest';
import { correctionsIn } from '../../../src/core/facts/corrections.js';

/** The values each correction of a sentence replaces, and whether it names them as an earlier report. */
const replaced = (text: string) => correctionsIn(text).map((c) => [text.slice(c.replaced[0], c.replaced[1]), c.earlier]);

// docs/quality.md, "Session 56", rule CX.
describe('a correction names the value it replaces', () => {
  it('reads the replaced value whole, with its scale and currency, and whether it was an earlier report', () => {
    expect(replaced('The breach affected 2.6 million customers, not 2.1 million as it first reported, the bank said.')).toEqual([['2.1 million', true]]);
    expect(replaced('The audit put the cost at $48 million rather than $36 million as previously estimated.')).toEqual([['$36 million', true]]);
    expect(replaced('The lawsuit says 412 ballots were set aside, not 340 as the board has said.')).toEqual([['340', false]]);
    expect(replaced('The ship carried 1,240 tonnes of fuel instead of twelve hundred as the owners had claimed.')).toEqual([['twelve hundred', false]]);
  });
  // Amendment CX‴.
  it('reads a report named without "as": a relative clause without its pronoun, or a participle', () => {
    expect(replaced('The agency corrected its reading of the peak to 5.4 metres, not the 5.2 metres it gave on Sunday.')).toEqual([['5.2', false]]);
    expect(replaced('The review covers contracts worth 14 million dollars, not the 12 million dollars cited at trial.')).toEqual([['12 million', false]]);
    expect(replaced('The demand would cost 900 million dollars a year, not the 1.2 billion dollars the minister had cited on Tuesday.')).toEqual([['1.2 billion', false]]);
    // A comma closes the value's phrase: what follows is the sentence's own telling.
    expect(replaced('The council wants 300 new homes, not the 200 homes, the mayor said.')).toEqual([]);
  });
  it('reads no correction where "not" is followed by no number, or no one is said to have reported the other value', () => {
    expect(replaced('In all, three spacewalks are planned, not only to hook up cables but to install handrails.')).toEqual([]);
    expect(replaced('About 40 people were hurt, not all of them seriously, as officials said on Monday.')).toEqual([]);
    expect(replaced('The council wants 300 new homes, not 200, on the old airfield.')).toEqual([]);
  });
});

describe('rule UF: "up from the 640 it cited" revises an earlier report (docs/quality.md, "Session 64")', () => {
  it('reads the value after "up from" or "down from" and a verb of telling or estimating as the teller\'s earlier report', () => {
    expect(replaced('Repairs would cost $52 million, up from the $38 million the state estimated in October.')).toEqual([['$38 million', true]]);
    expect(replaced('The mill said 655 of its workers would be affected, up from the 640 it cited last week.')).toEqual([['640', true]]);
    expect(replaced('The toll stood at 12, down from 14 as police first reported.')).toEqual([['14', true]]);
  });

  it('reads no correction in a change over time that names no report', () => {
    expect(replaced('Sales rose to $5 billion, up from $4 billion a year earlier.')).toEqual([]);
  });
});

describe('rule RU: "up from 41 reported last week" names an earlier report (docs/quality.md, "Session 65")', () => {
  it('reads the value after "up from" and a participle of reporting as an earlier report', () => {
    expect(replaced('The outbreak has grown to 52 confirmed cases, up from 41 reported last week, officials said.')).toEqual([['41', true]]);
    expect(replaced('The toll rose to 52, up from 41 cases recorded on Monday.')).toEqual([['41', true]]);
    // A change over a period names no report.
    expect(replaced('Sales rose to $5 billion, up from $4 billion last year.')).toEqual([]);
  });
});

describe('amendment RU″: "up from 14 when the strike began" (docs/quality.md, "Session 70")', () => {
  it('reads a clause on "when" after the earlier value as naming the moment it was counted, and a period still as none', () => {
    expect(replaced('Port data showed 52 vessels waiting at anchor on Friday morning, up from 14 when the strike began.')).toEqual([['14', true]]);
    expect(replaced('The shelters held 1,120 people, down from 1,350 when they opened.')).toEqual([['1,350', true]]);
    expect(replaced('Exports reached 52 tonnes, up from 14 a year earlier.')).toEqual([]);
  });
});
