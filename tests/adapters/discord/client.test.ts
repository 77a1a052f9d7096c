import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { createDiscordAdapter } from '../../../src/adapters/discord/index.js';
import { SHORT_ERROR } from '../../../src/adapters/discord/interactions.js';
import { renderAnswer } from '../../../src/adapters/discord/render.js';
import type { CommandServices } from '../../../src/commands/handle.js';
import { createRateLimiter } from '../../../src/commands/rate-limit.js';
import type { Library } from '../../../src/core/library/library.js';
import { openLibrary } from '../../../src/core/library/open-folder.js';
import type { Digests, SubscriptionView } from '../../../src/digest/digests.js';
import { createLogger } from '../../../src/log.js';
import type { RecordedRequest } from '../../fakes/discord-api.js';
import { HOSTILE, oversizedBriefing, SECURITY_GUARANTEES, TOPICS } from '../../fixtures/discord/briefing.js';
import { APP_ID, bool, chatInput, str, sub } from '../../fixtures/discord/interactions.js';
import { fixtureLibrary } from '../../fixtures/discord/library.js';
import { limitViolations } from '../platform-limits.js';
import { type Harness, startHarness, TOKEN } from './harness.js';

/**
 * The real discord.js Client against the local Discord fake: gateway login, INTERACTION_CREATE,
 * and the exact requests Discord receives in answer.
 */

const NOW = new Date('2025-08-20T07:00:00Z');
const fixtures = fixtureLibrary([SECURITY_GUARANTEES, HOSTILE, { ...oversizedBriefing(), topic: { slug: 'everything', title: 'Everything', kind: 'query' } }], TOPICS);
let real: Library;
const services: CommandServices = { library: fixtures };
let h: Harness;

beforeAll(async () => {
  real = await openLibrary('briefings/ukraine-peace-talks', { now: () => NOW });
  h = await startHarness(services, { deferAfterMs: 100 });
});
afterAll(async () => {
  await h?.close();
});
beforeEach(() => {
  services.library = fixtures;
  delete services.rateLimiter;
  delete services.digests;
});

const callback = (requests: RecordedRequest[]) => requests.find((r) => r.path.endsWith('/callback'))!;
const edits = (requests: RecordedRequest[]) => requests.filter((r) => r.method === 'PATCH');
const followUps = (requests: RecordedRequest[]) => requests.filter((r) => r.method === 'POST' && r.path.startsWith('/webhooks/'));

describe('GIVEN the bot logs in', () => {
  test('THEN it identifies with its token and the Guilds intent only, and heartbeats', async () => {
    expect(h.adapter.ready()).toBe(true);
    expect(h.fake.identifies).toHaveLength(1);
    expect(h.fake.identifies[0]).toMatchObject({ token: TOKEN, intents: 1, shard: [0, 1] });
    await h.fake.waitForHeartbeats(1);
    expect(h.fake.requests[0]).toMatchObject({ method: 'GET', path: '/gateway/bot', authorization: `Bot ${TOKEN}` });
  });
});

describe('GIVEN a wrong token', () => {
  test('THEN start fails with a clear message that does not repeat the token', async () => {
    const wrong = 'MTIwMDAwMDAwMDAwMDAwMDAwMg.XxXxXx.wrong-token-never-to-be-shown-0123456789';
    const adapter = createDiscordAdapter({ token: wrong, appId: APP_ID, services, logger: createLogger({ level: 'silent' }), api: h.fake.api });
    const failure = await adapter.start().then(
      () => undefined,
      (error: unknown) => error as Error,
    );
    await adapter.stop();
    expect(failure?.message).toBe('Could not connect to Discord: An invalid token was provided.');
    expect(h.fake.requests.at(-1)).toMatchObject({ method: 'GET', path: '/gateway/bot', status: 401 });
  });
});

describe('GIVEN /brief', () => {
  test('THEN it defers ephemerally and edits in the briefing from the real document set', async () => {
    services.library = real;
    const expected = real.brief('security guarantees');
    if (!expected.ok) throw new Error('the real set should know security guarantees');
    const rendered = renderAnswer({ kind: 'briefing', briefing: expected.briefing });
    const requests = await h.interact(chatInput('brief', [str('topic', 'security guarantees')]), 1 + rendered.length);
    expect(callback(requests)).toMatchObject({ status: 204, body: { type: 5, data: { flags: 64 } } });
    // Interaction callbacks and webhooks are authorised by their token, not the bot's.
    const sent = [...edits(requests), ...followUps(requests)];
    for (const request of sent) expect(request).toMatchObject({ status: 200, authorization: undefined });
    expect(sent.map((r) => r.body)).toEqual(rendered.map((m, i) => ({ tts: false, enforce_nonce: false, embeds: m.embeds, allowed_mentions: { parse: [] }, ...(i ? { flags: 64 } : {}) })));
    const first = rendered[0]!.embeds[0]!;
    const last = rendered.at(-1)!.embeds.at(-1)!;
    expect(first.title).toBe('Briefing: Security guarantees');
    expect(first.description!.length).toBeGreaterThan(0);
    expect(last.fields!.at(-1)!.name).toBe('Sources');
    expect(last.fields!.at(-1)!.value.split('\n')).toHaveLength(expected.briefing.sources.length);
    expect(last.footer!.text).toContain(`${expected.briefing.sources.length} sources`);
  });

  test('WITH public:true THEN the deferral is not ephemeral and the payload is exactly the rendered briefing', async () => {
    const requests = await h.interact(chatInput('brief', [str('topic', 'security-guarantees'), str('length', 'short'), bool('public', true)]), 2);
    expect(callback(requests)!.body).toEqual({ type: 5, data: { flags: 0 } });
    expect(edits(requests)[0]!.body).toEqual({
      tts: false,
      enforce_nonce: false,
      embeds: renderAnswer({ kind: 'briefing', briefing: SECURITY_GUARANTEES })[0]!.embeds,
      allowed_mentions: { parse: [] },
    });
  });

  test('WITH a document containing @everyone and <@id> THEN no mention can ping or render', async () => {
    const requests = await h.interact(chatInput('brief', [str('topic', 'hostile'), bool('public', true)]), 2);
    const body = edits(requests)[0]!.body as { allowed_mentions: unknown; embeds: { description: string }[] };
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(body.embeds[0]!.description).toContain('@\u200beveryone look: <\u200b@123456789012345678>');
    expect(JSON.stringify(body)).not.toMatch(/@everyone|@here|<@|<#/);
  });

  test('WITH a briefing over every limit THEN each message Discord receives holds every limit', async () => {
    const everything = fixtures.brief('everything');
    if (!everything.ok) throw new Error('the fixture library should know "everything"');
    const rendered = renderAnswer({ kind: 'briefing', briefing: everything.briefing });
    expect(rendered.length).toBeGreaterThan(1);
    const requests = await h.interact(chatInput('brief', [str('topic', 'everything')]), 1 + rendered.length);
    const sent = [...edits(requests), ...followUps(requests)];
    expect(sent).toHaveLength(rendered.length);
    for (const request of sent) {
      expect(request.status).toBe(200);
      expect(limitViolations('discord', [request.body as never])).toEqual([]);
      expect(request.body).toMatchObject({ allowed_mentions: { parse: [] } });
    }
    // Follow-ups of an ephemeral answer stay ephemeral.
    for (const request of followUps(requests)) expect(request.body).toMatchObject({ flags: 64 });
    expect(sent.map((r) => (r.body as { embeds: unknown }).embeds)).toEqual(rendered.map((m) => m.embeds));
  });

  test('WITH an unknown topic THEN it suggests the closest topics', async () => {
    services.library = real;
    const requests = await h.interact(chatInput('brief', [str('topic', 'xyzzy plugh')]), 2);
    const content = (edits(requests)[0]!.body as { content: string }).content;
    expect(content).toMatch(/^I found nothing on “xyzzy plugh” in ukraine-peace-talks\. Closest topics: \*\*.+\*\*\. \/topics lists every topic\.$/);
  });
});

describe('GIVEN Discord fails a call', () => {
  test('THEN the user gets a short error, the log names the failure without any token, and the bot goes on', async () => {
    h.fake.failNext('PATCH', /\/messages\/@original$/, { status: 500, body: { message: '500: Internal Server Error', code: 0 } }, 4);
    const payload = chatInput('brief', [str('topic', 'security-guarantees')]);
    const requests = await h.interact(payload, 6);
    const patches = edits(requests);
    expect(patches.map((r) => r.status)).toEqual([500, 500, 500, 500, 200]);
    expect(patches[4]!.body).toEqual({ content: SHORT_ERROR, embeds: [], tts: false, enforce_nonce: false, allowed_mentions: { parse: [] } });

    const failure = h.logLines().find((line) => line.msg === 'could not answer' && line.requestId === payload.id);
    expect(failure).toMatchObject({ level: 50, err: { type: 'HTTPError', status: 500, method: 'PATCH' } });
    expect(h.logText()).not.toContain(TOKEN);
    expect(h.logText()).not.toContain(payload.token);

    const after = await h.interact(chatInput('topics'), 1);
    expect(callback(after)).toMatchObject({ status: 204, body: { type: 4 } });
  });
});

describe('GIVEN a user sends commands too fast', () => {
  test('THEN they are asked to slow down', async () => {
    services.rateLimiter = createRateLimiter({ perMinute: 1, burst: 1 });
    const first = await h.interact(chatInput('topics'), 1);
    const second = await h.interact(chatInput('topics'), 1);
    expect((callback(first).body as { data: { embeds: unknown[] } }).data.embeds).toHaveLength(1);
    expect(callback(second).body).toEqual({
      type: 4,
      data: {
        content: 'You are sending commands faster than I can brief. Please slow down and try again in a few seconds.',
        embeds: [],
        flags: 64,
        tts: false,
        enforce_nonce: false,
        allowed_mentions: { parse: [] },
      },
    });
  });
});

describe('GIVEN a command that takes longer than the deferral threshold', () => {
  test('THEN it defers first and edits the answer in when it comes', async () => {
    let answer!: (views: SubscriptionView[]) => void;
    const digests: Digests = {
      list: () => new Promise((resolve) => (answer = resolve)),
      subscribe: async () => ({ ok: false, error: { code: 'failed', message: 'unused' } }),
      unsubscribe: async () => ({ ok: true, value: 0 }),
      now: async () => fixtures.digest(),
    };
    services.digests = digests;
    const payload = chatInput('digest', [sub('list')]);
    h.fake.sendInteraction(payload);
    const [deferral] = await h.fake.waitForRequests((r) => r.path.includes(payload.token));
    expect(deferral!.body).toEqual({ type: 5, data: { flags: 64 } });
    answer([]);
    const [edit] = await h.fake.waitForRequests((r) => r.path.includes(payload.token) && r.method === 'PATCH');
    expect(edit!.body).toMatchObject({ content: expect.stringMatching(/^This channel has no scheduled digest\./), allowed_mentions: { parse: [] } });
  });
});

describe('GIVEN the bot is stopped while answering', () => {
  test('THEN the answer in flight is finished, a new command is told to retry, and then it disconnects', async () => {
    let answer!: (views: SubscriptionView[]) => void;
    services.digests = {
      list: () => new Promise((resolve) => (answer = resolve)),
      subscribe: async () => ({ ok: false, error: { code: 'failed', message: 'unused' } }),
      unsubscribe: async () => ({ ok: true, value: 0 }),
      now: async () => fixtures.digest(),
    };
    const slow = chatInput('digest', [sub('list')]);
    h.fake.sendInteraction(slow);
    await h.fake.waitForRequests((r) => r.path.includes(slow.token));
    const stopped = h.adapter.stop();
    expect(h.adapter.ready()).toBe(false);

    const late = chatInput('topics');
    h.fake.sendInteraction(late);
    const [refusal] = await h.fake.waitForRequests((r) => r.path.includes(late.token));
    expect(refusal!.body).toMatchObject({ type: 4, data: { content: 'The bot is restarting. Please try again in a minute.', flags: 64, allowed_mentions: { parse: [] } } });

    answer([]);
    await stopped;
    expect(h.fake.requests.filter((r) => r.path.includes(slow.token)).map((r) => `${r.method} ${r.status}`)).toEqual(['POST 204', 'PATCH 200']);
  });
});
