// dist/cli.js and dist/main.js once `npm run compile` has bundled them (scripts/bundle-cli.ts copies this file in each one's
// place, followed by a line exporting what the entry exports): runs the bundle beside it, dist/<entry>.bundle.cjs, with the
// V8 code cache the compile made of it when there is one, so a start neither resolves and reads hundreds of module files
// nor compiles again the functions a first answer runs. Node 20 gives a code cache to scripts only (vm.Script's
// cachedData), not to ES modules: hence a CommonJS bundle run here as Node runs a CommonJS file.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const SUM_BYTES = 32;

// This file's own name says which bundle it runs: dist/cli.js runs dist/cli.bundle.cjs.
const bundle = fileURLToPath(import.meta.url).replace(/\.js$/, '.bundle.cjs');
const cacheFile = `${bundle}.cache`;
const source = readFileSync(bundle);

/**
 * The cache file: a SHA-256 of the bundle and the data, then V8's data. V8 checks the data's version and flags but, in
 * Node 20's build, not its bytes: damaged data crashes the process as it deserialises, so the sum is checked here.
 */
const sumOf = (data) => createHash('sha256').update(source).update(data).digest();

/** V8's data, or undefined when there is none or it is damaged; a cache that cannot be used only costs the compile it would save. */
function readCache() {
  let bytes;
  try {
    bytes = readFileSync(cacheFile);
  } catch (error) {
    if (error.code !== 'ENOENT') process.stderr.write(`briefbot: cannot read ${cacheFile} (${error.code}); compiling the CLI without it\n`);
    return undefined;
  }
  const data = bytes.subarray(SUM_BYTES);
  if (bytes.length > SUM_BYTES && sumOf(data).equals(bytes.subarray(0, SUM_BYTES))) return data;
  process.stderr.write(`briefbot: ${cacheFile} is damaged or not this bundle's; compiling the CLI without it (npm run compile makes it again)\n`);
  return undefined;
}

const cachedData = readCache();
const script = new vm.Script(Module.wrap(source.toString('utf8')), { filename: bundle, cachedData, importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER });
if (cachedData && script.cachedDataRejected) {
  process.stderr.write(`briefbot: ${cacheFile} was made by another Node or with other V8 flags; compiling the CLI without it (npm run compile makes it again)\n`);
}
// The compile's own run of the CLI (scripts/bundle-cli.ts): the bytecode of every function it compiled, written as it ends.
if (process.env.BRIEFBOT_WRITE_CODE_CACHE === '1') {
  process.on('exit', () => {
    const data = script.createCachedData();
    writeFileSync(cacheFile, Buffer.concat([sumOf(data), data]));
  });
}

const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
// The entry's own exports follow, one line the bundle step writes (`export const { runCli } = module.exports;`).
