import { describe, expect, it } from 'vitest';
import { statesAgeOf } from '../../../src/core/summary/age.js';
import { typeOf } from './type-of.js';

/** docs/quality.md, "Thirteenth round (issue 16types)": answers the answer-type readings used to miss. Made-up wire copy. */
describe('the asked type read where it was missed', () => {
  it('reads a sum of money after the asked word as what "how much is the deal worth" asks', () => {
    const found = typeOf('how much is the Kell Brand deal worth', {
      a: 'Kell agreed to buy Brand on Tuesday. Based on Brand share price a week ago, a takeover of the company would be worth about $70 billion. The Kell Brand deal faces scrutiny from regulators in Brussels.',
    });
    expect(found['Based on Brand share price a week ago, a takeover of the company would be worth about $70 billion.']).toBe('answers');
    expect(found['The Kell Brand deal faces scrutiny from regulators in Brussels.']).toBe('none');
  });

  it('reads "tumbled 150 points" of the asked index as a measure of its fall, not a count of things', () => {
    const found = typeOf('how far did the Varno index fall', {
      a: 'Traders in Varno sold shares all day. The Varno index tumbled 150 points for a second straight day. Brokers in Varno said 40 firms had closed.',
    });
    expect(found['The Varno index tumbled 150 points for a second straight day.']).toBe('answers');
    expect(found['Brokers in Varno said 40 firms had closed.']).toBe('none');
  });

  it('reads "the Kelso industrials tumbling 200 points" as a measure of the named index\'s fall', () => {
    const found = typeOf('how far did the Kelso fall', {
      a: 'Wall Street extended a selloff Thursday with the Kelso industrials tumbling more than 200 points for a second straight day. Brokers said 40 firms had closed.',
    });
    expect(found['Wall Street extended a selloff Thursday with the Kelso industrials tumbling more than 200 points for a second straight day.']).toBe('answers');
  });

  it('reads an age after the full name ("Tarvik Osman, 72,") as the asked one\'s age', () => {
    const statesAge = statesAgeOf(['Tarvik']);
    expect(statesAge('Prime Minister Tarvik Osman, 72, dismissed his deputy on Tuesday.')).toBe(true);
    expect(statesAge('Prime Minister Tarvik Osman dismissed 72 officials on Tuesday.')).toBe(false);
  });

  it('reads a title and a surname ("Gen. Lahoud") as naming who', () => {
    const found = typeOf("who will be Varnia's next president", {
      a: 'The parliament voted for the army commander, Gen. Lahoud, on Tuesday. Varnia has had no president since May.',
    });
    expect(found['The parliament voted for the army commander, Gen. Lahoud, on Tuesday.']).toBe('answers');
    expect(found['Varnia has had no president since May.']).toBe('none');
  });

  // A title is also written in lower case in the set ("the sheriff"), so only its being a title makes "Sheriff Lahoud" a person.
  it('reads any title the quotes know before a surname ("Sheriff Lahoud", "Ambassador Lahoud") as naming who', () => {
    for (const title of ['Sheriff', 'Ambassador', 'Commissioner']) {
      const found = typeOf("who will be Varnia's next president", {
        a: `The parliament voted for the army commander, ${title} Lahoud, on Tuesday. The ${title.toLowerCase()} spoke. Varnia has had no president since May.`,
      });
      expect(found[`The parliament voted for the army commander, ${title} Lahoud, on Tuesday.`]).toBe('answers');
    }
  });

  it('reads "X was the only person to warn" as the agent of "who warned"', () => {
    const found = typeOf('who warned Varlo residents that a flood was coming', {
      a: 'Police chief Ana Ortis was the only person to warn Varlo residents that a flood was coming. Mayor Jon Bek said the flood hit Varlo on Tuesday.',
    });
    expect(found['Police chief Ana Ortis was the only person to warn Varlo residents that a flood was coming.']).toBe('answers');
    expect(found['Mayor Jon Bek said the flood hit Varlo on Tuesday.']).toBe('none');
  });
});
