import { describe, expect, it } from 'vitest';
import type { RawDocument } from '../../../src/core/ingest/document.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';

/** Made-up copy of one story, a hill fire, told over three days; the last article is new since the channel's last digest. */
const seen = '2026-08-01T06:00:00.000Z';
const fresh = '2026-08-12T06:00:00.000Z';
const doc = (id: string, published: string, addedAt: string, text: string): RawDocument => ({ id, meta: { title: id, published }, addedAt, text });
const FIRE = [
  doc(
    'fire-1.md',
    '2026-08-03',
    seen,
    'A wildfire tore through the hills above Ostvik on Sunday, destroying at least 60 homes and forcing about 12,000 people to leave. The cause of the fire is under investigation. Residents said they saw sparks from a power line near Mill Road before the fire started. The power line belongs to Kalvo Power.',
  ),
  doc(
    'fire-2.md',
    '2026-08-05',
    seen,
    'The Ostvik fire grew on Tuesday as crews struggled against shifting winds. Kalvo Power said its power line was not the cause of the fire. Investigators have not said where the fire started. About 15,000 people are under evacuation orders.',
  ),
  doc(
    'fire-3.md',
    '2026-08-12',
    fresh,
    'Firefighters declared the Ostvik fire fully contained on Monday, nine days after it started. It burned 10,300 hectares and destroyed 152 homes, the fire service said in its final count. Investigators said the fire started near the power line owned by Kalvo Power.',
  ),
];

describe('a one-story set’s digest tells its new article’s news (docs/quality.md, "Session 52", rule DS)', () => {
  it('reports that the fire was contained, which no facet of the set holds', () => {
    const library = createLibrary('fire', FIRE, { topics: [] });
    const digest = library.digest({ since: new Date('2026-08-10T00:00:00Z'), now: new Date('2026-08-12T12:00:00Z') });
    const points = digest.topics.flatMap((t) => t.points.map((p) => p.parts?.join(' ') ?? p.text));
    expect(points.some((p) => /fully contained/.test(p))).toBe(true);
    // Every point is the new article's own words.
    for (const p of points) expect(FIRE[2]!.text).toContain(p);
  });
});

describe('a digest point does not lean from inside (docs/quality.md, "Session 52", rule DL)', () => {
  it('does not print "Prosecutors said he would face 12 charges" without the sentence that says who he is', () => {
    const bridge = [
      doc('bridge-1.md', '2026-03-02', seen, 'A truck hit the old Varde bridge on Sunday, and the bridge collapsed into the river. Two people were hurt.'),
      doc(
        'bridge-2.md',
        '2026-03-04',
        fresh,
        'Police arrested the driver of the truck, a 44-year-old man from Oslund, on Tuesday. Prosecutors said that he would face 12 charges, including manslaughter, and that a trial could start within six months.',
      ),
    ];
    const library = createLibrary('bridge', bridge, { topics: [] });
    const digest = library.digest({ since: new Date('2026-03-03T00:00:00Z'), now: new Date('2026-08-12T12:00:00Z') });
    const points = digest.topics.flatMap((t) => t.points.map((p) => p.parts ?? [p.text]));
    expect(points.length).toBeGreaterThan(0);
    for (const p of points) if (p[0]!.startsWith('Prosecutors')) throw new Error(`leaning point shown alone: ${p[0]}`);
  });
});
