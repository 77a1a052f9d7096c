import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { ChannelRef, UserRef } from '../../../src/chat/refs.js';
import type { CommandServices } from '../../../src/commands/handle.js';
import type { Library } from '../../../src/core/library/library.js';
import { openLibrary } from '../../../src/core/library/open-folder.js';
import type { Digests, SubscriptionRequest, SubscriptionView } from '../../../src/digest/digests.js';
import { SECURITY_GUARANTEES, TOPICS } from '../../fixtures/discord/briefing.js';
import { autocomplete, CHANNEL_ID, chatInput, GUILD_ID, PERMISSIONS, str, sub, USER_ID } from '../../fixtures/discord/interactions.js';
import { fixtureLibrary } from '../../fixtures/discord/library.js';
import { type Harness, startHarness } from './harness.js';

/** Autocomplete and /digest through the real discord.js Client and the local Discord fake. */

const fixtures = fixtureLibrary([SECURITY_GUARANTEES], TOPICS);
let real: Library;
const calls: { method: string; channel: ChannelRef; request?: SubscriptionRequest; by?: UserRef }[] = [];
const view = (channel: ChannelRef, request: SubscriptionRequest): SubscriptionView => ({
  id: 'sub-1',
  channel,
  time: request.time,
  timezone: request.timezone,
  weekdays: request.weekdays ?? [1, 2, 3, 4, 5, 6, 7],
  topics: request.topics ?? [],
  length: request.length ?? 'standard',
  nextRun: '2025-08-21T07:00:00+03:00',
  status: 'active',
});
const digests: Digests = {
  async subscribe(channel, request, by) {
    calls.push({ method: 'subscribe', channel, request, by });
    return { ok: true, value: view(channel, request) };
  },
  async unsubscribe(channel, by) {
    calls.push({ method: 'unsubscribe', channel, by });
    return { ok: true, value: 1 };
  },
  async list(channel) {
    calls.push({ method: 'list', channel });
    return [];
  },
  async now(channel) {
    calls.push({ method: 'now', channel });
    return fixtures.digest();
  },
};
const services: CommandServices = { library: fixtures, digests };
let h: Harness;

beforeAll(async () => {
  real = await openLibrary('briefings/ukraine-peace-talks');
  h = await startHarness(services);
});
afterAll(async () => {
  await h?.close();
});
beforeEach(() => {
  services.library = fixtures;
  calls.length = 0;
});

const body = async (payload: ReturnType<typeof chatInput>) => (await h.interact(payload, 1))[0]!.body as { type: number; data: Record<string, unknown> };

describe('GIVEN a user typing a topic', () => {
  test('WITH a misspelling THEN the real set still offers the topic, as at most 25 choices', async () => {
    services.library = real;
    const answer = await body(autocomplete('brief', [str('topic', 'securty', true)]));
    expect(answer.type).toBe(8);
    const choices = answer.data.choices as { name: string; value: string }[];
    expect(choices[0]).toEqual({ name: 'Security guarantees', value: 'security-guarantees' });
    expect(choices.length).toBeLessThanOrEqual(25);
  });

  test('WITH nothing typed yet in a set of 44 topics THEN exactly 25 choices, the first topics first', async () => {
    const answer = await body(autocomplete('brief', [str('topic', '', true)]));
    const choices = answer.data.choices as { name: string; value: string }[];
    expect(choices).toHaveLength(25);
    expect(choices.slice(0, 2)).toEqual([
      { name: 'Security guarantees', value: 'security-guarantees' },
      { name: 'Territory swaps', value: 'territory-swaps' },
    ]);
  });

  test('WITH a time zone or a topic list THEN the right part is completed', async () => {
    const zones = await body(autocomplete('digest', [sub('subscribe', [str('time', '07:00'), str('timezone', 'kyi', true)])]));
    expect(zones.data.choices).toEqual([{ name: 'Europe/Kyiv', value: 'Europe/Kyiv' }]);
    const topics = await body(autocomplete('digest', [sub('subscribe', [str('topics', 'ceasefire, terr', true)])]));
    expect((topics.data.choices as unknown[])[0]).toEqual({ name: 'ceasefire, Territory swaps', value: 'ceasefire, territory-swaps' });
  });
});

describe('GIVEN /digest subscribe', () => {
  test('WITHOUT Manage Channels THEN it is refused, privately, and nothing is subscribed', async () => {
    const answer = await body(chatInput('digest', [sub('subscribe', [str('time', '07:00'), str('timezone', 'Europe/Kyiv')])], PERMISSIONS.member));
    expect(answer).toEqual({
      type: 4,
      data: {
        content: '⚠️ Only people who manage this channel can change its digests. Ask a channel manager or an admin.',
        embeds: [],
        flags: 64,
        tts: false,
        enforce_nonce: false,
        allowed_mentions: { parse: [] },
      },
    });
    expect(calls).toEqual([]);
  });

  test('WITH Manage Channels THEN the channel is subscribed as asked and the schedule shown', async () => {
    const answer = await body(chatInput('digest', [sub('subscribe', [str('time', '7:00'), str('timezone', 'Europe/Kyiv'), str('topics', 'security-guarantees, territory-swaps'), str('days', 'weekdays')])], PERMISSIONS.manager));
    expect(calls).toEqual([
      {
        method: 'subscribe',
        channel: { platform: 'discord', id: CHANNEL_ID, workspace: GUILD_ID },
        request: { time: '07:00', timezone: 'Europe/Kyiv', topics: ['security-guarantees', 'territory-swaps'], weekdays: [1, 2, 3, 4, 5] },
        by: { platform: 'discord', id: USER_ID, canManageChannel: true, canAddLinks: false },
      },
    ]);
    expect(answer.type).toBe(4);
    expect(answer.data).toMatchObject({ flags: 64, allowed_mentions: { parse: [] } });
    expect((answer.data.embeds as { fields: unknown[] }[])[0]!.fields).toEqual([{ name: '07:00 Europe/Kyiv', value: 'Topics: security-guarantees, territory-swaps\nDays: Mon, Tue, Wed, Thu, Fri\nLength: standard\nNext: <t:1755748800:f>' }]);
  });

  test('WITH a bad time or time zone THEN the user is told what is wrong', async () => {
    const time = await body(chatInput('digest', [sub('subscribe', [str('time', '25:00'), str('timezone', 'Europe/Kyiv')])], PERMISSIONS.manager));
    expect(time.data.content).toBe('⚠️ “25:00”: time must be HH:MM, 24-hour, e.g. 07:00.');
    const zone = await body(chatInput('digest', [sub('subscribe', [str('time', '07:00'), str('timezone', 'Mars/Olympus')])], PERMISSIONS.manager));
    expect(zone.data.content).toBe('⚠️ “Mars/Olympus” is not a time zone; use an IANA name such as Europe/Kyiv or America/New\\_York.');
    expect(calls).toEqual([]);
  });

  test('/digest unsubscribe WITHOUT Manage Channels THEN it is refused too', async () => {
    const answer = await body(chatInput('digest', [sub('unsubscribe')], PERMISSIONS.member));
    expect(answer.data.content).toMatch(/^⚠️ Only people who manage this channel/);
    expect(calls).toEqual([]);
  });
});

describe('GIVEN /digest now', () => {
  test('THEN it defers and sends the digest: one card, a section per topic', async () => {
    const payload = chatInput('digest', [sub('now')]);
    const requests = await h.interact(payload, 2);
    expect(requests[0]!.body).toEqual({ type: 5, data: { flags: 64 } });
    const edit = requests[1]!.body as { embeds: { title: string; fields: { name: string }[] }[] };
    expect(edit.embeds[0]!.title).toBe('Digest: ukraine-peace-talks');
    expect(edit.embeds[0]!.fields.map((f) => f.name)).toContain('Security guarantees');
    expect(calls).toEqual([{ method: 'now', channel: { platform: 'discord', id: CHANNEL_ID, workspace: GUILD_ID } }]);
  });
});
