import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shardOfGuild } from '../../src/adapters/discord/shards.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { type DiscordApiFake, startDiscordApiFake } from '../fakes/discord-api.js';
import { APP_ID, chatInput, type InteractionPayload, str } from '../fixtures/discord/interactions.js';
import { sampleTotal, typeLines } from './helpers/prometheus-text.js';
import { eventually, freePort, type ServiceProcess, spawnService } from './helpers/service-process.js';

/**
 * `npm start` with DISCORD_SHARDS=auto against a local Discord that recommends two shards: the
 * main process runs discord.js's ShardingManager, each shard is a real child process with its own
 * gateway connection, and all of them share one SQLite file. A command in each guild is answered by
 * the shard holding it, and a due digest for a channel in each guild is posted once, by that shard.
 */
const TOKEN = 'MTIwMDAwMDAwMDAwMDAwMDAwMg.GhJk2L.sharded-run-discord-token-0123456789ab';
const GUILDS = ['1100000000004194305', '1100000000000000001'];
const CHANNEL_OF: Record<string, string> = { [GUILDS[0]!]: '1100000000004194306', [GUILDS[1]!]: '1100000000000000002' };

/** A /brief in a channel of this guild. */
function briefIn(guildId: string): InteractionPayload {
  const payload = chatInput('brief', [str('topic', 'security guarantees')]);
  const channelId = CHANNEL_OF[guildId]!;
  return { ...payload, guild_id: guildId, channel_id: channelId, channel: { ...payload.channel, id: channelId, guild_id: guildId }, guild: { ...payload.guild, id: guildId } };
}

/** A daily digest in each guild's channel, its time three minutes ago: due at the first tick. */
async function subscribeEachGuild(storePath: string): Promise<Record<string, string>> {
  const store = openSqliteStore({ path: storePath });
  const now = new Date();
  const due = new Date(now.getTime() - 3 * 60_000);
  const time = `${String(due.getUTCHours()).padStart(2, '0')}:${String(due.getUTCMinutes()).padStart(2, '0')}`;
  const ids: Record<string, string> = {};
  for (const guildId of GUILDS) {
    const subscription = await store.putSubscription({
      id: `sub-${guildId}`,
      channel: { platform: 'discord', id: CHANNEL_OF[guildId]!, workspace: guildId },
      time,
      timezone: 'UTC',
      weekdays: [1, 2, 3, 4, 5, 6, 7],
      topics: [],
      length: 'short',
      status: 'active',
      pausedReason: null,
      activeSince: new Date(now.getTime() - 3_600_000).toISOString(),
      createdBy: null,
      now: now.toISOString(),
    });
    ids[guildId] = subscription.id;
  }
  await store.close();
  return ids;
}

/** Digests posted: on time (`sent`) or caught up (`late`); these were due three minutes before the start, so late. */
function digestsPosted(metricsText: string): number {
  return (['sent', 'late'] as const).map((outcome) => sampleTotal(metricsText, 'briefbot_digests_total', { platform: 'discord', outcome })).reduce((total, n) => total + (Number.isNaN(n) ? 0 : n), 0);
}

describe('a sharded run: DISCORD_SHARDS=auto, two shards', () => {
  let discord: DiscordApiFake;
  let service: ServiceProcess;
  let metricsPort: number;
  let storePath: string;
  let subscriptions: Record<string, string>;

  beforeAll(async () => {
    // 16 identifies at once: the manager may start the second shard right after the first is ready.
    discord = await startDiscordApiFake({ token: TOKEN, appId: APP_ID, recommendedShards: 2, maxConcurrency: 16, guilds: GUILDS, channels: Object.values(CHANNEL_OF) });
    storePath = join(mkdtempSync(join(tmpdir(), 'briefbot-shards-')), 'briefbot.sqlite');
    subscriptions = await subscribeEachGuild(storePath);
    metricsPort = await freePort();
    service = spawnService({
      DISCORD_TOKEN: TOKEN,
      DISCORD_APP_ID: APP_ID,
      DISCORD_API_URL: discord.api,
      DISCORD_SHARDS: 'auto',
      METRICS_PORT: String(metricsPort),
      METRICS_HOST: '127.0.0.1',
      BRIEFBOT_STORE_PATH: storePath,
      LOG_LEVEL: 'info',
    });
  }, 20_000);

  afterAll(async () => {
    if (service && service.child.exitCode === null) service.child.kill('SIGKILL');
    await discord?.close();
  });

  it('GIVEN auto THEN it asks Discord, starts one process per shard, and /healthz names each shard ready', async () => {
    const health = await eventually(
      async () => {
        const response = await fetch(`http://127.0.0.1:${metricsPort}/healthz`);
        return response.status === 200 ? ((await response.json()) as Record<string, unknown>) : undefined;
      },
      '/healthz to answer 200',
      1200,
    );
    expect(health).toEqual({ status: 'ok', checks: { library: true, store: true, discord: true, 'discord-shard-0': true, 'discord-shard-1': true }, notReady: [] });
    // Each shard identifies; a connection dropped on a loaded machine identifies again (discord.js's own recovery),
    // so the shards are counted once each, and one process per shard is checked below.
    const identified = new Set(discord.identifies.map((identify) => JSON.stringify((identify as { shard: unknown }).shard)));
    expect([...identified].sort()).toEqual(['[0,2]', '[1,2]']);
    const started = service.logLines().filter((l) => l.msg === 'shard process started');
    expect(started.map((l) => l.shard).sort()).toEqual([0, 1]);
    expect(new Set([service.child.pid, ...started.map((l) => l.pid)]).size).toBe(3);
  }, 60_000);

  it('GIVEN a /brief in each guild THEN the shard holding the guild gets it and answers it', async () => {
    for (const guildId of GUILDS) {
      const interaction = briefIn(guildId);
      const shard = shardOfGuild(guildId, 2);
      expect(discord.sendInteraction(interaction)).toEqual([shard]);
      await discord.waitForRequests((r) => r.path === `/webhooks/${APP_ID}/${interaction.token}/messages/@original` && r.method === 'PATCH');
      const answered = await service.waitForLog((l) => l.msg === 'answered' && l.requestId === interaction.id, `the answer in guild ${guildId}`);
      expect(answered).toMatchObject({ shard, guild: guildId, answer: 'briefing' });
    }
    expect(GUILDS.map((g) => shardOfGuild(g, 2)).sort()).toEqual([0, 1]);
  }, 30_000);

  it('GIVEN a due digest in each guild THEN each is posted once, by the shard holding its guild', async () => {
    for (const guildId of GUILDS) {
      const channelId = CHANNEL_OF[guildId]!;
      await service.waitForLog((l) => l.msg === 'digest posted' && l.channel === channelId, `the digest in ${channelId}`);
      expect(discord.channelMessages(channelId).length).toBeGreaterThan(0);
    }
    const posted = service.logLines().filter((l) => l.msg === 'digest posted');
    expect(posted.map((l) => [l.channel, l.shard]).sort()).toEqual(GUILDS.map((g) => [CHANNEL_OF[g], shardOfGuild(g, 2)]).sort());
    const store = openSqliteStore({ path: storePath });
    try {
      for (const guildId of GUILDS) {
        // The platform's 'digest posted' line comes just before the delivery is marked sent: wait for the mark.
        let deliveries = await store.listDeliveries({ subscriptionId: subscriptions[guildId]! });
        for (let tries = 0; tries < 200 && deliveries.some((d) => d.status === 'claimed'); tries++) {
          await new Promise((next) => setTimeout(next, 50));
          deliveries = await store.listDeliveries({ subscriptionId: subscriptions[guildId]! });
        }
        expect(deliveries.map((d) => d.status)).toEqual(['sent']);
      }
    } finally {
      await store.close();
    }
  }, 30_000);

  it("GIVEN those answers and digests THEN the main process's /metrics adds up both shards' metrics", async () => {
    const text = await eventually(
      async () => {
        const body = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
        return digestsPosted(body) === 2 ? body : undefined;
      },
      'both digests in /metrics',
      200,
    );
    expect(sampleTotal(text, 'briefbot_commands_total', { platform: 'discord', command: 'brief' })).toBe(2);
    expect(sampleTotal(text, 'briefbot_answer_duration_seconds_count', { platform: 'discord', command: 'brief' })).toBe(2);
    expect(sampleTotal(text, 'briefbot_shard_metrics_missing', {})).toBe(0);
    expect(sampleTotal(text, 'briefbot_adapter_ready', { platform: 'discord' })).toBe(1);
    const names = typeLines(text);
    expect(names).toContain('process_cpu_user_seconds_total');
    expect(new Set(names).size).toBe(names.length);
  }, 30_000);

  it('GIVEN a shard process killed THEN the manager starts it again, it answers its guild, and posts nothing twice', async () => {
    const guildId = GUILDS.find((g) => shardOfGuild(g, 2) === 1)!;
    const first = service.logLines().find((l) => l.msg === 'shard process started' && l.shard === 1)!;
    process.kill(first.pid as number, 'SIGKILL');
    const exited = await service.waitForLog((l) => l.msg === 'shard process exited unexpectedly' && l.shard === 1, 'shard 1 to exit');
    expect(exited).toMatchObject({ signal: 'SIGKILL', respawn: true });
    // While shard 1 is down or starting again, /metrics still answers, with shard 0's commands.
    const whileRestarting = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
    expect(whileRestarting.status).toBe(200);
    expect(sampleTotal(await whileRestarting.text(), 'briefbot_commands_total', { platform: 'discord', command: 'brief' })).toBeGreaterThanOrEqual(1);
    const readyAgain = () => service.logLines().filter((l) => l.msg === 'shard ready' && l.shard === 1).length === 2;
    await eventually(async () => (readyAgain() ? true : undefined), 'shard 1 to be ready again', 600);
    // Healthy again: under load a fresh shard may drop its first connection and identify again, and /healthz rightly says so meanwhile.
    await eventually(async () => ((await fetch(`http://127.0.0.1:${metricsPort}/healthz`)).status === 200 ? true : undefined), '/healthz to be 200 again', 200);

    const interaction = briefIn(guildId);
    expect(discord.sendInteraction(interaction)).toEqual([1]);
    const answered = await service.waitForLog((l) => l.msg === 'answered' && l.requestId === interaction.id, 'the answer after the restart');
    expect(answered.shard).toBe(1);
    expect(answered.pid).not.toBe(first.pid);
    // The restarted shard's first tick found its digest already sent.
    expect(service.logLines().filter((l) => l.msg === 'digest posted')).toHaveLength(2);
  }, 30_000);

  it('GIVEN SIGTERM THEN the shards stop with the main process, which exits 0', async () => {
    service.child.kill('SIGTERM');
    expect(await service.exited).toBe(0);
    const exits = service.logLines().filter((l) => l.msg === 'shard process exited');
    expect(exits.map((l) => [l.shard, l.exitCode])).toEqual(
      expect.arrayContaining([
        [0, 0],
        [1, 0],
      ]),
    );
    expect(service.logLines().filter((l) => l.msg === 'stopped')).toHaveLength(3);
    expect(service.output()).not.toContain(TOKEN);
  }, 30_000);
});
