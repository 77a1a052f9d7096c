import { mkdtemp, rename, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findFigures } from '../../src/core/facts/figures.js';
import { type FoundQuote, findQuotes } from '../../src/core/facts/quotes.js';
import { ANALYSIS_VERSION, type AnalysisCache, analyse, analysisKey, decodeAnalysis, decodePlain, encodeAnalysis, encodePlain, readingAhead, type StoredAnalysis } from '../../src/core/index/analysis.js';
import { buildDocument } from '../../src/core/index/build-document.js';
import type { Sentence } from '../../src/core/ingest/document.js';
import { openLibrary } from '../../src/core/library/open-folder.js';
import { article, STORIES } from './made-up-stories.js';

// Every wink-nlp call goes through nlp.ts's readDoc: counting it tells whether the NLP pass ran.
const nlpCalls = vi.hoisted(() => ({ count: 0, texts: [] as string[] }));
vi.mock('../../src/core/nlp.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/core/nlp.js')>();
  return {
    ...original,
    readDoc: (text: string) => {
      nlpCalls.count++;
      nlpCalls.texts.push(text);
      return original.readDoc(text);
    },
  };
});
// Every chrono parse goes through chrono-reading.ts's readChrono: counting it tells whether an answer parsed dates again.
const chronoParses = vi.hoisted(() => ({ texts: [] as string[] }));
vi.mock('../../src/core/ingest/chrono-reading.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/core/ingest/chrono-reading.js')>();
  return {
    ...original,
    readChrono: (...args: Parameters<typeof original.readChrono>) => {
      chronoParses.texts.push(args[0]);
      return original.readChrono(...args);
    },
  };
});
// Files read from disk, to tell whether a restart read a file whose stored analysis it could use.
const fileReads = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/core/ingest/load.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/core/ingest/load.js')>();
  return {
    ...original,
    loadDocumentFile: (...args: Parameters<typeof original.loadDocumentFile>) => {
      fileReads.count++;
      return original.loadDocumentFile(...args);
    },
  };
});

/** An AnalysisCache in memory that records what was stored. */
function memoryCache() {
  const rows = new Map<string, Uint8Array>();
  const stored: string[] = [];
  const cache: AnalysisCache = {
    async get(keys) {
      return new Map(keys.flatMap((k) => (rows.has(k) ? [[k, rows.get(k)!] as const] : [])));
    },
    async put(entries: readonly StoredAnalysis[]) {
      for (const e of entries) {
        rows.set(e.key, e.bytes);
        stored.push(e.key);
      }
    },
  };
  return { cache, rows, stored, analyses: () => stored.filter((k) => !/^(topics|files|set):/.test(k)) };
}

/** The whole set as stored: without it, a restart reads each document's analysis. */
function dropStoredSet(rows: Map<string, Uint8Array>): void {
  for (const key of rows.keys()) if (key.startsWith('set:')) rows.delete(key);
}

let dir: string;
const files: string[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefbot-analyses-'));
  files.length = 0;
  for (const story of Object.keys(STORIES) as (keyof typeof STORIES)[]) {
    for (let n = 0; n < 4; n++) {
      const name = `${story}-${n}.txt`;
      await writeFile(join(dir, name), `${article(story, n)}\n`);
      files.push(name);
    }
  }
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const open = (cache: AnalysisCache, warn?: (message: string, detail: Record<string, unknown>) => void) => openLibrary(dir, { topics: [], analysisCache: cache, workers: 0, ...(warn ? { warn } : {}) });

describe('stored analyses', () => {
  it('a restart reads every analysis back: no NLP call, and the same answers', async () => {
    const { cache, analyses } = memoryCache();
    const first = await open(cache);
    expect(analyses()).toHaveLength(files.length);
    const before = { topics: first.topics(), brief: first.brief('ferry strike', { now: new Date('2026-01-01') }) };

    nlpCalls.count = 0;
    const again = await open(cache);
    const topics = again.topics();
    // Opening the set and finding its topics run no NLP; answering a query may tag the query and the facts it shows.
    expect(nlpCalls.count).toBe(0);
    const after = { topics, brief: again.brief('ferry strike', { now: new Date('2026-01-01') }) };
    expect(after).toEqual(before);
    expect(analyses()).toHaveLength(files.length);
  });

  it('a changed file is analysed again alone', async () => {
    const { cache, analyses } = memoryCache();
    await open(cache);
    await writeFile(join(dir, 'bridge-1.txt'), 'Divers searched the Marlow river again on Tuesday. Engineers said the bridge steel had failed.\n');
    const stored = analyses().length;

    const again = await open(cache);
    expect(analyses().length - stored).toBe(1);
    expect(again.brief('divers searched the river').ok).toBe(true);
  });

  it('a new analysis version analyses everything again', async () => {
    const { cache, rows, analyses } = memoryCache();
    await open(cache);
    // What an older release stored: the same documents under the previous version's keys (its list of files and whole set were of that version too, so unused).
    const older = new Map([...rows].filter(([k]) => !/^(topics|files|set):/.test(k)).map(([k, v]) => [k.replace(/^\d+:/, `${ANALYSIS_VERSION - 1}:`), v]));
    const { cache: upgraded, rows: upgradedRows, analyses: upgradedAnalyses } = memoryCache();
    for (const [k, v] of older) upgradedRows.set(k, v);

    nlpCalls.count = 0;
    await open(upgraded);
    expect(upgradedAnalyses()).toHaveLength(files.length);
    expect(nlpCalls.count).toBeGreaterThanOrEqual(files.length);
    expect(analyses()).toHaveLength(files.length);
    // The key itself carries the version, so no bump can read an older entry.
    const raw = { id: 'a.txt', text: 'Some text.' };
    expect(analysisKey(raw)).not.toBe(analysisKey(raw, ANALYSIS_VERSION + 1));
  });

  it('a corrupt or truncated entry is reported, analysed again and stored afresh; the set is served', async () => {
    const { cache, rows, analyses } = memoryCache();
    const first = await open(cache);
    const answer = first.brief('volcano ash', { now: new Date('2026-01-01') });
    const keys = analyses();
    dropStoredSet(rows);
    const truncated = rows.get(keys[0]!)!;
    rows.set(keys[0]!, truncated.subarray(0, truncated.length >> 1));
    const flipped = Uint8Array.from(rows.get(keys[1]!)!);
    flipped[flipped.length - 3]! ^= 0xff;
    rows.set(keys[1]!, flipped);

    const warnings: { message: string; detail: Record<string, unknown> }[] = [];
    const again = await open(cache, (message, detail) => warnings.push({ message, detail }));
    expect(warnings.map((w) => [w.detail.file, String(w.detail.reason)])).toEqual([
      [files.sort()[0], expect.stringMatching(/truncated/)],
      [files.sort()[1], expect.stringMatching(/checksum/)],
    ]);
    expect(analyses().length - keys.length).toBe(2);
    expect(again.brief('volcano ash', { now: new Date('2026-01-01') })).toEqual(answer);
  });

  it('a cache that fails is reported and the set is analysed and served anyway', async () => {
    const broken: AnalysisCache = {
      get: () => Promise.reject(new Error('disk on fire')),
      put: () => Promise.reject(new Error('disk on fire')),
    };
    const warnings: string[] = [];
    const library = await open(broken, (message) => warnings.push(message));
    expect(library.topics().documents).toBe(files.length);
    expect(warnings.some((w) => /could not be read/.test(w))).toBe(true);
    expect(warnings.some((w) => /could not be stored/.test(w))).toBe(true);
  });
});

describe("the set's list of files (manifest)", () => {
  it('a restart reads no file whose size and time are unchanged, and answers the same', async () => {
    const { cache } = memoryCache();
    const first = await open(cache);
    const before = first.brief('ferry strike', { now: new Date('2026-01-01') });

    fileReads.count = 0;
    nlpCalls.count = 0;
    const again = await open(cache);
    expect(fileReads.count).toBe(0);
    expect(nlpCalls.count).toBe(0);
    expect(again.brief('ferry strike', { now: new Date('2026-01-01') })).toEqual(before);
  });

  it('a file touched but not changed is read again, not analysed again', async () => {
    const { cache, analyses } = memoryCache();
    await open(cache);
    const stored = analyses().length;
    const later = new Date('2030-05-01T12:00:00Z');
    await utimes(join(dir, 'ferry-2.txt'), later, later);

    fileReads.count = 0;
    nlpCalls.count = 0;
    const again = await open(cache);
    expect(fileReads.count).toBe(1);
    expect(nlpCalls.count).toBe(0);
    expect(analyses().length).toBe(stored);
    expect(again.articles!(['ferry-2.txt'])).toHaveLength(1);
  });

  it('a changed file is read and analysed again; the others are not read', async () => {
    const { cache, analyses } = memoryCache();
    await open(cache);
    const stored = analyses().length;
    await writeFile(join(dir, 'volcano-3.txt'), 'Rangers closed the trails on Mount Kesra on Sunday after new tremors. Experts said the volcano was restless again.\n');

    fileReads.count = 0;
    const again = await open(cache);
    expect(fileReads.count).toBe(1);
    expect(analyses().length - stored).toBe(1);
    expect(again.brief('rangers closed the trails').ok).toBe(true);
  });

  it('a renamed file keeps its analysis and is cited under its new name', async () => {
    const { cache, analyses } = memoryCache();
    await open(cache);
    const stored = analyses().length;
    await rename(join(dir, 'bridge-0.txt'), join(dir, 'marlow-collapse.txt'));

    // Topics are found again (the set's ids changed), which may tag topic names; no article is analysed.
    const again = await open(cache);
    expect(analyses().length).toBe(stored);
    expect(again.articles!(['bridge-0.txt'])).toEqual([]);
    const [article] = again.articles!(['marlow-collapse.txt']);
    expect(article?.paragraphs.flat().join(' ')).toMatch(/bridge collapsed before dawn/);
    const result = again.brief('bridge collapsed before dawn', { now: new Date('2026-01-01') });
    if (!result.ok) throw new Error('expected a briefing');
    expect(result.briefing.sources.map((s) => s.docId)).toContain('marlow-collapse.txt');
  });

  it('a damaged list of files is reported and every file is read; no document is analysed again', async () => {
    const { cache, rows, analyses } = memoryCache();
    await open(cache);
    const stored = analyses().length;
    const [listKey] = [...rows.keys()].filter((k) => k.startsWith('files:'));
    rows.set(listKey!, rows.get(listKey!)!.subarray(0, 20));

    fileReads.count = 0;
    const warnings: string[] = [];
    const again = await open(cache, (message) => warnings.push(message));
    expect(warnings).toEqual([expect.stringMatching(/list of files is unusable/)]);
    expect(fileReads.count).toBe(files.length);
    expect(analyses().length).toBe(stored);
    expect(again.topics().documents).toBe(files.length);
  });

  it('a file whose stored analysis is gone is read and analysed again', async () => {
    const { cache, rows, analyses } = memoryCache();
    await open(cache);
    const keys = analyses();
    rows.delete(keys[0]!);
    dropStoredSet(rows);

    fileReads.count = 0;
    nlpCalls.count = 0;
    const again = await open(cache);
    expect(fileReads.count).toBe(1);
    expect(nlpCalls.count).toBeGreaterThan(0);
    expect(again.topics().documents).toBe(files.length);
  });
});

describe('the whole set stored', () => {
  /** A cache that records which entries were asked for. */
  function watchedCache() {
    const held = memoryCache();
    const asked: string[] = [];
    const cache: AnalysisCache = {
      get: (keys) => {
        asked.push(...keys);
        return held.cache.get(keys);
      },
      put: (entries) => held.cache.put(entries),
    };
    return { ...held, cache, asked };
  }
  const setEntry = (rows: Map<string, Uint8Array>) => [...rows.keys()].find((k) => k.startsWith('set:'))!;

  it('a restart over unchanged files reads the set as one entry: no analysis one by one, no NLP, the same answers', async () => {
    const { cache, asked, analyses } = watchedCache();
    const first = await open(cache);
    const before = { topics: first.topics(), brief: first.brief('ferry strike', { now: new Date('2026-01-01') }), articles: first.articles!(files) };

    asked.length = 0;
    nlpCalls.count = 0;
    const again = await open(cache);
    const topics = again.topics();
    expect(nlpCalls.count).toBe(0);
    expect(asked.filter((k) => analyses().includes(k))).toEqual([]);
    expect({ topics, brief: again.brief('ferry strike', { now: new Date('2026-01-01') }), articles: again.articles!(files) }).toEqual(before);
  });

  it('is not used once any file changes, is added or is removed: the answers follow the files', async () => {
    const { cache, rows } = memoryCache();
    await open(cache);
    const firstEntry = rows.get(setEntry(rows));

    await writeFile(join(dir, 'volcano-3.txt'), 'Rangers closed the trails on Mount Kesra on Sunday after new tremors. Experts said the volcano was restless again.\n');
    const changed = await open(cache);
    expect(changed.brief('rangers closed the trails').ok).toBe(true);
    // Stored afresh for the set as it is now.
    expect(rows.get(setEntry(rows))).not.toEqual(firstEntry);

    await writeFile(join(dir, 'harbour-9.txt'), 'Dockers at Port Selwyn walked out on Friday over night shifts. The harbour board said talks would resume.\n');
    await rm(join(dir, 'bridge-2.txt'));
    const grown = await open(cache);
    expect(grown.topics().documents).toBe(files.length);
    expect(grown.articles!(['bridge-2.txt'])).toEqual([]);
    expect(grown.brief('dockers walked out over night shifts').ok).toBe(true);

    // And read back whole again once nothing changed since.
    nlpCalls.count = 0;
    const again = await open(cache);
    expect(nlpCalls.count).toBe(0);
    expect(again.articles!(['bridge-2.txt', 'harbour-9.txt']).map((a) => a.docId)).toEqual(['harbour-9.txt']);
  });

  it('a restart after files were added, named after the others, reads the stored set for the rest: only the new files are read back one by one, the answers those of a first index', async () => {
    const { cache, asked, analyses } = watchedCache();
    await open(cache);
    await writeFile(join(dir, 'volcano-4.txt'), 'Rangers closed the trails on Mount Kesra on Sunday after new tremors. Experts said the volcano was restless again.\n');
    await writeFile(join(dir, 'volcano-5.txt'), 'Ash fell again on the Kesra valley on Monday. Farmers said the harvest was lost.\n');
    const answers = (library: Awaited<ReturnType<typeof open>>) => ({
      topics: library.topics(),
      rangers: library.brief('rangers closed the trails', { now: new Date('2026-01-01') }),
      ferry: library.brief('ferry strike', { now: new Date('2026-01-01') }),
      articles: library.articles!([...files, 'volcano-4.txt', 'volcano-5.txt']),
    });
    asked.length = 0;
    const grown = await open(cache);
    // The new files' analyses, nothing of the twelve the stored set holds.
    expect(asked.filter((k) => analyses().includes(k))).toHaveLength(2);
    expect(answers(grown)).toEqual(answers(await open(memoryCache().cache)));
    // Stored whole again: the next restart reads it as one entry.
    asked.length = 0;
    await open(cache);
    expect(asked.filter((k) => analyses().includes(k))).toEqual([]);
  });

  it('a corrupt, truncated or foreign stored set is reported, the set is read from its analyses and served the same, and stored afresh', async () => {
    const { cache, rows, analyses } = memoryCache();
    const first = await open(cache);
    const answer = first.brief('volcano ash', { now: new Date('2026-01-01') });
    const entry = setEntry(rows);
    const good = rows.get(entry)!;
    const decoded = decodePlain(good);
    if (!('value' in decoded)) throw new Error('expected a stored set');
    // Well framed, but its index is of a set one sentence longer.
    const value = decoded.value as { index: { sentences: number } };
    const foreign = encodePlain({ ...value, index: { ...value.index, sentences: value.index.sentences + 1 } });
    const flipped = Uint8Array.from(good);
    flipped[flipped.length >> 1]! ^= 0xff;
    const stored = analyses().length;

    for (const [bad, reason] of [
      [good.subarray(0, good.length >> 1), /truncated/],
      [flipped, /checksum/],
      [foreign, /sentences/],
    ] as const) {
      rows.set(entry, bad);
      const warnings: { message: string; detail: Record<string, unknown> }[] = [];
      nlpCalls.count = 0;
      const again = await open(cache, (message, detail) => warnings.push({ message, detail }));
      expect(warnings.map((w) => [w.message, String(w.detail.reason)])).toEqual([[expect.stringMatching(/stored set is unusable/), expect.stringMatching(reason)]]);
      expect(nlpCalls.count).toBe(0);
      expect(again.brief('volcano ash', { now: new Date('2026-01-01') })).toEqual(answer);
      expect(analyses().length).toBe(stored);
      // Stored afresh: the next start reads it whole again, with nothing to report.
      const later: string[] = [];
      const third = await open(cache, (message) => later.push(message));
      expect(later).toEqual([]);
      expect(third.brief('volcano ash', { now: new Date('2026-01-01') })).toEqual(answer);
    }
  });
});

const TEXT = [
  'A fire at the Port Halden docks killed at least 12 people on Monday, and about 40 were taken to hospitals.',
  'The harbour company said 3 percent of its cranes were damaged. "We will rebuild," its chief said.',
  'Crews fought the blaze for six hours. Two weeks ago inspectors had visited the warehouse near Pier 9.',
].join('\n\n');

const shown = (sentences: readonly Sentence[]) => findFigures(sentences).map((f) => `${f.sentence.position}: ${f.value} | ${f.counts}`);

describe('figures kept in the analysis', () => {
  it('a briefing reads the figures an analysed document stores: no sentence is tagged again, and they are the ones tagging finds', () => {
    const built = buildDocument({ id: 'docks.txt', text: TEXT });
    if (!('document' in built)) throw new Error('expected a document');
    const { sentences } = built.document;
    expect(sentences.every((s) => Array.isArray(s.figures))).toBe(true);

    nlpCalls.count = 0;
    const stored = shown(sentences);
    expect(nlpCalls.count).toBe(0);

    // The same sentences without what the analysis stored are tagged one by one, as a sentence made elsewhere is.
    const bare = sentences.map(({ figures: _figures, ...rest }) => ({ ...rest }));
    expect(shown(bare)).toEqual(stored);
    expect(nlpCalls.count).toBeGreaterThan(0);
    expect(stored).toEqual(['0: 12 | people killed', '0: 40 | were taken to hospitals', '1: 3 percent | of its cranes were damaged', '3: six | hours']);
  });
});

const QUOTED = [
  'Mira Tolland, the director of the Halden port, spoke on Monday after the fire at the docks.',
  '"We will rebuild every crane before the winter season begins," Tolland said.',
  'Tolland walked through the burned warehouse on Tuesday with two inspectors.',
  '"The repairs are stalled and may not resume before spring," Western diplomats said.',
  'The dockers union called the plan "pretty much finished" and asked for talks.',
].join('\n\n');

const heard = (quotes: readonly FoundQuote[]) => quotes.map((q) => `${q.sentence.position}: ${q.speaker}${q.named ? '' : ' (not named)'}`);

describe('who said what kept in the analysis', () => {
  it('a briefing over stored sentences finds their quotes with no wink call, the speakers attributing finds', () => {
    const raw = { id: 'halden.txt', text: QUOTED };
    const decoded = decodeAnalysis(encodeAnalysis(analyse(raw)), raw);
    if (!('analysis' in decoded) || !('document' in decoded.analysis.built)) throw new Error('expected a stored document');
    const { sentences } = decoded.analysis.built.document;

    nlpCalls.count = 0;
    const stored = heard(findQuotes(sentences, () => sentences));
    expect(nlpCalls.count).toBe(0);

    // The same sentences without their stored speech are attributed when asked, as a sentence made elsewhere is.
    const bare = sentences.map(({ speech: _speech, ...rest }) => ({ ...rest }));
    expect(heard(findQuotes(bare, () => bare))).toEqual(stored);
    expect(nlpCalls.count).toBeGreaterThan(0);
    expect(stored).toEqual(['1: Mira Tolland', '3: Western diplomats (not named)', '4: dockers union (not named)']);
  });

  it('a restarted library answers who said what from its stored analyses: no speaker or quotation is tagged', async () => {
    await writeFile(join(dir, 'halden.txt'), `${QUOTED}\n`);
    const { cache } = memoryCache();
    const ask = (library: Awaited<ReturnType<typeof open>>) => library.brief('Tolland cranes repairs dockers', { now: new Date('2026-01-01') });
    const before = ask(await open(cache));
    nlpCalls.texts.length = 0;
    const after = ask(await open(cache));
    expect(after).toEqual(before);
    if (!after.ok) throw new Error('expected a briefing');
    expect(after.briefing.quotes.map((q) => q.speaker)).toContain('Mira Tolland');
    // Attribution tags a three-word quotation (speech or a label?) and a plural speaker (several unnamed people?): read back instead.
    expect(nlpCalls.texts.map((t) => t.trim())).not.toContain('pretty much finished');
    expect(nlpCalls.texts).not.toContain('Western diplomats');
  });
});

describe('dates kept in the analysis', () => {
  // Made-up wire copy with a front-matter date: weekdays and a day of a month the timeline places on that date.
  const DATED = [
    '---',
    'published: 2026-03-05',
    '---',
    'Harbor pilots in Port Halden walked out on Tuesday over the ferry contract, stranding island commuters.',
    'The ferry company said talks with the pilots would resume on March 9 in the town hall.',
    'A ferry strike in 2019 lasted eleven days, the union said.',
  ].join('\n');

  it('a restarted library places the timeline from the stored readings: chrono parses no sentence, and the dates are the same', async () => {
    await writeFile(join(dir, 'pilots.txt'), `${DATED}\n`);
    const { cache } = memoryCache();
    const query = 'Halden pilots ferry contract talks';
    const ask = (library: Awaited<ReturnType<typeof open>>) => {
      const topic = library.topics().topics[0]!.slug;
      return { topic: library.brief(topic, { now: new Date('2026-04-01') }), query: library.brief(query, { now: new Date('2026-04-01') }) };
    };
    chronoParses.texts.length = 0;
    const before = ask(await open(cache));
    // The analysis read the dated sentences with chrono, once each.
    expect(chronoParses.texts).toContain('Harbor pilots in Port Halden walked out on Tuesday over the ferry contract, stranding island commuters.');
    chronoParses.texts.length = 0;
    const again = await open(cache);
    const topic = again.brief(again.topics().topics[0]!.slug, { now: new Date('2026-04-01') });
    // A restart's first answer, on a topic, parses nothing: chrono is not even loaded.
    expect(chronoParses.texts).toEqual([]);
    const after = { topic, query: again.brief(query, { now: new Date('2026-04-01') }) };
    // An ad-hoc query naming no day (no digit, no weekday) is not handed to chrono at all (issue 17adhoc4's rule 2); no
    // sentence is parsed again.
    expect(chronoParses.texts).toEqual([]);
    expect(after).toEqual(before);
    if (!after.query.ok) throw new Error('expected a briefing');
    expect(after.query.briefing.timeline.map((t) => t.date)).toEqual(expect.arrayContaining(['2026-03-03', '2026-03-09']));
  });
});

describe('reading ahead', () => {
  const counting = () => {
    const asked: string[][] = [];
    const rows = new Map([
      ['set:a', Uint8Array.of(1)],
      ['k', Uint8Array.of(2)],
    ]);
    const cache: AnalysisCache = {
      async get(keys) {
        asked.push([...keys]);
        return new Map(keys.flatMap((k) => (rows.has(k) ? [[k, rows.get(k)!] as const] : [])));
      },
      async put() {},
    };
    return { asked, cache };
  };

  it('asks for the entries at once, hands them over the first time they are asked again, then asks the cache', async () => {
    const { asked, cache } = counting();
    const ahead = readingAhead(cache, ['set:a']);
    expect(asked).toEqual([['set:a']]);
    expect(await ahead.get(['set:a'])).toEqual(new Map([['set:a', Uint8Array.of(1)]]));
    expect(asked).toHaveLength(1);
    await ahead.get(['set:a']);
    expect(asked).toHaveLength(2);
  });

  it('hands each entry over as soon as a store that reads in turn has read it, before the rest', async () => {
    let readRest: () => void = () => {};
    const cache: AnalysisCache = {
      get: async () => new Map(),
      put: async () => {},
      async getEach(_keys, each) {
        each('set:a', Uint8Array.of(1));
        await new Promise<void>((resolve) => {
          readRest = resolve;
        });
        each('set:a#1', Uint8Array.of(2));
      },
    };
    const ahead = readingAhead(cache, ['set:a', 'set:a#1', 'set:a#2']);
    expect(await ahead.entry('set:a')).toEqual(Uint8Array.of(1));
    const next = ahead.entry('set:a#1');
    readRest();
    expect(await next).toEqual(Uint8Array.of(2));
    // Not stored: undefined once the read is done.
    expect(await ahead.entry('set:a#2')).toBeUndefined();
  });

  it('other keys are asked of the cache; a failure is told to whoever asks again', async () => {
    const { asked, cache } = counting();
    expect(await readingAhead(cache, ['set:a']).get(['k'])).toEqual(new Map([['k', Uint8Array.of(2)]]));
    expect(asked).toEqual([['set:a'], ['k']]);
    const failing: AnalysisCache = {
      get: () => {
        throw new Error('disk on fire');
      },
      put: async () => {},
    };
    await expect(readingAhead(failing, ['set:a']).get(['set:a'])).rejects.toThrow('disk on fire');
  });
});
