import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The renderer and its helpers are pure: they must not reach for the SDK, the network or the logger. */
const PURE = ['render.ts', 'render-briefing.ts', 'blocks.ts', 'pack-messages.ts', 'split-text.ts', 'escape.ts', 'limits.ts'];

describe('slack renderer boundary', () => {
  it.each(PURE)('GIVEN src/adapters/slack/%s THEN it imports no SDK, logger or I/O module', (file) => {
    const source = readFileSync(new URL(`../../../src/adapters/slack/${file}`, import.meta.url), 'utf8');
    const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    for (const module of imports) expect(module).toMatch(/^\.{1,2}\//);
    expect(imports.filter((m) => /log\.js$|bolt|node:/.test(m!))).toEqual([]);
  });
});
