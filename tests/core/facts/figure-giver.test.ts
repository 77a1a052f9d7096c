import { describe, expect, it } from 'vitest';
import { differentGivers, giverOf } from '../../../src/core/facts/figure-giver.js';

/** Who gives the sentence's first number (rule TW, docs/quality.md "Session 67"). */
const giver = (text: string) => giverOf(text, text.search(/\d/));

describe('who gives a figure (rule TW)', () => {
  it('reads the subject of the reporting verb the number hangs on, past words that leave who speaks as it is', () => {
    expect(giver('The port authority said 3,100 workers had stopped work.')?.name).toBe('port authority');
    expect(giver('Vessany Lake Lines has repeatedly said the ferry was licensed for 250 passengers.')?.name).toBe('Vessany Lake Lines');
    expect(giver('Police estimated the crowd at 8,000, while organisers said 20,000 people took part.')?.name).toBe('Police');
    expect(giverOf('Police estimated the crowd at 8,000, while organisers said 20,000 people took part.', 60)?.name).toBe('organisers');
  });

  it('reads "according to" and a closing "…, police said" or "…, said Ulf Larsson, a spokesman"', () => {
    expect(giver('The death toll is 60, according to the Swedish police.')?.name).toBe('Swedish police');
    expect(giver('Some 31 people died, police said on Tuesday.')?.name).toBe('police');
    expect(giver('The toll rose to 60, said Ulf Larsson, a police spokesman.')?.name).toBe('Ulf Larsson');
  });

  it('names no one for a pronoun, a sentence with no reporting verb, or a verb that is not the sentence’s close', () => {
    expect(giver('She said 40 people died.')).toBeUndefined();
    expect(giver('Rescuers pulled 3 more bodies from the lake.')).toBeUndefined();
    expect(giver('At least 31 people died, police said the boat was full.')).toBeUndefined();
  });

  it('marks an update, and reads two names of one source as one', () => {
    expect(giver('Tesk Provincial Police now say 34 people have died.')?.update).toBe(true);
    expect(differentGivers(giver('Police said 31 people died.')!, giver('The Tesk Provincial Police say 34 people died.')!)).toBe(false);
    expect(differentGivers(giver('Police said 31 people died.')!, giver('The regional hospital said 34 people died.')!)).toBe(true);
  });
});
