import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { startLibrary } from '../../src/core/library/open-folder.js';
import { article } from './made-up-stories.js';

// Every wink-nlp call on this thread goes through nlp.ts's readDoc; worker threads load their own copy.
const mainThreadTexts = vi.hoisted(() => [] as string[]);
vi.mock('../../src/core/nlp.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/core/nlp.js')>();
  return {
    ...original,
    readDoc: (text: string) => {
      mainThreadTexts.push(text);
      return original.readDoc(text);
    },
  };
});

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefbot-large-'));
  // One long document (a year of a wire service's updates pasted into one file) beside two short ones.
  const paragraphs: string[] = [];
  for (let n = 0; paragraphs.join('\n\n').length < 600 * 1024; n++) paragraphs.push(article('volcano', n).replace(/\b(\w+)\b/, `$1 ${n}`));
  await writeFile(join(dir, 'volcano-log.txt'), `${paragraphs.join('\n\n')}\n`);
  await writeFile(join(dir, 'ferry-1.txt'), `${article('ferry', 1)}\n`);
  await writeFile(join(dir, 'bridge-1.txt'), `${article('bridge', 1)}\n`);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

it('a set with one very long document is analysed in a worker thread, so the main thread stays free to answer', { timeout: 120_000 }, async () => {
  const started = await startLibrary(dir, { topics: [], workers: 1 });
  await started.ready;
  // The short documents are tagged here; none of the long one's text is.
  expect(mainThreadTexts.filter((t) => /Kesra|volcano/i.test(t))).toEqual([]);
  expect(started.library.topics().documents).toBe(3);
  expect(started.library.brief('volcano').ok).toBe(true);
});
