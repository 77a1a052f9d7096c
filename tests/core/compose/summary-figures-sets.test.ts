import { describe, expect, it } from 'vitest';
import { createLibrary } from '../../../src/core/library/open-folder.js';
import { hasTac, tacCluster } from '../../eval/tac-cluster.js';

describe.skipIf(!hasTac)('a topic\'s key figures take the summary\'s own figures in their tier (docs/quality.md, "Session 71", rule KF)', () => {
  it("shows the Haiti earthquake's toll, which its summary states, among the key figures, by reference to the summary", () => {
    const cluster = tacCluster('M006');
    const library = createLibrary(cluster.id, cluster.docs);
    const topic = library.topics().topics[0]!;
    const result = library.brief(topic.slug, { length: 'standard' });
    if (!result.ok) throw new Error(`no match for ${topic.slug}`);
    const { summary, figures } = result.briefing;
    // The summary's sentence that gives the dead, and the key figure that counts them, shown where the summary shows it.
    const toll = summary.findIndex((p) => /\bkilled\b/.test(p.text) && figures.some((f) => p.text.includes(f.value)));
    expect(toll).toBeGreaterThanOrEqual(0);
    const figure = figures.find((f) => summary[toll]!.text.includes(f.value) && /kill/.test(f.counts))!;
    expect(figure).toBeDefined();
    expect(figure.shownAt).toMatchObject({ section: 'summary' });
  }, 120_000);
});
