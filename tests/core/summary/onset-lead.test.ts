import { describe, expect, it } from 'vitest';
import { createLibrary } from '../../../src/core/library/open-folder.js';

/** Made-up wire copy: a question's lead is the year a state began (16lead12's rule O; rule C's test went with its code, kept at 00d77da9). */
const leadOf = (library: ReturnType<typeof createLibrary>, question: string) => {
  const r = library.brief(question, { length: 'short' });
  expect(r.ok).toBe(true);
  return r.ok ? r.briefing.summary[0]!.text : '';
};

describe('the onset of a state that still holds answers "when did … become"', () => {
  const library = createLibrary('harbour', [
    { id: 'wire-1.txt', text: 'Police Chief Whitlock said on Monday that the harbour inquiry would take several weeks. Divers searched the harbour again.', meta: { published: '2026-03-02' } },
    { id: 'wire-2.txt', text: 'Whitlock, who has been police chief since 2019, ordered the inquiry after the boat sank. The harbour stays closed.', meta: { published: '2026-03-03' } },
  ]);

  it('leads "when did … become" with the year the state began, not a day the story names', () => {
    expect(leadOf(library, 'when did Whitlock become police chief')).toContain('since 2019');
  });
});
