import { describe, expect, test } from 'vitest';
import { itemsOf } from '../../eval/packet-items.js';
import { renderText } from '../../src/adapters/console/render.js';
import { parseBriefing } from '../../src/core/briefing.js';

/** A question's briefing as eval/questions.ts renders it: made-up wire copy, every secondary section filled. */
const cite = (source: number, sentence = 0) => ({ source, paragraph: 0, sentence });
const answer = renderText(
  {
    kind: 'briefing',
    briefing: parseBriefing({
      set: 'valley-floods',
      topic: { slug: 'how-high-did-the-river-rise', title: 'How high did the river rise', kind: 'query' },
      length: 'short',
      generatedAt: '2025-03-04T07:00:00.000Z',
      summary: [{ text: 'The river rose two metres overnight near the old bridge.', citations: [cite(1)] }],
      keyPoints: [{ text: 'Crews closed the lower road before dawn.', citations: [cite(2)] }],
      quotes: [{ speaker: 'Ana Ruiz', text: '"We have never seen it this high in March," Ruiz said.', citation: cite(2, 3) }],
      figures: [
        { value: 'two metres', counts: 'rise of the river', text: 'The river rose two metres overnight near the old bridge.', citation: cite(1), shownAt: { section: 'summary', n: 1 } },
        { value: '40', counts: 'homes cleared', text: 'Police cleared 40 homes on the east bank.', citation: cite(3, 2) },
      ],
      timeline: [{ date: '2025-03-03', when: 'Monday', text: 'On Monday the first homes were cleared.', citation: cite(3, 1) }],
      differences: [
        {
          question: 'the height of the river',
          sides: [
            { text: 'The river rose two metres overnight.', citations: [cite(1, 4)] },
            { text: 'The river rose three metres overnight.', citations: [cite(3, 5)] },
          ],
        },
      ],
      sources: [1, 2, 3].map((n) => ({ n, docId: `VC2025030${n}.0001`, title: `Report ${n} from the valley` })),
    }),
  },
  'text',
);

describe('the items of a judging packet', () => {
  test('are the summary and key points by default, as before', () => {
    const { items, lead } = itemsOf(answer);
    expect(items.map((i) => i.section)).toEqual(['summary', 'key point']);
    expect(lead).toBe('The river rose two metres overnight near the old bridge.');
  });

  test('with the secondary option, add each quote, key figure, dated event and difference as an item of its section', () => {
    const { items, lead } = itemsOf(answer, { secondary: true });
    const secondary = items.slice(2);
    expect(secondary.map((i) => [i.section, i.text, i.docIds])).toEqual([
      ['quote', 'Ana Ruiz: "We have never seen it this high in March," Ruiz said.', ['VC20250302.0001']],
      // The figure that only refers back to the summary prints nothing of its own: not an item.
      ['key figure', '40 homes cleared — Police cleared 40 homes on the east bank.', ['VC20250303.0001']],
      ['timeline', '2025-03-03: On Monday the first homes were cleared.', ['VC20250303.0001']],
      ['difference', 'On the height of the river: [1] The river rose two metres overnight. [3] The river rose three metres overnight.', ['VC20250301.0001', 'VC20250303.0001']],
    ]);
    // The source's own words, where the packet looks up what came before the item.
    expect(secondary.map((i) => i.sourceText)).toEqual([
      '"We have never seen it this high in March," Ruiz said.',
      'Police cleared 40 homes on the east bank.',
      'On Monday the first homes were cleared.',
      'The river rose two metres overnight.',
    ]);
    expect(lead).toBe('The river rose two metres overnight near the old bridge.');
  });
});
