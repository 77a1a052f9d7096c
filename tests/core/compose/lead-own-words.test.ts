import { describe, expect, it } from 'vitest';
import { createLibrary } from '../../../src/core/library/open-folder.js';

/**
 * Made-up wire copy: a sentence that enters a question's pool only by the words its document lends ("the harbour" in a
 * story whose lead names the ferry) may be shown, but a point made of it alone does not lead the answer, even when it
 * bears the asked kind (a time) and the sentences that say the question's subject do not (docs/quality.md, "Nineteenth
 * round (issue 16pool)").
 */
const docs = [
  {
    id: 'wire-1.md',
    text: [
      'The ferry Northern Star left the harbour at Kirkwall with 300 passengers aboard, the operator said on Monday.',
      'Fishermen said the sea was calm in the morning.',
      'At 6 p.m. the storm arrived, the wind rose over the islands and the coast guard in the north closed the harbour.',
    ].join('\n\n'),
    published: '2026-03-02',
  },
  { id: 'wire-2.md', text: 'The ferry left the harbour late, passengers told the local radio station on Monday.', published: '2026-03-02' },
  { id: 'wire-3.md', text: 'A ferry company in the south said its boats would keep to their timetable.', published: '2026-03-02' },
];

describe("a question's lead says the question's subject in its own words", () => {
  it('does not lead with a sentence that holds the asked kind but leaves the subject to its document', () => {
    const library = createLibrary(
      'made-up',
      docs.map((d) => ({ id: d.id, text: d.text, meta: { published: d.published } })),
      { now: () => new Date('2026-03-03T00:00:00Z') },
    );
    const result = library.brief('what time did the ferry leave the harbour', { length: 'short', now: new Date('2026-03-03T00:00:00Z') });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const lead = result.briefing.summary[0]?.text ?? '';
    expect(lead).toMatch(/ferry/i);
    expect(lead).not.toMatch(/^At 6 p\.m\. the storm arrived/);
  });
});
