import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Adapter } from '../../../src/adapters/adapter.js';
import { markDigestMessages } from '../../../src/adapters/discord/digest-mark.js';
import { createDiscordAdapter } from '../../../src/adapters/discord/index.js';
import { digestNonce } from '../../../src/adapters/discord/post-digest.js';
import { renderDigest } from '../../../src/adapters/discord/render.js';
import { PlatformError } from '../../../src/chat/platform-error.js';
import type { Digest } from '../../../src/core/briefing.js';
import { createLogger } from '../../../src/log.js';
import { type DiscordApiFake, startDiscordApiFake } from '../../fakes/discord-api.js';
import { digestFrom } from '../../fixtures/digest-of.js';
import { HOSTILE, SECURITY_GUARANTEES, TOPICS } from '../../fixtures/discord/briefing.js';
import { APP_ID, CHANNEL_ID } from '../../fixtures/discord/interactions.js';
import { fixtureLibrary } from '../../fixtures/discord/library.js';
import { TOKEN } from './harness.js';

/** postDigest needs REST only: the adapter is not started, as when the scheduler posts first. */

const DIGEST: Digest = digestFrom([SECURITY_GUARANTEES, HOSTILE], { late: true });
const channel = { platform: 'discord' as const, id: CHANNEL_ID };
let fake: DiscordApiFake;
let adapter: Adapter;
let log = '';

beforeAll(async () => {
  fake = await startDiscordApiFake({ token: TOKEN, appId: APP_ID, channels: [CHANNEL_ID] });
  const destination = new Writable({ write: (chunk, _e, done) => ((log += String(chunk)), done()) });
  adapter = createDiscordAdapter({ token: TOKEN, appId: APP_ID, services: { library: fixtureLibrary([], TOPICS) }, logger: createLogger({ destination }), api: fake.api });
});
afterAll(async () => {
  await adapter?.stop();
  await fake?.close();
});

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a PlatformError');
    },
    (error: unknown) => error as PlatformError,
  );

describe('GIVEN a digest to post', () => {
  test('THEN each message goes to the channel with the bot token, its digest mark, a nonce from the key, enforce_nonce, and no mentions', async () => {
    const { messageId } = await adapter.postDigest(channel, DIGEST, { idempotencyKey: 'sub-1:2025-08-20T07:00' });
    const rendered = markDigestMessages(renderDigest(DIGEST), 'sub-1:2025-08-20T07:00');
    const posted = fake.requests.filter((r) => r.path === `/channels/${CHANNEL_ID}/messages`);
    expect(posted.map((r) => r.body)).toEqual(
      rendered.map((m, i) => ({
        ...(m.content !== undefined ? { content: m.content } : {}),
        embeds: m.embeds,
        allowed_mentions: { parse: [] },
        nonce: digestNonce('sub-1:2025-08-20T07:00', i),
        enforce_nonce: true,
      })),
    );
    for (const r of posted) expect(r).toMatchObject({ status: 200, authorization: `Bot ${TOKEN}` });
    expect(messageId).toBe(fake.channelMessages(CHANNEL_ID)[0]!.id);
    expect(digestNonce('sub-1:2025-08-20T07:00', 0)).toHaveLength(25);
    expect((posted[0]!.body as { embeds: { description: string }[] }).embeds[0]!.description).toMatch(/late/);
  });

  test('WITH the same key again (a retry) THEN Discord keeps one copy and the same message id comes back', async () => {
    const before = fake.channelMessages(CHANNEL_ID).length;
    const first = await adapter.postDigest(channel, DIGEST, { idempotencyKey: 'sub-2:2025-08-21T07:00' });
    const again = await adapter.postDigest(channel, DIGEST, { idempotencyKey: 'sub-2:2025-08-21T07:00' });
    expect(again.messageId).toBe(first.messageId);
    expect(fake.channelMessages(CHANNEL_ID).length - before).toBe(renderDigest(DIGEST).length);
  });
});

describe('GIVEN Discord refuses the post', () => {
  test('WITH 429 THEN it is rate-limited, with Discord’s retry-after', async () => {
    fake.failNext('POST', /^\/channels\/\d+\/messages$/, {
      status: 429,
      body: { message: 'You are being rate limited.', retry_after: 1.5, global: false },
      headers: { 'retry-after': '1.5', 'x-ratelimit-scope': 'user' },
    });
    const error = await failure(adapter.postDigest(channel, DIGEST, { idempotencyKey: 'k-429' }));
    expect(error).toBeInstanceOf(PlatformError);
    expect(error).toMatchObject({ platform: 'discord', kind: 'rate-limited', status: 429, method: 'POST /channels/:id/messages' });
    expect(error.retryAfterMs).toBeGreaterThanOrEqual(1500);
    expect(error.retryAfterMs).toBeLessThan(2000);
  });

  test('WITH 5xx after discord.js has retried THEN it is transient', async () => {
    fake.failNext('POST', /^\/channels\/\d+\/messages$/, { status: 502, body: { message: 'Bad Gateway', code: 0 } }, 4);
    const error = await failure(adapter.postDigest(channel, DIGEST, { idempotencyKey: 'k-502' }));
    expect(error).toMatchObject({ kind: 'transient', status: 502 });
  });

  test.each([
    [404, 10003, 'Unknown Channel'],
    [403, 50001, 'Missing Access'],
    [403, 50013, 'Missing Permissions'],
  ])('WITH %i code %i THEN it is permanent and names the code', async (status, code, message) => {
    fake.failNext('POST', /^\/channels\/\d+\/messages$/, { status, body: { message, code } });
    const error = await failure(adapter.postDigest(channel, DIGEST, { idempotencyKey: `k-${code}` }));
    expect(error).toMatchObject({ kind: 'permanent', status, code: String(code) });
  });

  test('WITH a channel that does not exist THEN Unknown Channel, and the log holds no token', async () => {
    const error = await failure(adapter.postDigest({ platform: 'discord', id: '1100000000000000999' }, DIGEST, { idempotencyKey: 'k-x' }));
    expect(error).toMatchObject({ kind: 'permanent', status: 404, code: '10003' });
    expect(log).toContain('digest not posted');
    expect(log).not.toContain(TOKEN);
  });
});
