import { describe, expect, it } from 'vitest';
import { renderText } from '../../../src/adapters/console/render.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';

/**
 * Made-up wire copy (docs/quality.md, "Twenty-third round (issue 16names2)"): a digest's point that names a person by one
 * word carries the briefing's gloss at the first mention in the digest, and the digest prints it after the sentence.
 */
const OLD = 'Heavy rain swelled the river through the valley on Sunday. The river rose two metres near the old bridge, the weather service said.';
const NEW = [
  'Kovacs ordered the evacuation of the lower town on Monday as the river kept rising.',
  'Regional governor Maria Kovacs took charge of the flood response last year.',
  'Kovacs said on Tuesday that 1,200 people had left their homes in the lower town.',
  'Kovacs asked the army for more trucks to carry families out of the flooded villages.',
].join(' ');

describe('a digest glosses a person it names by one word, as a briefing does', () => {
  it('glosses the first mention in the digest, once, and prints it after the verbatim sentence', () => {
    const library = createLibrary('made-up', [
      { id: 'old.txt', text: OLD },
      { id: 'new.txt', text: NEW },
    ]);
    const firstSeen = (id: string) => (id === 'old.txt' ? '2026-03-01T06:00:00.000Z' : '2026-03-03T06:00:00.000Z');
    const digest = library.digest({ topics: ['lower town evacuation'], since: new Date('2026-03-02T00:00:00Z'), now: new Date('2026-03-03T12:00:00Z'), firstSeen });
    const points = digest.topics.flatMap((t) => t.points);
    expect(points.map((p) => p.text)).toEqual(['Kovacs said on Tuesday that 1,200 people had left their homes in the lower town.', 'Kovacs ordered the evacuation of the lower town on Monday as the river kept rising.']);
    // The first mention carries the full name and title the article gives; the second, after it in the same digest, none.
    expect(points.map((p) => p.names)).toEqual([[{ name: 'Kovacs', full: 'Regional governor Maria Kovacs' }], undefined]);
    const rendered = renderText({ kind: 'digest', digest });
    expect(rendered).toContain('• Kovacs said on Tuesday that 1,200 people had left their homes in the lower town. (Kovacs: Regional governor Maria Kovacs) [1]');
    expect(rendered).toContain('• Kovacs ordered the evacuation of the lower town on Monday as the river kept rising. [1]');
  });
});
