import { readDiscordEnv, readDiscordShards } from './discord-env.js';
import type { ConfigError } from './errors.js';
import type { Credentials } from './schema.js';
import { readSlackEnv } from './slack-env.js';

type Env = Record<string, string | undefined>;

/** A variable set to the empty string counts as unset, as `docker run -e X=` and .env files produce. */
export function envValue(env: Env, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value;
}

/**
 * Which platforms to start, from the environment. A platform is on when its main token is set; a
 * half-configured platform (a signing secret without its bot token, say) is an error, not silently off.
 */
export function readCredentials(env: Env): { credentials: Credentials; errors: ConfigError[] } {
  const errors: ConfigError[] = [];
  const credentials: Credentials = {};

  // Each adapter's own schema decides what a usable set of its variables is; we only place its verdict.
  const discordNames = ['DISCORD_TOKEN', 'DISCORD_APP_ID', 'DISCORD_GUILD_ID'];
  if (discordNames.some((name) => envValue(env, name) !== undefined)) {
    const discord = readDiscordEnv(blankAsUnset(env, discordNames));
    const register = readFlag(env, 'DISCORD_REGISTER_COMMANDS');
    if (!register.ok) errors.push(register.error);
    const apiUrl = readUrl(env, 'DISCORD_API_URL');
    if (!apiUrl.ok) errors.push(apiUrl.error);
    const shards = readDiscordShards(env.DISCORD_SHARDS);
    if (!shards.ok) errors.push({ file: 'environment', field: 'DISCORD_SHARDS', expected: shards.error, received: JSON.stringify(env.DISCORD_SHARDS) });
    if (discord.ok && register.ok && apiUrl.ok && shards.ok) {
      credentials.discord = {
        ...discord.value,
        registerCommands: register.value,
        ...(apiUrl.value ? { apiUrl: apiUrl.value } : {}),
        ...(shards.value !== undefined ? { shards: shards.value } : {}),
      };
    }
    if (!discord.ok) {
      for (const line of discord.error.split('\n').filter((l) => l.startsWith('  - '))) {
        const problem = line.slice(4);
        errors.push({ file: 'environment', field: /DISCORD_[A-Z_]+/.exec(problem)?.[0] ?? 'DISCORD_TOKEN', expected: problem });
      }
    }
  }

  // Slack's own schema decides what a usable set of SLACK_* variables is; we only place its verdict.
  const slack = readSlackEnv(env);
  const slackApiUrl = readUrl(env, 'SLACK_API_URL');
  if (!slackApiUrl.ok) errors.push(slackApiUrl.error);
  if (slack.ok) {
    if (slack.value) credentials.slack = { ...slack.value, ...(slackApiUrl.ok && slackApiUrl.value ? { apiUrl: slackApiUrl.value } : {}) };
  } else {
    for (const problem of slack.error.split('; ')) {
      const field = /(SLACK_[A-Z_]+) is missing/.exec(problem)?.[1] ?? /SLACK_[A-Z_]+/.exec(problem)?.[0] ?? 'SLACK_BOT_TOKEN';
      // SLACK_PORT is a config field too; the config schema reports it with the file's wording.
      if (field !== 'SLACK_PORT') errors.push({ file: 'environment', field, expected: problem });
    }
  }
  const databaseUrl = readDatabaseUrl(env);
  if (!databaseUrl.ok) errors.push(databaseUrl.error);
  else if (databaseUrl.value) credentials.databaseUrl = databaseUrl.value;
  const shareSecret = envValue(env, 'SHARE_LINK_SECRET')?.trim();
  if (shareSecret !== undefined && shareSecret.length < 32) {
    errors.push({ file: 'environment', field: 'SHARE_LINK_SECRET', expected: 'expected at least 32 characters, e.g. from `openssl rand -hex 32` (value not shown: it is a secret)' });
  } else if (shareSecret) credentials.shareLinkSecret = shareSecret;
  return { credentials, errors };
}

/** The value holds a password, so an error names the variable and the expected form, never the value. */
function readDatabaseUrl(env: Env): { ok: true; value: string | undefined } | { ok: false; error: ConfigError } {
  const value = envValue(env, 'DATABASE_URL')?.trim();
  if (value === undefined) return { ok: true, value: undefined };
  if (/^postgres(ql)?:\/\/[^\s]+$/.test(value) && URL.canParse(value)) return { ok: true, value };
  return {
    ok: false,
    error: { file: 'environment', field: 'DATABASE_URL', expected: 'expected a PostgreSQL URL, postgres://user:password@host:5432/database (value not shown: it may hold a password)' },
  };
}

function blankAsUnset(env: Env, names: readonly string[]): Env {
  return Object.fromEntries(names.map((name) => [name, envValue(env, name)]));
}

function readFlag(env: Env, name: string): { ok: true; value: boolean } | { ok: false; error: ConfigError } {
  const value = envValue(env, name)?.trim().toLowerCase();
  if (value === undefined || ['false', '0', 'no'].includes(value)) return { ok: true, value: false };
  if (['true', '1', 'yes'].includes(value)) return { ok: true, value: true };
  return { ok: false, error: { file: 'environment', field: name, expected: 'expected true or false', received: JSON.stringify(value) } };
}

function readUrl(env: Env, name: string): { ok: true; value: string | undefined } | { ok: false; error: ConfigError } {
  const value = envValue(env, name)?.trim();
  if (value === undefined) return { ok: true, value: undefined };
  if (/^https?:\/\/[^\s/]+/.test(value) && URL.canParse(value)) return { ok: true, value };
  return { ok: false, error: { file: 'environment', field: name, expected: 'expected an http(s) URL', received: JSON.stringify(value) } };
}
