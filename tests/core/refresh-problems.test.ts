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
