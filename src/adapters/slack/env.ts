import { z } from 'zod';
import { type Result, ok, err } from '../../core/result.js';

/** Slack's settings as read from the environment, validated once at start. */
export interface SlackEnv {
  botToken: string;
  /** HTTP mode: Slack signs every request with it. Optional in Socket Mode. */
  signingSecret?: string;
  /** Socket Mode when set. */
  appToken?: string;
  port: number;
  adminUserIds: string[];
}

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

const SlackEnvSchema = z.object({
  SLACK_BOT_TOKEN: z.preprocess(blankToUndefined, z.string().trim().startsWith('xoxb-', 'SLACK_BOT_TOKEN must be a bot token starting with "xoxb-" (OAuth & Permissions → Bot User OAuth Token)').optional()),
  SLACK_SIGNING_SECRET: z.preprocess(blankToUndefined, z.string().trim().regex(/^[0-9a-f]{16,}$/i, 'SLACK_SIGNING_SECRET must be the hex Signing Secret from Basic Information → App Credentials').optional()),
  SLACK_APP_TOKEN: z.preprocess(blankToUndefined, z.string().trim().startsWith('xapp-', 'SLACK_APP_TOKEN must be an app-level token starting with "xapp-" (Basic Information → App-Level Tokens, scope connections:write)').optional()),
  SLACK_PORT: z.preprocess(blankToUndefined, z.coerce.number({ message: 'SLACK_PORT must be a port number' }).int('SLACK_PORT must be a whole number').min(1, 'SLACK_PORT must be 1–65535').max(65535, 'SLACK_PORT must be 1–65535').default(3000)),
  SLACK_ADMIN_USER_IDS: z.preprocess(blankToUndefined, z.string().optional()),
});

const USER_ID = /^[UW][A-Z0-9]{2,}$/;

/**
 * Reads SLACK_* variables. `ok(null)` when none is set (Slack is simply not used);
 * otherwise every problem is named, never a value (they are secrets).
 */
export function readSlackEnv(env: Record<string, string | undefined>): Result<SlackEnv | null, string> {
  const parsed = SlackEnvSchema.safeParse(env);
  if (!parsed.success) return err(parsed.error.issues.map((issue) => issue.message).join('; '));
  const { SLACK_BOT_TOKEN: botToken, SLACK_SIGNING_SECRET: signingSecret, SLACK_APP_TOKEN: appToken } = parsed.data;
  const given = [signingSecret && 'SLACK_SIGNING_SECRET', appToken && 'SLACK_APP_TOKEN'].filter(Boolean) as string[];

  if (!botToken) {
    if (given.length === 0) return ok(null);
    return err(`${given.join(' and ')} ${given.length > 1 ? 'are' : 'is'} set but SLACK_BOT_TOKEN is missing: set it to the Bot User OAuth Token (xoxb-…) from OAuth & Permissions.`);
  }
  if (!signingSecret && !appToken) {
    return err('SLACK_BOT_TOKEN is set but neither SLACK_SIGNING_SECRET (HTTP mode: Basic Information → Signing Secret) nor SLACK_APP_TOKEN (Socket Mode: an xapp- token) is.');
  }
  const ids = (parsed.data.SLACK_ADMIN_USER_IDS ?? '').split(/[\s,]+/).filter(Boolean);
  const badIds = ids.filter((id) => !USER_ID.test(id));
  if (badIds.length > 0) return err(`SLACK_ADMIN_USER_IDS must list Slack user ids like U0123ABCD, comma-separated; not: ${badIds.join(', ')}`);

  return ok({
    botToken,
    ...(signingSecret ? { signingSecret } : {}),
    ...(appToken ? { appToken } : {}),
    port: parsed.data.SLACK_PORT,
    adminUserIds: ids,
  });
}
