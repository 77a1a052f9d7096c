import { beforeAll, describe, expect, it } from 'vitest';
import { renderText } from '../../../src/adapters/console/render.js';
import type { Briefing } from '../../../src/core/briefing.js';
import { SIZES } from '../../../src/core/compose/compose-briefing.js';
import { shownOnce } from '../../../src/core/compose/shown-once.js';
import { buildDocument } from '../../../src/core/index/build-document.js';
import { sentenceSimilarity } from '../../../src/core/index/similarity.js';
import type { Library } from '../../../src/core/library/library.js';
import { createLibrary, openLibrary } from '../../../src/core/library/open-folder.js';
import { sentence } from '../../eval/made-up-cluster.js';

/** Made-up wire copy in the style of 1998 newswire: two agencies on a fire, saying some things twice. */
const FIRE = [
  'A fire swept through a crowded dance hall in Gothenburg late Thursday, killing 60 teenagers. "We have never seen anything like it," police chief Lars Berg said on Friday. The hall held 400 people although it was licensed for 150.',
  'Police said on Friday that the fire at the Gothenburg dance hall killed 60 teenagers and injured 180. "We have never seen anything like it," police chief Lars Berg said on Friday. Investigators said the fire started in a stairwell.',
  'Investigators said on Saturday the Gothenburg fire started in a stairwell of the dance hall. The hall held 400 people although it was licensed for 150. Prime Minister Goran Persson declared a day of mourning on Sunday.',
];

/** Every sentence a rendering prints in full: points, quotes, figures, dates and sides. */
function printed(b: Briefing): string[] {
  return [...[...b.summary, ...b.keyPoints].map((p) => p.text), ...[...b.quotes, ...b.figures, ...b.timeline, ...b.differences.flatMap((d) => d.sides)].filter((x) => !x.shownAt).map((x) => x.text)];
}

let seeds: Library;
beforeAll(async () => {
  seeds = await openLibrary('briefings/ukraine-peace-talks', { topicsFile: 'config/topics.yaml' });
});

describe('each sentence once', () => {
  it('prints a sentence once per briefing and refers back to it elsewhere', () => {
    const library = createLibrary(
      'fire',
      FIRE.map((text, i) => ({ id: `${i}.txt`, text })),
    );
    const r = library.brief('Gothenburg fire');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const b = r.briefing;
    const texts = printed(b);
    expect(new Set(texts).size).toBe(texts.length);
    const referred = [...b.quotes, ...b.figures, ...b.timeline].filter((x) => x.shownAt);
    expect(referred.length).toBeGreaterThan(0);
    // The source list may name a document by its first sentence; the briefing above it prints each sentence once.
    const rendered = renderText({ kind: 'briefing', briefing: b }).split('\nSources:')[0]!;
    for (const x of referred) {
      expect(rendered).toMatch(/\(see (summary sentence \d+|key point \d+|quote \d+|figure \d+|timeline entry \d+)\)/);
      const occurrences = rendered.split(x.text).length - 1;
      expect(occurrences, x.text).toBeLessThanOrEqual(1);
    }
  });

  it('keeps key points from repeating the summary or a near copy of it, on every topic of the bundled set', () => {
    for (const t of seeds.topics().topics) {
      const r = seeds.brief(t.slug);
      if (!r.ok) continue;
      const { summary, keyPoints } = r.briefing;
      const sentences = (text: string) => {
        const built = buildDocument({ id: 'x', text });
        return 'document' in built ? built.document.sentences : [];
      };
      for (const k of keyPoints)
        for (const s of summary) {
          for (const a of sentences(k.text)) for (const b of sentences(s.text)) expect(sentenceSimilarity(a, b), `${t.slug}: ${a.text}`).toBeLessThan(0.55);
        }
      const texts = printed(r.briefing);
      expect(new Set(texts).size, t.slug).toBe(texts.length);
    }
  });
});

describe('each sentence once, and sections filled (docs/quality.md, fifteenth round, issue 16fix)', () => {
  it('refers back to a sentence printed through another wire copy of it, however far the near-copy finder reaches', () => {
    // Two agencies' copies of one sentence, the second outside the topic's pool: the near-copy finder knows neither as the other's.
    const text = 'At the county courthouse, Tomas Varga, 21, and Karl Ek, 22, were charged with arson.';
    const first = sentence('a', 3, text);
    const copy = sentence('c', 3, text);
    const once = shownOnce(
      () => [],
      (s) => (s.text === text ? first : undefined),
    );
    once.mark([first], 'differences', 1);
    expect(once.find(copy).shownAt).toEqual({ section: 'differences', n: 1 });
  });

  it("fills a short briefing's quotes, figures and timeline to their length wherever the standard briefing finds more", () => {
    const short = SIZES.short;
    for (const t of seeds.topics().topics) {
      const [s, st] = (['short', 'standard'] as const).map((length) => seeds.brief(t.slug, { length }));
      if (!s?.ok || !st?.ok) continue;
      for (const section of ['quotes', 'figures', 'timeline'] as const) {
        const wanted = Math.min(short[section], st.briefing[section].length);
        expect(s.briefing[section].length, `${t.slug} ${section}`).toBeGreaterThanOrEqual(wanted);
      }
    }
  });
});
