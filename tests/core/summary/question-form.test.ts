import { describe, expect, it } from 'vitest';
import { createLibrary } from '../../../src/core/library/open-folder.js';
import { typeOf } from './type-of.js';

describe('what a question asks for, read from its form', () => {
  it('answers "who is X" with a sentence that says who X is, not one that only names X', () => {
    const found = typeOf('who is Ruslan Tamirov', {
      a: 'Police detained Ruslan Tamirov on Sunday. The party met to replace ousted deputy governor Ruslan Tamirov. Ruslan Tamirov, the former finance chief, denied the charges.',
      b: 'Tamirov was a rising star of the party. Tamirov was arrested at his home. Supporters of Tamirov marched in the capital.',
    });
    expect(found['Police detained Ruslan Tamirov on Sunday.']).toBe('none');
    expect(found['Tamirov was arrested at his home.']).toBe('none');
    expect(found['The party met to replace ousted deputy governor Ruslan Tamirov.']).toBe('answers');
    expect(found['Ruslan Tamirov, the former finance chief, denied the charges.']).toBe('answers');
    expect(found['Tamirov was a rising star of the party.']).toBe('answers');
  });

  it('answers "how old is X" with a sentence that gives X\'s age, which no key figure holds', () => {
    // Was answered with background on Tamirov: an age given as a description is no figure.
    const found = typeOf('how old is Ruslan Tamirov', {
      a: 'Tamirov was arrested at his home on Sunday after 12 years in office. Ruslan Tamirov, 64, denied the charges.',
      b: 'The 64-year-old Tamirov was taken to the capital. Supporters of Tamirov marched there in 2019.',
    });
    expect(found['Ruslan Tamirov, 64, denied the charges.']).toBe('answers');
    expect(found['The 64-year-old Tamirov was taken to the capital.']).toBe('answers');
    expect(found['Tamirov was arrested at his home on Sunday after 12 years in office.']).toBe('none');
    expect(found['Supporters of Tamirov marched there in 2019.']).toBe('none');
  });

  it('answers "who were the victims" with what the victims were, not with names near the word', () => {
    const found = typeOf('who were the victims of the ferry sinking', {
      a: 'Most of the victims were students returning from a school trip. Many of the victims were taken to Central Hospital. Ferry owner Lars Dahlin said the victims would be remembered.',
      b: 'The victims, mostly pensioners from the coast, had boarded at dawn.',
    });
    expect(found['Most of the victims were students returning from a school trip.']).toBe('answers');
    expect(found['The victims, mostly pensioners from the coast, had boarded at dawn.']).toBe('answers');
    expect(found['Many of the victims were taken to Central Hospital.']).toBe('none');
    expect(found['Ferry owner Lars Dahlin said the victims would be remembered.']).toBe('none');
  });

  it('reads "who were the four hostages killed in Varnia" as asking about the hostages, not "killed" (session 41, rule D2)', () => {
    const found = typeOf('who were the four hostages killed in Varnia', {
      a: 'The four hostages were all engineers working for a telephone company. The hostages killed in Varnia were mourned in Lund.',
    });
    expect(found['The four hostages were all engineers working for a telephone company.']).toBe('answers');
    expect(found['The hostages killed in Varnia were mourned in Lund.']).toBe('none');
  });

  it('answers "who will run" with the person given a role over the asked thing, not any two capitalised words', () => {
    const found = typeOf('who will run the merged Norval Steel', {
      a: 'Analyst Karen Pugh said the merged Norval Steel would cut jobs. Dan Ortiz, the chairman of Norval, would be chief executive of the merged company. Steel prices fell in Kansas City.',
    });
    expect(found['Analyst Karen Pugh said the merged Norval Steel would cut jobs.']).toBe('none');
    expect(found['Dan Ortiz, the chairman of Norval, would be chief executive of the merged company.']).toBe('answers');
  });

  it('answers "which N … first" with a name and the asked mark, not a list of names', () => {
    const found = typeOf('which ship reached the island first', {
      a: 'Ships from Norway, Denmark and Iceland reached the island by night. The Nordlys freighter was the first to reach the island at dawn.',
    });
    expect(found['Ships from Norway, Denmark and Iceland reached the island by night.']).toBe('none');
    expect(found['The Nordlys freighter was the first to reach the island at dawn.']).toBe('answers');
  });

  it('answers "where was it held" with a place after a preposition of place, not a list of nations', () => {
    const found = typeOf('where was the trade summit held', {
      a: 'Leaders from Chile, Peru and Spain signed a declaration at the trade summit. The trade summit was held in Valdera, a port town in northern Ostia.',
    });
    expect(found['Leaders from Chile, Peru and Spain signed a declaration at the trade summit.']).toBe('none');
    expect(found['The trade summit was held in Valdera, a port town in northern Ostia.']).toBe('answers');
  });

  it('answers "why" with a sentence that gives a cause, not the event alone', () => {
    const found = typeOf('why did the union cancel the strike', {
      a: 'The union cancelled the strike on Monday. The union cancelled the strike amid fears of mass layoffs at the mill.',
    });
    expect(found['The union cancelled the strike on Monday.']).toBe('none');
    expect(found['The union cancelled the strike amid fears of mass layoffs at the mill.']).toBe('answers');
  });
});

describe('a "why" question answered with the cause told next to the event', () => {
  it('leads with the event together with the sentence of its paragraph that gives the cause, both verbatim, cited once', () => {
    const library = createLibrary('strike', [
      {
        id: 'wire-1.txt',
        text: 'Dock workers in Harlow called off their strike on Tuesday. Union leaders, citing threats of dismissal from the port authority, said they could not bargain freely.\n\nShips were unloaded by the evening.',
        meta: { published: '1998-10-30' },
      },
      { id: 'wire-2.txt', text: 'The dock workers in Harlow called off their strike after six days. Port traffic resumed in Harlow on Wednesday.', meta: { published: '1998-10-30' } },
    ]);
    const r = library.brief('why did the dock workers call off their strike', { length: 'short' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const lead = r.briefing.summary[0]!;
    expect(lead.parts).toEqual(['Dock workers in Harlow called off their strike on Tuesday.', 'Union leaders, citing threats of dismissal from the port authority, said they could not bargain freely.']);
  });
});
