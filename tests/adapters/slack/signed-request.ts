import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** A slash-command payload as Slack sends it (tests/fixtures/slack/slash-command.json), with overrides. */
export function slashCommandForm(overrides: Record<string, string>): string {
  const fixture = JSON.parse(readFileSync(new URL('../../fixtures/slack/slash-command.json', import.meta.url), 'utf8')) as Record<string, string>;
  return new URLSearchParams({ ...fixture, ...overrides }).toString();
}

/** Slack's v0 request signature: HMAC-SHA256 of "v0:<timestamp>:<body>" with the signing secret. */
export function signV0(body: string, secret: string, timestampSec: number): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestampSec}:${body}`).digest('hex')}`;
}

export interface PostOptions {
  secret: string;
  /** Seconds since the epoch; default now. */
  timestampSec?: number;
  /** Replace the signature outright. */
  signature?: string;
}

/** POSTs a form body to Bolt's /slack/events as Slack would, signed unless told otherwise. */
export async function postToSlackEvents(port: number, body: string, options: PostOptions): Promise<{ status: number; body: string }> {
  const timestampSec = options.timestampSec ?? Math.floor(Date.now() / 1000);
  const response = await fetch(`http://127.0.0.1:${port}/slack/events`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(timestampSec),
      'x-slack-signature': options.signature ?? signV0(body, options.secret, timestampSec),
    },
    body,
  });
  return { status: response.status, body: await response.text() };
}

/** POSTs an Events API callback (JSON) to Bolt's /slack/events, signed as Slack signs it. */
export async function postEventToSlackEvents(port: number, event: Record<string, unknown>, options: PostOptions): Promise<{ status: number; body: string }> {
  const body = JSON.stringify(event);
  const timestampSec = options.timestampSec ?? Math.floor(Date.now() / 1000);
  const response = await fetch(`http://127.0.0.1:${port}/slack/events`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-slack-request-timestamp': String(timestampSec),
      'x-slack-signature': options.signature ?? signV0(body, options.secret, timestampSec),
    },
    body,
  });
  return { status: response.status, body: await response.text() };
}

/** An event_callback envelope as Slack sends it for `event` in `teamId`. */
export function eventCallback(teamId: string, event: Record<string, unknown>): Record<string, unknown> {
  return {
    token: 'gIkuvaNzQIHg97ATvDxqgjtO',
    team_id: teamId,
    api_app_id: 'A0BRIEFBOT',
    event: { ...event, event_ts: '1755680400.000100' },
    type: 'event_callback',
    event_id: `Ev${Math.random().toString(36).slice(2, 12).toUpperCase()}`,
    event_time: 1755680400,
    authorizations: [{ enterprise_id: null, team_id: teamId, user_id: `UBOT${teamId}`, is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
  };
}
