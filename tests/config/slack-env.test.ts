import { describe, expect, it } from 'vitest';
import { readSlackEnv } from '../../src/config/slack-env.js';

const BOT = 'xoxb-1-2-abc';
const SECRET = 'e3b0c44298fc1c149afbf4c8996fb924';
const APP = 'xapp-1-A1-2-def';

describe('readSlackEnv', () => {
  it('GIVEN no SLACK_* variable THEN Slack is simply off', () => {
    expect(readSlackEnv({})).toEqual({ ok: true, value: null });
    expect(readSlackEnv({ SLACK_BOT_TOKEN: '  ' })).toEqual({ ok: true, value: null });
  });

  it('GIVEN a signing secret but no bot token THEN says exactly that', () => {
    const result = readSlackEnv({ SLACK_SIGNING_SECRET: SECRET });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^SLACK_SIGNING_SECRET is set but SLACK_BOT_TOKEN is missing/);
  });

  it('GIVEN a bot token and neither a signing secret nor an app token THEN names both ways to fix it', () => {
    const result = readSlackEnv({ SLACK_BOT_TOKEN: BOT });
    expect(!result.ok && result.error).toMatch(/neither SLACK_SIGNING_SECRET .* nor SLACK_APP_TOKEN/);
  });

  it('GIVEN tokens of the wrong kind THEN says which, without printing them', () => {
    const result = readSlackEnv({ SLACK_BOT_TOKEN: 'xoxp-user-token-123', SLACK_APP_TOKEN: 'xoxb-not-app-456' });
    expect(!result.ok && result.error).toContain('SLACK_BOT_TOKEN must be a bot token starting with "xoxb-"');
    expect(!result.ok && result.error).toContain('SLACK_APP_TOKEN must be an app-level token starting with "xapp-"');
    expect(!result.ok && result.error).not.toMatch(/user-token-123|not-app-456/);
  });

  it('GIVEN HTTP mode settings THEN port and admin ids are parsed', () => {
    expect(readSlackEnv({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, SLACK_PORT: '8080', SLACK_ADMIN_USER_IDS: 'U01ABC, W02DEF' })).toEqual({
      ok: true,
      value: { botToken: BOT, signingSecret: SECRET, port: 8080, adminUserIds: ['U01ABC', 'W02DEF'] },
    });
  });

  it('GIVEN Socket Mode settings THEN no signing secret is needed and the port defaults to 3000', () => {
    expect(readSlackEnv({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP })).toEqual({ ok: true, value: { botToken: BOT, appToken: APP, port: 3000, adminUserIds: [] } });
  });

  it('GIVEN a bad port or user id THEN says which', () => {
    const port = readSlackEnv({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, SLACK_PORT: '99999' });
    expect(!port.ok && port.error).toContain('SLACK_PORT must be 1–65535');
    const ids = readSlackEnv({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, SLACK_ADMIN_USER_IDS: 'U01ABC,@alice' });
    expect(!ids.ok && ids.error).toContain('not: @alice');
  });
});

describe('readSlackEnv: installing in many workspaces (OAuth)', () => {
  const CLIENT_ID = '1234567890123.9876543210987';
  const CLIENT_SECRET = '5b1d0c7e9a2f4e6d8c0b1a3f5e7d9c1b';
  const STATE_SECRET = 'a-random-state-secret-0123456789';
  const OAUTH = { SLACK_CLIENT_ID: CLIENT_ID, SLACK_CLIENT_SECRET: CLIENT_SECRET, SLACK_STATE_SECRET: STATE_SECRET, SLACK_SIGNING_SECRET: SECRET };

  it('GIVEN client id, client secret, state secret and signing secret THEN OAuth mode, and no bot token is needed', () => {
    expect(readSlackEnv({ ...OAUTH, SLACK_PORT: '8080' })).toEqual({
      ok: true,
      value: { oauth: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, stateSecret: STATE_SECRET }, signingSecret: SECRET, port: 8080, adminUserIds: [] },
    });
  });

  it('GIVEN only SLACK_CLIENT_ID THEN each missing variable is named on its own, values never shown', () => {
    const result = readSlackEnv({ SLACK_CLIENT_ID: CLIENT_ID });
    const problems = (!result.ok && result.error.split('; ')) || [];
    expect(problems.map((p) => p.split(' ')[0])).toEqual(['SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET', 'SLACK_SIGNING_SECRET']);
    expect(problems[0]).toMatch(/^SLACK_CLIENT_SECRET is missing: SLACK_CLIENT_ID is set, and installing in many workspaces needs/);
    expect(problems[2]).toMatch(/^SLACK_SIGNING_SECRET is missing: SLACK_CLIENT_ID is set/);
    expect(result.ok ? '' : result.error).not.toContain(CLIENT_ID);
  });

  it('GIVEN OAuth and a bot token, or OAuth and Socket Mode THEN says they do not go together', () => {
    const both = readSlackEnv({ ...OAUTH, SLACK_BOT_TOKEN: BOT });
    expect(!both.ok && both.error).toMatch(/^SLACK_BOT_TOKEN is set together with SLACK_CLIENT_ID and SLACK_CLIENT_SECRET and SLACK_STATE_SECRET: use SLACK_BOT_TOKEN for one workspace, or the OAuth variables .*not both/);
    const socket = readSlackEnv({ ...OAUTH, SLACK_APP_TOKEN: APP });
    expect(!socket.ok && socket.error).toMatch(/^SLACK_APP_TOKEN is set together with .*HTTP receiver, not Socket Mode/);
  });

  it('GIVEN malformed OAuth values THEN says which, without printing them', () => {
    const result = readSlackEnv({ ...OAUTH, SLACK_CLIENT_ID: 'my-app', SLACK_STATE_SECRET: 'short' });
    expect(!result.ok && result.error).toContain('SLACK_CLIENT_ID must be the Client ID from Basic Information → App Credentials');
    expect(!result.ok && result.error).toContain('SLACK_STATE_SECRET must be at least 16 characters');
    expect(!result.ok && result.error).not.toMatch(/my-app|short;/);
  });

  it('GIVEN a signing secret alone THEN the message names both ways on', () => {
    const result = readSlackEnv({ SLACK_SIGNING_SECRET: SECRET });
    expect(!result.ok && result.error).toContain('or set SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET to install in many workspaces');
  });
});
