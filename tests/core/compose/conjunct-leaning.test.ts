import { describe, expect, it } from 'vitest';
import { renderText } from '../../../src/adapters/console/render.js';
import type { Briefing } from '../../../src/core/briefing.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';

/**
 * Made-up wire copy where two sentences are tied to the one before by a conjunct set off by commas (docs/quality.md,
 * "Twenty-fifth round (issue 16editor2)", rules C1 and C2): "In fact, …" at the head, "…, however, …" after the subject.
 */
const HARBOUR = [
  'Storm waves cracked the north wall of Porto Novo harbour on Monday. Engineers said the harbour wall could fail within weeks. The harbour master, however, said on Wednesday that the wall would hold until its repair in March. Fishermen moved their boats to the south basin of the harbour.',
  'Porto Novo harbour lost two cranes in the storm on Monday. Insurers put the harbour damage at 12 million euros. Repairs to the harbour will take six months. In fact, the harbour handled more freight in the storm week than in any week of the year.',
];

const CONJUNCT_SENTENCES = ['The harbour master, however, said', 'In fact, the harbour handled more freight'];

/** Every item a briefing prints with its own text: summary, key points and the sections after them. */
function printedItems(b: Briefing): { text: string; parts?: readonly string[]; after?: unknown; shownAt?: unknown }[] {
  return [...b.summary, ...b.keyPoints, ...b.quotes, ...b.figures, ...b.timeline].filter((x) => !('shownAt' in x && x.shownAt));
}

describe('a sentence tied to the one before by a conjunct is never shown without it', () => {
  const library = createLibrary(
    'harbour',
    HARBOUR.map((text, i) => ({ id: `${i}.txt`, text, meta: { published: '2026-03-06' } })),
  );

  for (const length of ['short', 'standard', 'long'] as const) {
    it(`prints no item opening on such a sentence (${length})`, () => {
      const r = library.brief('Porto Novo harbour', { length });
      if (!r.ok) throw new Error('no briefing');
      for (const item of printedItems(r.briefing)) {
        const opening = (item.parts ?? [item.text])[0]!;
        // Shown after the item that prints the sentence it leans on ("(continues …)") is shown with it.
        if (item.after) continue;
        for (const s of CONJUNCT_SENTENCES) expect(opening.startsWith(s), opening).toBe(false);
      }
    });
  }

  it('shows each such sentence with the sentence it leans on, as one passage (long)', () => {
    const r = library.brief('Porto Novo harbour', { length: 'long' });
    if (!r.ok) throw new Error('no briefing');
    const text = renderText({ kind: 'briefing', briefing: r.briefing }, 'text');
    expect(text).toContain('Engineers said the harbour wall could fail within weeks. The harbour master, however, said');
    expect(text).toContain('Repairs to the harbour will take six months. In fact, the harbour handled more freight');
  });
});
