import { mkdtemp, readFile, rm, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AnalysisCache } from '../../src/core/index/analysis.js';
import { inspectLibrary, type Library } from '../../src/core/library/library.js';
import { openLibrary } from '../../src/core/library/open-folder.js';
import { article, STORIES } from './made-up-stories.js';

let dir: string;
let library: Library;

/** Each article's text its own (article() repeats after a story's sentences run out): the same text twice is one source. */
const write = (story: keyof typeof STORIES, n: number) => writeFile(join(dir, `${story}-${n}.txt`), `${article(story, n)} The ${story} desk filed this as report ${n + 1}.\n`);
const ARTICLES = 10;
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);
const names = (story: string, ns: number[]) => ns.map((n) => `${story}-${n}.txt`).sort();

/** The topic whose documents include this one, with its source count. */
function topicOf(lib: Library, docId: string) {
  const found = lib.topics().topics.find((t) =>
    inspectLibrary(lib)
      .topicDocuments(t.slug)
      .some((d) => d.docId === docId),
  );
  if (!found) throw new Error(`no topic covers ${docId}`);
  return found;
}

const documentsOf = (lib: Library, slug: string) =>
  inspectLibrary(lib)
    .topicDocuments(slug)
    .map((d) => d.docId)
    .sort();

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefbot-refresh-'));
  for (const n of range(0, ARTICLES)) {
    await write('ferry', n);
    await write('bridge', n);
  }
  library = await openLibrary(dir, { topics: [] });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('refresh after a few articles change', () => {
  it('finds one topic a story before any change', () => {
    expect(documentsOf(library, topicOf(library, 'ferry-0.txt').slug)).toEqual(names('ferry', range(0, ARTICLES)));
    expect(documentsOf(library, topicOf(library, 'bridge-0.txt').slug)).toEqual(names('bridge', range(0, ARTICLES)));
  });

  it('adds an article on a covered story to that story, raising its source count and leaving the others', async () => {
    const ferry = topicOf(library, 'ferry-0.txt');
    const bridge = topicOf(library, 'bridge-0.txt');
    await write('ferry', ARTICLES);
    const report = await library.refresh();
    expect(report.added).toEqual([`ferry-${ARTICLES}.txt`]);
    const after = library.topics().topics;
    expect(after.find((t) => t.slug === ferry.slug)?.sources).toBe(ferry.sources + 1);
    expect(after.find((t) => t.slug === bridge.slug)?.sources).toBe(bridge.sources);
    expect(documentsOf(library, ferry.slug)).toContain(`ferry-${ARTICLES}.txt`);
    const brief = library.brief(ferry.slug);
    expect(brief.ok && brief.briefing.sources.every((s) => s.docId.startsWith('ferry-'))).toBe(true);
  });

  it('makes a new story a topic of its own once two articles cover it, briefing from them only', async () => {
    const before = new Set(library.topics().topics.map((t) => t.slug));
    await write('volcano', 0);
    await library.refresh();
    await write('volcano', 1);
    await write('volcano', 2);
    await library.refresh();
    const fresh = library.topics().topics.filter((t) => !before.has(t.slug));
    expect(fresh).toHaveLength(1);
    expect(fresh[0]!.sources).toBe(3);
    expect(documentsOf(library, fresh[0]!.slug)).toEqual(['volcano-0.txt', 'volcano-1.txt', 'volcano-2.txt']);
    const brief = library.brief(fresh[0]!.slug);
    expect(brief.ok && brief.briefing.sources.every((s) => s.docId.startsWith('volcano-'))).toBe(true);
    // Opening the folder afresh (full discovery) groups the documents the same way.
    const reopened = await openLibrary(dir, { topics: [] });
    expect(documentsOf(reopened, topicOf(reopened, 'volcano-0.txt').slug)).toEqual(['volcano-0.txt', 'volcano-1.txt', 'volcano-2.txt']);
  });

  it('after a restart that reads its topics back from the store, adds a new article to its story and makes a new story a topic, as without the restart', async () => {
    const rows = new Map<string, Uint8Array>();
    const cache: AnalysisCache = {
      get: async (keys) => new Map(keys.flatMap((k) => (rows.has(k) ? [[k, rows.get(k)!] as const] : []))),
      put: async (entries) => {
        for (const e of entries) rows.set(e.key, e.bytes);
      },
    };
    await openLibrary(dir, { topics: [], analysisCache: cache, workers: 0 });
    expect([...rows.keys()].some((k) => k.startsWith('topics:'))).toBe(true);
    const restarted = await openLibrary(dir, { topics: [], analysisCache: cache, workers: 0 });
    // Few enough at a time that the topics are kept and updated in place, not found again.
    await write('ferry', ARTICLES);
    await write('volcano', 0);
    for (const lib of [restarted, library]) await lib.refresh();
    await write('volcano', 1);
    for (const lib of [restarted, library]) await lib.refresh();
    const grouping = (lib: Library) => ['ferry-0.txt', 'bridge-0.txt', 'volcano-0.txt'].map((id) => documentsOf(lib, topicOf(lib, id).slug));
    expect(grouping(restarted)).toEqual(grouping(library));
    expect(grouping(restarted)[0]).toContain(`ferry-${ARTICLES}.txt`);
    expect(grouping(restarted)[2]).toEqual(['volcano-0.txt', 'volcano-1.txt']);
  });

  it('takes a deleted article out of its story and an edited one into the story it now tells', async () => {
    const ferry = topicOf(library, 'ferry-0.txt');
    const bridge = topicOf(library, 'bridge-0.txt');
    await unlink(join(dir, 'ferry-2.txt'));
    await writeFile(join(dir, 'bridge-2.txt'), `${STORIES.ferry[3]}\n`);
    const report = await library.refresh();
    expect(report).toMatchObject({ removed: ['ferry-2.txt'], changed: ['bridge-2.txt'] });
    const ferryNow = [...names('ferry', range(0, ARTICLES)).filter((d) => d !== 'ferry-2.txt'), 'bridge-2.txt'].sort();
    const bridgeNow = names('bridge', range(0, ARTICLES)).filter((d) => d !== 'bridge-2.txt');
    expect(documentsOf(library, ferry.slug)).toEqual(ferryNow);
    expect(documentsOf(library, bridge.slug)).toEqual(bridgeNow);
    expect(library.topics().topics.find((t) => t.slug === bridge.slug)?.sources).toBe(bridge.sources - 1);
    const brief = library.brief(bridge.slug);
    expect(brief.ok && brief.briefing.sources.every((s) => bridgeNow.includes(s.docId))).toBe(true);
  });

  it('re-reads an article rewritten to the same size within the same second, and only it', async () => {
    expect(await library.refresh()).toMatchObject({ added: [], changed: [], removed: [] });
    const path = join(dir, 'ferry-3.txt');
    const text = await readFile(path, 'utf8');
    const before = await stat(path);
    await writeFile(path, text.replace('ferry', 'FERRY'));
    // A millisecond after the old time: the same second, the same size.
    const close = new Date(Math.floor(before.mtimeMs) + 1);
    await utimes(path, close, close);
    expect((await stat(path)).size).toBe(before.size);
    expect(await library.refresh()).toMatchObject({ added: [], changed: ['ferry-3.txt'], removed: [] });
    expect(await library.refresh()).toMatchObject({ added: [], changed: [], removed: [] });
  });

  it('finds topics again when much of the set changed, new stories included', async () => {
    for (const n of range(0, 6)) await write('volcano', n);
    const report = await library.refresh();
    expect(report.added).toHaveLength(6);
    expect(documentsOf(library, topicOf(library, 'volcano-0.txt').slug)).toEqual(names('volcano', range(0, 6)));
    expect(documentsOf(library, topicOf(library, 'ferry-0.txt').slug)).toEqual(names('ferry', range(0, ARTICLES)));
  });
});
