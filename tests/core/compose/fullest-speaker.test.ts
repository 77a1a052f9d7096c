import { describe, expect, it } from 'vitest';
import { createLibrary } from '../../../src/core/library/open-folder.js';

/**
 * Made-up wire copy on a ferry fire. docs/quality.md, "Twentieth round (issue 16tidy)", rule T2: who said what labels a
 * voice by the fullest form the answer's quotes give it, though the quote's own article names the speaker by surname only.
 */
const FULL = [
  'A ferry fire off the port of Tarvik killed 12 passengers on Monday, the coast guard said.',
  '"The ferry fire spread to the car deck within minutes," said harbour chief Lena Holt on Tuesday.',
  'Investigators said the ferry fire began in the engine room shortly after midnight.',
].join('\n\n');
const SURNAME = [
  'Families gathered at the port of Tarvik on Tuesday for news of the ferry fire.',
  '"Every ferry in the port will be inspected before the fire season ends," Holt told reporters.',
  'The ferry fire is the worst on the coast in a decade, the port authority said.',
].join('\n\n');

function speakersOf(...texts: string[]): string[] {
  const library = createLibrary(
    'made-up',
    texts.map((text, i) => ({ id: `${i + 1}.txt`, text })),
  );
  const r = library.brief('ferry fire', { length: 'standard', now: new Date('2026-11-29T00:00:00Z') });
  if (!r.ok) throw new Error('no briefing');
  return r.briefing.quotes.map((q) => q.speaker);
}

describe('a speaker labelled in full across articles', () => {
  it('labels a surname-only quote with the full name another quote of the answer gives', () => {
    expect(speakersOf(FULL, SURNAME)).toEqual(['Lena Holt', 'Lena Holt']);
  });

  it('never labels one voice by a joint one that ends on its name (amendment, after measuring)', () => {
    const joint = FULL.replace('said harbour chief Lena Holt', 'said Karl and Lena Holt');
    const single = SURNAME.replace('Holt told reporters', 'Lena Holt told reporters');
    expect(speakersOf(joint, single)).toContain('Lena Holt');
  });

  it('keeps the surname when two people of that surname speak', () => {
    const mayor = '"The ferry fire will not close the port of Tarvik," said Karl Holt, the mayor, on Tuesday.';
    expect(speakersOf(FULL, SURNAME, mayor)).toContain('Holt');
  });

  it('keeps the surname when its own article names a firm and a person by it (docs/quality.md, "Session 75", rule PK)', () => {
    const firm = FULL.replace('said harbour chief Lena Holt', 'said Vessel Holt, the firm that built the ferry,');
    const both = SURNAME.replace('Families gathered', 'Anna Holt, managing director of Vessel Holt, visited the port. Families gathered');
    const speakers = speakersOf(firm, both);
    expect(speakers).toContain('Holt');
    expect(speakers.filter((s) => s === 'Vessel Holt')).toHaveLength(1);
  });
});
