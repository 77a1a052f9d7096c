import { mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Library } from '../../src/core/library/library.js';
import { openLibrary } from '../../src/core/library/open-folder.js';
import { article } from './made-up-stories.js';

let dir: string;
let library: Library;
const write = (name: string, text: string) => writeFile(join(dir, name), text);
const reported = () => library.problems().map((p) => `${p.file}: ${p.code}`);

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefbot-problems-'));
  for (let n = 0; n < 4; n++) await write(`ferry-${n}.txt`, `${article('ferry', n)}\n`);
  await write('blank.txt', '');
  library = await openLibrary(dir, { topics: [] });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('a broken document stays reported across refreshes', () => {
  it('is still reported after a refresh that adds another article', async () => {
    expect(reported()).toEqual(['blank.txt: empty-document']);
    await library.refresh();
    await write('volcano-0.txt', `${article('volcano', 0)}\n`);
    expect(await library.refresh()).toMatchObject({ added: ['volcano-0.txt'] });
    expect(reported()).toEqual(['blank.txt: empty-document']);
  });

  it('is no longer reported once it is mended or removed', async () => {
    await library.refresh();
    await write('blank.txt', `${article('volcano', 1)}\n`);
    expect(await library.refresh()).toMatchObject({ added: ['blank.txt'] });
    expect(reported()).toEqual([]);
    await write('empty.md', '');
    await library.refresh();
    expect(reported()).toEqual(['empty.md: empty-document']);
    await unlink(join(dir, 'empty.md'));
    await library.refresh();
    expect(reported()).toEqual([]);
  });
});

describe("a set's own problems follow the folder", () => {
  it('says a set has no readable documents only while it has none', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'briefbot-problems-empty-'));
    try {
      const opened = await openLibrary(empty, { topics: [] });
      expect(opened.problems().map((p) => p.code)).toEqual(['no-documents']);
      await opened.refresh();
      expect(opened.problems().map((p) => p.code)).toEqual(['no-documents']);
      await writeFile(join(empty, 'ferry-0.txt'), `${article('ferry', 0)}\n`);
      expect(await opened.refresh()).toMatchObject({ added: ['ferry-0.txt'] });
      expect(opened.problems()).toEqual([]);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });

  it('says a set has too many files once, and no more once it is back under its limit', async () => {
    const limited = await openLibrary(dir, { topics: [], maxDocuments: 3 });
    const tooMany = () => limited.problems().filter((p) => p.code === 'too-many-documents').length;
    expect(tooMany()).toBe(1);
    await limited.refresh();
    await limited.refresh();
    expect(tooMany()).toBe(1);
    for (const name of ['ferry-2.txt', 'ferry-3.txt']) await unlink(join(dir, name));
    await limited.refresh();
    expect(tooMany()).toBe(0);
  });
});
