import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../../src/core/library/open-folder.js';

/**
 * docs/quality.md, "Twenty-fifth round (issue 16empty)": a reader who asks `/brief sanctions` of the bundled set expects a
 * summary. Its reported sentences name Putin and Trump by surname only, and the set's names are written in full elsewhere:
 * on lead both topics had none.
 */
const SEEDS = 'briefings/ukraine-peace-talks';
const now = new Date('2025-08-20T12:00:00Z');

async function briefing(slug: string) {
  const library = await openLibrary(SEEDS, { topicsFile: 'config/topics.yaml' });
  library.topics();
  const r = library.brief(slug, { length: 'short', now });
  if (!r.ok) throw new Error(`no briefing for ${slug}`);
  return r.briefing;
}

describe("a topic's summary on the bundled set", () => {
  it('sanctions: reported points, each surname glossed at its first mention (rule S2)', async () => {
    const { summary } = await briefing('sanctions');
    expect(summary.length).toBeGreaterThan(0);
    expect(summary.every((p) => !p.attribution)).toBe(true);
    expect(summary.every((p) => /sanction/i.test(p.text))).toBe(true);
    const glossed = new Set(summary.flatMap((p) => p.names ?? []).map((n) => n.name));
    for (const name of ['Putin', 'Trump']) if (summary.some((p) => p.text.includes(name))) expect(glossed.has(name)).toBe(true);
  });

  it('reassurance-force: the one reported sentence that states it, its surnames glossed (rule S2)', async () => {
    const { summary } = await briefing('reassurance-force');
    expect(summary.length).toBeGreaterThan(0);
    expect(summary.every((p) => !p.attribution && /reassurance force/i.test(p.text))).toBe(true);
    expect(new Set(summary.flatMap((p) => p.names ?? []).map((n) => n.name))).toEqual(new Set(['Zelensky', 'Putin']));
  });

  it('ukrainian-forces: the opinion piece alone states it, so it stays in the key points, attributed (amendment A)', async () => {
    const { summary, keyPoints } = await briefing('ukrainian-forces');
    expect(summary).toEqual([]);
    expect(keyPoints.length).toBeGreaterThan(0);
    expect(keyPoints.every((p) => p.attribution?.includes('opinion'))).toBe(true);
  });
});
