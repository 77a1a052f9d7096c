import { describe, expect, it } from 'vitest';
import { createLibrary } from '../../../src/core/library/open-folder.js';

// Session 46, rule QR: who said what speaks to the topic before it adds voices from the rest of the topic's documents.
describe("a topic's quotes", () => {
  const docs = [
    {
      id: 'a.txt',
      text: [
        'Negotiators in Geneva discussed the exchange of territory on Monday.',
        '"We will never hand over territory that our soldiers hold," Defence Minister Anna Petrova said after the session.',
        'The talks on territory are to resume next month.',
        '"Security guarantees matter more than anything else," Foreign Minister Karl Berg said in a separate interview.',
        'The delegations dined together in the evening.',
      ].join(' '),
      meta: { published: '2025-08-18' },
    },
    {
      id: 'b.txt',
      text: [
        'Any deal on territory would need approval by parliament, officials said Tuesday.',
        'Lawmakers have twice rejected a transfer of territory.',
        '"Sanctions relief must come first," Finance Minister Olga Ivanova told reporters.',
        'Markets rose slightly on the news.',
      ].join(' '),
      meta: { published: '2025-08-19' },
    },
  ];

  it('shows the voices that speak to the topic before voices its documents lend on other matters', () => {
    const library = createLibrary('talks', docs);
    const r = library.brief('territory', { length: 'short' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.briefing.quotes.length).toBeGreaterThan(0);
    expect(r.briefing.quotes[0]!.speaker).toContain('Petrova');
  });
});
