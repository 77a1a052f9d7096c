import { mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AnalysisCache, StoredAnalysis } from '../../src/core/index/analysis.js';
import { inspectLibrary, type Library } from '../../src/core/library/library.js';
import { createLibrary, openLibrary } from '../../src/core/library/open-folder.js';
import { article } from './made-up-stories.js';

const copies = (library: Library) => library.problems().filter((p) => p.code === 'duplicate-text');
const cited = (library: Library) =>
  [
    ...new Set(
      inspectLibrary(library)
        .headlineWithSources({ maxWords: 400 })
        .sources.map((s) => s.docId),
    ),
  ].sort();
const sourceCounts = (library: Library) => library.topics().topics.map((t) => [t.slug, t.sources]);
/** The text as a re-send hard-wraps it: a paragraph a sentence, a line break every eight words. */
const rewrapped = (text: string) =>
  text
    .split(/(?<=\.) /)
    .map((s) => s.split(' ').reduce((out, w, i) => out + (i === 0 ? w : i % 8 === 0 ? `\n${w}` : ` ${w}`), ''))
    .join('\n\n');

describe('a document whose text another document of the set already has', () => {
  // The same wire story filed twice, the second time retitled and re-wrapped: the same words, the same article.
  const ferry = article('ferry', 0);
  const documents = [
    { id: 'ferry-strike.md', text: ferry, meta: { title: 'Ferry strike strands commuters' } },
    { id: 'bridge-1.md', text: article('bridge', 0) },
    { id: 'ferry-2.md', text: article('ferry', 1) },
    { id: 'wire-0412.md', text: rewrapped(ferry), meta: { title: 'UPDATE 1-Ferry strike strands commuters' } },
  ];

  it('is one source: skipped and reported once, naming both files and titles', () => {
    const library = createLibrary('news', documents);
    const reported = copies(library);
    expect(reported).toHaveLength(1);
    expect(reported[0]!.file).toBe('wire-0412.md');
    expect(reported[0]!.copyOf).toBe('ferry-strike.md');
    expect(reported[0]!.message).toContain('wire-0412.md ("UPDATE 1-Ferry strike strands commuters")');
    expect(reported[0]!.message).toContain('ferry-strike.md ("Ferry strike strands commuters")');
    expect(library.topics().documents).toBe(3);
    expect(cited(library)).not.toContain('wire-0412.md');
    const brief = library.brief('ferry strike');
    expect(brief.ok && brief.briefing.sources.map((s) => s.docId)).not.toContain('wire-0412.md');
  });

  it('counts once in /topics: every topic has the sources it has without the copy', () => {
    expect(sourceCounts(createLibrary('news', documents))).toEqual(sourceCounts(createLibrary('news', documents.slice(0, 3))));
  });

  it('keeps the first by the set order, whichever of the two is the retitled one', () => {
    const library = createLibrary('news', [documents[3]!, ...documents.slice(0, 3)]);
    expect(copies(library).map((p) => p.file)).toEqual(['ferry-strike.md']);
    expect(cited(library)).toContain('wire-0412.md');
  });

  it('is a source of its own once a word of its text differs', () => {
    const corrected = { ...documents[3]!, text: documents[3]!.text.replace('Monday', 'Tuesday') };
    const library = createLibrary('news', [...documents.slice(0, 3), corrected]);
    expect(copies(library)).toEqual([]);
    expect(library.topics().documents).toBe(4);
  });
});

describe('copies in a folder, refreshed and restarted', () => {
  let dir: string;
  const ferry = `${article('ferry', 0)}\n`;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'briefbot-copies-'));
    await writeFile(join(dir, 'b-ferry.txt'), ferry);
    await writeFile(join(dir, 'c-ferry-copy.txt'), `---\ntitle: Ferry strike, again\n---\n${ferry}`);
    await writeFile(join(dir, 'd-bridge.txt'), `${article('bridge', 0)}\n`);
    await writeFile(join(dir, 'e-ferry.txt'), `${article('ferry', 1)}\n`);
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const served = (library: Library) => library.topics().documents;

  it('serves the copy again once its text is changed', async () => {
    const library = await openLibrary(dir, { topics: [] });
    expect(copies(library).map((p) => p.file)).toEqual(['c-ferry-copy.txt']);
    await writeFile(join(dir, 'c-ferry-copy.txt'), `${article('ferry', 0).replace('Monday', 'Tuesday')} It was longer than the last.\n`);
    const report = await library.refresh();
    expect(report.changed).toEqual(['c-ferry-copy.txt']);
    expect(copies(library)).toEqual([]);
    expect(served(library)).toBe(4);
    expect(cited(library)).toContain('c-ferry-copy.txt');
  });

  it('serves the copy when the kept one is removed, and drops the report when the copy is', async () => {
    const library = await openLibrary(dir, { topics: [] });
    await unlink(join(dir, 'b-ferry.txt'));
    await library.refresh();
    expect(copies(library)).toEqual([]);
    expect(served(library)).toBe(3);
    expect(cited(library)).toContain('c-ferry-copy.txt');

    const again = await openLibrary(dir, { topics: [] });
    await writeFile(join(dir, 'b-ferry.txt'), ferry);
    await again.refresh();
    // The file named first is served again; the other becomes the copy.
    expect(copies(again).map((p) => p.file)).toEqual(['c-ferry-copy.txt']);
    await unlink(join(dir, 'c-ferry-copy.txt'));
    await again.refresh();
    expect(copies(again)).toEqual([]);
    expect(served(again)).toBe(3);
  });

  it('reports a copy a refresh brings, and a new file named first takes the served one’s place', async () => {
    const library = await openLibrary(dir, { topics: [] });
    await writeFile(join(dir, 'a-ferry.txt'), ferry);
    const report = await library.refresh();
    // Both copies are reported anew: each now names the new file as the one served.
    expect(report.problems.filter((p) => p.code === 'duplicate-text').map((p) => p.file)).toEqual(['b-ferry.txt', 'c-ferry-copy.txt']);
    expect(
      copies(library)
        .map((p) => p.file)
        .sort(),
    ).toEqual(['b-ferry.txt', 'c-ferry-copy.txt']);
    expect(copies(library).every((p) => p.message.includes('a-ferry.txt'))).toBe(true);
    expect(served(library)).toBe(3);
    // As a fresh start over the same files has it.
    const fresh = await openLibrary(dir, { topics: [] });
    expect(copies(fresh).map((p) => p.file)).toEqual(['b-ferry.txt', 'c-ferry-copy.txt']);
    expect(fresh.topics()).toEqual(library.topics());
  });

  it('a restart reads the stored set back whole and reports the copy again', async () => {
    const rows = new Map<string, Uint8Array>();
    const asked: string[] = [];
    const cache: AnalysisCache = {
      async get(keys) {
        asked.push(...keys);
        return new Map(keys.flatMap((k) => (rows.has(k) ? [[k, rows.get(k)!] as const] : [])));
      },
      async put(entries: readonly StoredAnalysis[]) {
        for (const e of entries) rows.set(e.key, e.bytes);
      },
    };
    const first = await openLibrary(dir, { topics: [], analysisCache: cache, workers: 0 });
    asked.length = 0;
    const restarted = await openLibrary(dir, { topics: [], analysisCache: cache, workers: 0 });
    // No document's own analysis is asked for: the set comes back as one entry.
    expect(asked.filter((k) => !/^(topics|files|set|briefings):/.test(k))).toEqual([]);
    expect(copies(restarted)).toEqual(copies(first));
    expect(copies(restarted).map((p) => p.file)).toEqual(['c-ferry-copy.txt']);
    expect(restarted.topics()).toEqual(first.topics());
    // And the copy still comes back when the kept one goes.
    await unlink(join(dir, 'b-ferry.txt'));
    await restarted.refresh();
    expect(copies(restarted)).toEqual([]);
    expect(cited(restarted)).toContain('c-ferry-copy.txt');
  });
});
