import type { Credentials } from '../config/schema.js';

export type PlatformChoice = { kind: 'platforms'; platforms: Array<'discord' | 'slack'> } | { kind: 'console' } | { kind: 'none'; message: string };

export const NOTHING_TO_START = [
  'No chat platform is configured, and there is no terminal for the local console.',
  'Set DISCORD_TOKEN and DISCORD_APP_ID for Discord, and/or SLACK_BOT_TOKEN with SLACK_SIGNING_SECRET',
  '(HTTP) or SLACK_APP_TOKEN (Socket Mode) for Slack, or SLACK_CLIENT_ID, SLACK_CLIENT_SECRET, SLACK_STATE_SECRET',
  'and SLACK_SIGNING_SECRET to install Slack in many workspaces; see .env.example and the README, "Operating it".',
  'To try it locally without tokens, run `npm start` in a terminal.',
].join('\n');

/** Every platform whose credentials are present; the console only when there are none and a person is at a terminal. */
export function choosePlatforms(credentials: Credentials, terminal: boolean): PlatformChoice {
  const platforms = [credentials.discord && ('discord' as const), credentials.slack && ('slack' as const)].filter((p): p is 'discord' | 'slack' => Boolean(p));
  if (platforms.length > 0) return { kind: 'platforms', platforms };
  return terminal ? { kind: 'console' } : { kind: 'none', message: NOTHING_TO_START };
}
