import { describe, expect, it } from 'vitest';
import { findFigures, placeOf } from '../../../src/core/facts/figures.js';
import { sentence } from '../../eval/made-up-cluster.js';

const figures = (text: string) => findFigures([sentence('a', 0, text)]).map((f) => `${f.value} | ${f.counts}`);
const values = (text: string) => findFigures([sentence('a', 0, text)]).map((f) => f.value);

describe('key figures', () => {
  it('says what a number counts, with the verb that reports it', () => {
    expect(figures('The harbour fire killed at least 12 people and injured about 40.')[0]).toMatch(/^12 \| people/);
    expect(figures('The blaze spread fast, killing 12 dock workers and injuring 40 others.')).toEqual(['12 | dock workers killed', '40 | others injured']);
    expect(figures('Nine bodies were found in the warehouse.')).toEqual(['Nine | bodies were found in the warehouse']);
    expect(figures("The port's shares dropped by 5 percent.")).toEqual(['5 percent | shares dropped by']);
  });

  it('leaves out times of day, dates, years and ages given as a description', () => {
    expect(values('The alarm came at 11:40 p.m. (2240 GMT) on March 3, 2024.')).toEqual([]);
    expect(values('The guards, aged 19 to 23, had worked there since 2019.')).toEqual([]);
    expect(values('Anna Berg, 34, a 25-year-old crane driver and a 6-foot-2 docker were questioned.')).toEqual([]);
    expect(values('The crew freed 31 year-old deckhand Ola Berg.')).toEqual([]);
    expect(figures('Guards detained more than two dozen dockers at the gate.')).toEqual(['two dozen | dockers detained']);
  });

  it('leaves out numbers in names, relative dates, "one of" and vague plurals', () => {
    expect(values('The fire began near Pier 9 and Gate No. 4.')).toEqual([]);
    expect(values('Two weeks ago inspectors visited; over the past three years nothing changed.')).toEqual([]);
    expect(values('One of the guards saw thousands of sparks.')).toEqual([]);
  });

  it('takes a number opening a name for part of the name, and ends a label where a name begins', () => {
    expect(values('Vigils were held at 417 Harbour Square and on the quay.')).toEqual([]);
    expect(figures('The 12 Harbour Police divers searched the wreck.')).toEqual(['12 | Harbour Police divers']);
    expect(figures('The cup was lifted by three time world rowing champion Dame Ada Lowe.')).toEqual(['three | time world rowing champion']);
    expect(figures('Exports grew 5 percent of GDP.')[0]).toMatch(/of GDP/);
    // "including" works as a preposition: it reports nothing about the count.
    expect(figures('Forty crews joined the search, including six navy divers.')).toContain('six | navy divers');
  });

  it('takes a year before a singular noun for a date, not a count ("their 2024 tax returns")', () => {
    expect(values('Donors may claim the relief on their 2024 tax returns.')).toEqual([]);
    expect(figures('Some 1500 troops arrived at the border.')).toEqual(['1500 | troops arrived at the border']);
  });

  it('describes a magnitude by its scale, never by the report that gave it', () => {
    expect(figures('The magnitude was revised down from an initial report of 6.9 on the Richter scale.')).toEqual(['6.9 | on the Richter scale']);
    // Nothing named: a figure without a description is not shown.
    expect(figures('The toll was raised from an early estimate of 40.')).toEqual(['40 | ']);
  });

  it('counts a figure restated in other units once, and keeps a measured duration', () => {
    expect(values('Smoke drifted 40 kilometers (25 miles) inland.')).toEqual(['40']);
    expect(figures('Crews fought the fire for six hours.')).toEqual(['six | hours']);
  });

  it('reads a range, a multiplier and a share as one figure, described by what it counts', () => {
    expect(figures('Analysts expect four or five big ferry lines to survive.')[0]).toMatch(/^four or five \| big ferry lines/);
    expect(figures('Cargo this month was three times the volume in May.')).toEqual(['three times | the volume']);
    expect(values('Freight is one of every six or seven loads.')).toEqual(['one of every six or seven']);
    // A span ahead of now is a relative date, ranged or not.
    expect(values('No profit is expected over the next 6 to 9 months.')).toEqual([]);
    // Two values in turn are two figures.
    expect(values('The toll was cut from 14 to 12 people.')).toEqual(['14', '12']);
    expect(values('The council vote was 61 to 19 in favour.')).not.toContain('61 to 19');
  });

  it('leaves out a number that only illustrates a case ("when two ports have merged")', () => {
    expect(values('In the past, when two ports have merged, unions objected.')).toEqual([]);
    expect(values('If 30 ships arrive at once, the quay is full.')).toEqual([]);
    // The same words about what happened are a count.
    expect(figures('When two tugs collided, 12 sailors were hurt.')).toContain('12 | sailors were hurt');
  });

  it('describes a price by what was bought, a rate by its currency and an added number by the unit before it', () => {
    expect(figures('Last year, Nordhavn agreed to buy Ferro Lines Inc. for $12.5 million, creating a giant.')).toEqual(['$12.5 million | price of Ferro Lines Inc.']);
    expect(figures('The krona has been trading at 9.4 to the dollar this week.')).toEqual(['9.4 | to the dollar']);
    expect(figures('The index, which lost 30.5 points on Monday, fell an additional 112.75 on Tuesday.')).toContain('112.75 | points fell');
  });

  it('describes a number by the noun phrase it modifies, never by a noun of the phrase before it', () => {
    // "one minute intervals" is its own phrase; "the 180 plus riders" counts riders.
    expect(figures('Leaving at one minute intervals the 180 plus riders crossed the bridge.')).toContain('180 | riders');
    expect(figures('Rowing in two hour shifts the 40 volunteers cleared the beach.')).toContain('40 | volunteers');
    expect(figures('Leaving at one minute intervals the 180 crossed the bridge.')).toEqual(['180 | ']);
  });

  it('keeps a label a noun phrase: no verb cut off from its particle or object', () => {
    expect(figures('At least half a million spectators turned out to watch the parade.')).toEqual(['half a million | spectators']);
    expect(figures('The 90 rowers took less than ten minutes to cross the bay.')).toEqual(['90 | rowers', 'ten | minutes taken']);
    expect(figures('Four ferries have three crews each.')).toEqual(['Four | ferries', 'three | crews']);
    // A whole predicate stays: passive, with its place, or a copula and its adjective.
    expect(figures('Nine bodies were found in the warehouse.')).toEqual(['Nine | bodies were found in the warehouse']);
    expect(figures('Three sailors are missing.')).toEqual(['Three | sailors are missing']);
    expect(figures('Ten dockers died Friday.')).toEqual(['Ten | dockers died']);
  });

  it('describes "N of them" by what the count before it in the sentence counts, or by its verb alone', () => {
    expect(figures('Officials said another 90 people were hurt, 12 of them badly, in the blaze.')).toEqual(['90 | people were hurt', '12 | people were hurt, badly']);
    expect(figures('Dozens of sailors crowded the deck of a ferry that sank with 30 of them.')).toEqual(['30 | ']);
    expect(figures('Hundreds of fans packed the stadium before a collapse that killed 14 of them.')).toEqual(['14 | killed']);
  });

  it('never describes a number by a pro-form or by a restated value', () => {
    // "ones" names nothing, so no description: the figure is not shown.
    expect(figures('The prices that matter are the ones like 79.9 at the pump.')).toEqual(['79.9 | ']);
    expect(values("The fee is 90 million kronor _ about $9 million in today's dollars, or $12 million in dollars a year ago.")).not.toContain('$12 million');
  });
});

describe('where a figure stands in its sentence', () => {
  it('reads the same number written twice at the place its own description follows ("two thefts and of hiding two cars")', () => {
    const text = 'The mechanic was found guilty of two thefts and of hiding two cars in a barn outside the town.';
    const found = findFigures([sentence('a.md', 1, text)]);
    const cars = found.find((f) => /cars/.test(f.counts))!;
    expect(placeOf(cars)).toBe(text.lastIndexOf('two'));
    const thefts = found.find((f) => /thefts/.test(f.counts))!;
    expect(placeOf(thefts)).toBe(text.indexOf('two'));
  });
});
