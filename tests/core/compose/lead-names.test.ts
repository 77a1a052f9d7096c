import { describe, expect, it } from 'vitest';
import type { RawDocument } from '../../../src/core/ingest/document.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';

/**
 * 16lead9's rule K (docs/quality.md, "Twenty-eighth round (issue 16lead9)"): a question's answer that leans on a chain
 * past the passage cap only because the chain fetches a name the reader typed leads as its short chain; 16lead10's rule S:
 * only where no unit that may lead states the same fact in one sentence. Made-up wire copy.
 */
const NOW = new Date('2026-05-20T12:00:00Z');
const doc = (id: string, published: string, text: string): RawDocument => ({ id, meta: { title: id, published }, addedAt: NOW.toISOString(), text });

const HEALTH = doc(
  'health.txt',
  '2026-05-12',
  [
    'President Tomas Varga of Lendia cancelled a trip to a regional summit next month, his office said Friday.',
    'The president has been suffering from bronchitis this week.',
    'He spent Friday at a country home outside the capital after ignoring the advice of his doctors.',
    'Aides said his condition was stable.',
    "Varga's resignation is highly unlikely.",
    'If he were to step down or die, Prime Minister Anna Kovac would take power and elections would be held within three months.',
  ].join(' '),
);
const PARLIAMENT = doc(
  'parliament.txt',
  '2026-05-13',
  ['Lawmakers in Lendia voted on Wednesday to ask President Tomas Varga to step down because of his health.', 'The motion carries no legal weight.', 'Opposition leaders said the country needed a leader able to work.'].join(' '),
);

function briefOf(docs: RawDocument[], question: string) {
  const library = createLibrary('made-up', docs, { topics: [], now: () => NOW });
  const r = library.brief(question, { length: 'short', now: NOW });
  expect(r.ok).toBe(true);
  return r.ok ? r.briefing : undefined;
}

describe("a question's lead and the names its reader has (16lead9)", () => {
  it('rule K: leads "who would take power if Varga stepped down" with the answer and the one sentence it leans on, not fetching Varga\'s introduction', () => {
    const lead = briefOf([HEALTH, PARLIAMENT], 'who would take power if Varga stepped down')?.summary[0];
    expect(lead?.text).toBe("Varga's resignation is highly unlikely. If he were to step down or die, Prime Minister Anna Kovac would take power and elections would be held within three months.");
  });

  it('rule K keeps the passage cap: an answer leaning on a chain of pronouns longer than three sentences still does not lead', () => {
    const pronouns = doc(
      'health.txt',
      '2026-05-12',
      HEALTH.text.replace("Varga's resignation is highly unlikely.", 'His resignation is highly unlikely.').replace('Aides said his condition was stable.', 'He was in stable condition, aides said.'),
    );
    const lead = briefOf([pronouns, PARLIAMENT], 'who would take power if Varga stepped down')?.summary[0];
    expect(lead?.text ?? '').not.toMatch(/If he were to step down/);
  });

  it('rule S (16lead10): the chain is not offered where a one-sentence unit that may lead states the same fact; that unit leads', () => {
    const health = doc('health.txt', '2026-05-12', HEALTH.text.replace('within three months', 'within 90 days'));
    const parliament = doc('parliament.txt', '2026-05-13', PARLIAMENT.text.replace('President Tomas Varga to step down', 'the president to leave office'));
    const constitution = doc(
      'constitution.txt',
      '2026-05-10',
      ['Lendia holds a presidential election every five years.', 'Should the president quit or die, Prime Minister Anna Kovac would take power and elections would be held within 60 days.'].join(' '),
    );
    const lead = briefOf([health, parliament, constitution], 'who would take power if Varga stepped down')?.summary[0];
    expect(lead?.text).toBe('Should the president quit or die, Prime Minister Anna Kovac would take power and elections would be held within 60 days.');
  });

  it('amendment S′ (16lead10): a lead that already bears the answer in one sentence is kept, and no chain says it again in three', () => {
    const parliament = doc('parliament.txt', '2026-05-13', PARLIAMENT.text.replace('President Tomas Varga to step down', 'the president to leave office'));
    const officials = doc('officials.txt', '2026-05-10', ['Lendia holds a presidential election every five years.', 'Prime Minister Anna Kovac would take power as acting president, officials said on Monday.'].join(' '));
    const summary = briefOf([HEALTH, parliament, officials], 'who would take power if Varga stepped down')?.summary ?? [];
    expect(summary[0]?.text).toBe('Prime Minister Anna Kovac would take power as acting president, officials said on Monday.');
    expect(summary.map((p) => p.text).join(' ')).not.toMatch(/If he were to step down/);
  });
});
