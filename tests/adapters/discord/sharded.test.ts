import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Adapter } from '../../../src/adapters/adapter.js';
import { createShardedDiscord, shardEntryFile } from '../../../src/adapters/discord/sharded.js';
import { shardsFlag } from '../../../src/adapters/discord/shards-flag.js';
import { loadConfig } from '../../../src/config/load.js';
import { createLogger } from '../../../src/log.js';
import { adapterChildMetrics, adapterReadiness, ownedByAdapters } from '../../../src/service/adapter-capabilities.js';
import { readShardEnv } from '../../../src/shard-main.js';
import type { Subscription } from '../../../src/store/store.js';

const DISCORD = { DISCORD_TOKEN: 'MTIwMDAwMDAwMDAwMDAwMDAwMg.GhJk2L.shards-unit-token-0123456789abcdef', DISCORD_APP_ID: '1200000000000000002' };

function configWith(env: Record<string, string>) {
  const loaded = loadConfig({ env: { BRIEFBOT_CONFIG: '', ...env } });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
  return loaded.value;
}

describe('--shards on the command line', () => {
  it.each([
    [['--shards', 'auto'], 'auto'],
    [['--shards=4'], '4'],
    [['--other', '--shards', '2'], '2'],
    [[], undefined],
  ])('GIVEN %j THEN DISCORD_SHARDS becomes %j', (argv, expected) => {
    expect(shardsFlag(argv)).toBe(expected);
  });
  it('GIVEN --shards with nothing after it THEN the value is refused by the DISCORD_SHARDS check', () => {
    const loaded = loadConfig({ env: { BRIEFBOT_CONFIG: '', ...DISCORD, DISCORD_SHARDS: shardsFlag(['--shards'])! } });
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.error).toEqual([expect.objectContaining({ field: 'DISCORD_SHARDS', expected: 'expected "auto" or a whole number of shards, at least 1' })]);
  });
});

describe('the shard process reads which shard it is', () => {
  it.each([
    [
      { SHARDS: '1', SHARD_COUNT: '2' },
      { ids: [1], count: 2 },
    ],
    [
      { SHARDS: '[0,2]', SHARD_COUNT: '4' },
      { ids: [0, 2], count: 4 },
    ],
    [{ SHARDS: '2', SHARD_COUNT: '2' }, undefined],
    [{ SHARDS: 'one', SHARD_COUNT: '2' }, undefined],
    [{ SHARD_COUNT: '2' }, undefined],
  ])('GIVEN %j THEN %j', (env, expected) => {
    expect(readShardEnv(env)).toEqual(expected);
  });
  it('starts the entry file beside the manager, with the same extension', () => {
    expect(shardEntryFile()).toMatch(/src\/shard-main\.ts$/);
    expect(existsSync(shardEntryFile())).toBe(true);
  });
});

describe('the main process when Discord is sharded', () => {
  const sub = (platform: 'discord' | 'slack') => ({ channel: { platform, id: 'C1', workspace: 'W1' } }) as Subscription;
  const discord = configWith({ ...DISCORD, DISCORD_SHARDS: '2' }).credentials.discord!;
  const sharded = createShardedDiscord({ token: discord.token, appId: discord.appId, registerCommands: false, shards: discord.shards!, logger: createLogger({ level: 'silent' }) });
  const slack = { platform: 'slack' } as Adapter;

  it('GIVEN DISCORD_SHARDS THEN its scheduler leaves Discord subscriptions to the shards, and keeps Slack ones', () => {
    const { owns } = ownedByAdapters([sharded, slack]);
    expect(owns?.(sub('discord'))).toBe(false);
    expect(owns?.(sub('slack'))).toBe(true);
  });
  it('GIVEN DISCORD_SHARDS THEN /healthz gets each shard of the sharded adapter', () => {
    const stub = { platform: 'discord', readinessChecks: () => [{ name: 'discord-shard-0', ready: () => true }] } as unknown as Adapter;
    expect(adapterReadiness([stub, slack]).map((c) => c.name)).toEqual(['discord-shard-0']);
  });
  it('GIVEN no sharded adapter THEN the scheduler owns every subscription, and /metrics is its own', () => {
    expect(ownedByAdapters([slack])).toEqual({});
    expect(adapterChildMetrics([slack])).toBeUndefined();
    expect(adapterChildMetrics([sharded])).toBeInstanceOf(Function);
  });
});
