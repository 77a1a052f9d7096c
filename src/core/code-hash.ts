import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let codeHash: string | undefined;
/** Every file of the core, in its stage folders too: a change anywhere in it may change what a stored set or its stored topics would be. */
export function coreCodeHash(): string {
  if (codeHash) return codeHash;
  const root = coreRoot();
  const hash = createHash('sha256');
  const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) => /\.[jt]s$/.test(f)).sort();
  for (const file of files) hash.update(file).update(readFileSync(join(root, file)));
  return (codeHash = hash.digest('base64url'));
}

/** The core's own folder (src/core, or dist/core when compiled), from wherever in it this file sits. */
function coreRoot(): string {
  let dir = fileURLToPath(new URL('.', import.meta.url));
  while (basename(dir) !== 'core' && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}
