import { z } from 'zod';
import { err, ok, type Result } from '../core/result.js';

/** What installing in many workspaces through Slack's OAuth flow needs (Basic Information → App Credentials). */
export interface SlackOAuthEnv {
  clientId: string;
  clientSecret: string;
  /** Signs the OAuth `state` so a redirect that did not start at our /slack/install is refused. */
  stateSecret: string;
}

/** Slack's settings as read from the environment, validated once at start. */
export interface SlackEnv {
  /** One workspace: its Bot User OAuth Token. Absent when `oauth` is set. */
  botToken?: string;
  /** Many workspaces: installs through /slack/install, each workspace's token kept in the store. */
  oauth?: SlackOAuthEnv;
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
  SLACK_SIGNING_SECRET: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .regex(/^[0-9a-f]{16,}$/i, 'SLACK_SIGNING_SECRET must be the hex Signing Secret from Basic Information → App Credentials')
      .optional(),
  ),
  SLACK_APP_TOKEN: z.preprocess(blankToUndefined, z.string().trim().startsWith('xapp-', 'SLACK_APP_TOKEN must be an app-level token starting with "xapp-" (Basic Information → App-Level Tokens, scope connections:write)').optional()),
  SLACK_CLIENT_ID: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .regex(/^\d+\.\d+$/, 'SLACK_CLIENT_ID must be the Client ID from Basic Information → App Credentials, like 1234567890.1234567890')
      .optional(),
  ),
  SLACK_CLIENT_SECRET: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .regex(/^[0-9a-f]{16,}$/i, 'SLACK_CLIENT_SECRET must be the hex Client Secret from Basic Information → App Credentials')
      .optional(),
  ),
  SLACK_STATE_SECRET: z.preprocess(blankToUndefined, z.string().trim().min(16, 'SLACK_STATE_SECRET must be at least 16 characters: a random string you choose, e.g. from `openssl rand -hex 32`').optional()),
  SLACK_PORT: z.preprocess(
    blankToUndefined,
    z.coerce.number({ message: 'SLACK_PORT must be a port number' }).int('SLACK_PORT must be a whole number').min(1, 'SLACK_PORT must be 1–65535').max(65535, 'SLACK_PORT must be 1–65535').default(3000),
  ),
  SLACK_ADMIN_USER_IDS: z.preprocess(blankToUndefined, z.string().optional()),
});

const USER_ID = /^[UW][A-Z0-9]{2,}$/;
const OAUTH_NAMES = ['SLACK_CLIENT_ID', 'SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET'] as const;
const OAUTH_HOW = 'installing in many workspaces needs SLACK_CLIENT_ID, SLACK_CLIENT_SECRET (Basic Information → App Credentials) and SLACK_STATE_SECRET (a random string you choose)';

/**
 * Reads SLACK_* variables. `ok(null)` when none is set (Slack is simply not used);
 * otherwise every problem is named, never a value (they are secrets). Problems are joined
 * by "; ", one per variable, each naming the variable to fix first.
 */
export function readSlackEnv(env: Record<string, string | undefined>): Result<SlackEnv | null, string> {
  const parsed = SlackEnvSchema.safeParse(env);
  if (!parsed.success) return err(parsed.error.issues.map((issue) => issue.message).join('; '));
  const { SLACK_BOT_TOKEN: botToken, SLACK_SIGNING_SECRET: signingSecret, SLACK_APP_TOKEN: appToken } = parsed.data;
  const given = [signingSecret && 'SLACK_SIGNING_SECRET', appToken && 'SLACK_APP_TOKEN'].filter(Boolean) as string[];
  const oauthGiven = OAUTH_NAMES.filter((name) => parsed.data[name] !== undefined);

  const ids = (parsed.data.SLACK_ADMIN_USER_IDS ?? '').split(/[\s,]+/).filter(Boolean);
  const badIds = ids.filter((id) => !USER_ID.test(id));
  const badIdsProblem = `SLACK_ADMIN_USER_IDS must list Slack user ids like U0123ABCD, comma-separated (not: ${badIds.join(', ')})`;

  if (oauthGiven.length > 0) {
    const problems = oauthProblems(oauthGiven, { botToken, signingSecret, appToken });
    if (badIds.length > 0) problems.push(badIdsProblem);
    if (problems.length > 0) return err(problems.join('; '));
    return ok({
      oauth: { clientId: parsed.data.SLACK_CLIENT_ID!, clientSecret: parsed.data.SLACK_CLIENT_SECRET!, stateSecret: parsed.data.SLACK_STATE_SECRET! },
      signingSecret: signingSecret!,
      port: parsed.data.SLACK_PORT,
      adminUserIds: ids,
    });
  }

  if (!botToken) {
    if (given.length === 0) return ok(null);
    return err(
      `${given.join(' and ')} ${given.length > 1 ? 'are' : 'is'} set but SLACK_BOT_TOKEN is missing: set it to the Bot User OAuth Token (xoxb-…) from OAuth & Permissions, ` +
        'or set SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET to install in many workspaces.',
    );
  }
  if (!signingSecret && !appToken) {
    return err('SLACK_BOT_TOKEN is set but neither SLACK_SIGNING_SECRET (HTTP mode: Basic Information → Signing Secret) nor SLACK_APP_TOKEN (Socket Mode: an xapp- token) is.');
  }
  if (badIds.length > 0) return err(badIdsProblem);

  return ok({
    botToken,
    ...(signingSecret ? { signingSecret } : {}),
    ...(appToken ? { appToken } : {}),
    port: parsed.data.SLACK_PORT,
    adminUserIds: ids,
  });
}

/** What stands between the OAuth variables given and a working install flow, one problem per variable. */
function oauthProblems(oauthGiven: readonly string[], other: { botToken?: string; signingSecret?: string; appToken?: string }): string[] {
  const problems: string[] = [];
  const givenList = oauthGiven.join(' and ');
  const isAre = oauthGiven.length > 1 ? 'are' : 'is';
  for (const name of OAUTH_NAMES) {
    if (!oauthGiven.includes(name)) problems.push(`${name} is missing: ${givenList} ${isAre} set, and ${OAUTH_HOW}.`);
  }
  if (other.botToken) {
    problems.push(`SLACK_BOT_TOKEN is set together with ${givenList}: use SLACK_BOT_TOKEN for one workspace, or the OAuth variables to install in many, not both.`);
  }
  if (other.appToken) {
    problems.push(`SLACK_APP_TOKEN is set together with ${givenList}: installing in many workspaces runs the HTTP receiver, not Socket Mode. Unset SLACK_APP_TOKEN and set SLACK_SIGNING_SECRET.`);
  }
  if (!other.signingSecret) {
    problems.push(`SLACK_SIGNING_SECRET is missing: ${givenList} ${isAre} set, and the install flow runs the HTTP receiver, which needs the Signing Secret (Basic Information → App Credentials).`);
  }
  return problems;
}
