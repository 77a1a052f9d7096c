import { describe, expect, it } from 'vitest';
import { sameNumberWords } from '../../../src/core/facts/number-words.js';
import { buildDocument } from '../../../src/core/index/build-document.js';
import { briefingOf, citedDocs, reportsOn } from '../made-up-reports.js';

/** Made-up reports (docs/quality.md, "Session 59", rule NW): a count written as a word, revised in a later report. */
const NOW = new Date('2026-10-01T12:00:00Z');
const doc = reportsOn(NOW);
const FOUR = 'Four of the sick people were taken to hospital; no deaths have been reported.';
const DOCS = [
  doc('first.txt', '2026-09-14', `A dairy in Carver is recalling its yoghurt after 12 people fell ill with listeria, the food agency said on Monday. ${FOUR}`),
  doc('later.txt', '2026-09-19', 'The number of people sickened by listeria linked to the Carver yoghurt has risen to 31, the food agency said on Friday. Nine people have been taken to hospital.'),
];

function sentencesOf(text: string) {
  const built = buildDocument({ id: 'x.txt', text });
  if (!('document' in built)) throw new Error('not built');
  return built.document.sentences;
}

describe('counts written as words (rule NW)', () => {
  it('cites for "Four of the sick people were taken to hospital" only the article that says four', () => {
    const b = briefingOf(DOCS, 'hospital', NOW, 'standard');
    const cited = citedDocs(b, FOUR);
    expect(cited).toBeDefined();
    expect(cited).not.toContain('later.txt');
  });

  it('reads a copy that gives no count, or the same count, as the same', () => {
    const [a, b, c] = sentencesOf('The four abducted engineers were found on Friday. The abducted engineers were found on Friday. Four abducted engineers were found on Friday.');
    expect(sameNumberWords(a!, b!)).toBe(true);
    expect(sameNumberWords(a!, c!)).toBe(true);
    const [d, e] = sentencesOf('Four of the sick people were taken to hospital. Nine of the sick people were taken to hospital.');
    expect(sameNumberWords(d!, e!)).toBe(false);
  });
});
