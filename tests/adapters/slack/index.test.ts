import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SlackAdapter } from '../../../src/adapters/slack/index.js';
import { renderDigest } from '../../../src/adapters/slack/render.js';
import { PlatformError } from '../../../src/chat/platform-error.js';
import { type SlackWebApiFake, startSlackWebApiFake } from '../../fakes/slack-web-api.js';
import { digestOf, oversizedBriefing, securityGuarantees } from '../../fixtures/slack/briefings.js';
import { limitViolations } from '../platform-limits.js';
import { BOT_TOKEN, testSlackAdapter } from './harness.js';

let fake: SlackWebApiFake;
let adapter: SlackAdapter;
const channel = { platform: 'slack' as const, id: 'C0DESK', workspace: 'T0FAKE' };

beforeEach(async () => {
  fake = await startSlackWebApiFake({ botToken: BOT_TOKEN });
  adapter = testSlackAdapter(fake.apiUrl);
});
afterEach(async () => {
  await adapter.stop();
  await fake.close();
});

describe('postDigest', () => {
  it('GIVEN a digest THEN posts its blocks to the channel with chat.postMessage and returns the message ts', async () => {
    const digest = digestOf(securityGuarantees);
    const { messageId } = await adapter.postDigest(channel, digest, { idempotencyKey: 'sub-1:2025-08-20' });
    const [call] = fake.callsTo('chat.postMessage');
    const [expected] = renderDigest(digest);
    expect(call).toEqual({
      method: 'chat.postMessage',
      authorization: `Bearer ${BOT_TOKEN}`,
      params: {
        channel: 'C0DESK',
        text: expected!.text,
        blocks: expected!.blocks,
        unfurl_links: 'false',
        unfurl_media: 'false',
        metadata: { event_type: 'briefbot_digest', event_payload: { idempotency_key: 'sub-1:2025-08-20', part: 1, parts: 1 } },
      },
    });
    expect(messageId).toBe(fake.messages('C0DESK')[0]!.ts);
  });

  it('GIVEN an oversized digest THEN posts several messages, each within limits, first ts returned', async () => {
    const { messageId } = await adapter.postDigest(channel, digestOf(...Array.from({ length: 200 }, oversizedBriefing)), { idempotencyKey: 'k' });
    const posted = fake.callsTo('chat.postMessage').map((c) => ({ text: String(c.params.text), blocks: c.params.blocks as never }));
    expect(posted.length).toBeGreaterThan(1);
    expect(limitViolations('slack', posted)).toEqual([]);
    expect(messageId).toBe(fake.messages('C0DESK')[0]!.ts);
  });

  it('GIVEN Slack answers 429 with Retry-After THEN a rate-limited PlatformError carrying the wait', async () => {
    fake.failNext('chat.postMessage', { status: 429, headers: { 'retry-after': '7' }, body: { ok: false, error: 'ratelimited' } });
    const error = await adapter.postDigest(channel, digestOf(securityGuarantees), { idempotencyKey: 'k' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlatformError);
    expect(error).toMatchObject({ platform: 'slack', kind: 'rate-limited', retryAfterMs: 7000, status: 429, method: 'chat.postMessage' });
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1); // no silent wait-and-retry inside the SDK
  });

  it.each([500, 502, 503])('GIVEN Slack answers HTTP %i THEN a transient PlatformError, without retrying inside', async (status) => {
    fake.failNext('chat.postMessage', { status, body: 'upstream error' });
    await expect(adapter.postDigest(channel, digestOf(securityGuarantees), { idempotencyKey: 'k' })).rejects.toMatchObject({ kind: 'transient', status });
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it.each(['channel_not_found', 'not_in_channel', 'is_archived', 'account_inactive', 'invalid_auth'])('GIVEN Slack answers ok:false %s THEN a permanent PlatformError with that code', async (code) => {
    fake.failNext('chat.postMessage', { body: { ok: false, error: code } });
    await expect(adapter.postDigest(channel, digestOf(securityGuarantees), { idempotencyKey: 'k' })).rejects.toMatchObject({ kind: 'permanent', code });
  });

  it('GIVEN ok:false internal_error THEN transient', async () => {
    fake.failNext('chat.postMessage', { body: { ok: false, error: 'internal_error' } });
    await expect(adapter.postDigest(channel, digestOf(securityGuarantees), { idempotencyKey: 'k' })).rejects.toMatchObject({ kind: 'transient', code: 'internal_error' });
  });

  it('GIVEN Slack cannot be reached THEN transient', async () => {
    await fake.close();
    await expect(adapter.postDigest(channel, digestOf(securityGuarantees), { idempotencyKey: 'k' })).rejects.toMatchObject({ kind: 'transient' });
    fake = await startSlackWebApiFake({ botToken: BOT_TOKEN }); // for afterEach
  });
});

describe('start', () => {
  it('GIVEN a bot token Slack refuses THEN start fails saying so, and nothing listens', async () => {
    const refused = testSlackAdapter(fake.apiUrl, { botToken: 'xoxb-wrong-token' });
    await expect(refused.start()).rejects.toThrow('Slack refused SLACK_BOT_TOKEN at auth.test: An API error occurred: invalid_auth');
    expect(refused.ready()).toBe(false);
    expect(refused.port()).toBeUndefined();
    await refused.stop();
  });

  it('GIVEN the adapter THEN declares what Slack can do', () => {
    expect(adapter.platform).toBe('slack');
    expect(adapter.capabilities).toEqual({ ephemeral: true, maxMessageChars: 40_000, richCards: true });
  });
});
