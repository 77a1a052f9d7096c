import { describe, expect, it } from 'vitest';
import type { RawDocument } from '../../../src/core/ingest/document.js';
import { leadOf as leadAt, reportsOn } from '../made-up-reports.js';

/** Made-up reports (docs/quality.md, "Session 58", rule EC): "because of the mayor's arrest" names the arrest as a cause, not its cause. */
const NOW = new Date('2026-05-20T12:00:00Z');
const doc = reportsOn(NOW);
const leadOf = (docs: RawDocument[], question: string) => leadAt(docs, question, NOW);

const VISIT = doc(
  'visit.txt',
  '2026-05-12',
  ["Governor Ana Ribeiro said on Monday she was considering cancelling her visit to Port Halden because of Mayor Tomas Vell's arrest.", 'The visit had been planned for months.', "Port Halden is the region's largest harbour town."].join(
    ' ',
  ),
);
const ARREST = doc(
  'arrest.txt',
  '2026-05-11',
  [
    'Police in Port Halden said on Sunday that they had questioned several officials of the harbour board.',
    'Mayor Tomas Vell was arrested after auditors accused him of taking two million dollars from the harbour fund.',
    'His lawyer said the mayor would answer every question.',
  ].join(' '),
);

describe('the asked event as the cause of something else (rule EC)', () => {
  it('leads "why was Mayor Vell arrested" with the audit, not with a visit put off because of the arrest', () => {
    expect(leadOf([VISIT, ARREST], 'why was Mayor Vell arrested')).toBe('Mayor Tomas Vell was arrested after auditors accused him of taking two million dollars from the harbour fund.');
  });

  it('still answers with "because of" when its phrase gives the cause', () => {
    const strike = doc('strike.txt', '2026-05-13', 'The harbour was closed on Tuesday because of a strike by crane drivers. Ships waited offshore. Traders said prices would rise.');
    expect(leadOf([strike, VISIT], 'why was the harbour closed')).toBe('The harbour was closed on Tuesday because of a strike by crane drivers.');
  });
});
