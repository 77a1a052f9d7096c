import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import type { Adapter } from '../../../src/adapters/adapter.js';
import { createDiscordAdapter } from '../../../src/adapters/discord/index.js';
import { shardOfGuild } from '../../../src/adapters/discord/shards.js';
import type { CommandServices } from '../../../src/commands/handle.js';
import { createLogger } from '../../../src/log.js';
import { type DiscordApiFake, startDiscordApiFake } from '../../fakes/discord-api.js';
import { HOSTILE, SECURITY_GUARANTEES, TOPICS } from '../../fixtures/discord/briefing.js';
import { APP_ID, chatInput, type InteractionPayload } from '../../fixtures/discord/interactions.js';
import { fixtureLibrary } from '../../fixtures/discord/library.js';
import { TOKEN } from './harness.js';

/**
 * Two shards of one bot, each a real discord.js Client connecting one gateway shard of two, against
 * the local Discord that routes each guild's events to the shard holding it.
 */

const GUILD_ON_0 = '1100000000004194305';
const GUILD_ON_1 = '1100000000000000001';
const CHANNEL_IN: Record<string, string> = { [GUILD_ON_0]: '1100000000004194306', [GUILD_ON_1]: '1100000000000000002' };

/** A /topics command from a channel of this guild. */
function topicsIn(guildId: string): InteractionPayload {
  const payload = chatInput('topics');
  const channelId = CHANNEL_IN[guildId]!;
  return { ...payload, guild_id: guildId, channel_id: channelId, channel: { ...payload.channel, id: channelId, guild_id: guildId }, guild: { ...payload.guild, id: guildId } };
}

interface RunningShard {
  adapter: Adapter;
  lines(): Record<string, unknown>[];
}

let fake: DiscordApiFake;
const shards: RunningShard[] = [];

beforeAll(async () => {
  fake = await startDiscordApiFake({ token: TOKEN, appId: APP_ID, guilds: [GUILD_ON_0, GUILD_ON_1], channels: Object.values(CHANNEL_IN) });
  const services: CommandServices = { library: fixtureLibrary([SECURITY_GUARANTEES, HOSTILE], TOPICS) };
  for (const id of [0, 1]) {
    let log = '';
    const destination = new Writable({ write: (chunk, _encoding, done) => ((log += String(chunk)), done()) });
    const adapter = createDiscordAdapter({
      token: TOKEN,
      appId: APP_ID,
      services,
      api: fake.api,
      shards: { ids: [id], count: 2 },
      logger: createLogger({ level: 'info', destination }),
    });
    await adapter.start();
    shards.push({
      adapter,
      lines: () =>
        log
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line) as Record<string, unknown>),
    });
  }
});
afterAll(async () => {
  await Promise.all(shards.map((s) => s.adapter.stop()));
  await fake?.close();
});

describe('GIVEN a bot of two shards', () => {
  test('THEN each identifies as its shard, and holds the one guild Discord gives it', () => {
    expect(fake.identifies.map((identify) => (identify as { shard: unknown }).shard)).toEqual([
      [0, 2],
      [1, 2],
    ]);
    for (const [id, shard] of shards.entries()) {
      expect(shard.adapter.ready()).toBe(true);
      expect(shard.lines().find((l) => l.msg === 'connected to Discord')).toMatchObject({ shards: [id], guilds: 1 });
    }
    expect(fake.dispatched.filter((d) => d.event === 'GUILD_CREATE').map((d) => [d.id, d.shard])).toEqual([
      [GUILD_ON_0, [0, 2]],
      [GUILD_ON_1, [1, 2]],
    ]);
  });

  test.each([GUILD_ON_0, GUILD_ON_1])('WITH a command in guild %s THEN only the shard holding it gets it, and answers', async (guildId) => {
    const expected = shardOfGuild(guildId, 2);
    const interaction = topicsIn(guildId);
    expect(fake.sendInteraction(interaction)).toEqual([expected]);
    const [callback] = await fake.waitForRequests((r) => r.path === `/interactions/${interaction.id}/${interaction.token}/callback`);
    expect(callback).toMatchObject({ status: 204 });
    // The answer is logged just after it is sent.
    const answeredBy = () => shards.map((s) => s.lines().some((l) => l.msg === 'answered' && l.requestId === interaction.id));
    await vi.waitFor(() => expect(answeredBy()).toContain(true));
    expect(answeredBy()).toEqual([expected === 0, expected === 1]);
  });
});
