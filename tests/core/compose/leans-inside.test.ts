import { describe, expect, it } from 'vitest';
import { isLead, openedWithoutLeaning } from '../../../src/core/compose/briefing-opener.js';
import { leansAsKeyPoint, leansInside } from '../../../src/core/compose/leans-inside.js';
import { buildDocument } from '../../../src/core/index/build-document.js';
import type { Sentence } from '../../../src/core/ingest/document.js';
import { partsOf } from '../../../src/core/summary/passages.js';

/**
 * docs/quality.md, "Twenty-seventh round (issue 16lean2)", rule L with amendment A: a topic briefing's first point that
 * leans from inside is shown after its document's lead as one passage, or a later lead opens. Made-up wire copy on a
 * ferry held at a port.
 */
function doc(id: string, text: string) {
  const built = buildDocument({ id, text });
  if (!('document' in built)) throw new Error(built.error.message);
  return built.document;
}

const FERRY = doc(
  'ferry.txt',
  [
    'Port authorities in Valletta detained a cargo ferry carrying 40 crew on Monday over unpaid harbour fees.',
    'The shipping company also said the crew were safe and well fed.',
    'Officials inspected the ferry for three hours and found no fault with its engines.',
    'Two hours after he landed in Valletta, the company chairman met the harbour master.',
    'Lawyers for these owners have filed an appeal in the commercial court.',
    'A court ruling is expected this week, lawyers said.',
    'The harbour master, Joseph Camilleri, said the fees had gone unpaid since March.',
    'The company said it would settle its debts and then sail for Tunis.',
  ].join(' '),
);
const OTHER = doc('other.txt', 'A cargo ferry held in Valletta since Monday sailed for Tunis on Friday after its owners paid the harbour fees. The crew waved from the deck.');
const ofDocument = (docId: string) => (docId === FERRY.id ? FERRY.sentences : docId === OTHER.id ? OTHER.sentences : []);
const at = (k: number): Sentence => FERRY.sentences[k]!;

describe('rule L: how a first point leans from inside', () => {
  it('reads an adverb in the verb group, a description taken up, an unanchored pronoun and a demonstrative', () => {
    expect(FERRY.sentences.map((s) => s.position)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(leansInside(at(0), ofDocument)).toBeUndefined(); // the lead needs nothing
    expect(leansInside(at(1), ofDocument)).toBe('adverb'); // "The shipping company also said"
    expect(leansInside(at(2), ofDocument)).toBe('description'); // "the ferry": the lead wrote it
    expect(leansInside(at(3), ofDocument)).toBe('pronoun'); // "after he landed", no name before it (a capitalised first word wink tags as a name would anchor it: a gap, see the docs)
    expect(leansInside(at(4), ofDocument)).toBe('demonstrative'); // "these owners"
  });

  it('does not read a sentence whose own words anchor it', () => {
    expect(leansInside(at(5), ofDocument)).toBeUndefined(); // "this week" points at the calendar
    expect(leansInside(at(6), ofDocument)).toBeUndefined(); // "The harbour master, Joseph Camilleri": a name identifies it; "the fees" is new
    expect(leansInside(at(7), ofDocument)).toBeUndefined(); // "and then sail": the sequence is inside the sentence
  });
});

describe('rule TY: a far demonstrative on a unit of time takes up a time told before (docs/quality.md, "Session 71")', () => {
  const QUAY = doc(
    'quay.txt',
    [
      'A storm surge flooded the old quay at Marsaxlokk on Tuesday, closing the fish market.',
      'In November 2019, a smaller surge flooded the same quay for two days.',
      'Repairs that year cost 400,000 euros and were paid by the harbour board.',
      'The market will stay closed this week, the council said.',
    ].join(' '),
  );
  const ofQuay = (docId: string) => (docId === QUAY.id ? QUAY.sentences : []);

  it('reads "that year" as leaning on the sentence before, and "this week" as pointing at the calendar', () => {
    expect(leansInside(QUAY.sentences[2]!, ofQuay)).toBe('demonstrative');
    expect(leansInside(QUAY.sentences[3]!, ofQuay)).toBeUndefined();
  });
});

describe('rule L: what a leaning first point does (amendment A)', () => {
  const texts = (units: readonly Sentence[]) => units.map((u) => partsOf(u).map((p) => p.text.slice(0, 20)));
  const readsAlone = () => true;

  it("shows the document's second sentence after its lead, as one passage, when the lead is not shown", () => {
    const summary = openedWithoutLeaning([at(1), OTHER.sentences[0]!], { ofDocument, mayLead: isLead, readsAlone });
    expect(texts(summary)).toEqual([['Port authorities in ', 'The shipping company'], ['A cargo ferry held i']]);
    expect(summary[0]!.text).toBe(`${at(0).text} ${at(1).text}`);
  });

  it('moves a later lead to the front when the sentence before is not its lead, the rest in their order', () => {
    const summary = openedWithoutLeaning([at(3), at(6), OTHER.sentences[0]!], { ofDocument, mayLead: isLead, readsAlone });
    expect(texts(summary)).toEqual([['A cargo ferry held i'], ['Two hours after he l'], ['The harbour master, ']]);
  });

  it('leaves the summary as it was when no lead may open, or when the first point does not lean', () => {
    expect(texts(openedWithoutLeaning([at(3), at(6)], { ofDocument, mayLead: isLead, readsAlone }))).toEqual([['Two hours after he l'], ['The harbour master, ']]);
    expect(texts(openedWithoutLeaning([at(6), OTHER.sentences[0]!], { ofDocument, mayLead: isLead, readsAlone }))).toEqual([['The harbour master, '], ['A cargo ferry held i']]);
    // The lead already shown in the summary is not printed twice: a later lead opens instead.
    expect(texts(openedWithoutLeaning([at(1), OTHER.sentences[0]!, at(0)], { ofDocument, mayLead: isLead, readsAlone }))[0]).toEqual(['A cargo ferry held i']);
  });
});

/**
 * docs/quality.md, "Twenty-eighth round (issue 16lean3)": rule K (a key point that leans from inside, by an adverb in the
 * verb group or a pronoun, is left out) with rule P's pronoun reading and amendments A1–A3. Made-up wire copy on a council
 * vote and a harbour strike.
 */
const COUNCIL = doc(
  'council.txt',
  [
    'The city council of Bruges voted on Tuesday to close the old fish market by the end of the year.',
    'Traders had asked for more time to move their stalls to the new hall.',
    'The fishmongers also complained that the new hall had no cold store.',
    'Hours after he left the chamber, the mayor faced a crowd of angry traders.',
    'After he left the chamber, Mayor Dirk De fauw spoke to reporters.',
    'The union leader, Anna Peeters, said her members would protest on Friday.',
  ].join(' '),
);
const inCouncil = (k: number): Sentence => COUNCIL.sentences[k]!;
const councilOf = (docId: string) => (docId === COUNCIL.id ? COUNCIL.sentences : []);

describe('rule K: a key point that leans from inside', () => {
  it('reads an adverb in the verb group, and a pronoun after a capitalised common word', () => {
    expect(leansAsKeyPoint(inCouncil(2), councilOf)).toBe(true); // "The fishmongers also complained"
    expect(leansAsKeyPoint(inCouncil(3), councilOf)).toBe(true); // "Hours" is the sentence's capital, not a name
    expect(leansInside(inCouncil(3), councilOf)).toBe('pronoun');
  });

  it('does not read a lead, a pronoun the main clause names, nor one after a name', () => {
    expect(leansAsKeyPoint(inCouncil(0), councilOf)).toBe(false); // a lead needs nothing
    expect(leansAsKeyPoint(inCouncil(4), councilOf)).toBe(false); // "After he left …, Mayor Dirk De fauw": backward pronominalisation
    expect(leansAsKeyPoint(inCouncil(5), councilOf)).toBe(false); // "her" after the union leader's name
  });
});

describe('rule IS: "…, it said, …" names a speaker it does not show', () => {
  const HOSPITAL = doc(
    'hospital.txt',
    [
      'A hospital group in Harlow said on Sunday that hackers had stolen the records of about 1.2 million patients.',
      'Names, addresses and dates of birth were taken, it said, but no payment card numbers.',
      'Meanwhile, it says, the old billing system will be shut down by March.',
      '"We are writing to every patient affected," it said in a statement.',
      'It is likely, officials said, that the attackers came in through a supplier.',
      'Patients were told what it said were the next steps.',
    ].join(' '),
  );
  const of = (docId: string) => (docId === HOSPITAL.id ? HOSPITAL.sentences : []);
  const leans = (k: number) => leansAsKeyPoint(HOSPITAL.sentences[k]!, of);

  it('reads "it" after a comma and before a reporting verb as a pronoun speaker, alone or after a quotation', () => {
    expect([leans(1), leans(2), leans(3)]).toEqual([true, true, true]);
    expect(leansInside(HOSPITAL.sentences[1]!, of)).toBe('pronoun');
  });

  it('reads no other "it": an "it is likely", or "what it said were" in its clause', () => {
    expect([leans(4), leans(5)]).toEqual([false, false]);
  });
});

const STRIKE = doc(
  'strike.txt',
  [
    'Dock workers in Antwerp walked out on Monday over a pay offer from the port authority.',
    'Peeters, 48, has led the union from his office in the old harbour for ten years.',
    'In his speech, Peeters urged workers to hold firm until pay rose.',
    'Rotterdam and Hamburg said their ports would take no diverted ships.',
    'About 2,000 people marched through the city to show their support.',
    'Union leader Jan Peeters said the strike would go on.',
    'In the last six months they have blocked the gates twice.',
  ].join(' '),
);
const strikeOf = (docId: string) => (docId === STRIKE.id ? STRIKE.sentences : []);
const inStrike = (k: number): Sentence => STRIKE.sentences[k]!;

describe('amendments A1–A3: what anchors a pronoun', () => {
  it('reads none of these as leaning, where rule P as first written did', () => {
    expect(leansAsKeyPoint(inStrike(1), strikeOf)).toBe(false); // "Peeters, 48, … his": the document writes "Peeters" inside a sentence (A1)
    expect(leansAsKeyPoint(inStrike(2), strikeOf)).toBe(false); // "In his speech, Peeters": a fronted phrase (A2)
    expect(leansAsKeyPoint(inStrike(3), strikeOf)).toBe(false); // "Rotterdam and Hamburg … their" (A3)
    expect(leansAsKeyPoint(inStrike(4), strikeOf)).toBe(false); // "people … their" (A3)
  });

  it('reads a "they" after a unit of time as leaning: the months are no one it takes up (the lead\'s amendment T)', () => {
    expect(leansAsKeyPoint(inStrike(6), strikeOf)).toBe(true); // "In the last six months they have blocked"
  });
});
