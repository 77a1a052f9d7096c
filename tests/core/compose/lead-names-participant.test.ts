import { describe, expect, it } from 'vitest';
import { leadOf as leadAt, reportsOn } from '../made-up-reports.js';

/** Made-up reports (docs/quality.md, "Session 59", rule PL): the asked event told of another thing does not lead. */
const NOW = new Date('2026-05-20T12:00:00Z');
const doc = reportsOn(NOW);

const DOCS = [
  doc(
    'opening.txt',
    '2026-05-12',
    ['Governor Ana Ribeiro opened the new bridge on Tuesday.', 'The bridge cost forty million dollars and took three years to build.', 'Drivers queued for hours to cross the bridge on its first day.'].join(' '),
  ),
  doc('traffic.txt', '2026-05-13', ['A ferry line to Vellmar Island opens next month.', 'The old bridge will close for repairs in the autumn.', 'Commuters said the bridge tolls were too high.'].join(' ')),
  doc('tolls.txt', '2026-05-14', ['The council set the bridge toll at two dollars a car.', 'Lorries will pay five dollars to cross the bridge.', 'Cyclists cross the bridge free.'].join(' ')),
  doc('island.txt', '2026-05-15', ['About three thousand people live on Vellmar Island.', 'Most of them work in fishing.'].join(' ')),
];

describe('the lead names what the question asks about (rule PL)', () => {
  it('leads "who opened the bridge to Vellmar Island" with the bridge opened, not a ferry line that opens', () => {
    expect(leadAt(DOCS, 'who opened the bridge to Vellmar Island', NOW)).toBe('Governor Ana Ribeiro opened the new bridge on Tuesday.');
  });
});
