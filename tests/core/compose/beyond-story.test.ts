import { describe, expect, it } from 'vitest';
import { beyondStoryTest } from '../../../src/core/compose/past-lead.js';
import type { RawDocument, Sentence } from '../../../src/core/ingest/document.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';
import { readQuestion } from '../../../src/core/topics/read-query.js';
import { stemsOf } from '../../../src/core/topics/relevance.js';

/** Made-up wire copy: a ferry aground, told with its rescue, its towing and its passengers, and once with its cause. */
const NOW = new Date('2026-07-20T12:00:00Z');
const doc = (id: string, published: string, text: string): RawDocument => ({ id, meta: { title: id, published }, addedAt: NOW.toISOString(), text });

const FERRY = [
  doc(
    'ferry-1.txt',
    '2026-07-12',
    [
      'The Northern Star ferry ran aground on a sandbank off Kell Point on Sunday with 300 passengers aboard.',
      'Investigators said a failed steering pump caused the Northern Star ferry to run aground.',
      'Lifeboats took all 300 passengers off the Northern Star ferry within four hours.',
    ].join(' '),
  ),
  doc(
    'ferry-2.txt',
    '2026-07-13',
    [
      'Tugs towed the Northern Star ferry back to Kell harbour on Monday after it ran aground.',
      'The Northern Star ferry had sailed the Kell crossing twice a day since 2009.',
      'Coast guard divers took photos of the hull of the Northern Star ferry on Monday.',
    ].join(' '),
  ),
  doc(
    'ferry-3.txt',
    '2026-07-14',
    [
      'Passengers of the Northern Star ferry, which ran aground on Sunday, were offered refunds by the operator.',
      'The operator said the Northern Star ferry will stay out of service until September.',
      'Images released by the coast guard revealed a long gash in the hull of the Northern Star ferry.',
    ].join(' '),
  ),
];

function briefing(docs: RawDocument[], query: string): string[] {
  const library = createLibrary('made-up', docs, { topics: [], now: () => NOW });
  const r = library.brief(query, { length: 'short', now: NOW });
  if (!r.ok) throw new Error(`no answer to ${query}`);
  return [...r.briefing.summary, ...r.briefing.keyPoints].map((p) => p.text);
}

describe('after a question’s lead, a point writes a word of the question its story does not write throughout (rule B, past-lead.ts)', () => {
  it('answers "what caused the ferry to run aground" without the rescue, the towing, the refunds or the timetable', () => {
    const [lead, ...after] = briefing(FERRY, 'what caused the Northern Star ferry to run aground');
    expect(lead).toMatch(/failed steering pump/);
    // Every article writes "Northern Star", "ferry" and "aground": they say which story, not what of it was asked.
    expect(after.filter((t) => /Lifeboats|Tugs|refunds|twice a day|out of service/.test(t))).toEqual([]);
  });

  it('keeps a point that writes a word close in meaning to one asked beyond the story ("images" for "photos", amendment B-1)', () => {
    const sentence = (text: string): Sentence => ({ docId: 'd', paragraph: 0, index: 0, position: 0, text, words: [], stems: stemsOf(text), phrases: [] });
    const took = sentence('Coast guard divers took photos of the hull of the Northern Star ferry on Monday.');
    const images = sentence('Images released by the coast guard revealed a long gash in the hull of the Northern Star ferry.');
    const refunds = sentence('Passengers of the Northern Star ferry were offered refunds by the operator.');
    // The story writes "Northern Star", "ferry", "hull" and "coast guard" throughout; "photos" is what was asked of it.
    const story = new Set(stemsOf('Northern Star ferry hull coast guard'));
    const test = beyondStoryTest(
      readQuestion('what did the photos of the Northern Star ferry hull show')!,
      [took, images, refunds],
      (s) => story.has(s),
      () => true,
    );
    expect([took, images, refunds].map((u) => test!(u))).toEqual([true, true, false]);
  });
});
