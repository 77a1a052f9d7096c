import { describe, expect, it } from 'vitest';
import { createLibrary } from '../../../src/core/library/open-folder.js';
import { askedComplementOf } from '../../../src/core/topics/asked-complement.js';

/** Made-up wire copy: a question's lead is the year a state began, and the asked instance rather than another one (16lead12's rules O and C). */
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

describe('another instance, picked by another complement, does not lead', () => {
  const library = createLibrary('prizes', [
    { id: 'wire-1.txt', text: 'A day after she won the Lindqvist Prize for fiction, novelist Anna Varga said the award belonged to her translators. Her publisher ordered a new printing.', meta: { published: '2026-03-02' } },
    { id: 'wire-2.txt', text: 'Tomas Berg, a schoolteacher from Malmo, won the Lindqvist poetry prize on Thursday. Berg has published four books.', meta: { published: '2026-03-03' } },
  ]);

  it('leads "who won the prize for poetry" with the poetry prize, not the prize for fiction', () => {
    expect(leadOf(library, 'who won the Lindqvist prize for poetry')).toContain('Tomas Berg');
  });

  it('reads the complement of a noun, not of a verb or of "of"', () => {
    expect(askedComplementOf('who won the Lindqvist prize for poetry')).toMatchObject({ head: 'prize', preposition: 'for' });
    expect(askedComplementOf('who was the bomber on the number 30 bus')).toMatchObject({ head: 'bomber', preposition: 'on' });
    expect(askedComplementOf('where was the suspect held in Italy')).toBeUndefined();
    expect(askedComplementOf('what did the head of the agency say')).toBeUndefined();
  });
});
