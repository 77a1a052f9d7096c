import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/core/figures.js';
import { sentence } from '../eval/made-up-cluster.js';

const figures = (text: string) => findFigures([sentence('a', 0, text)]).map((f) => `${f.value} | ${f.counts}`);
const values = (text: string) => findFigures([sentence('a', 0, text)]).map((f) => f.value);

describe('key figures', () => {
  it('says what a number counts, with the verb that reports it', () => {
    expect(figures('The harbour fire killed at least 12 people and injured about 40.')[0]).toMatch(/^12 \| people/);
    expect(figures('The blaze spread fast, killing 12 dock workers and injuring 40 others.')).toEqual(['12 | dock workers killed', '40 | others injured']);
    expect(figures('Nine bodies were found in the warehouse.')).toEqual(['Nine | bodies were found in the warehouse']);
    expect(figures("The port's shares dropped by 5 percent.")).toEqual(["5 percent | shares dropped by"]);
  });

  it('leaves out times of day, dates, years and ages given as a description', () => {
    expect(values('The alarm came at 11:40 p.m. (2240 GMT) on March 3, 2024.')).toEqual([]);
    expect(values('The guards, aged 19 to 23, had worked there since 2019.')).toEqual([]);
    expect(values('Anna Berg, 34, a 25-year-old crane driver and a 6-foot-2 docker were questioned.')).toEqual([]);
  });

  it('leaves out numbers in names, relative dates, "one of" and vague plurals', () => {
    expect(values('The fire began near Pier 9 and Gate No. 4.')).toEqual([]);
    expect(values('Two weeks ago inspectors visited; over the past three years nothing changed.')).toEqual([]);
    expect(values('One of the guards saw thousands of sparks.')).toEqual([]);
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
});
