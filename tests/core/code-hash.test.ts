import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { coreCodeHash, hashOfFolders } from '../../src/core/code-hash.js';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A core folder and a lexicon folder, as the repository lays them out. */
function layout(words: string): string[] {
  dir = mkdtempSync(join(tmpdir(), 'briefbot-code-hash-'));
  mkdirSync(join(dir, 'core'));
  mkdirSync(join(dir, 'lexicon'));
  writeFileSync(join(dir, 'core', 'rank.ts'), 'export const rank = 1;\n');
  writeFileSync(join(dir, 'lexicon', 'related-words.txt'), words);
  return [join(dir, 'core'), join(dir, 'lexicon')];
}

describe('the code hash that keys stored analyses, topics and briefings', () => {
  it('changes when the lexicon changes, though no line of code does', () => {
    const before = hashOfFolders(layout('killed\ndead\n'));
    rmSync(dir, { recursive: true, force: true });
    const after = hashOfFolders(layout('killed\ntoll\n'));
    expect(after).not.toBe(before);
  });

  it('is the same for the same files', () => {
    const folders = layout('killed\ndead\n');
    expect(hashOfFolders(folders)).toBe(hashOfFolders(folders));
  });

  it("covers the product's own lexicon", () => {
    dir = mkdtempSync(join(tmpdir(), 'briefbot-code-hash-'));
    expect(coreCodeHash()).toBe(hashOfFolders([resolve('src/core'), resolve('lexicon')]));
    expect(coreCodeHash()).not.toBe(hashOfFolders([resolve('src/core')]));
  });
});
