import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { Delivery } from '../../src/store/store.js';
import { type DiscordApiFake, startDiscordApiFake } from '../fakes/discord-api.js';
import { APP_ID, CHANNEL_ID, GUILD_ID } from '../fixtures/discord/interactions.js';
import { type HoldingProxy, startHoldingProxy } from './helpers/holding-proxy.js';
import { type ServiceProcess, spawnService } from './helpers/service-process.js';

/**
 * SIGTERM to a real briefbot process while it is posting a scheduled digest to Discord (through a
 * proxy that holds the post in flight). Either the post finishes before the process exits, or the
 * claim is left for the next start, which posts it: the digest arrives once, never lost, never twice.
 */
const TOKEN = 'MTIwMDAwMDAwMDAwMDAwMDAwMg.GhJk2L.shutdown-test-discord-token-0123456789';
const MESSAGES_PATH = `/api/v10/channels/${CHANNEL_ID}/messages`;

// Every wait below follows a signal (a request held, a log line, an exit), never a clock: on a
// loaded machine each process start takes longer, so only this backstop is generous.
describe('graceful shutdown in the middle of a digest', { timeout: 240_000 }, () => {
  let discord: DiscordApiFake;
  let proxy: HoldingProxy;
  let storePath: string;
  const started: ServiceProcess[] = [];

  beforeEach(async () => {
    discord = await startDiscordApiFake({ token: TOKEN, appId: APP_ID, channels: [CHANNEL_ID] });
    proxy = await startHoldingProxy(discord.api.replace(/\/api$/, ''), (method, path) => method === 'POST' && path.startsWith(MESSAGES_PATH));
    storePath = join(mkdtempSync(join(tmpdir(), 'briefbot-shutdown-')), 'briefbot.sqlite');
    await subscribeDueTwoMinutesAgo(storePath);
  });

  afterEach(async () => {
    for (const service of started.splice(0)) if (service.child.exitCode === null) service.child.kill('SIGKILL');
    await proxy.close();
    await discord.close();
  });

  function start(extra: Record<string, string> = {}): ServiceProcess {
    const service = spawnService({
      DISCORD_TOKEN: TOKEN,
      DISCORD_APP_ID: APP_ID,
      DISCORD_API_URL: `${proxy.url}/api`,
      BRIEFBOT_STORE_PATH: storePath,
      METRICS_PORT: '0',
      LOG_LEVEL: 'debug',
      ...extra,
    });
    started.push(service);
    return service;
  }

  /** Starts, lets the first scheduler tick run to its end (a stop waits for it), and stops. */
  async function runOnce(): Promise<number | string> {
    const service = start();
    await service.waitForLog((l) => l.msg === 'digest scheduler starting', 'the scheduler starting');
    service.child.kill('SIGTERM');
    return service.exited;
  }

  const postsReceived = () => discord.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${CHANNEL_ID}/messages`);

  it('GIVEN the post finishes within the shutdown bound THEN it is sent once and the next start sends nothing', async () => {
    // A bound far past the test's own steps: the post is let go the moment the shutdown begins, however slow the machine.
    const service = start({ SHUTDOWN_TIMEOUT_SECONDS: '120' });
    await proxy.waitForHeld();
    service.child.kill('SIGTERM');
    await service.waitForLog((l) => String(l.msg).startsWith('shutting down'), 'the shutdown starting');
    proxy.releaseAll();
    expect(await service.exited).toBe(0);

    const messages = discord.channelMessages(CHANNEL_ID);
    expect(messages.length).toBeGreaterThan(0);
    expect(postsReceived()).toHaveLength(messages.length);
    const [delivery] = await deliveries(storePath);
    expect(delivery).toMatchObject({ status: 'sent', messageId: messages[0]!.id, late: true });

    expect(await runOnce()).toBe(0);
    expect(postsReceived()).toHaveLength(messages.length);
    expect(await deliveries(storePath)).toEqual([delivery]);
  });

  it('GIVEN the post outlasts the shutdown bound THEN the process still exits 0, and the next start posts the digest once', async () => {
    const service = start({ SHUTDOWN_TIMEOUT_SECONDS: '1' });
    await proxy.waitForHeld();
    service.child.kill('SIGTERM');
    expect(await service.exited).toBe(0);
    proxy.dropAll();
    expect(discord.channelMessages(CHANNEL_ID)).toEqual([]);
    expect(await deliveries(storePath)).toEqual([expect.objectContaining({ status: 'claimed' })]);

    proxy.releaseAll();
    const again = start();
    await again.waitForLog((l) => l.msg === 'digest posted', 'the retried digest posted');
    again.child.kill('SIGTERM');
    expect(await again.exited).toBe(0);

    const messages = discord.channelMessages(CHANNEL_ID);
    expect(messages.length).toBeGreaterThan(0);
    expect(postsReceived()).toHaveLength(messages.length);
    // The retry carried the same nonce as the attempt cut off, so Discord would have dropped a duplicate.
    expect(messages[0]!.nonce).toBe((JSON.parse(proxy.held[0]!.body) as { nonce: string }).nonce);
    const [delivery] = await deliveries(storePath);
    expect(delivery).toMatchObject({ status: 'sent', messageId: messages[0]!.id });
    expect(delivery!.attempts).toBeGreaterThanOrEqual(2);

    expect(await runOnce()).toBe(0);
    expect(postsReceived()).toHaveLength(messages.length);
  });
  it('GIVEN a stop signal while Discord is still connecting THEN start-up stops there, nothing is posted, and it exits 0', async () => {
    const connecting = await startHoldingProxy(discord.api.replace(/\/api$/, ''), (method, path) => method === 'GET' && path.startsWith('/api/v10/gateway'));
    try {
      const service = spawnService({ DISCORD_TOKEN: TOKEN, DISCORD_APP_ID: APP_ID, DISCORD_API_URL: `${connecting.url}/api`, BRIEFBOT_STORE_PATH: storePath, METRICS_PORT: '0' });
      started.push(service);
      await connecting.waitForHeld();
      service.child.kill('SIGTERM');
      expect(await service.exited).toBe(0);
      expect(service.logLines().find((l) => l.msg === 'stopped')).toMatchObject({ reason: 'SIGTERM' });
      expect(service.logLines().some((l) => l.msg === 'briefbot started')).toBe(false);
      expect(await deliveries(storePath)).toEqual([]);
    } finally {
      await connecting.close();
    }
  });
});

/** A daily digest for the Discord channel whose time was two minutes ago: due (late) at the next start. */
async function subscribeDueTwoMinutesAgo(path: string): Promise<void> {
  const now = new Date();
  const due = new Date(now.getTime() - 2 * 60_000);
  const store = openSqliteStore({ path });
  await store.putSubscription({
    id: 'sub-shutdown',
    channel: { platform: 'discord', id: CHANNEL_ID, workspace: GUILD_ID },
    time: `${String(due.getUTCHours()).padStart(2, '0')}:${String(due.getUTCMinutes()).padStart(2, '0')}`,
    timezone: 'UTC',
    weekdays: [1, 2, 3, 4, 5, 6, 7],
    topics: [],
    length: 'short',
    status: 'active',
    pausedReason: null,
    activeSince: new Date(now.getTime() - 10 * 60_000).toISOString(),
    createdBy: 'test',
    now: now.toISOString(),
  });
  await store.close();
}

async function deliveries(path: string): Promise<Delivery[]> {
  const store = openSqliteStore({ path });
  try {
    return await store.listDeliveries();
  } finally {
    await store.close();
  }
}
