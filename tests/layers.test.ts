import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const FORBIDDEN = /from ['"](discord\.js|@discordjs\/[^'"]+|@slack\/[^'"]+|node-cron|better-sqlite3|pg|pino|prom-client)['"]/;

describe('src/core stays platform-free', () => {
  it('imports no platform, scheduler, database or logging package', () => {
    const dir = new URL('../src/core/', import.meta.url).pathname;
    const offenders = readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .filter((f) => FORBIDDEN.test(readFileSync(join(dir, f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
