import { Writable } from 'node:stream';
import type { APIEmbed } from 'discord.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Adapter } from '../../../src/adapters/adapter.js';
import { digestRef, markDigestMessages, readDigestMark } from '../../../src/adapters/discord/digest-mark.js';
import { createDiscordAdapter } from '../../../src/adapters/discord/index.js';
import { DISCORD_LIMITS } from '../../../src/adapters/discord/limits.js';
import { digestNonce } from '../../../src/adapters/discord/post-digest.js';
import { type DiscordMessage, renderDigest } from '../../../src/adapters/discord/render.js';
import type { Digest } from '../../../src/core/briefing.js';
import { createLogger } from '../../../src/log.js';
import { type DiscordApiFake, startDiscordApiFake } from '../../fakes/discord-api.js';
import { digestFrom } from '../../fixtures/digest-of.js';
import { HOSTILE, oversizedBriefing, SECURITY_GUARANTEES, TOPICS } from '../../fixtures/discord/briefing.js';
import { APP_ID } from '../../fixtures/discord/interactions.js';
import { fixtureLibrary } from '../../fixtures/discord/library.js';
import { limitViolations } from '../platform-limits.js';
import { TOKEN } from './harness.js';

/**
 * A retry after Discord has forgotten the nonce (its window is "a few minutes"; a takeover after a
 * crash comes after the 5-minute lease): the fake here never dedupes by nonce, so only reading the
 * channel back keeps the digest single.
 */

// Long enough to take several messages, so a retry can find some of them posted.
const DIGEST: Digest = digestFrom([SECURITY_GUARANTEES, HOSTILE, ...Array.from({ length: 10 }, oversizedBriefing)]);
const CHANNELS = ['1100000000000000501', '1100000000000000502', '1100000000000000503', '1100000000000000504', '1100000000000000505'];
const channel = (id: string) => ({ platform: 'discord' as const, id });
let fake: DiscordApiFake;
let adapter: Adapter;
let log = '';

beforeAll(async () => {
  fake = await startDiscordApiFake({ token: TOKEN, appId: APP_ID, channels: CHANNELS, nonceWindowMs: 0 });
  const destination = new Writable({ write: (chunk, _e, done) => ((log += String(chunk)), done()) });
  adapter = createDiscordAdapter({ token: TOKEN, appId: APP_ID, services: { library: fixtureLibrary([], TOPICS) }, logger: createLogger({ destination }), api: fake.api });
});
afterAll(async () => {
  await adapter?.stop();
  await fake?.close();
});

const postsTo = (id: string) => fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${id}/messages`);
const marksIn = (id: string) => fake.channelMessages(id).map((m) => readDigestMark(m as { embeds?: APIEmbed[] }));
const parts = renderDigest(DIGEST).length;

describe('GIVEN a digest retried after Discord forgot its nonce', () => {
  test('THEN the fake really forgets: the same nonce posted again makes a second message', async () => {
    const [id] = CHANNELS;
    await adapter.postDigest(channel(id!), DIGEST, { idempotencyKey: 'sub-0:2025-08-19' });
    await adapter.postDigest(channel(id!), DIGEST, { idempotencyKey: 'sub-0:2025-08-19' });
    expect(fake.channelMessages(id!)).toHaveLength(2 * parts);
  });

  test('WITH the digest posted in full THEN the retry posts nothing and answers with the first message', async () => {
    const id = CHANNELS[1]!;
    const key = 'sub-1:2025-08-20';
    const first = await adapter.postDigest(channel(id), DIGEST, { idempotencyKey: key });
    const again = await adapter.postDigest(channel(id), DIGEST, { idempotencyKey: key, retry: true });
    expect(parts).toBeGreaterThan(1);
    expect(fake.channelMessages(id)).toHaveLength(parts);
    expect(postsTo(id)).toHaveLength(parts);
    expect(again.messageId).toBe(first.messageId);
    expect(fake.requests.some((r) => r.method === 'GET' && r.path === `/channels/${id}/messages` && r.query.limit === '100')).toBe(true);
  });

  test('WITH the post cut after part 1 THEN the retry posts only the parts that are missing', async () => {
    const id = CHANNELS[2]!;
    const key = 'sub-2:2025-08-20';
    // Part 2 fails past discord.js's own retries: the attempt ends with part 1 in the channel.
    // The failure is armed as part 1's answer is recorded, before part 2's request can arrive.
    void fake.waitForRequests((r) => r.method === 'POST' && r.path === `/channels/${id}/messages`).then(() => fake.failNext('POST', new RegExp(`^/channels/${id}/messages$`), { status: 502, body: { message: 'Bad Gateway', code: 0 } }, 4));
    await expect(adapter.postDigest(channel(id), DIGEST, { idempotencyKey: key })).rejects.toMatchObject({ kind: 'transient' });
    expect(marksIn(id)).toEqual([{ ref: digestRef(key), index: 0, of: parts }]);

    const firstId = fake.channelMessages(id)[0]!.id;
    const before = postsTo(id).length;
    const retried = await adapter.postDigest(channel(id), DIGEST, { idempotencyKey: key, retry: true });
    const retryPosts = postsTo(id)
      .slice(before)
      .filter((r) => r.status === 200);
    expect(retryPosts.map((r) => (r.body as { nonce: string }).nonce)).toEqual(Array.from({ length: parts - 1 }, (_, i) => digestNonce(key, i + 1)));
    expect(marksIn(id)).toEqual(Array.from({ length: parts }, (_, index) => ({ ref: digestRef(key), index, of: parts })));
    expect(retried.messageId).toBe(firstId);
  });

  test('WITH another delivery’s digest in the channel THEN the retry still posts its own', async () => {
    const id = CHANNELS[3]!;
    await adapter.postDigest(channel(id), DIGEST, { idempotencyKey: 'sub-3:2025-08-20' });
    await adapter.postDigest(channel(id), DIGEST, { idempotencyKey: 'sub-3:2025-08-21', retry: true });
    expect(fake.channelMessages(id)).toHaveLength(2 * parts);
  });

  test('WITH no permission to read the channel back THEN it posts relying on the nonce alone, and says so in the log', async () => {
    const id = CHANNELS[4]!;
    fake.failNext('GET', new RegExp(`^/channels/${id}/messages$`), { status: 403, body: { message: 'Missing Access', code: 50001 } });
    await adapter.postDigest(channel(id), DIGEST, { idempotencyKey: 'sub-4:2025-08-20', retry: true });
    expect(fake.channelMessages(id)).toHaveLength(parts);
    expect(log).toContain('without reading the channel back');
  });
});

describe('GIVEN the digest mark', () => {
  const total = (m: DiscordMessage) => m.embeds.reduce((n, e) => n + (e.footer?.text.length ?? 0) + (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.fields ?? []).reduce((k, f) => k + f.name.length + f.value.length, 0), 0);

  test('THEN it ends each message’s last footer, keeps the footer it had, and reads back as its delivery and place', () => {
    const marked = markDigestMessages(renderDigest(DIGEST), 'sub-9:2025-08-20');
    const plain = renderDigest(DIGEST);
    marked.forEach((message, i) => {
      const footer = message.embeds.at(-1)!.footer!.text;
      expect(footer.endsWith(`#${digestRef('sub-9:2025-08-20')} · ${i + 1}/${marked.length}`)).toBe(true);
      const before = plain[i]!.embeds.at(-1)!.footer?.text;
      if (before) expect(footer.startsWith(before)).toBe(true);
      expect(readDigestMark(message)).toEqual({ ref: digestRef('sub-9:2025-08-20'), index: i, of: marked.length });
      expect(limitViolations('discord', [message])).toEqual([]);
    });
    expect(digestRef('sub-9:2025-08-20')).not.toBe(digestRef('sub-9:2025-08-21'));
  });

  test('WITH messages already at Discord’s size limits THEN the footer gives way and every limit still holds', () => {
    const big: Digest = digestFrom([oversizedBriefing(), oversizedBriefing(), HOSTILE]);
    const full: DiscordMessage = {
      embeds: [{ title: 'x'.repeat(200), description: 'y'.repeat(DISCORD_LIMITS.embedDescription), footer: { text: 'z '.repeat(1000).trim() } }],
      allowedMentions: { parse: [] },
    };
    expect(total(full)).toBeGreaterThan(DISCORD_LIMITS.embedTotal - 20);
    for (const message of markDigestMessages([...renderDigest(big), full], 'sub-10:2025-08-20')) {
      expect(limitViolations('discord', [message])).toEqual([]);
      expect(readDigestMark(message)?.ref).toBe(digestRef('sub-10:2025-08-20'));
    }
  });

  test('THEN a footer a reader wrote that merely looks like a mark is not one of ours', () => {
    expect(readDigestMark({ embeds: [{ footer: { text: 'ukraine-peace-talks · digest' } }] })).toBeNull();
    expect(readDigestMark({ embeds: [{ footer: { text: '#3f9a2c · 3/2' } }] })).toBeNull();
    expect(readDigestMark({ embeds: [] })).toBeNull();
  });
});
