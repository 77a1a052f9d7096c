import { describe, expect, it } from 'vitest';
import { renderText } from '../../../src/adapters/console/render.js';
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

  // The summary takes the sentences these lean on (they state the topic): each section prints its own sentence after a note of
  // where the one it leans on is, and never prints that sentence again (docs/quality.md, "each sentence printed once").
  const printedInSummary = b.summary.flatMap((p) => p.parts ?? [p.text]);
  const printedAfterSummary = (item: { text: string; parts?: readonly string[]; after?: { section: string } } | undefined, leansOn: string) => {
    expect(item?.parts).toBeUndefined();
    expect(item?.after?.section).toBe('summary');
    expect(printedInSummary).toContain(leansOn);
  };

  it('prints a dated sentence opening on "However" after the sentence it leans on, in the timeline', () => {
    const event = b.timeline.find((e) => e.text.includes('construction of the Tagus dam would begin'));
    printedAfterSummary(event, 'Environmental groups rejected the Tagus dam plan on Tuesday.');
    expect(event?.text).toBe('However, the government said on Wednesday that construction of the Tagus dam would begin in March.');
    expect(event?.date).not.toBeNull();
  });

  it('prints a quote said by "he" after the sentence naming him, keeping its speaker', () => {
    const quote = b.quotes.find((q) => q.text.includes('The dam is needed'));
    expect(quote?.speaker).toMatch(/Ferreira/);
    printedAfterSummary(quote, 'Prime Minister Antonio Ferreira defended the Tagus dam in parliament.');
  });

  it('prints a figure opening on "It" after the sentence before it', () => {
    printedAfterSummary(
      b.figures.find((f) => f.text.includes('2 billion euros')),
      'The Tagus dam was designed by a Spanish firm.',
    );
  });

  it('prints no sentence twice, and says where the sentence an item leans on is', () => {
    const printed = [...b.summary, ...b.keyPoints, ...b.quotes, ...b.figures, ...b.timeline, ...b.differences.flatMap((d) => d.sides)].filter((x) => !x.shownAt).flatMap((x) => x.parts ?? [x.text]);
    expect(new Set(printed).size).toBe(printed.length);
    expect(renderText({ kind: 'briefing', briefing: b }, 'text')).toContain('(continues summary sentence 2) However, the government said on Wednesday');
  });

  it('shows no item opening on a sentence that leans on nothing it can show (a document that opens on "But")', () => {
    expect(sectionItems(b).some((x) => x.text.startsWith('But the Tagus dam would flood'))).toBe(false);
  });
});

describe('a leaning sentence whose antecedent no other item prints is shown with it, as one item', () => {
  const library = createLibrary(
    'dam',
    [
      'Officials in Lisbon proposed a new dam on the Tagus river on Monday. Environmental groups marched in Lisbon on Tuesday. However, the government said on Wednesday that construction of the Tagus dam would begin in March. Prime Minister Antonio Ferreira spoke in parliament on the plan. "The dam is needed for the farms of the south and for the cities," he said. A Spanish firm drew the plans. It will cost 2 billion euros over ten years.',
      'But the Tagus dam would flood 40 villages on Thursday, critics said. Farmers in the valley held a meeting on the Tagus dam plan. Critics of the Tagus dam said the river would lose 30 percent of its flow.',
    ].map((text, i) => ({ id: `${i}.txt`, text, meta: { published: '2026-03-06' } })),
  );
  // "the Tagus dam", a free query: "Tagus dam" is the story's own name, which briefs the whole story (rule WS, session 53).
  const r = library.brief('the Tagus dam', { length: 'long' });
  if (!r.ok) throw new Error('no briefing');
  const b = r.briefing;

  it('pairs a quote said by "he" with the sentence naming him, keeping its speaker', () => {
    const quote = b.quotes.find((q) => q.text.includes('The dam is needed'));
    expect(quote?.speaker).toMatch(/Ferreira/);
    expect(quote?.parts?.[0]).toBe('Prime Minister Antonio Ferreira spoke in parliament on the plan.');
  });

  it('pairs a figure opening on "It" with the sentence before it', () => {
    expect(b.figures.find((f) => f.text.includes('2 billion euros'))?.parts).toEqual(['A Spanish firm drew the plans.', 'It will cost 2 billion euros over ten years.']);
  });
});
