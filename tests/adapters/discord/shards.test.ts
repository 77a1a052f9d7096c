import { calculateShardId } from '@discordjs/util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planShards } from '../../../src/adapters/discord/shard-plan.js';
import { holdsChannel, shardOfGuild } from '../../../src/adapters/discord/shards.js';
import { readDiscordShards } from '../../../src/config/discord-env.js';

/** The snowflake in Discord's reference docs: its timestamp part (id >> 22) is 41944705796. */
const DOCS_SNOWFLAKE = '175928847299117063';

describe('shardOfGuild: which shard Discord sends a guild to', () => {
  it('GIVEN the documented snowflake THEN it is (41944705796 % shards)', () => {
    expect(shardOfGuild(DOCS_SNOWFLAKE, 1)).toBe(0);
    expect(shardOfGuild(DOCS_SNOWFLAKE, 2)).toBe(0);
    expect(shardOfGuild(DOCS_SNOWFLAKE, 3)).toBe(2);
    expect(shardOfGuild(DOCS_SNOWFLAKE, 16)).toBe(4);
  });

  it('GIVEN two guilds one timestamp tick (1 << 22) apart THEN two shards take them', () => {
    expect(shardOfGuild('1100000000000000001', 2)).toBe(1);
    expect(shardOfGuild('1100000000004194305', 2)).toBe(0);
  });

  it('GIVEN ids past 2^53 THEN it agrees with discord.js for any id and shard count', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n << 22n, max: (1n << 63n) - 1n }), fc.integer({ min: 1, max: 5000 }), (id, count) => {
        expect(shardOfGuild(String(id), count)).toBe(calculateShardId(String(id), count));
      }),
    );
  });
});

describe('holdsChannel: which subscriptions a shard process posts', () => {
  const guildOn1 = { platform: 'discord' as const, id: '1100000000000000002', workspace: '1100000000000000001' };
  it('GIVEN a guild channel THEN only the shard of its guild holds it', () => {
    expect(holdsChannel({ ids: [1], count: 2 }, guildOn1)).toBe(true);
    expect(holdsChannel({ ids: [0], count: 2 }, guildOn1)).toBe(false);
    expect(holdsChannel({ ids: [0, 1], count: 2 }, guildOn1)).toBe(true);
  });
  it('GIVEN a channel outside any guild THEN shard 0 holds it, as Discord sends DMs to shard 0', () => {
    const dm = { platform: 'discord' as const, id: '1100000000000000009' };
    expect(holdsChannel({ ids: [0], count: 4 }, dm)).toBe(true);
    expect(holdsChannel({ ids: [3], count: 4 }, dm)).toBe(false);
  });
  it('GIVEN a Slack channel THEN no Discord shard holds it', () => {
    expect(holdsChannel({ ids: [0], count: 1 }, { platform: 'slack', id: 'C1', workspace: 'T1' })).toBe(false);
  });
});

describe('DISCORD_SHARDS', () => {
  it.each([
    [undefined, undefined],
    ['', undefined],
    ['auto', 'auto'],
    [' AUTO ', 'auto'],
    ['1', 1],
    ['16', 16],
  ])('GIVEN %j THEN it reads %j', (value, expected) => {
    expect(readDiscordShards(value)).toEqual({ ok: true, value: expected });
  });
  it.each(['0', '-2', '2.5', 'two', '1e3', 'nothing'])('GIVEN %j THEN it says what it expects', (value) => {
    expect(readDiscordShards(value)).toEqual({ ok: false, error: 'expected "auto" or a whole number of shards, at least 1' });
  });
});

describe('planShards: how many shards, and how fast to start them', () => {
  const gateway = (shards: number, maxConcurrency: number) => ({ shards, session_start_limit: { max_concurrency: maxConcurrency } });
  it('GIVEN auto THEN it takes the count Discord recommends', () => {
    expect(planShards('auto', gateway(3, 1)).count).toBe(3);
  });
  it('GIVEN a number THEN that number wins over the recommendation', () => {
    expect(planShards(8, gateway(3, 1)).count).toBe(8);
  });
  it('GIVEN one identify per 5 s THEN shards start 5.5 s apart; with 16 buckets, 16 times faster', () => {
    expect(planShards('auto', gateway(2, 1)).spawnDelayMs).toBe(5500);
    expect(planShards('auto', gateway(2, 16)).spawnDelayMs).toBe(344);
  });
});
