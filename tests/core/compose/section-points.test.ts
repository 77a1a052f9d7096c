import { describe, expect, it } from 'vitest';
import type { Briefing } from '../../../src/core/briefing.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';

/** Made-up wire copy: sentences with a date, a quote or a figure that open leaning on the sentence before them. */
const DAM = [
  'Officials in Lisbon proposed a new dam on the Tagus river on Monday. Environmental groups rejected the Tagus dam plan on Tuesday. However, the government said on Wednesday that construction of the Tagus dam would begin in March. Prime Minister Antonio Ferreira defended the Tagus dam in parliament. "The dam is needed for the farms of the south and for the cities," he said. The Tagus dam was designed by a Spanish firm. It will cost 2 billion euros over ten years.',
  'But the Tagus dam would flood 40 villages on Thursday, critics said. Farmers in the valley held a meeting on the Tagus dam plan. Critics of the Tagus dam said the river would lose 30 percent of its flow.',
];

/** Every item the sections after the key points print in full. */
function sectionItems(b: Briefing): { text: string; parts?: readonly string[] }[] {
  return [...b.quotes, ...b.figures, ...b.timeline, ...b.differences.flatMap((d) => d.sides), ...(b.figuresThatDiffer ?? []).flatMap((d) => d.values)].filter((x) => !('shownAt' in x && x.shownAt));
}

describe('the timeline, who said what and key figures show a leaning sentence with what it leans on', () => {
  const library = createLibrary(
    'dam',
    DAM.map((text, i) => ({ id: `${i}.txt`, text, meta: { published: '2026-03-06' } })),
  );
  const r = library.brief('Tagus dam', { length: 'long' });
  if (!r.ok) throw new Error('no briefing');
  const b = r.briefing;

  it('pairs a dated sentence opening on "However" with the sentence before it, in the timeline', () => {
    const event = b.timeline.find((e) => e.text.includes('construction of the Tagus dam would begin'));
    expect(event?.parts).toEqual(['Environmental groups rejected the Tagus dam plan on Tuesday.', 'However, the government said on Wednesday that construction of the Tagus dam would begin in March.']);
    expect(event?.date).not.toBeNull();
  });

  it('pairs a quote said by "he" with the sentence naming him, keeping its speaker', () => {
    const quote = b.quotes.find((q) => q.text.includes('The dam is needed'));
    expect(quote?.speaker).toMatch(/Ferreira/);
    expect(quote?.parts?.[0]).toBe('Prime Minister Antonio Ferreira defended the Tagus dam in parliament.');
  });

  it('pairs a figure opening on "It" with the sentence before it', () => {
    const figure = b.figures.find((f) => f.text.includes('2 billion euros'));
    expect(figure?.parts).toEqual(['The Tagus dam was designed by a Spanish firm.', 'It will cost 2 billion euros over ten years.']);
  });

  it('shows no item opening on a sentence that leans on nothing it can show (a document that opens on "But")', () => {
    expect(sectionItems(b).some((x) => x.text.startsWith('But the Tagus dam would flood'))).toBe(false);
  });
});
