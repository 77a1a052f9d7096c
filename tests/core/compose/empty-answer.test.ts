import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/core/index/build-document.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';
import { partsOf, unitOf, unitWithNamesHad } from '../../../src/core/summary/passages.js';

/**
 * Rule E36 (docs/quality.md, "Session 36"): a query's summary is not left empty when the sentence that answers it has no
 * unit only because a name it needs was written in full far back in its article. Made-up articles.
 */

// The answer ("In return, …") leans on the sentence before it, which names "Varga" by the surname the lead gives in full;
// the lead is more than a passage's reach (three sentences) back.
const FERRY = [
  'Harbour minister Lena Varga opened talks with the ferry union on Monday over the strike at the northern port.',
  'The strike has stopped all sailings to the islands for nine days.',
  'Shops on the islands have begun to run short of bread and fuel.',
  'Tourist bookings for the summer have fallen by a third, the island council said.',
  'Fishermen have offered their boats to carry medicine to the islands.',
  'Varga offered the union a pay rise of four percent over two years.',
  'In return, the union would end the strike and restore sailings at once.',
].join(' ');
// The same answer leaning on a sentence that needs a description ("The walkout") only an earlier sentence introduces.
const WALKOUT = [
  'Dock workers at the southern port went on strike on Monday over the new shift rota.',
  'Their walkout began after talks with the port authority failed in the night.',
  'Cranes stood idle and ships queued outside the harbour wall.',
  'Truck drivers waited for hours at the port gates.',
  'Several shipping lines said they would divert cargo to other ports.',
  'The walkout could be ended by a pay offer, the authority said.',
  'In return, the union would drop its demand for a shorter week.',
].join(' ');

function sentencesOfText(id: string, text: string) {
  const built = buildDocument({ id, text });
  if (!('document' in built)) throw new Error('no document');
  return built.document.sentences;
}

describe('rule E36: a unit read without a far introduction of a name the reader has', () => {
  const ferry = sentencesOfText('ferry.txt', FERRY);
  const answer = ferry.at(-1)!;
  const sentencesOf = () => ferry;

  it('has no unit by the passage rules alone: the surname is introduced out of reach', () => {
    expect(answer.text.startsWith('In return')).toBe(true);
    expect(unitOf(answer, sentencesOf)).toBeNull();
  });

  it('is shown with the sentence it leans on, verbatim, when the reader has the name', () => {
    const unit = unitWithNamesHad(answer, sentencesOf, (name) => name === 'Varga');
    expect(unit && partsOf(unit).map((s) => s.text)).toEqual([ferry.at(-2)!.text, answer.text]);
  });

  it('stays without a unit when the reader does not have the name', () => {
    expect(unitWithNamesHad(answer, sentencesOf, () => false)).toBeNull();
  });

  it('never reads a description introduced earlier as had', () => {
    const walkout = sentencesOfText('walkout.txt', WALKOUT);
    expect(unitOf(walkout.at(-1)!, () => walkout)).toBeNull();
    expect(
      unitWithNamesHad(
        walkout.at(-1)!,
        () => walkout,
        () => true,
      ),
    ).toBeNull();
  });

  it('keeps a sentence’s own unit when it has one', () => {
    const lead = ferry[0]!;
    expect(unitWithNamesHad(lead, sentencesOf, () => true)).toBe(unitOf(lead, sentencesOf));
  });
});

describe('rule E36 in a briefing', () => {
  const library = createLibrary('ferry', [
    { id: 'ferry.txt', text: FERRY, meta: { published: '2026-06-01' } },
    { id: 'weather.txt', text: 'Storms are forecast for the weekend along the coast. Harbour walls were inspected after last winter.', meta: { published: '2026-06-02' } },
  ]);

  it('answers a query whose answer leans on a sentence naming someone its article gives in full', () => {
    const r = library.brief('what would the union restore in return', { length: 'standard', now: new Date('2026-06-03T00:00:00Z') });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [first] = r.briefing.summary;
    expect(first?.parts).toEqual(['Varga offered the union a pay rise of four percent over two years.', 'In return, the union would end the strike and restore sailings at once.']);
    // Whom the surname names is printed beside it: the article's full name.
    expect(first?.names?.map((n) => n.full.endsWith('Lena Varga'))).toEqual([true]);
  });

  it('leaves a briefing that already has a point as it was: the unit read without the introduction is not offered', () => {
    const both = createLibrary('ferry', [
      { id: 'ferry.txt', text: FERRY, meta: { published: '2026-06-01' } },
      { id: 'union.txt', text: 'The ferry union said it would restore sailings once a pay rise was agreed. Its members meet on Friday.', meta: { published: '2026-06-02' } },
    ]);
    const r = both.brief('what would the union restore in return', { length: 'standard', now: new Date('2026-06-03T00:00:00Z') });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const shown = [...r.briefing.summary, ...r.briefing.keyPoints].flatMap((p) => p.parts ?? [p.text]);
    expect(shown).toContain('The ferry union said it would restore sailings once a pay rise was agreed.');
    expect(shown).not.toContain('In return, the union would end the strike and restore sailings at once.');
  });
});

describe('rule E36 as amended: no point names someone by a short form alone', () => {
  // "Ms. Varga" with a courtesy title, while the article titles the full name "Harbour minister": the briefing prints no gloss
  // for her (N4′: a courtesy title may be someone else of the name), so the reader would have the surname alone.
  const courtesy = FERRY.replace('Varga offered', 'Ms. Varga offered');
  const library = createLibrary('ferry', [
    { id: 'ferry.txt', text: courtesy, meta: { published: '2026-06-01' } },
    { id: 'weather.txt', text: 'Storms are forecast for the weekend along the coast. Harbour walls were inspected after last winter.', meta: { published: '2026-06-02' } },
  ]);
  const now = new Date('2026-06-03T00:00:00Z');

  it('does not show the answer when the briefing would print no full name beside the short one', () => {
    const r = library.brief('what would the union restore in return', { length: 'standard', now });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const shown = [...r.briefing.summary, ...r.briefing.keyPoints].flatMap((p) => p.parts ?? [p.text]);
    expect(shown).not.toContain('Ms. Varga offered the union a pay rise of four percent over two years.');
  });

  it('shows it when the question writes the name: the reader has it', () => {
    const r = library.brief('what would Varga restore in return', { length: 'standard', now });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.briefing.summary[0]?.parts).toEqual(['Ms. Varga offered the union a pay rise of four percent over two years.', 'In return, the union would end the strike and restore sailings at once.']);
  });
});
