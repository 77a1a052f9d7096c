import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { analysisKey } from '../../src/core/index/analysis.js';
import { listDocumentFiles, loadDocumentFile } from '../../src/core/ingest/load.js';
import { type RunningService, startService } from '../../src/service/start.js';
import { openSqliteAnalysisCache } from '../../src/store/analysis-sqlite.js';
import { captureLogger } from './helpers/capture-log.js';
import { quietAdapter } from './helpers/quiet-adapter.js';

/**
 * A second desk's set behaves as the first: its analyses are stored for the next start, files
 * dropped into its folder are served without a restart, and its retention window is applied.
 */
const root = mkdtempSync(join(tmpdir(), 'briefbot-every-set-'));
let service: RunningService | undefined;
afterAll(async () => {
  await service?.shutdown.run('test over');
  rmSync(root, { recursive: true, force: true });
});

describe('GIVEN two sets, the second a desk of its own with a retention window', () => {
  it('THEN the second set is stored in the analysis cache, refreshed while running, and kept to its window', async () => {
    const home = join(root, 'home');
    const desk = join(root, 'desk');
    cpSync('tests/fixtures/sets/city-news', home, { recursive: true });
    cpSync('tests/fixtures/sets/city-news', desk, { recursive: true });
    // An article only the desk holds: the home set's analyses cannot stand in for it.
    writeFileSync(
      join(desk, 'ferry-strike.md'),
      '---\ntitle: Ferry crews strike over rosters\n---\n\nFerry crews walked out on Monday over new rosters, stranding commuters on both banks of the river.\n\nThe operator said talks with the union would resume on Wednesday.\n',
    );
    const analyses = join(root, 'analyses.sqlite');
    const yaml = `sets:
  - name: home
    dir: ${home}
  - name: desk
    dir: ${desk}
    retentionDays: 14
documents:
  refreshSeconds: 1
  workers: 0
store:
  path: ${join(root, 'briefbot.sqlite')}
  analysisPath: ${analyses}
metrics:
  port: 0
`;
    const parsed = parseConfig(yaml, 'test.yaml', {});
    if (!parsed.ok) throw new Error(`bad test config: ${JSON.stringify(parsed.error)}`);
    const { logger } = captureLogger('warn');
    service = await startService({ config: parsed.value, logger, createAdapters: () => [quietAdapter()], trigger: { start() {}, stop() {} } });
    const deskSet = service.sets.get('desk')!;

    // Retention: water-main.md is published 2024-03-12, long past 14 days; the home set keeps it.
    await vi.waitFor(() => expect(existsSync(join(desk, 'archive', 'water-main.expired.md'))).toBe(true), { timeout: 20_000, interval: 100 });
    expect(existsSync(join(home, 'water-main.md'))).toBe(true);

    // Refresh: a file dropped into the desk's folder is served there, not at home.
    expect(deskSet.library.brief('zeppelin').ok).toBe(false);
    writeFileSync(
      join(desk, 'zeppelin.md'),
      '---\ntitle: Zeppelin lands at the old airfield\n---\n\nA zeppelin landed at the old airfield on Sunday, the first airship to visit the city in sixty years.\n\nHundreds of residents watched the zeppelin moor beside the hangars before it left for the coast.\n',
    );
    await vi.waitFor(() => expect(deskSet.library.brief('zeppelin').ok).toBe(true), { timeout: 20_000, interval: 100 });
    expect(service.sets.get('home')!.library.brief('zeppelin').ok).toBe(false);

    await service.shutdown.run('test over');
    service = undefined;

    // Analyses: every document the desk served at start is stored, so the next start reads them back.
    const cache = openSqliteAnalysisCache({ path: analyses });
    try {
      const raws = await Promise.all((await listDocumentFiles(desk)).filter((f) => !f.endsWith('zeppelin.md')).map(async (f) => (await loadDocumentFile(f)).document!));
      expect(raws.map((r) => r.id).sort()).toEqual(
        readdirSync(desk)
          .filter((f) => /\.(md|txt)$/.test(f) && f !== 'zeppelin.md')
          .sort(),
      );
      const held = await cache.get(raws.map((raw) => analysisKey(raw)));
      expect(raws.map((r) => r.id)).toContain('ferry-strike.md');
      expect(held.size).toBe(raws.length);
    } finally {
      await cache.close();
    }
  });
});
