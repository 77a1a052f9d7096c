import * as fs from 'node:fs';
import { mkdtemp, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { inspectLibrary, type Library } from '../../src/core/library/library.js';
import { openLibrary } from '../../src/core/library/open-folder.js';
import { article } from './made-up-stories.js';

// Every stat and lstat the library makes is counted by path, and passed on to Node's.
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  return { ...real, statSync: vi.fn(real.statSync), lstatSync: vi.fn(real.lstatSync) };
});

let dir: string;
let library: Library;
const ARTICLES = 8;
const write = (name: string, text: string) => writeFile(join(dir, name), `${text}\n`);
const servedText = (docId: string) => inspectLibrary(library).articles?.([docId])[0]?.paragraphs.flat().join(' ');
/** Files of the set stat'ed since the counts were last cleared. */
const statted = () => [...vi.mocked(fs.statSync).mock.calls, ...vi.mocked(fs.lstatSync).mock.calls].map(([path]) => String(path)).filter((path) => path.startsWith(dir));

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefbot-watched-'));
  // Each article's text its own (article() repeats after six): the same text twice is one source (duplicate-texts.test.ts).
  for (let n = 0; n < ARTICLES; n++) await write(`ferry-${n}.txt`, `${article('ferry', n)} The ferry desk filed this as report ${n + 1}.`);
  library = await openLibrary(dir, { topics: [] });
  // The first refresh re-reads the folder whole and starts watching it.
  expect(await library.refresh()).toMatchObject({ added: [], changed: [], removed: [] });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('a refresh of a watched folder', () => {
  it('sees an article edited in place, and serves its new text', async () => {
    await write('ferry-3.txt', article('volcano', 0));
    expect(await library.refresh()).toMatchObject({ added: [], changed: ['ferry-3.txt'], removed: [] });
    expect(servedText('ferry-3.txt')).toContain('Mount Kesra erupted');
  });

  it('sees a new article', async () => {
    await write('volcano-0.txt', article('volcano', 0));
    expect(await library.refresh()).toMatchObject({ added: ['volcano-0.txt'], changed: [], removed: [] });
    expect(library.topics().documents).toBe(ARTICLES + 1);
  });

  it('sees a removed article', async () => {
    await unlink(join(dir, 'ferry-5.txt'));
    expect(await library.refresh()).toMatchObject({ added: [], changed: [], removed: ['ferry-5.txt'] });
    expect(servedText('ferry-5.txt')).toBeUndefined();
  });

  it('sees a renamed article as the old name removed and the new one added', async () => {
    await rename(join(dir, 'ferry-2.txt'), join(dir, 'ferry-2-corrected.txt'));
    expect(await library.refresh()).toMatchObject({ added: ['ferry-2-corrected.txt'], changed: [], removed: ['ferry-2.txt'] });
    expect(library.topics().documents).toBe(ARTICLES);
  });

  it('leaves out a file that is no document, as the listing does', async () => {
    await write('_draft.txt', article('volcano', 1));
    await write('notes.json', '{}');
    expect(await library.refresh()).toMatchObject({ added: [], changed: [], removed: [] });
  });

  it('looks at the one file added, not at every file of the set', async () => {
    vi.mocked(fs.statSync).mockClear();
    vi.mocked(fs.lstatSync).mockClear();
    await write('volcano-0.txt', article('volcano', 0));
    expect(await library.refresh()).toMatchObject({ added: ['volcano-0.txt'] });
    expect(new Set(statted())).toEqual(new Set([join(dir, 'volcano-0.txt')]));
  });
});
