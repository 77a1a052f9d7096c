import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let codeHash: string | undefined;
/**
 * Every file of the core, in its stage folders too, and of the lexicon the core reads (word vectors): a change anywhere in
 * them may change what a stored set, its stored topics or its stored briefings would be.
 */
export function coreCodeHash(): string {
  if (codeHash) return codeHash;
  const root = coreRoot();
  // The lexicon sits at the repository's top, beside src/ and dist/ alike.
  return (codeHash = hashOfFolders([root, join(dirname(dirname(root)), 'lexicon')]));
}

/** One hash of every code and data file under the folders (a folder that does not exist adds nothing). */
export function hashOfFolders(folders: readonly string[]): string {
  const hash = createHash('sha256');
  for (const folder of folders) {
    if (!existsSync(folder)) continue;
    hash.update(`${basename(folder)}/`);
    const files = (readdirSync(folder, { recursive: true }) as string[]).filter((f) => /\.([jt]s|txt|i8)$/.test(f)).sort();
    for (const file of files) hash.update(file).update(readFileSync(join(folder, file)));
  }
  return hash.digest('base64url');
}

/** The core's own folder (src/core, or dist/core when compiled), from wherever in it this file sits. */
function coreRoot(): string {
  let dir = fileURLToPath(new URL('.', import.meta.url));
  while (basename(dir) !== 'core' && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}
