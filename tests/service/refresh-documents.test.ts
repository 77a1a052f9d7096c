import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { type RunningService, startService } from '../../src/service/start.js';
import { captureLogger } from './helpers/capture-log.js';
import { quietAdapter } from './helpers/quiet-adapter.js';

const root = mkdtempSync(join(tmpdir(), 'briefbot-refresh-'));
let service: RunningService | undefined;
afterAll(async () => {
  await service?.shutdown.run('test over');
  rmSync(root, { recursive: true, force: true });
});

describe('files added while the bot runs', () => {
  it('are served by /brief within the refresh interval, with no digest due', async () => {
    const dir = join(root, 'city-news');
    cpSync('tests/fixtures/sets/city-news', dir, { recursive: true });
    const parsed = parseConfig(null, null, {
      BRIEFBOT_DOCUMENTS: dir,
      BRIEFBOT_STORE_PATH: join(root, 'briefbot.sqlite'),
      BRIEFBOT_REFRESH_SECONDS: '1',
      METRICS_PORT: '0',
    });
    if (!parsed.ok) throw new Error(`bad test config: ${JSON.stringify(parsed.error)}`);
    const { logger, lines } = captureLogger('info');
    service = await startService({ config: parsed.value, logger, createAdapters: () => [quietAdapter()], trigger: { start() {}, stop() {} } });
    expect(service.library.brief('zeppelin').ok).toBe(false);

    writeFileSync(
      join(dir, 'zeppelin.md'),
      '---\ntitle: Zeppelin lands at the old airfield\n---\n\nA zeppelin landed at the old airfield on Sunday, the first airship to visit the city in sixty years.\n\nHundreds of residents watched the zeppelin moor beside the hangars before it left for the coast.\n',
    );
    // Readiness, not time: wait for the refresh that serves it, however slow the machine.
    await vi.waitFor(() => expect(service!.library.brief('zeppelin').ok).toBe(true), { timeout: 20_000, interval: 100 });
    expect(lines().some((l) => l.msg === 'document set refreshed' && l.added === 1)).toBe(true);
  });
});
