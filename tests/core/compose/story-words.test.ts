import { describe, expect, it } from 'vitest';
import type { RawDocument } from '../../../src/core/ingest/document.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';

/** Made-up wire copy: a lantern parade's stops, every report naming the parade, one telling where protesters put up banners. */
const NOW = new Date('2026-06-20T12:00:00Z');
const doc = (id: string, published: string, text: string): RawDocument => ({ id, meta: { title: id, published }, addedAt: NOW.toISOString(), text });

const PARADE = [
  doc(
    'parade-1.txt',
    '2026-06-10',
    [
      'The lantern parade in Ashby, Carlow, began today at 1:00 p.m. on its way to the Dunmore bridge, where protest groups and their banners will be waiting for the lantern parade.',
      'Thousands of children carried paper lanterns along the river.',
    ].join(' '),
  ),
  doc('parade-2.txt', '2026-06-12', ['The lantern parade reached Dunmore on Friday evening.', 'Friends of the Forest, who led the protest in Dunmore, put a banner up at the Old Mill and at the Town Hall.'].join(' ')),
  doc('parade-3.txt', '2026-06-12', ['As the lantern parade went to Ashby and Dunmore, the lantern parade was met by protests in both towns.', 'Police said the evening passed peacefully.'].join(' ')),
  doc('parade-4.txt', '2026-06-11', ['The lantern parade set off from the Corn Exchange where protesters waved flags.', 'The organisers thanked the volunteers who made the lanterns.'].join(' ')),
];

function lead(docs: RawDocument[], question: string): string {
  const library = createLibrary('made-up', docs, { topics: [], now: () => NOW });
  const r = library.brief(question, { length: 'short', now: NOW });
  if (!r.ok) throw new Error(`no answer to ${question}`);
  return r.briefing.summary[0]!.text;
}

describe('a question’s lead holds the asked thing beside what was asked, not only beside the story’s words (rule A1, story-words.ts)', () => {
  it('answers "where in Dunmore did protesters put up banners during the lantern parade" with the banners’ place, not the parade’s other stop', () => {
    // Every report names the lantern parade: a place beside "lantern parade" is where the parade went, not where the banners went up.
    expect(lead(PARADE, 'where in Dunmore did protesters put up banners during the lantern parade')).toMatch(/put a banner up at the Old Mill/);
  });
});
