import { z } from 'zod';
import { err, ok, type Result } from '../core/result.js';

const snowflake = (name: string, what: string) =>
  z
    .string({ error: `${name} is not set (${what})` })
    .trim()
    .min(1, `${name} is empty (${what})`)
    .regex(/^\d{17,20}$/, `${name} must be a Discord id, a number of 17 to 20 digits (${what})`);

export const DiscordEnvSchema = z.object({
  DISCORD_TOKEN: z.string({ error: 'DISCORD_TOKEN is not set (Developer Portal → your application → Bot → Reset Token)' }).trim().min(1, 'DISCORD_TOKEN is empty (Developer Portal → your application → Bot → Reset Token)'),
  DISCORD_APP_ID: snowflake('DISCORD_APP_ID', 'Developer Portal → General Information → Application ID'),
  // An empty value in a .env file means "not set".
  DISCORD_GUILD_ID: z.preprocess((v) => (v === '' ? undefined : v), snowflake('DISCORD_GUILD_ID', 'optional: right-click your server → Copy Server ID').optional()),
});

export interface DiscordEnv {
  token: string;
  appId: string;
  guildId?: string;
}

/** Reads the Discord settings from the environment; the error names every variable that is missing or wrong. */
export function readDiscordEnv(env: Record<string, string | undefined>): Result<DiscordEnv, string> {
  const parsed = DiscordEnvSchema.safeParse(env);
  if (!parsed.success) {
    return err(`Discord is not configured:\n${parsed.error.issues.map((issue) => `  - ${issue.message}`).join('\n')}`);
  }
  const { DISCORD_TOKEN, DISCORD_APP_ID, DISCORD_GUILD_ID } = parsed.data;
  return ok({ token: DISCORD_TOKEN, appId: DISCORD_APP_ID, ...(DISCORD_GUILD_ID ? { guildId: DISCORD_GUILD_ID } : {}) });
}

/** DISCORD_SHARDS: "auto" (as many as Discord recommends) or a number of shards. */
export type ShardSetting = 'auto' | number;

/** Reads DISCORD_SHARDS; undefined (unset or empty) means one process, no sharding. */
export function readDiscordShards(value: string | undefined): Result<ShardSetting | undefined, string> {
  const text = value?.trim().toLowerCase();
  if (text === undefined || text === '') return ok(undefined);
  if (text === 'auto') return ok('auto');
  const count = /^\d+$/.test(text) ? Number(text) : NaN;
  if (Number.isSafeInteger(count) && count >= 1) return ok(count);
  return err('expected "auto" or a whole number of shards, at least 1');
}
