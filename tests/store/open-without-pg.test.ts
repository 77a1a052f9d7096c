import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { formatConfigError } from '../../src/config/errors.js';
import { parseConfig } from '../../src/config/load.js';

// Records whether anything loads PostgreSQL's driver: its factory runs only when pg is imported.
const loaded = vi.hoisted(() => ({ pg: false }));
vi.mock('pg', () => {
  loaded.pg = true;
  return { default: {} };
});

const root = mkdtempSync(join(tmpdir(), 'briefbot-open-sqlite-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a service on SQLite does without the PostgreSQL driver', () => {
  it('opens the SQLite store and its analyses without loading pg', async () => {
    const { openStore } = await import('../../src/store/open.js');
    const { openAnalysisCache } = await import('../../src/store/analysis-open.js');
    const config = parseConfig(null, null, { BRIEFBOT_STORE_PATH: join(root, 'briefbot.sqlite'), DATABASE_URL: '' });
    if (!config.ok) throw new Error(config.error.map(formatConfigError).join('\n'));
    const store = await openStore(config.value);
    const analyses = await openAnalysisCache(config.value);
    expect(store.kind).toBe('sqlite');
    await analyses.close();
    await store.close();
    expect(loaded.pg).toBe(false);
  });
});
