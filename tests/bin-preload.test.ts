import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'briefbot-bin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A loader hook that names every module the process loads, on stderr.
writeFileSync(join(dir, 'hooks.mjs'), `export async function load(url, context, next) { const r = await next(url, context); process.stderr.write('LOADED ' + url + '\\n'); return r; }\n`);
writeFileSync(join(dir, 'register.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(dir, 'hooks.mjs')).href)});\n`);

describe('npx briefbot from source', () => {
  it('starts without loading chrono-node or wink, which the answers require only on a first date parse or reading', () => {
    const run = spawnSync(process.execPath, ['--import', pathToFileURL(join(dir, 'register.mjs')).href, 'bin/briefbot.js', '--help'], { cwd: resolve(import.meta.dirname, '..'), encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: briefbot');
    const loaded = run.stderr.split('\n').filter((line) => line.startsWith('LOADED '));
    expect(loaded.some((line) => line.includes('/zod/'))).toBe(true);
    expect(loaded.filter((line) => line.includes('/chrono-node/'))).toEqual([]);
    expect(loaded.filter((line) => /\/(wink-nlp|wink-eng-lite-web-model)\//.test(line))).toEqual([]);
  });
});
