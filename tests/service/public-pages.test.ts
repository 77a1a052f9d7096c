import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandServices } from '../../src/commands/handle.js';
import { handleCommand } from '../../src/commands/handle.js';
import { parseConfig } from '../../src/config/load.js';
import { type RunningService, startService } from '../../src/service/start.js';
import { captureLogger } from './helpers/capture-log.js';
import { freePort } from './helpers/service-process.js';

/** The service with PUBLIC_PORT set: pages on their own listener, counted in /metrics on the other. */
describe('briefing pages in the running service', () => {
  let service: RunningService | undefined;
  let services: CommandServices;
  let publicBase: string;
  let metricsBase: string;

  beforeAll(async () => {
    const publicPort = await freePort();
    const parsed = parseConfig(null, null, {
      BRIEFBOT_DOCUMENTS: 'tests/fixtures/sets/city-news',
      BRIEFBOT_STORE_PATH: join(mkdtempSync(join(tmpdir(), 'briefbot-pages-')), 'briefbot.sqlite'),
      METRICS_PORT: String(await freePort()),
      METRICS_HOST: '127.0.0.1',
      PUBLIC_PORT: String(publicPort),
      PUBLIC_HOST: '127.0.0.1',
      PUBLIC_URL: `http://127.0.0.1:${publicPort}`,
      SHARE_LINK_SECRET: 'service-test-secret-0123456789abcdef',
    });
    if (!parsed.ok) throw new Error(`bad test config: ${JSON.stringify(parsed.error)}`);
    const { logger } = captureLogger('warn');
    service = await startService({ config: parsed.value, logger, createAdapters: (s) => ((services = s), []) });
    publicBase = `http://127.0.0.1:${service.publicServer!.port}`;
    metricsBase = `http://127.0.0.1:${service.server!.port}`;
  });
  afterAll(async () => service?.shutdown.run('test over'));

  it('a /brief answer carries a signed link that opens its page on PUBLIC_PORT, kept in the SQLite store', async () => {
    const topic = service!.library.topics().topics[0]!;
    const answer = await handleCommand(
      { command: { name: 'brief', query: topic.slug, length: 'short', public: false }, channel: { platform: 'slack', id: 'C1', workspace: 'T1' }, user: { platform: 'slack', id: 'U1', canManageChannel: false }, requestId: 'r1' },
      services,
    );
    expect(answer.kind).toBe('briefing');
    if (answer.kind !== 'briefing') return;
    expect(answer.share?.link?.startsWith(`${publicBase}/b/${answer.share.id}?`)).toBe(true);
    const page = await fetch(answer.share!.link!);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(`<h1>Briefing: ${topic.title}</h1>`);
    // The article text is on the page: the first summary sentence sits in its source as an anchor.
    const first = answer.briefing.summary[0]!.citations[0]!;
    expect(html).toContain(`id="s${first.source}-p${first.paragraph}-${first.sentence}"`);
    expect((await service!.store.getBriefing(answer.share!.id))?.articles.length).toBe(answer.briefing.sources.length);

    const forged = await fetch(answer.share!.link!.replace(/sig=[^&]+/, 'sig=AAAA'));
    expect(forged.status).toBe(403);
    const metrics = await (await fetch(`${metricsBase}/metrics`)).text();
    expect(metrics).toMatch(/briefbot_briefing_pages_total\{outcome="shown"\} 1/);
    expect(metrics).toMatch(/briefbot_briefing_pages_total\{outcome="forged"\} 1/);
  });

  it('keeps /healthz and /metrics off the public port, and pages off the metrics port', async () => {
    expect((await fetch(`${publicBase}/healthz`)).status).toBe(404);
    expect((await fetch(`${publicBase}/metrics`)).status).toBe(404);
    expect((await fetch(`${metricsBase}/b/anything?expires=1&sig=x`)).status).toBe(404);
  });

  it('counts a reported error in briefbot_error_reports_total', async () => {
    const channel = { platform: 'discord' as const, id: 'c1', workspace: 'g1' };
    const user = { platform: 'discord' as const, id: 'u1', canManageChannel: false };
    const brief = await handleCommand({ command: { name: 'brief', query: service!.library.topics().topics[0]!.slug, length: 'short', public: false }, channel, user, requestId: 'r2' }, services);
    if (brief.kind !== 'briefing') throw new Error('expected a briefing');
    await handleCommand({ command: { name: 'button', action: 'report', briefingId: brief.share!.id, value: 'summary-1' }, channel, user, requestId: 'r3' }, services);
    expect(await (await fetch(`${metricsBase}/metrics`)).text()).toMatch(/briefbot_error_reports_total\{platform="discord"\} 1/);
  });
});
