import { describe, expect, it } from 'vitest';
import { readSlackEnv } from '../../../src/adapters/slack/env.js';

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
