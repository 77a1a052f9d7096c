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
 * docs/quality.md, "Twenty-eighth round (issue 16lean3)": rules S (shell nouns), P (pronouns), R (the passage from the lead
 * reaches the third sentence) and K (a key point that leans from inside is left out). Made-up wire copy on a council vote.
 */
const COUNCIL = doc(
  'council.txt',
  [
    'The city council of Bruges voted on Tuesday to close the old fish market by the end of the year.',
    'Traders had asked for more time to move their stalls to the new hall.',
    'The move angered dozens of fishmongers who gathered outside the town hall.',
    'Hours after he left the chamber, the mayor faced a crowd of angry traders.',
    'After he left the chamber, Mayor Dirk De fauw spoke to reporters.',
    'The decision to close the market was taken by 24 votes to 11.',
    'The problem is that the new hall has no cold store yet.',
    'The union leader, Anna Peeters, said her members would protest on Friday.',
  ].join(' '),
);
const inCouncil = (k: number): Sentence => COUNCIL.sentences[k]!;
const councilOf = (docId: string) => (docId === COUNCIL.id ? COUNCIL.sentences : docId === OTHER.id ? OTHER.sentences : []);

describe('rules S and P: a shell noun and a pronoun with nothing in their sentence to take up', () => {
  it('reads a shell noun in the anaphoric pattern, and a pronoun after a capitalised common word', () => {
    expect(leansInside(inCouncil(2), councilOf)).toBe('shell'); // "The move": the vote, told in other words
    expect(leansInside(inCouncil(3), councilOf)).toBe('pronoun'); // "Hours" is the sentence's capital, not a name
    expect(leansAsKeyPoint(inCouncil(2), councilOf)).toBe(false); // a key point's shell noun is left to the topic (amendment C)
    expect(leansAsKeyPoint(inCouncil(3), councilOf)).toBe(true);
  });

  it('does not read a shell noun whose content its sentence gives, nor a pronoun the main clause names', () => {
    expect(leansInside(inCouncil(4), councilOf)).toBeUndefined(); // "After he left …, Mayor Dirk De fauw": backward pronominalisation
    expect(leansInside(inCouncil(5), councilOf)).toBeUndefined(); // "The decision to close the market"
    expect(leansInside(inCouncil(6), councilOf)).toBeUndefined(); // "The problem is that …"
    expect(leansInside(inCouncil(7), councilOf)).toBeUndefined(); // "her" after the union leader's name
    expect(leansAsKeyPoint(inCouncil(0), councilOf)).toBe(false); // a lead needs nothing
    expect(leansAsKeyPoint(inCouncil(5), councilOf)).toBe(false);
  });
});

describe('rule R: the passage from the lead reaches a third sentence', () => {
  const texts = (units: readonly Sentence[]) => units.map((u) => partsOf(u).map((p) => p.text.slice(0, 20)));
  const readsAlone = () => true;

  it("shows the document's third sentence after its lead and second, as one passage", () => {
    const summary = openedWithoutLeaning([inCouncil(2), OTHER.sentences[0]!], { ofDocument: councilOf, mayLead: isLead, readsAlone });
    expect(texts(summary)).toEqual([['The city council of ', 'Traders had asked fo', 'The move angered doz'], ['A cargo ferry held i']]);
  });

  it('does not show a sentence the summary already shows, nor reach past the third', () => {
    // The second sentence is shown already: a later lead opens instead.
    expect(texts(openedWithoutLeaning([inCouncil(2), inCouncil(1), OTHER.sentences[0]!], { ofDocument: councilOf, mayLead: isLead, readsAlone }))[0]).toEqual(['A cargo ferry held i']);
    // The fourth sentence would make a passage of four: a later lead opens instead.
    expect(texts(openedWithoutLeaning([inCouncil(3), OTHER.sentences[0]!], { ofDocument: councilOf, mayLead: isLead, readsAlone }))[0]).toEqual(['A cargo ferry held i']);
  });
});

/**
 * Amendments A1–A5 (written after the first measure): a name that opens a sentence, a pronoun in a fronted phrase, plural
 * antecedents not in -s, a shell noun after "be", and one a participle identifies. Made-up copy on a harbour strike.
 */
const STRIKE = doc(
  'strike.txt',
  [
    'Dock workers in Antwerp walked out on Monday over a pay offer from the port authority.',
    'Peeters, 48, has led the union from his office in the old harbour for ten years.',
    'In his speech, Peeters urged workers to hold firm until pay rose.',
    'Rotterdam and Hamburg said their ports would take no diverted ships.',
    'About 2,000 people marched through the city to show their support.',
    "The union said the strike was chiefly the port authority's problem, not its own.",
    'A main item at the talks was the plan drafted by union lawyers.',
    'Union leader Jan Peeters said the strike would go on.',
  ].join(' '),
);
const strikeOf = (docId: string) => (docId === STRIKE.id ? STRIKE.sentences : []);
const inStrike = (k: number): Sentence => STRIKE.sentences[k]!;

describe('amendments A1–A5: what anchors a pronoun or gives a shell noun its content', () => {
  it('reads none of these as leaning, where rules P and S as first written did', () => {
    expect(leansAsKeyPoint(inStrike(1), strikeOf)).toBe(false); // "Peeters, 48, … his": the document writes "Peeters" inside a sentence (A1)
    expect(leansAsKeyPoint(inStrike(2), strikeOf)).toBe(false); // "In his speech, Peeters": a fronted phrase (A2)
    expect(leansAsKeyPoint(inStrike(3), strikeOf)).toBe(false); // "Rotterdam and Hamburg … their" (A3)
    expect(leansAsKeyPoint(inStrike(4), strikeOf)).toBe(false); // "people … their" (A3)
    expect(leansAsKeyPoint(inStrike(5), strikeOf)).toBe(false); // "was chiefly the port authority's problem" (A4)
    expect(leansAsKeyPoint(inStrike(6), strikeOf)).toBe(false); // "the plan drafted by" (A5)
  });

  it('still reads a capitalised common word as no name', () => {
    expect(leansAsKeyPoint(inCouncil(3), councilOf)).toBe(true); // "Hours after he left the chamber, the mayor …"
  });
});

describe("amendment B: rule O's head readings take the passage from the lead too", () => {
  const PORT = doc('port.txt', ['The port of Ostend reopened on Friday after a storm closed it for three days.', 'Ferries to Dover were cancelled on Thursday.', 'The storm damaged two cranes on the north quay.'].join(' '));
  const portOf = (docId: string) => (docId === PORT.id ? PORT.sentences : []);
  it('shows a point opening on a description its lead wrote after the lead, as one passage, when no later lead may open', () => {
    const summary = openedWithoutLeaning([PORT.sentences[2]!], { ofDocument: portOf, mayLead: isLead, readsAlone: () => true });
    expect(summary.map((u) => partsOf(u).map((p) => p.text.slice(0, 20)))).toEqual([['The port of Ostend r', 'Ferries to Dover wer', 'The storm damaged tw']]);
  });
});
