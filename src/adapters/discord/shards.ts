import type { ChannelRef } from '../../chat/refs.js';

/** The shards one process runs: their ids, out of how many the bot has in all. */
export interface ShardSet {
  ids: readonly number[];
  count: number;
}

/**
 * The shard Discord sends a guild's events to: (guild_id >> 22) % num_shards. The top bits of a
 * snowflake are its timestamp, so guilds spread evenly across shards. BigInt: ids exceed 2^53.
 */
export function shardOfGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/**
 * Whether these shards hold a Discord channel: its guild's shard, or shard 0 for a channel outside
 * any guild (Discord sends DMs to shard 0 only). A channel of another platform is never held.
 */
export function holdsChannel(shards: ShardSet, channel: ChannelRef): boolean {
  if (channel.platform !== 'discord') return false;
  const shard = channel.workspace ? shardOfGuild(channel.workspace, shards.count) : 0;
  return shards.ids.includes(shard);
}
