import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Briefing } from '../../../src/core/briefing.js';
import { type AnalysisCache, decodePlain, encodePlain, type StoredAnalysis } from '../../../src/core/index/analysis.js';
import { startLibrary } from '../../../src/core/library/open-folder.js';
import { warmBriefings } from '../../../src/core/library/warm-briefings.js';
import { article, STORIES } from '../made-up-stories.js';

// Every wink-nlp call goes through nlp.ts's readDoc: counting it tells whether the NLP pass ran.
const nlpCalls = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../src/core/nlp.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/core/nlp.js')>();
  return {
    ...original,
    readDoc: (text: string) => {
      nlpCalls.count++;
      return original.readDoc(text);
    },
  };
});

function memoryCache() {
  const rows = new Map<string, Uint8Array>();
  const cache: AnalysisCache = {
    async get(keys) {
      return new Map(keys.flatMap((k) => (rows.has(k) ? [[k, rows.get(k)!] as const] : [])));
    },
    async put(entries: readonly StoredAnalysis[]) {
      for (const e of entries) rows.set(e.key, e.bytes);
    },
  };
  return { cache, rows };
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefbot-briefings-'));
  for (const story of Object.keys(STORIES) as (keyof typeof STORIES)[]) {
    for (let n = 0; n < 4; n++) await writeFile(join(dir, `${story}-${n}.txt`), `${article(story, n)}\n`);
  }
});
afterEach(() => rm(dir, { recursive: true, force: true }));

type Warnings = { message: string; detail: Record<string, unknown> }[];
const NOW = new Date('2026-01-01');

/** A start as the service makes it: ready, the set stored, every topic's briefing made once, and those kept for the next start. */
async function start(cache: AnalysisCache, warnings: Warnings = []) {
  const started = await startLibrary(dir, { topics: [], analysisCache: cache, workers: 0, warn: (message, detail) => warnings.push({ message, detail }) });
  await started.ready;
  await started.stored;
  return started;
}
async function warmAndStore(started: Awaited<ReturnType<typeof start>>) {
  await warmBriefings(started.library);
  await started.storeBriefings();
}
const slugsOf = (started: Awaited<ReturnType<typeof start>>) => started.library.topics().topics.map((t) => t.slug);
const briefsOf = (started: Awaited<ReturnType<typeof start>>) => slugsOf(started).map((slug) => started.library.brief(slug, { now: NOW }));
const entryOf = (rows: Map<string, Uint8Array>) => [...rows.keys()].find((k) => k.startsWith('briefings:'));

describe('topic briefings kept for the next start', () => {
  it('a restart over the same set shows the briefings the start before composed, without composing them: no NLP call, and what the store holds is what it shows', async () => {
    const { cache, rows } = memoryCache();
    const first = await start(cache);
    await warmAndStore(first);
    const before = briefsOf(first);
    expect(before.length).toBeGreaterThan(1);
    expect(before.every((b) => b.ok)).toBe(true);

    // The stored entry, with one briefing's first summary point rewritten: a restart that composed it again would not show this.
    const entry = entryOf(rows)!;
    const decoded = decodePlain(rows.get(entry)!);
    if (!('value' in decoded)) throw new Error('expected stored briefings');
    const stored = decoded.value as { key: string; briefings: [string, Briefing][] };
    const [, changed] = stored.briefings.find(([key]) => key.startsWith(`topic\0${slugsOf(first)[0]}\0`))!;
    changed.summary[0] = { ...changed.summary[0]!, text: 'Written into the store by the test.' };
    rows.set(entry, encodePlain(stored));

    nlpCalls.count = 0;
    const warnings: Warnings = [];
    const again = await start(cache, warnings);
    const after = briefsOf(again);
    expect(nlpCalls.count).toBe(0);
    expect(warnings).toEqual([]);
    expect(after[0]!.ok && after[0]!.briefing.summary[0]!.text).toBe('Written into the store by the test.');
    expect(after.slice(1)).toEqual(before.slice(1));
  });

  it('an unusable stored entry is reported with a log line, the briefings are composed again as a fresh start composes them, and stored afresh', async () => {
    const { cache, rows } = memoryCache();
    const first = await start(cache);
    await warmAndStore(first);
    const before = briefsOf(first);
    const entry = entryOf(rows)!;
    const good = rows.get(entry)!;
    const flipped = Uint8Array.from(good);
    flipped[flipped.length >> 1]! ^= 0xff;

    for (const [bad, reason] of [
      [flipped, /checksum/],
      [encodePlain({ key: 'another', briefings: [['topic', 'not a briefing']] }), /not stored briefings/],
    ] as const) {
      rows.set(entry, bad);
      const warnings: Warnings = [];
      const again = await start(cache, warnings);
      expect(warnings.map((w) => [w.message, String(w.detail.reason)])).toEqual([[expect.stringMatching(/stored briefings are unusable/), expect.stringMatching(reason)]]);
      expect(briefsOf(again)).toEqual(before);
      await warmAndStore(again);
      const later: Warnings = [];
      const third = await start(cache, later);
      expect(later).toEqual([]);
      expect(briefsOf(third)).toEqual(before);
    }
  });

  it('are not held once a file changed, nor stored after the index changed: the briefings follow the files', async () => {
    const { cache, rows } = memoryCache();
    const first = await start(cache);
    await warmAndStore(first);
    const stored = rows.get(entryOf(rows)!);

    await writeFile(join(dir, 'volcano-1.txt'), 'Rangers closed the trails on Mount Kesra on Sunday after new tremors. Experts said the volcano was restless again.\n');
    const changed = await start(cache);
    const fresh = await start(memoryCache().cache);
    expect(briefsOf(changed)).toEqual(briefsOf(fresh));

    // A refresh after the warm pass: what the library keeps is of another index, and is not stored under this one's key.
    await warmBriefings(changed.library);
    await writeFile(join(dir, 'volcano-9.txt'), 'Ash fell again on the Kesra valley on Monday. Farmers said the harvest was lost.\n');
    await changed.library.refresh();
    await changed.storeBriefings();
    expect(rows.get(entryOf(rows)!)).toBe(stored);
  });
});
