import { once } from 'node:events';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import type { Config } from '../../src/config/schema.js';
import { createScheduler } from '../../src/digest/scheduler.js';
import { createMetrics } from '../../src/service/metrics.js';
import { type RunningService, startService } from '../../src/service/start.js';
import { createStoreHealth, FAILED_TICKS_IN_A_ROW } from '../../src/service/store-health.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { subscriptionInput } from '../store/contract-fixtures.js';
import { captureLogger } from './helpers/capture-log.js';
import { quietAdapter } from './helpers/quiet-adapter.js';
import { freePort } from './helpers/service-process.js';
import { stubLibrary } from './helpers/stub-library.js';

const root = mkdtempSync(join(tmpdir(), 'briefbot-store-health-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function configWith(env: Record<string, string>): Promise<Config> {
  const parsed = parseConfig(null, null, {
    BRIEFBOT_DOCUMENTS: 'tests/fixtures/sets/city-news',
    METRICS_PORT: String(await freePort()),
    METRICS_HOST: '127.0.0.1',
    ...env,
  });
  if (!parsed.ok) throw new Error(`bad test config: ${JSON.stringify(parsed.error)}`);
  return parsed.value;
}

const healthz = async (config: Config) => {
  const response = await fetch(`http://127.0.0.1:${config.metrics.port}/healthz`);
  return { status: response.status, body: (await response.json()) as { checks: Record<string, boolean>; notReady: string[]; reasons?: Record<string, string> } };
};

describe('/healthz tells the truth about the store', () => {
  let service: RunningService | undefined;
  afterEach(async () => {
    await service?.shutdown.run('test over');
    service = undefined;
  });

  it('GIVEN the store still opening (the platforms not made yet) THEN /healthz is 503, not 200', async () => {
    // A database server that takes the connection and never answers: the store stays "opening".
    const sockets: Socket[] = [];
    const silent: Server = createServer((socket) => void sockets.push(socket));
    silent.listen(0, '127.0.0.1');
    await once(silent, 'listening');
    const port = (silent.address() as { port: number }).port;
    const config = await configWith({ DATABASE_URL: `postgres://u:p@127.0.0.1:${port}/briefbot` });
    const stop = new AbortController();
    const starting = startService({ config, logger: captureLogger('silent').logger, createAdapters: () => [quietAdapter()], signal: stop.signal });
    starting.catch(() => undefined);
    try {
      let health = await healthz(config).catch(() => undefined);
      while (!health?.body.checks.library) {
        await new Promise((next) => setTimeout(next, 20));
        health = await healthz(config).catch(() => undefined);
      }
      expect(health.status).toBe(503);
      expect(health.body.notReady).toEqual(['store']);
    } finally {
      stop.abort('test over');
      await starting.catch(() => undefined);
      sockets.forEach((s) => s.destroy());
      silent.close();
    }
  });

  it('GIVEN a damaged SQLite file THEN the bot serves, but /healthz is 503 saying why and briefbot_store_ok is 0', async () => {
    const path = join(root, 'damaged', 'briefbot.sqlite');
    const store = openSqliteStore({ path });
    for (let i = 0; i < 200; i++) await store.putSubscription(subscriptionInput({ id: `sub-${i}`, channel: { platform: 'discord', id: `c-${i}`, workspace: 'g-1' }, topics: ['x'.repeat(200)] }));
    await store.close();
    const size = statSync(path).size;
    const fd = openSync(path, 'r+');
    for (let page = 3; page <= size / 4096; page += 3) writeSync(fd, Buffer.alloc(64, 0xff), 0, 64, (page - 1) * 4096);
    closeSync(fd);

    const config = await configWith({ BRIEFBOT_STORE_PATH: path });
    const quiet = { start() {}, stop() {} };
    service = await startService({ config, logger: captureLogger('silent').logger, createAdapters: () => [quietAdapter()], trigger: quiet });
    const health = await healthz(config);
    expect(health.status).toBe(503);
    expect(health.body.notReady).toEqual(['store']);
    expect(health.body.reasons?.store).toMatch(/briefbot\.sqlite: the database is damaged/);
    const metrics = await (await fetch(`http://127.0.0.1:${config.metrics.port}/metrics`)).text();
    expect(metrics).toMatch(/^briefbot_store_ok 0$/m);
  });
});

describe('digest ticks that keep failing', () => {
  it(`turn the store check to not ready after ${FAILED_TICKS_IN_A_ROW} in a row, count each, and clear on the next good tick`, async () => {
    const metrics = createMetrics({ processMetrics: false });
    const health = createStoreHealth(metrics);
    health.opened(undefined);
    const failure = new Error('SQLITE_FULL: database or disk is full');
    for (let i = 1; i < FAILED_TICKS_IN_A_ROW; i++) health.tickDone(failure);
    expect(health.check.ready()).toBe(true);
    health.tickDone(failure);
    expect(health.check.ready()).toBe(false);
    expect(health.check.reason?.()).toBe(`the last ${FAILED_TICKS_IN_A_ROW} digest ticks failed: SQLITE_FULL: database or disk is full`);
    expect((await metrics.digestTicksFailed.get()).values[0]?.value).toBe(FAILED_TICKS_IN_A_ROW);
    health.tickDone(undefined);
    expect(health.check.ready()).toBe(true);
  });

  it('are reported by the scheduler with the store error that failed them', async () => {
    const store = openSqliteStore({ path: ':memory:' });
    const failing = {
      ...store,
      listSubscriptions: async () => {
        throw new Error('SQLITE_CORRUPT: database disk image is malformed');
      },
    };
    const done: Array<Error | undefined> = [];
    const scheduler = createScheduler({ store: failing, library: stubLibrary(), posters: [quietAdapter()], tickDone: (error) => done.push(error), trigger: { start() {}, stop() {} } });
    await scheduler.tick();
    expect(done.map((e) => e?.message)).toEqual(['SQLITE_CORRUPT: database disk image is malformed']);
    await store.close();
  });
});
