import { describe, expect, it } from 'vitest';
import { isLead, openedWithoutLeaning } from '../../../src/core/compose/briefing-opener.js';
import { leansInside } from '../../../src/core/compose/leans-inside.js';
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
