import { describe, expect, it } from 'vitest';
import { strandedObjectTest, stretchesOf } from '../../../src/core/compose/asked-relation.js';
import type { RawDocument } from '../../../src/core/ingest/document.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';
import { readQuestion } from '../../../src/core/topics/read-query.js';

const NOW = new Date('2026-06-20T12:00:00Z');
const doc = (id: string, published: string, text: string): RawDocument => ({ id, meta: { title: id, published }, addedAt: NOW.toISOString(), text });

function briefing(docs: RawDocument[], question: string): string[] {
  const library = createLibrary('made-up', docs, { topics: [], now: () => NOW });
  const r = library.brief(question, { length: 'short', now: NOW });
  if (!r.ok) throw new Error(`no answer to ${question}`);
  return [...r.briefing.summary, ...r.briefing.keyPoints].map((p) => p.text);
}

/** Made-up wire copy: a flight lost at sea, told with where it took off from, where it came down and where it was found. */
const FLIGHT = [
  doc(
    'flight-1.txt',
    '2026-06-02',
    [
      'Northwind Flight 212 took off from Carvale on Monday evening with 140 people on board.',
      'The Northwind flight crashed in the Tamsin Sea two hours later, the airline said.',
      'Relatives of the passengers gathered at the Northwind desk in Lismore.',
    ].join(' '),
  ),
  doc(
    'flight-2.txt',
    '2026-06-04',
    [
      'Navy divers found wreckage of Northwind Flight 212 in the Tamsin Sea on Wednesday.',
      'The flight was bound for Lismore when it vanished from radar near Orlen Island.',
      'Investigators said the flight recorders of Flight 212 were recovered in the Tamsin Sea.',
      'Debris found in the Tamsin Sea was confirmed to be from Northwind Flight 212.',
    ].join(' '),
  ),
  doc('flight-3.txt', '2026-06-05', ['Northwind said Flight 212 left Carvale 20 minutes late because of a storm.', 'Bodies of 12 passengers of Flight 212 were brought ashore at Orlen Island on Thursday.'].join(' ')),
];

/** Made-up wire copy: a former minister's arrest and trial. */
const TRIAL = [
  doc(
    'trial-1.txt',
    '2026-05-20',
    [
      'Former finance minister Mara Kessel was arrested on Jan. 12 under the emergency law, which allows detention without trial.',
      'The trial of Mara Kessel will begin on July 3 in the capital, the court said.',
      'Kessel denies the fraud charges.',
    ].join(' '),
  ),
  doc(
    'trial-2.txt',
    '2026-05-22',
    ['Mara Kessel, now awaiting trial on fraud charges, gave an interview to the Daily Meridian on May 18.', 'Her lawyers asked the court to delay the trial.', 'Supporters of Mara Kessel marched in the capital on May 21.'].join(' '),
  ),
];

describe('after a question’s lead, an item writes the asked form where the question asks it (asked-relation.ts)', () => {
  it('follows "which city did the flight take off from" with no item that places only where it came down or was found', () => {
    // The lead is the answer's ranking (answer-first.ts), not read here: only what follows it.
    const [, ...after] = briefing(FLIGHT, 'which city did Northwind Flight 212 take off from');
    expect(after.filter((t) => /Tamsin Sea|Orlen Island/.test(t))).toEqual([]);
  });

  it('follows "when does Mara Kessel go on trial" with no item whose date is the arrest’s or an interview’s', () => {
    const [lead, ...after] = briefing(TRIAL, 'when does Mara Kessel go on trial');
    expect(lead).toMatch(/July 3/);
    expect(after.filter((t) => /Jan\. 12|May 18/.test(t))).toEqual([]);
  });

  it('reads a sentence’s stretches, a fronted phrase with the clause after it but not with a relative clause', () => {
    expect(stretchesOf('On Monday, the court set the trial for July 3.')).toEqual(['On Monday the court set the trial for July 3.']);
    expect(stretchesOf('Kessel was arrested on Jan. 12 under the emergency law, which allows detention without trial.')).toEqual(['Kessel was arrested on Jan. 12 under the emergency law', ' which allows detention without trial.']);
  });

  it('reads the object of the preposition a question ends on: a name the question does not write', () => {
    const writesObject = strandedObjectTest(readQuestion('which city did Air France flight 447 take off from')!)!;
    const sentence = (text: string) => ({ docId: 'd', paragraph: 0, index: 0, position: 0, text, words: [], stems: [], phrases: [] });
    expect(writesObject(sentence('The Airbus was en route from Rio de Janeiro to Paris.'))).toBe(true);
    expect(writesObject(sentence('The Airbus crashed in the Atlantic Ocean.'))).toBe(false);
    expect(writesObject(sentence('Debris was confirmed to be from Air France Flight 447.'))).toBe(false);
  });
});
