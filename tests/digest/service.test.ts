import { describe, expect, it } from 'vitest';
import { renderAnswer as renderSlack } from '../../src/adapters/slack/render.js';
import type { Invocation } from '../../src/commands/command.js';
import { handleCommand } from '../../src/commands/handle.js';
import type { Digest } from '../../src/core/briefing.js';
import { createLibrary } from '../../src/core/library/open-folder.js';
import { createDigestService } from '../../src/digest/service.js';
import { createMemoryStore } from '../../src/store/memory.js';
import { NEW_FERRY, NOW, TOPICS, YESTERDAY } from '../fixtures/digest-days.js';
import { discordChannel, FakeClock, FakeLibrary } from './harness.js';

const admin = { platform: 'discord' as const, id: 'u-admin', canManageChannel: true };
const newsroom = discordChannel('newsroom');

function setup(now = '2025-03-08T13:00:00Z') {
  const store = createMemoryStore();
  const clock = FakeClock.at(now);
  const library = new FakeLibrary([{ id: 'a.md', title: 'A', addedAt: '2025-03-01T00:00:00.000Z' }]);
  let ids = 0;
  const service = createDigestService({ store, library, now: () => clock.now(), newId: () => `sub-${++ids}` });
  return { store, clock, library, service };
}

describe('digest service: subscribe', () => {
  it("fills the defaults and shows the next run in the channel's own zone, across tonight's clock change", async () => {
    const { service } = setup('2025-03-08T13:00:00Z'); // Saturday 08:00 in New York; clocks spring forward tonight
    const result = await service.subscribe(newsroom, { time: '7:00', timezone: 'america/new_york' }, admin);
    expect(result).toEqual({
      ok: true,
      value: {
        id: 'sub-1',
        channel: newsroom,
        time: '07:00',
        timezone: 'America/New_York',
        weekdays: [1, 2, 3, 4, 5, 6, 7],
        topics: [],
        length: 'short',
        wordBudget: 250,
        quietDays: 'line',
        nextRun: '2025-03-09T07:00:00-04:00',
        status: 'active',
      },
    });
  });

  it.each([
    [{ time: '07:00', timezone: '+3' }, '"+3" is not a time zone name. An offset like "+3" does not follow daylight saving; use the zone\'s name. Use an IANA name such as Europe/Kyiv or America/New_York.'],
    [{ time: '7am', timezone: 'Europe/Kyiv' }, 'Give the time as HH:MM on a 24-hour clock, e.g. 07:00 or 18:30.'],
    [{ time: '24:00', timezone: 'Europe/Kyiv' }, 'Give the time as HH:MM on a 24-hour clock, e.g. 07:00 or 18:30.'],
    [{ time: '07:00', timezone: 'Europe/Kyiv', weekdays: [] }, 'Choose at least one weekday, or leave weekdays out for every day.'],
    [{ time: '07:00', timezone: 'Europe/Kyiv', weekdays: [0] }, 'Weekdays run from 1 (Monday) to 7 (Sunday).'],
    [{ time: '07:00', timezone: 'Europe/Kyiv', topics: Array.from({ length: 11 }, (_, i) => `t${i}`) }, 'A digest takes at most 10 topics; you gave 11.'],
  ])('refuses %j with a message the user can act on', async (request, message) => {
    const { service, store } = setup();
    expect(await service.subscribe(newsroom, request, admin)).toEqual({ ok: false, error: { code: 'invalid-input', message } });
    expect(await store.listSubscriptions()).toEqual([]);
  });

  it("changes the channel's subscription when it subscribes again, keeping one per channel", async () => {
    const { service } = setup();
    await service.subscribe(newsroom, { time: '07:00', timezone: 'Europe/Kyiv' }, admin);
    const changed = await service.subscribe(newsroom, { time: '18:30', timezone: 'Europe/Kyiv', weekdays: [5, 1, 1], topics: ['Ceasefire', 'ceasefire', 'grain'], length: 'standard' }, admin);
    expect(changed).toMatchObject({ ok: true, value: { id: 'sub-1', time: '18:30', weekdays: [1, 5], topics: ['Ceasefire', 'grain'], length: 'standard' } });
    expect(await service.list(newsroom)).toHaveLength(1);
  });
});

describe('digest service: list and unsubscribe', () => {
  it("lists only this channel's subscription; nextRun is the next weekday in its zone", async () => {
    const { service } = setup('2025-06-06T10:00:00Z'); // Friday 13:00 in Kyiv
    await service.subscribe(newsroom, { time: '07:00', timezone: 'Europe/Kyiv', weekdays: [1, 2, 3, 4, 5] }, admin);
    await service.subscribe(discordChannel('other'), { time: '09:00', timezone: 'UTC' }, admin);
    expect((await service.list(newsroom)).map((v) => [v.id, v.nextRun])).toEqual([['sub-1', '2025-06-09T07:00:00+03:00']]);
  });

  it('shows a paused subscription with its reason and no next run', async () => {
    const { service, store } = setup();
    await service.subscribe(newsroom, { time: '07:00', timezone: 'Europe/Kyiv' }, admin);
    await store.pauseSubscription('sub-1', 'Discord refused the post: Missing Access (50001).', '2025-03-09T05:00:00.000Z');
    expect(await service.list(newsroom)).toEqual([expect.objectContaining({ status: 'paused', pausedReason: 'Discord refused the post: Missing Access (50001).', nextRun: null })]);
  });

  it('unsubscribes and says how many subscriptions went', async () => {
    const { service } = setup();
    await service.subscribe(newsroom, { time: '07:00', timezone: 'Europe/Kyiv' }, admin);
    expect(await service.unsubscribe(newsroom, admin)).toEqual({ ok: true, value: 1 });
    expect(await service.unsubscribe(newsroom, admin)).toEqual({ ok: true, value: 0 });
    expect(await service.list(newsroom)).toEqual([]);
  });
});

describe('digest service: now', () => {
  it("builds a digest from the channel's topics, length and last digest, without posting or moving lastDigestAt", async () => {
    const { service, library, store } = setup('2025-03-08T13:00:00Z');
    await service.subscribe(newsroom, { time: '07:00', timezone: 'Europe/Kyiv', topics: ['grain'], length: 'standard' }, admin);
    const digest = await service.now(newsroom);
    expect(library.digestCalls).toEqual([{ topics: ['grain'], length: 'standard', since: null, late: false, now: new Date('2025-03-08T13:00:00Z'), firstSeen: expect.any(Function) }]);
    expect(digest.newDocuments.map((d) => d.docId)).toEqual(['a.md']);
    expect((await store.getSubscription('sub-1'))?.lastDigestAt).toBeNull();
  });

  it("gives the library's default digest to a channel without a subscription", async () => {
    const { service, library } = setup();
    await service.now(newsroom);
    expect(library.digestCalls).toEqual([{ since: null, late: false, now: new Date('2025-03-08T13:00:00Z'), firstSeen: expect.any(Function) }]);
  });
});

describe('digest service: length and links', () => {
  it('a standard-length subscription without words:N reads up to 500 words; words:N still wins', async () => {
    const { service, library } = setup();
    const standard = await service.subscribe(newsroom, { time: '07:00', timezone: 'Europe/Kyiv', length: 'standard' }, admin);
    expect(standard).toMatchObject({ ok: true, value: { length: 'standard', wordBudget: 500 } });
    const chosen = await service.subscribe(newsroom, { time: '07:00', timezone: 'Europe/Kyiv', length: 'standard', wordBudget: 120 }, admin);
    expect(chosen).toMatchObject({ ok: true, value: { length: 'standard', wordBudget: 120 } });
    await service.now(newsroom);
    expect(library.digestCalls[0]).toMatchObject({ length: 'standard', maxWords: 120 });
  });

  it('/digest now links each topic to its full briefing page when pages are served', async () => {
    const store = createMemoryStore();
    const library = createLibrary('made-up', [...YESTERDAY, NEW_FERRY], { topics: TOPICS, now: () => NOW });
    const linkDigest = async (_channel: unknown, digest: { topics: { topic: { slug: string } }[] }) => Object.fromEntries(digest.topics.map((t) => [t.topic.slug, `https://brief.example/s/${t.topic.slug}`]));
    const withPages = createDigestService({ store, library, linkDigest });
    const withoutPages = createDigestService({ store, library });
    const answerOf = (digests: typeof withPages) => handleCommand({ command: { name: 'digest', action: 'now' }, channel: newsroom, user: admin, requestId: 'r-1' } as Invocation, { library, digests });
    const linked = await answerOf(withPages);
    expect(linked.kind).toBe('digest');
    const digest = (linked as { digest: Digest }).digest;
    expect(digest.topics.length).toBeGreaterThan(0);
    expect(linked).toMatchObject({ links: Object.fromEntries(digest.topics.map((t) => [t.topic.slug, `https://brief.example/s/${t.topic.slug}`])) });
    expect(JSON.stringify(renderSlack(linked))).toContain(`https://brief.example/s/${digest.topics[0]!.topic.slug}`);
    expect(await answerOf(withoutPages)).not.toHaveProperty('links');
  });
});
