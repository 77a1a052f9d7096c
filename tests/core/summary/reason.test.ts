import { describe, expect, it } from 'vitest';
import { createLibrary } from '../../../src/core/library/open-folder.js';
import { givesCause } from '../../../src/core/summary/reason.js';
import { typeOf } from './type-of.js';

describe('a "why" question prefers the unit that ties the asked event to its cause', () => {
  it('reads a "for" or "over" phrase after the event\'s verb as its cause, not a span of time or a name', () => {
    const found = typeOf('why was the lawyer detained', {
      a: 'The lawyer was detained over his campaign for tenants in the capital. The lawyer was detained for three weeks last year.',
      b: 'Police detained the lawyer for organising a petition. The lawyer was detained on Monday.',
    });
    expect(found['The lawyer was detained over his campaign for tenants in the capital.']).toBe('answers');
    expect(found['Police detained the lawyer for organising a petition.']).toBe('answers');
    expect(found['The lawyer was detained for three weeks last year.']).toBe('none');
    expect(found['The lawyer was detained on Monday.']).toBe('none');
  });

  it('reads a prize awarded "for" a work as its cause, but not the prize\'s own name', () => {
    const found = typeOf('why did Varga win the prize', {
      a: 'Varga won the Lindqvist Prize for Poetry on Thursday. The jury awarded Varga the prize for novels that mix fable and history. Varga won the prize for literature last year.',
    });
    expect(found['Varga won the Lindqvist Prize for Poetry on Thursday.']).toBe('none');
    expect(found['Varga won the prize for literature last year.']).toBe('none');
    // The award's cause is told with "awarded", not the asked "win" (rule R): the answer leads by its passage, or by the fall-back to any cause.
    const library = createLibrary('prize', [{ id: 'a.txt', text: Object.keys(found).join(' '), meta: { published: '1998-10-30' } }]);
    const r = library.brief('why did Varga win the prize', { length: 'short' });
    expect(r.ok && r.briefing.summary[0]!.text).toContain('awarded Varga the prize for novels');
  });

  it('reads the nominal language of causation ("a contributing factor to the crash") with the asked event', () => {
    const found = typeOf('why did the cargo plane crash', {
      a: 'The cargo plane crashed into the sea on Friday. Ice on the speed sensors was considered a contributing factor to the crash.',
      b: 'Divers searched the wreck of the cargo plane for its recorders.',
    });
    expect(found['Ice on the speed sensors was considered a contributing factor to the crash.']).toBe('answers');
    expect(found['The cargo plane crashed into the sea on Friday.']).toBe('none');
    expect(found['Divers searched the wreck of the cargo plane for its recorders.']).toBe('none');
  });

  it('tells a causal "since" or ", as" from a temporal one', () => {
    expect(givesCause('The embassy has been closed since 1996.')).toBe(false);
    expect(givesCause('The embassy has been closed since March.')).toBe(false);
    expect(givesCause('Officials doubt the report, since the station there has been closed.')).toBe(true);
    expect(givesCause('Officials doubt the report, as the station there has been closed.')).toBe(true);
    expect(givesCause('Officials doubt the report, as the minister said on Monday.')).toBe(false);
  });

  it('leads the answer with the cause rather than with the event restated', () => {
    const library = createLibrary('crash', [
      {
        id: 'wire-1.txt',
        text: 'A cargo plane crashed into the sea off Kessel on Friday, killing its crew of four. The cargo plane crashed shortly after take-off, the airport said.\n\nDivers searched the wreck on Saturday.',
        meta: { published: '1998-10-30' },
      },
      {
        id: 'wire-2.txt',
        text: 'Investigators said ice on the speed sensors was a contributing factor to the crash of the cargo plane. Divers recovered a recorder from the cargo plane on Sunday.',
        meta: { published: '1998-11-01' },
      },
    ]);
    const r = library.brief('why did the cargo plane crash', { length: 'short' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.briefing.summary[0]!.text).toContain('contributing factor to the crash');
  });
});

describe('a cause told by prevention or by the trigger of the asked event (sixteenth round, 16lead2, rule 3)', () => {
  it('reads what prevents a thing as why it is not done, and "when" + a clause after the asked verb as its trigger', () => {
    expect(givesCause('Varnia has repeatedly said its charter prevents it from selling the island.')).toBe(true);
    expect(givesCause('The treaty forbids the sale of the island.')).toBe(true);
    expect(givesCause('The company was barred by the court from selling the island.')).toBe(true);
    // Not a cause: a bar as a place, and "when" that only times the event or stands away from it.
    expect(givesCause('Police closed the bars near the island.')).toBe(false);
    const found = typeOf('why did the port threaten to close the ferry terminal', {
      a: 'The port threatened to close the ferry terminal when dock workers refused to check the passengers. The port threatened to close the ferry terminal when asked about the strike.',
    });
    expect(found['The port threatened to close the ferry terminal when dock workers refused to check the passengers.']).toBe('answers');
    expect(found['The port threatened to close the ferry terminal when asked about the strike.']).toBe('none');
  });

  it('leads "why won\'t" with what prevents it, not with the offer restated', () => {
    const library = createLibrary('island', [
      {
        id: 'wire-1.txt',
        text: 'Officials suggested that Varnia might hand over the northern island in exchange for the southern ports. Talks on the island resume next week.',
        meta: { published: '2026-03-02' },
      },
      {
        id: 'wire-2.txt',
        text: 'Varnia has repeatedly said its charter prevents it from surrendering the northern island, and it is building forts along its coast.',
        meta: { published: '2026-03-03' },
      },
    ]);
    const r = library.brief("why won't Varnia hand over the northern island", { length: 'short' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.briefing.summary[0]!.text).toContain('charter prevents it from surrendering');
  });
});

describe("a why-question's event is its verb (session 41, rule R)", () => {
  it('does not take a cause told beside the asked thing alone for the cause of the asked event', () => {
    const found = typeOf('why did Varnia say it might shut down the Lund airport', {
      a: "Varnia's government does not permit its citizens to use the Lund airport, citing security reasons. Varnia threatened to shut down the Lund airport when airport workers refused to let Varnian officials check passengers.",
    });
    expect(found['Varnia threatened to shut down the Lund airport when airport workers refused to let Varnian officials check passengers.']).toBe('answers');
    expect(found["Varnia's government does not permit its citizens to use the Lund airport, citing security reasons."]).toBe('none');
  });
});

describe('a causative verb causes the verb after its object (session 46, rule CV′)', () => {
  it('reads "forced the agency to halt" as the cause of the halt, and of nothing else', () => {
    const halted = typeOf('why was the rocket launch halted', {
      a: 'A faulty valve forced the agency to halt the rocket launch on Tuesday. The agency has a short window each day to launch the rocket.',
      b: 'The rocket launch was forced to halt at noon.',
    });
    expect(halted['A faulty valve forced the agency to halt the rocket launch on Tuesday.']).toBe('answers');
    // Passive, with no object: what forced it is told elsewhere, not here.
    expect(halted['The rocket launch was forced to halt at noon.']).toBe('none');
    const window = typeOf('why does the agency get a short window to launch the rocket', {
      a: 'A faulty valve forced the agency to halt the rocket launch on Tuesday. The agency gets a short window each day to launch the rocket.',
    });
    expect(window['A faulty valve forced the agency to halt the rocket launch on Tuesday.']).toBe('none');
  });
});

describe('what a causative verb causes, in the wider family of the asked verb (session 47, rules CV″ and CV‴)', () => {
  it('reads "forced the agency to halt" as why a launch was stopped, where the sentence holds the launch', () => {
    const stopped = typeOf('why was the rocket launch stopped', {
      a: 'A faulty valve forced the agency to halt the rocket launch on Tuesday. The agency has a short window each day to launch the rocket.',
      b: 'A strike forced the port authority to halt its ferries on Tuesday.',
    });
    expect(stopped['A faulty valve forced the agency to halt the rocket launch on Tuesday.']).toBe('answers');
    // Nothing of the asked event beside it: a halt of something else.
    expect(stopped['A strike forced the port authority to halt its ferries on Tuesday.']).toBe('none');
    expect(stopped['The agency has a short window each day to launch the rocket.']).toBe('none');
  });
});

describe('"X comes as Y", the circumstance a report gives an event (session 47, rule CA)', () => {
  it('reads the clause after "come as" as a cause, not a surprise, a comparison or a part', () => {
    expect(givesCause('The reported merger talks between the two refiners come as fuel prices have sunk to their lowest in a decade.')).toBe(true);
    expect(givesCause('The strike came as workers learned the plant would close.')).toBe(true);
    expect(givesCause('The announcement came as a surprise to the markets.')).toBe(false);
    expect(givesCause('The resignation comes as no shock to the board.')).toBe(false);
    expect(givesCause('The runner came as close as anyone to the record.')).toBe(false);
    expect(givesCause('The cuts come as part of a wider plan.')).toBe(false);
    expect(givesCause('The ruling will come as soon as next week.')).toBe(false);
  });

  it('leads "why" with the circumstance when its unit holds the asked event', () => {
    const found = typeOf('why are the two refiners talking about a merger', {
      a: 'The reported merger talks between the two refiners come as fuel prices have sunk to their lowest in a decade. An analyst said the talks were at an early stage.',
    });
    expect(found['The reported merger talks between the two refiners come as fuel prices have sunk to their lowest in a decade.']).toBe('answers');
    expect(found['An analyst said the talks were at an early stage.']).toBe('none');
  });
});
