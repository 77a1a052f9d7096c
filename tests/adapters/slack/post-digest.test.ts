import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SlackAdapter } from '../../../src/adapters/slack/index.js';
import { renderDigest } from '../../../src/adapters/slack/render.js';
import { createLogger } from '../../../src/log.js';
import { type SlackWebApiFake, startSlackWebApiFake } from '../../fakes/slack-web-api.js';
import { digestOf, oversizedBriefing, securityGuarantees } from '../../fixtures/slack/briefings.js';
import { BOT_TOKEN, parsedLog, testSlackAdapter } from './harness.js';

/** Exactly once without an idempotency key: each post carries its key, and a retry reads history first. */
let fake: SlackWebApiFake;
let adapter: SlackAdapter;
let logLines: string[];
const channel = { platform: 'slack' as const, id: 'C0DESK', workspace: 'T0FAKE' };

beforeEach(async () => {
  fake = await startSlackWebApiFake({ botToken: BOT_TOKEN });
  logLines = [];
  const sink = new Writable({ write: (chunk, _e, done) => (logLines.push(String(chunk)), done()) });
  adapter = testSlackAdapter(fake.apiUrl, { logger: createLogger({ level: 'info', destination: sink }) });
});
afterEach(async () => {
  await adapter.stop();
  await fake.close();
});

describe('postDigest, exactly once on Slack', () => {
  it('GIVEN a digest already posted THEN postDigest again with the same key posts nothing and returns the first ts', async () => {
    const digest = digestOf(securityGuarantees);
    const first = await adapter.postDigest(channel, digest, { idempotencyKey: 'bdkey-monday' });
    // The process "died" before recording the post; the scheduler retries with the same key.
    const again = await adapter.postDigest(channel, digest, { idempotencyKey: 'bdkey-monday' });
    expect(fake.messages('C0DESK')).toHaveLength(1);
    expect(again).toEqual(first);
    const [lookup] = fake.callsTo('conversations.history');
    expect(lookup!.params).toMatchObject({ channel: 'C0DESK', limit: '20', include_all_metadata: 'true' });
    expect(Number(lookup!.params.oldest)).toBeGreaterThan(Date.now() / 1000 - 7 * 3600);
    expect(parsedLog(logLines).map((l) => l.msg)).toContain('digest was already in the channel (found by its key in recent history); not posted again');
  });

  it('GIVEN another delivery (another key) for the same channel THEN it is posted', async () => {
    await adapter.postDigest(channel, digestOf(securityGuarantees), { idempotencyKey: 'bdkey-monday' });
    await adapter.postDigest(channel, digestOf(securityGuarantees), { idempotencyKey: 'bdkey-tuesday' });
    expect(fake.messages('C0DESK').map((m) => (m.metadata as { event_payload: { idempotency_key: string } }).event_payload.idempotency_key)).toEqual(['bdkey-monday', 'bdkey-tuesday']);
  });

  it('GIVEN a multi-part digest cut off after its first part THEN the retry posts only the missing parts, in order', async () => {
    const digest = digestOf(...Array.from({ length: 200 }, oversizedBriefing));
    const parts = renderDigest(digest);
    expect(parts.length).toBeGreaterThan(2);
    const partOf = (metadata: unknown) => (metadata as { event_payload: { part: number } }).event_payload.part;
    fake.failWhen('chat.postMessage', (params) => partOf(params.metadata) === 2, { status: 503, body: 'upstream error' });
    await expect(adapter.postDigest(channel, digest, { idempotencyKey: 'bdkey-big' })).rejects.toMatchObject({ kind: 'transient' });
    expect(fake.messages('C0DESK').map((m) => partOf(m.metadata))).toEqual([1]);

    const { messageId } = await adapter.postDigest(channel, digest, { idempotencyKey: 'bdkey-big' });
    const posted = fake.messages('C0DESK');
    expect(posted.map((m) => partOf(m.metadata))).toEqual(parts.map((_, i) => i + 1));
    expect(posted.map((m) => m.text)).toEqual(parts.map((p) => p.text));
    expect(messageId).toBe(posted[0]!.ts);
  });

  it('GIVEN a token without the history scopes THEN the digest is still posted and the missing scope is logged once', async () => {
    fake.failNext('conversations.history', { body: { ok: false, error: 'missing_scope' } });
    fake.failNext('conversations.history', { body: { ok: false, error: 'missing_scope' } });
    await adapter.postDigest(channel, digestOf(securityGuarantees), { idempotencyKey: 'k1' });
    await adapter.postDigest(channel, digestOf(securityGuarantees), { idempotencyKey: 'k2' });
    expect(fake.messages('C0DESK')).toHaveLength(2);
    const warnings = parsedLog(logLines).filter((l) => String(l.msg).startsWith('cannot read channel history'));
    expect(warnings).toEqual([expect.objectContaining({ level: 40, code: 'missing_scope', channelId: 'C0DESK' })]);
    expect(String(warnings[0]!.msg)).toContain('channels:history');
  });

  it('GIVEN Slack failing the history read with a 5xx THEN a transient error and nothing posted (the retry checks again)', async () => {
    fake.failNext('conversations.history', { status: 503, body: 'upstream error' });
    await expect(adapter.postDigest(channel, digestOf(securityGuarantees), { idempotencyKey: 'k' })).rejects.toMatchObject({ kind: 'transient', method: 'conversations.history' });
    expect(fake.callsTo('chat.postMessage')).toEqual([]);
  });
});
