import { describe, expect, it } from 'vitest';
import { createLibrary } from '../../../src/core/library/open-folder.js';

/**
 * Made-up wire copy: the sentence that answers ("He faces 12 years in prison on each fraud charge") opens on a pronoun whose
 * name stands four sentences back, each sentence between leaning on the one before. A summary point holds at most three
 * sentences, so the answer had no passage and was barred from leading as a mention; a question's lead may be the longer
 * passage that shows the name (docs/quality.md, "Twenty-first round (issue 16bar)").
 */
const docs = [
  {
    id: 'wire-1.md',
    text: [
      'Former finance minister Daniel Okoro appeared in a court in Lagos on Tuesday.',
      'He was ordered to stand trial in March on six counts.',
      'His lawyers asked for the trial to be delayed.',
      'He has pleaded innocent to all counts.',
      'He faces 12 years in prison on each fraud charge if convicted.',
      'Supporters gathered outside the court building.',
    ].join('\n\n'),
    published: '2026-03-02',
  },
  { id: 'wire-2.md', text: 'The court in Lagos will hear the trial of the former finance minister in March, officials said on Tuesday.', published: '2026-03-02' },
  { id: 'wire-3.md', text: 'Daniel Okoro, a former finance minister, denies wrongdoing, his party said on Tuesday.', published: '2026-03-02' },
];

describe("a question's lead shown with a name that stands far back", () => {
  it('leads with the answering sentence and the sentences up to its name', () => {
    const library = createLibrary(
      'made-up',
      docs.map((d) => ({ id: d.id, text: d.text, meta: { published: d.published } })),
      { now: () => new Date('2026-03-03T00:00:00Z') },
    );
    const result = library.brief('how many years in prison does Okoro face on each fraud charge', { length: 'short', now: new Date('2026-03-03T00:00:00Z') });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const lead = result.briefing.summary[0]?.text ?? '';
    expect(lead).toMatch(/He faces 12 years in prison/);
    expect(lead).toMatch(/^Former finance minister Daniel Okoro/);
  });
});
