import { describe, expect, it } from 'vitest';
import { leadOf, reportsOn } from '../made-up-reports.js';

/** Made-up reports (docs/quality.md, "Session 59", rule LT): a toll revised as reports come in. */
const NOW = new Date('2026-10-25T12:00:00Z');
const doc = reportsOn(NOW);

const DOCS = [
  doc('first.txt', '2026-10-03', 'A road bridge over the Velna river collapsed on Friday evening, sending six cars into the water and killing at least nine people, the fire service said. Divers searched the river through the night.'),
  doc('later.txt', '2026-10-20', 'The death toll stands at 16 after the two people missing since the collapse were found. An inquiry into the collapse opened on Monday.'),
  doc('other.txt', '2026-10-10', 'Engineers said the bridge had not been inspected since 2019. The city closed two other bridges for checks.'),
];

describe('of counts that answer alike, the latest report leads (rule LT)', () => {
  it('leads "how many people died" with the latest toll, not the first report', () => {
    expect(leadOf(DOCS, 'how many people died', NOW)).toBe('The death toll stands at 16 after the two people missing since the collapse were found.');
  });
});
