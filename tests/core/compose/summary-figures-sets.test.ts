import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset, toRawDocument } from '../../../eval/dataset.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';

/** The second set, read from ../shared and never copied; absent, the test is skipped. */
const TAC = '../shared/eval/tac2011/en.json';

describe.skipIf(!existsSync(TAC))('a topic\'s key figures take the summary\'s own figures in their tier (docs/quality.md, "Session 71", rule KF)', () => {
  it("shows the Haiti earthquake's toll, which its summary states, among the key figures, by reference to the summary", () => {
    const loaded = loadDataset(TAC);
    if (!loaded.ok) throw new Error(loaded.message);
    const cluster = loaded.dataset.clusters.find((c) => c.id === 'M006');
    expect(cluster).toBeDefined();
    const library = createLibrary(cluster!.id, cluster!.docs.map(toRawDocument));
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
