import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset, toRawDocument } from '../../../eval/dataset.js';
import { ASKED_ON } from '../../../eval/question-sets.js';
import { questionsOf } from '../../../eval/questions.js';
import { renderText } from '../../../src/adapters/console/render.js';
import { briefingCard } from '../../../src/adapters/discord/render-briefing.js';
import { briefingBlocks } from '../../../src/adapters/slack/render-briefing.js';
import type { Briefing, Citation, ShownAt } from '../../../src/core/briefing.js';
import type { Library } from '../../../src/core/library/library.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';
import { renderBriefingPage } from '../../../src/share/page.js';
import type { StoredBriefing } from '../../../src/store/store.js';

/**
 * An item whose sentence follows one an earlier item prints says which printed sentence it continues, by a number a reader
 * can count to: "(continues summary sentence 2)", "(continues key point 1)" (docs/quality.md, "Twenty-fourth round (issue
 * 16after)").
 */

/** Made-up wire copy: a dated sentence opening on "However", a quote said by "he" and a cost told by "It", each leaning on the sentence before. */
const DAM = [
  'Officials in Lisbon proposed a new dam on the Tagus river on Monday. Environmental groups rejected the Tagus dam plan on Tuesday. However, the government said on Wednesday that construction of the Tagus dam would begin in March. Prime Minister Antonio Ferreira defended the Tagus dam in parliament. "The dam is needed for the farms of the south and for the cities," he said. The Tagus dam was designed by a Spanish firm. It will cost 2 billion euros over ten years.',
  'But the Tagus dam would flood 40 villages on Thursday, critics said. Farmers in the valley held a meeting on the Tagus dam plan. Critics of the Tagus dam said the river would lose 30 percent of its flow.',
];

/** Each printed sentence of the summary, in print order: how a reader counts "summary sentence 2" in its paragraph. */
const summarySentences = (b: Briefing) => b.summary.flatMap((p) => p.parts ?? [p.text]);

/** The printed sentence a note names: the summary's n-th sentence, or the last sentence of the n-th item of a section. */
function namedBy(b: Briefing, after: ShownAt): string[] {
  const last = (x: { text: string; parts?: readonly string[] } | undefined) => (x ? [(x.parts ?? [x.text]).at(-1)!] : []);
  switch (after.section) {
    case 'summary':
      return [summarySentences(b)[after.n - 1]].filter((s) => s !== undefined);
    case 'keyPoints':
      return last(b.keyPoints[after.n - 1]);
    case 'quotes':
      return last(b.quotes[after.n - 1]);
    case 'figures':
      return last(b.figures[after.n - 1]);
    case 'timeline':
      return last(b.timeline[after.n - 1]);
    case 'differences':
      return (b.differences[after.n - 1]?.sides ?? []).flatMap(last);
  }
}

/** Items printed after a note, with where their own sentence stands. */
function notedItems(b: Briefing): { text: string; after: ShownAt; citation: Citation }[] {
  return [...b.quotes, ...b.figures, ...b.timeline, ...b.differences.flatMap((d) => d.sides.map((s) => ({ ...s, citation: s.citations[0]! })))].flatMap((x) =>
    x.after && !x.shownAt ? [{ text: x.text, after: x.after, citation: x.citation }] : [],
  );
}

/** The sentence right before a cited one in its article. */
function sentenceBefore(library: Library, b: Briefing, c: Citation): string | undefined {
  const docId = b.sources.find((s) => s.n === c.source)!.docId;
  const paragraphs = library.articles?.([docId])[0]?.paragraphs ?? [];
  return c.sentence > 0 ? paragraphs[c.paragraph]?.[c.sentence - 1] : paragraphs[c.paragraph - 1]?.at(-1);
}

describe('an item that leans on a printed sentence names that very sentence', () => {
  const library = createLibrary(
    'dam',
    DAM.map((text, i) => ({ id: `${i}.txt`, text, meta: { published: '2026-03-06' } })),
  );
  const r = library.brief('Tagus dam', { length: 'standard' });
  if (!r.ok) throw new Error('no briefing');
  const b = r.briefing;
  const event = b.timeline.find((e) => e.text.startsWith('However, the government said on Wednesday'))!;

  it('names the sentence right before the item in its article, the summary counted by its printed sentences', () => {
    expect(event.after?.section).toBe('summary');
    expect(summarySentences(b)[event.after!.n - 1]).toBe('Environmental groups rejected the Tagus dam plan on Tuesday.');
    const noted = notedItems(b);
    expect(noted.length).toBeGreaterThanOrEqual(3);
    for (const item of noted) expect(namedBy(b, item.after), item.text).toEqual([sentenceBefore(library, b, item.citation)]);
  });

  it('prints the same note, which reads as no time, on the console, Slack, Discord and the shared page', () => {
    const note = `(continues summary sentence ${event.after!.n})`;
    const line = `${note} However, the government said on Wednesday`;
    expect(renderText({ kind: 'briefing', briefing: b }, 'text')).toContain(line);
    expect(JSON.stringify(briefingBlocks(b))).toContain(line);
    expect(JSON.stringify(briefingCard(b))).toContain(line);
    const stored: StoredBriefing = {
      id: 'b-1',
      channel: { platform: 'slack', id: 'C1', workspace: 'T1' },
      userId: 'U1',
      query: 'Tagus dam',
      shared: true,
      briefing: b,
      articles: library.articles?.(b.sources.map((s) => s.docId)) ?? [],
      createdAt: '2026-03-06T09:00:00.000Z',
      expiresAt: '2026-03-13T09:00:00.000Z',
    };
    expect(renderBriefingPage(stored)).toContain(`<em>${note}</em> However, the government said on Wednesday`);
    expect(renderText({ kind: 'briefing', briefing: b }, 'text')).not.toContain('(after ');
  });
});

/** The development sets, read from ../shared and never copied; absent, the test is skipped. */
const SETS = ['../shared/eval/duc2004/dev.json', '../shared/eval/tac2011/en.json'].filter((f) => existsSync(f));

describe.skipIf(SETS.length === 0)('on the real sets, every note names the sentence right before its item', () => {
  it('holds for every topic briefing (standard) of every DUC and TAC set, and every design question on them (short)', () => {
    // The design questions are the repo's own (docs/quality.md); a summary passage before a noted item shows there.
    const questions = questionsOf(readFileSync('docs/quality.md', 'utf8'));
    let noted = 0;
    for (const file of SETS) {
      const loaded = loadDataset(file);
      if (!loaded.ok) throw new Error(loaded.message);
      for (const cluster of loaded.dataset.clusters) {
        const library = createLibrary(cluster.id, cluster.docs.map(toRawDocument));
        const briefs = [
          ...library.topics().topics.map((topic) => ({ asked: topic.slug, result: library.brief(topic.slug, { length: 'standard' }) })),
          ...questions.filter((q) => q.set === cluster.id).map((q) => ({ asked: q.query, result: library.brief(q.query, { length: 'short', now: ASKED_ON }) })),
        ];
        for (const { asked, result } of briefs) {
          if (!result.ok) continue;
          for (const item of notedItems(result.briefing)) {
            noted++;
            expect(namedBy(result.briefing, item.after), `${cluster.id} "${asked}": ${item.text}`).toEqual([sentenceBefore(library, result.briefing, item.citation)]);
          }
        }
      }
    }
    // Some items are noted on these sets (50 and more in the design hash): the test reads something.
    expect(noted).toBeGreaterThan(10);
  }, 300_000);
});
