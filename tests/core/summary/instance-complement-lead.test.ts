import { describe, expect, it } from 'vitest';
import { createLibrary } from '../../../src/core/library/open-folder.js';

/** Made-up wire copy: a question's lead is about the instance its complement picks, when a common noun picks it (16lead13's rule C″). */
const leadOf = (library: ReturnType<typeof createLibrary>, question: string) => {
  const r = library.brief(question, { length: 'short' });
  expect(r.ok).toBe(true);
  return r.ok ? r.briefing.summary[0]!.text : '';
};

describe('another instance, picked by another common noun, does not lead', () => {
  const library = createLibrary('prizes', [
    { id: 'wire-1.txt', text: 'A day after she won the Lindqvist Prize for fiction, novelist Anna Varga said the award belonged to her translators. Her publisher ordered a new printing.', meta: { published: '2026-03-02' } },
    { id: 'wire-2.txt', text: 'Tomas Berg, a schoolteacher from Malmo, won the Lindqvist poetry prize on Thursday. Berg has published four books.', meta: { published: '2026-03-03' } },
  ]);

  it('leads "who won the prize for poetry" with the poetry prize, not the prize for fiction', () => {
    expect(leadOf(library, 'who won the Lindqvist prize for poetry')).toContain('Tomas Berg');
  });
});

describe('a time after the other instance is not its name', () => {
  const library = createLibrary('awards', [
    { id: 'wire-1.txt', text: 'Novelist Anna Varga was awarded the Lindqvist Prize in Fiction Thursday by the academy in Malmo. It was her second Lindqvist fiction prize.', meta: { published: '2026-03-02' } },
    { id: 'wire-2.txt', text: 'Tomas Berg, a schoolteacher from Malmo, won the Lindqvist poetry prize on Friday. Berg has published four books.', meta: { published: '2026-03-03' } },
  ]);

  it('leads "who won the prize for poetry" with the poetry prize, not "the Prize in Fiction Thursday"', () => {
    expect(leadOf(library, 'who won the Lindqvist prize for poetry')).toContain('Tomas Berg');
  });
});

describe('a place written at a finer grain is the same instance', () => {
  const library = createLibrary('embassies', [
    {
      id: 'wire-1.txt',
      text: 'In a nearly simultaneous bombing of the Embassy in Port Adrian in neighboring Freedonia, 11 people were killed and 72 were injured, officials said. Investigators arrived on Sunday. The embassy in Freedonia will stay closed this week.',
      meta: { published: '2026-03-02' },
    },
    {
      id: 'wire-2.txt',
      text: 'The bombing of the embassy in Sylvania killed 213 people and wounded more than 4,000, the government said. Rescue teams searched the rubble of the embassy in Sylvania for a third day.',
      meta: { published: '2026-03-03' },
    },
  ]);

  it('leads "how many people were killed when the embassy in Freedonia was bombed" with the embassy in its capital', () => {
    expect(leadOf(library, 'how many people were killed when the embassy in Freedonia was bombed')).toContain('Port Adrian');
  });
});
