import { EventEmitter, once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { createPlatformAdapters } from '../../src/service/platforms.js';
import { type RunningService, startService } from '../../src/service/start.js';
import { type DiscordApiFake, startDiscordApiFake } from '../fakes/discord-api.js';
import { type SocketModeFake, startSocketModeFake } from '../fakes/slack-socket-mode.js';
import { type SlackWebApiFake, startSlackWebApiFake } from '../fakes/slack-web-api.js';
import { APP_ID, CHANNEL_ID } from '../fixtures/discord/interactions.js';
import { captureLogger } from './helpers/capture-log.js';
import { freePort } from './helpers/service-process.js';

/**
 * The service in this process with Discord and Slack (Socket Mode) at their local fakes, wired as
 * src/main.ts wires them (each reconnect counted in the metrics): both connections drop, /healthz
 * says so while they are away, and /metrics counts one reconnect for each platform once back.
 */
const DISCORD_TOKEN = 'MTIwMDAwMDAwMDAwMDAwMDAwMg.GhJk2L.reconnects-discord-token-0123456789ab';
const SLACK_BOT_TOKEN = 'xoxb-1200-3400-reconnectsslackbottokenABCDEF';
const SLACK_APP_TOKEN = 'xapp-1-A0BRIEFBOT-1234567890-ReconnectsAppToken';

describe('adapter reconnects in /healthz and /metrics', () => {
  let discord: DiscordApiFake;
  let slackApi: SlackWebApiFake;
  let slackSocket: SocketModeFake;
  let service: RunningService | undefined;
  let base: string;
  const reconnects = new EventEmitter();
  const counted: string[] = [];

  beforeAll(async () => {
    discord = await startDiscordApiFake({ token: DISCORD_TOKEN, appId: APP_ID, channels: [CHANNEL_ID], acceptResume: true });
    slackSocket = await startSocketModeFake();
    slackApi = await startSlackWebApiFake({ botToken: SLACK_BOT_TOKEN, appToken: SLACK_APP_TOKEN, socketModeUrl: slackSocket.url });
    const parsed = parseConfig(null, null, {
      DISCORD_TOKEN,
      DISCORD_APP_ID: APP_ID,
      DISCORD_API_URL: discord.api,
      SLACK_BOT_TOKEN,
      SLACK_APP_TOKEN,
      SLACK_API_URL: slackApi.apiUrl,
      BRIEFBOT_DOCUMENTS: 'tests/fixtures/sets/city-news',
      BRIEFBOT_STORE_PATH: join(mkdtempSync(join(tmpdir(), 'briefbot-reconnects-')), 'briefbot.sqlite'),
      METRICS_PORT: String(await freePort()),
      METRICS_HOST: '127.0.0.1',
    });
    if (!parsed.ok) throw new Error(`bad test config: ${JSON.stringify(parsed.error)}`);
    const config = parsed.value;
    const { logger } = captureLogger('warn');
    service = await startService({
      config,
      logger,
      createAdapters: (services, metrics, store) =>
        createPlatformAdapters(['discord', 'slack'], {
          config,
          services,
          logger,
          store,
          // As src/main.ts counts them, and a signal for the test to wait on.
          onReconnect: (platform) => {
            metrics.adapterReconnects.inc({ platform });
            counted.push(platform);
            reconnects.emit('reconnect');
          },
        }),
    });
    base = `http://127.0.0.1:${service.server!.port}`;
  });

  afterAll(async () => {
    await service?.shutdown.run('test over');
    await Promise.all([discord?.close(), slackSocket?.close(), slackApi?.close()]);
  });

  const healthz = async () => {
    const response = await fetch(`${base}/healthz`);
    return { status: response.status, body: (await response.json()) as { notReady: string[] } };
  };
  const metricsText = async () => (await fetch(`${base}/metrics`)).text();

  it('GIVEN both connected THEN /healthz is 200 and no reconnect is counted', async () => {
    expect(await healthz()).toMatchObject({ status: 200, body: { notReady: [] } });
    expect(await metricsText()).not.toMatch(/briefbot_adapter_reconnects_total\{/);
  });

  it('GIVEN both connections dropped THEN /healthz is 503 naming both until they are back, then /metrics counts one reconnect each', async () => {
    expect(discord.dropConnections({ hold: true })).toBe(1);
    slackSocket.drop({ hold: true });
    await Promise.all([discord.waitForConnections(2), slackSocket.waitForConnections(2)]);
    // Both are connected again at the socket level, but neither has been greeted: not ready.
    const away = await healthz();
    expect(away.status).toBe(503);
    expect(away.body.notReady.sort()).toEqual(['discord', 'slack']);

    const bothBack = (async () => {
      while (counted.length < 2) await once(reconnects, 'reconnect');
    })();
    discord.release();
    slackSocket.release();
    await bothBack;
    expect(counted.sort()).toEqual(['discord', 'slack']);

    expect(await healthz()).toMatchObject({ status: 200, body: { notReady: [] } });
    const text = await metricsText();
    expect(text).toContain('briefbot_adapter_reconnects_total{platform="discord"} 1');
    expect(text).toContain('briefbot_adapter_reconnects_total{platform="slack"} 1');
    expect(text).toContain('briefbot_adapter_ready{platform="discord"} 1');
  });
});
