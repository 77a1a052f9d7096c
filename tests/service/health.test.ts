import { afterEach, describe, expect, it } from 'vitest';
import type { ReadinessCheck } from '../../src/adapters/adapter.js';
import { healthReport, type ServiceServer, startServiceServer } from '../../src/service/health.js';
import { createMetrics } from '../../src/service/metrics.js';
import { captureLogger } from './helpers/capture-log.js';

describe('GET /healthz and GET /metrics', () => {
  let server: ServiceServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function start(checks: ReadinessCheck[], shuttingDown = () => false) {
    const metrics = createMetrics();
    server = await startServiceServer({
      port: 0,
      host: '127.0.0.1',
      health: () => healthReport(checks, shuttingDown()),
      registry: metrics.registry,
      logger: captureLogger().logger,
    });
    return { metrics, base: `http://127.0.0.1:${server.port}` };
  }

  it('GIVEN an adapter still connecting THEN /healthz is 503 and names it; once connected, 200', async () => {
    let discordReady = false;
    const { base } = await start([
      { name: 'library', ready: () => true },
      { name: 'discord', ready: () => discordReady },
      { name: 'slack', ready: () => true },
    ]);
    const before = await fetch(`${base}/healthz`);
    expect(before.status).toBe(503);
    expect(await before.json()).toEqual({
      status: 'unavailable',
      checks: { library: true, discord: false, slack: true },
      notReady: ['discord'],
    });
    discordReady = true;
    const after = await fetch(`${base}/healthz`);
    expect(after.status).toBe(200);
    expect(await after.json()).toMatchObject({ status: 'ok', notReady: [] });
  });

  it('GIVEN the library not loaded THEN /healthz is 503 naming the library', async () => {
    const { base } = await start([{ name: 'library', ready: () => false }]);
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(503);
    expect(((await response.json()) as { notReady: string[] }).notReady).toEqual(['library']);
  });

  it('GIVEN a check that throws THEN it counts as not ready instead of breaking the endpoint', async () => {
    const { base } = await start([
      {
        name: 'slack',
        ready: () => {
          throw new Error('boom');
        },
      },
    ]);
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(503);
    expect(((await response.json()) as { notReady: string[] }).notReady).toEqual(['slack']);
  });

  it('GIVEN a shutdown in progress THEN /healthz is 503 even with every part ready', async () => {
    const { base } = await start([{ name: 'library', ready: () => true }], () => true);
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(503);
    expect(((await response.json()) as { notReady: string[] }).notReady).toEqual(['shutdown']);
  });

  it('GIVEN commands served THEN /metrics shows them in Prometheus text with process metrics', async () => {
    const { base, metrics } = await start([]);
    metrics.commands.inc({ platform: 'slack', command: 'brief', outcome: 'briefing' });
    metrics.commands.inc({ platform: 'slack', command: 'brief', outcome: 'briefing' });
    metrics.digests.inc({ platform: 'discord', outcome: 'late' });
    const response = await fetch(`${base}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    expect(text).toContain('briefbot_commands_total{platform="slack",command="brief",outcome="briefing"} 2');
    expect(text).toContain('briefbot_digests_total{platform="discord",outcome="late"} 1');
    expect(text).toMatch(/^process_cpu_user_seconds_total \d/m);
    expect(text).toMatch(/^nodejs_heap_size_used_bytes \d/m);
  });

  it('GIVEN another path or method THEN 404 or 405', async () => {
    const { base } = await start([]);
    expect((await fetch(`${base}/`)).status).toBe(404);
    expect((await fetch(`${base}/healthz`, { method: 'POST' })).status).toBe(405);
  });
});
