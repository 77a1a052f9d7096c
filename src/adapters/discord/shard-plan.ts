import { REST, Routes } from 'discord.js';
import { z } from 'zod';
import type { ShardSetting } from '../../config/discord-env.js';

/** What GET /gateway/bot says about sharding: the recommended count and how many identifies may run at once. */
export const GatewayBotSchema = z.object({
  shards: z.number().int().min(1),
  session_start_limit: z.object({ max_concurrency: z.number().int().min(1) }),
});
export type GatewayBot = z.infer<typeof GatewayBotSchema>;

/**
 * Discord takes one IDENTIFY per 5 s in each of max_concurrency buckets (shard_id % max_concurrency);
 * half a second more leaves room for clocks and latency.
 */
export const IDENTIFY_WINDOW_MS = 5_500;

export interface ShardPlan {
  /** How many shards in all. */
  count: number;
  /** Wait between starting one shard and the next, so no bucket identifies twice in its window. */
  spawnDelayMs: number;
}

/** The shard count ("auto": Discord's recommendation) and the pace to start them at. */
export function planShards(setting: ShardSetting, gateway: GatewayBot): ShardPlan {
  const count = setting === 'auto' ? gateway.shards : setting;
  const spawnDelayMs = Math.ceil(IDENTIFY_WINDOW_MS / gateway.session_start_limit.max_concurrency);
  return { count, spawnDelayMs };
}

/**
 * GET /gateway/bot through the configured REST base URL. (discord.js's own
 * fetchRecommendedShardCount always asks discord.com, so a proxy or a local fake would be bypassed.)
 */
export async function fetchGatewayBot(token: string, api?: string): Promise<GatewayBot> {
  const rest = new REST(api ? { api } : {}).setToken(token);
  return GatewayBotSchema.parse(await rest.get(Routes.gatewayBot()));
}
