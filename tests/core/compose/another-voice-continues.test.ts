import { describe, expect, it } from 'vitest';
import { reportsAnotherVoice } from '../../../src/core/compose/quote-unit.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';

/**
 * Rule QV (docs/quality.md, "Session 61"): a sentence that reports another voice by a subject of its own is not printed as
 * "(continues quote 2)" after a quote of someone else, which would show its words as the rest of theirs.
 */

/** Made-up: a harbour inspector's quotation, then a union's view of the cranes opening on "But", dated by "last spring". */
const HARBOUR = [
  'The Brennick harbour reopened on Monday after a two-week inspection of its 14 cranes. The harbour board said all 14 harbour cranes had passed the inspection. Ships began unloading at the harbour cranes on Monday afternoon.',
  'Harbour cranes at Brennick were inspected for two weeks by the harbour board, which closed the harbour to cargo ships. The harbour board said the harbour cranes would be inspected again in March. "We checked every cable and every motor of the cranes, and we found them sound," said harbour inspector Tomas Lindqvist. But a spokeswoman for a dockworkers union, Harbour Hands, said the crane failure of last spring showed that the harbour cranes, bought in 2009, should be replaced before the winter.',
  'Cargo volumes at the Brennick harbour fell by a third while the harbour cranes were inspected. The harbour board said it would spend 3 million euros on repairs to the harbour cranes this year.',
];

describe('another voice does not continue a quote (rule QV)', () => {
  it('reads a sentence reporting a voice of its own, and not one that goes on with the same voice', () => {
    expect(reportsAnotherVoice('But a spokeswoman for a dockworkers union, Harbour Hands, said the cranes should be replaced.', 'Tomas Lindqvist')).toBe(true);
    expect(reportsAnotherVoice('However, the union argued that the cranes were unsafe.', 'Tomas Lindqvist')).toBe(true);
    expect(reportsAnotherVoice('But he also said the harbour should reopen.', 'Tomas Lindqvist')).toBe(false);
    expect(reportsAnotherVoice('Lindqvist also said the board would meet again.', 'Tomas Lindqvist (harbour inspector)')).toBe(false);
    expect(reportsAnotherVoice('But the dispute appears to be over who will run the harbour.', 'Tomas Lindqvist')).toBe(false);
  });

  it('prints no "(continues …)" before the union\'s sentence after the inspector\'s quotation', () => {
    const library = createLibrary(
      'harbour',
      HARBOUR.map((text, i) => ({ id: `${i}.txt`, text, meta: { published: `2026-03-0${i + 2}` } })),
    );
    for (const length of ['short', 'standard'] as const) {
      const r = library.brief('harbour cranes', { length });
      if (!r.ok) throw new Error('no briefing');
      const b = r.briefing;
      // The inspector's quotation is printed (as a key point, the quote referring to it) …
      expect(b.quotes.some((q) => q.speaker === 'Tomas Lindqvist')).toBe(true);
      // … and no item prints the union's words as going on from it.
      const continuing = [...b.figures, ...b.timeline, ...b.quotes].filter((item) => item.after && item.text.startsWith('But a spokeswoman'));
      expect(continuing).toEqual([]);
    }
  });
});
