import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Runs main() in a fresh process without chat credentials, then lists the chat SDKs the process loaded. */
function sdksLoadedWithout(root: string): { code: number; loaded: string[] } {
  const script = [
    "import { createRequire } from 'node:module';",
    `const { main } = await import(${JSON.stringify(`${root}/src/main.ts`)});`,
    "const code = await main({ PATH: process.env.PATH, BRIEFBOT_ENV_FILE: '', BRIEFBOT_CONFIG: '' }, []);",
    'const cache = Object.keys(createRequire(import.meta.url).cache);',
    "console.log(JSON.stringify({ code, loaded: ['discord.js', '@slack/bolt'].filter((sdk) => cache.some((f) => f.includes('/node_modules/' + sdk + '/'))) }));",
  ].join('\n');
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}');
}

describe('starting without a chat platform', () => {
  it('GIVEN no platform credentials WHEN briefbot starts THEN neither Discord nor Slack SDK is loaded (the console starts without their second of loading)', () => {
    const { code, loaded } = sdksLoadedWithout(process.cwd());
    // No terminal here either: it stops with its "nothing to start" message, having chosen no platform.
    expect(code).toBe(2);
    expect(loaded).toEqual([]);
  }, 60_000);
});
