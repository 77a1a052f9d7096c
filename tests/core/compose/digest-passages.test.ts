import { describe, expect, it } from 'vitest';
import { renderText } from '../../../src/adapters/console/render.js';
import { leansOnPrevious } from '../../../src/core/index/stands-alone.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';

/**
 * Made-up wire copy (docs/quality.md, "Session 51: a digest point shows the sentence it leans on", rule DP2): a digest shows a
 * new sentence that leans on the one before it as a briefing does, in its passage, never alone.
 */
const OLD = ['Prosecutors in Harwick charged former mayor Daniel Osei with bribery in March.', 'The case turns on contracts for the new harbour bridge, prosecutors said.'].join(' ');
const NEW = [
  'Osei was convicted on Tuesday of taking bribes from a builder who won the harbour bridge contract.',
  'His lawyer said the former mayor would appeal the conviction before the end of the month.',
  'The builder, Marek Vinter, testified that he paid Osei in cash over two years.',
].join(' ');

function digestOf(topics: string[], text = NEW) {
  const library = createLibrary('made-up', [
    { id: 'old.txt', text: OLD },
    { id: 'new.txt', text },
  ]);
  const firstSeen = (id: string) => (id === 'old.txt' ? '2026-03-01T06:00:00.000Z' : '2026-03-03T06:00:00.000Z');
  return library.digest({ topics, since: new Date('2026-03-02T00:00:00Z'), now: new Date('2026-03-03T12:00:00Z'), firstSeen });
}

describe('a digest point that leans on the sentence before it', () => {
  it('is shown after that sentence, as one point with one citation', () => {
    const digest = digestOf(['appeal']);
    const points = digest.topics.flatMap((t) => t.points);
    const appeal = points.find((p) => p.text.includes('would appeal'));
    expect(appeal?.parts).toEqual(['Osei was convicted on Tuesday of taking bribes from a builder who won the harbour bridge contract.', 'His lawyer said the former mayor would appeal the conviction before the end of the month.']);
    expect(appeal?.citations).toHaveLength(1);
    expect(renderText({ kind: 'digest', digest })).toContain(
      '• Osei was convicted on Tuesday of taking bribes from a builder who won the harbour bridge contract. His lawyer said the former mayor would appeal the conviction before the end of the month. [1]',
    );
  });

  it('never opens a point, nor prints a sentence twice', () => {
    const digest = digestOf(['appeal', 'bribes', 'builder']);
    const shown = digest.topics.flatMap((t) => t.points.flatMap((p) => p.parts ?? [p.text]));
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown).size).toBe(shown.length);
    for (const p of digest.topics.flatMap((t) => t.points)) expect(leansOnPrevious((p.parts ?? [p.text])[0]!)).toBe(false);
  });

  it('reports a quotation whose speaker it names, although it opens on a quotation mark (rule DP3)', () => {
    const quoted = '"I never took a cent from the builder or anyone else," Osei told reporters outside the courthouse.';
    const digest = digestOf(['builder'], [NEW.split('. ')[0], quoted].join('. '));
    expect(digest.topics.flatMap((t) => t.points.map((p) => p.text))).toContain(quoted);
  });
});
