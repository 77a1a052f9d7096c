import type { z } from 'zod';
import { readSlackEnv } from '../adapters/slack/env.js';
import { DiscordCredentialsSchema, type Credentials } from './schema.js';
import type { ConfigError } from './errors.js';

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

  const discordToken = envValue(env, 'DISCORD_TOKEN');
  const discordAppId = envValue(env, 'DISCORD_APPLICATION_ID');
  if (discordToken) {
    const parsed = DiscordCredentialsSchema.safeParse({ token: discordToken, applicationId: discordAppId });
    if (parsed.success) credentials.discord = parsed.data;
    else errors.push(...issuesToErrors(parsed.error, { token: 'DISCORD_TOKEN', applicationId: 'DISCORD_APPLICATION_ID' }));
  } else if (discordAppId) {
    errors.push(missing('DISCORD_TOKEN', 'DISCORD_APPLICATION_ID', 'the bot token from the Discord developer portal (Bot → Reset Token)', 'Discord'));
  }

  // Slack's own schema decides what a usable set of SLACK_* variables is; we only place its verdict.
  const slack = readSlackEnv(env);
  if (slack.ok) {
    if (slack.value) credentials.slack = slack.value;
  } else {
    for (const problem of slack.error.split('; ')) {
      const field = /(SLACK_[A-Z_]+) is missing/.exec(problem)?.[1] ?? /SLACK_[A-Z_]+/.exec(problem)?.[0] ?? 'SLACK_BOT_TOKEN';
      // SLACK_PORT is a config field too; the config schema reports it with the file's wording.
      if (field !== 'SLACK_PORT') errors.push({ file: 'environment', field, expected: problem });
    }
  }
  return { credentials, errors };
}

function missing(field: string, present: string, what: string, platform: string): ConfigError {
  return {
    file: 'environment',
    field,
    expected: `${present} is set but ${field} is not: set ${field} to ${what}, or unset ${present} to run without ${platform}`,
  };
}

/** Secret values are never copied into the error: only which variable and what it should look like. */
function issuesToErrors(error: z.ZodError, names: Record<string, string>): ConfigError[] {
  return error.issues.map((issue) => ({
    file: 'environment',
    field: names[String(issue.path[0])] ?? String(issue.path[0]),
    expected: issue.message,
  }));
}
