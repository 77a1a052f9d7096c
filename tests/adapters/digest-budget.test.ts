import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Adapter } from '../../src/adapters/adapter.js';
import { createDiscordAdapter } from '../../src/adapters/discord/index.js';
import type { SlackAdapter } from '../../src/adapters/slack/index.js';
import type { Digest } from '../../src/core/briefing.js';
import type { RawDocument } from '../../src/core/ingest/document.js';
import { createLibrary } from '../../src/core/library/open-folder.js';
import { createLogger } from '../../src/log.js';
import { type DiscordApiFake, startDiscordApiFake } from '../fakes/discord-api.js';
import { type SlackWebApiFake, startSlackWebApiFake } from '../fakes/slack-web-api.js';
import { DAY2, LAST_DIGEST, NEW_FERRY, NOW, TOPICS, YESTERDAY } from '../fixtures/digest-days.js';
import { TOPICS as DISCORD_TOPICS } from '../fixtures/discord/briefing.js';
import { APP_ID, CHANNEL_ID } from '../fixtures/discord/interactions.js';
import { fixtureLibrary } from '../fixtures/discord/library.js';
import { TOKEN } from './discord/harness.js';
import { BOT_TOKEN, testSlackAdapter } from './slack/harness.js';

/** A subscription's word budget, as a channel sees the digest: posted through the real SDKs to the local fakes. */

const BRIDGE_NEWS: RawDocument = {
  id: 'bridge-5.txt',
  meta: { title: 'Bridge inquiry', published: '2026-03-03' },
  addedAt: DAY2,
  text: 'A public inquiry into the Marlow bridge collapse will open in April, the transport minister announced. The minister said every bridge of the same design would be inspected before summer.',
};
const library = createLibrary('made-up', [...YESTERDAY, NEW_FERRY, BRIDGE_NEWS], { topics: TOPICS, now: () => NOW });
const digestAt = (maxWords: number): Digest => library.digest({ since: LAST_DIGEST, now: NOW, maxWords });

/** The words of the document sentences a posted digest shows: its bullet lines, citation marks left out. */
function shownWords(texts: readonly string[]): number {
  return texts
    .flatMap((t) => t.split('\n'))
    .filter((line) => line.startsWith('• '))
    .map((line) => line.slice(2).replace(/(\s*\[[\d, ]+\])+$/, ''))
    .reduce((n, line) => n + line.split(/\s+/).filter(Boolean).length, 0);
}

/**
 * Every word a reader reads in the posted text: links as their visible text, a Discord timestamp as
 * the date it shows ("March 3, 2026 6:00 AM"); citation marks and separators are not words.
 */
function readWords(texts: readonly string[]): number {
  return texts
    .map((t) =>
      t
        .replace(/<t:\d+:f>/g, 'March 3, 2026 6:00 AM')
        .replace(/<[^|>]+\|([^>]+)>/g, '$1')
        .replace(/\[([^\]]*)\]\([^)]+\)/g, '$1')
        .replace(/\[[\d, ]+\]/g, ' '),
    )
    .reduce((n, t) => n + t.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length, 0);
}

const silent = createLogger({ level: 'silent' });

describe('GIVEN a digest with a word budget posted to Slack', () => {
  let fake: SlackWebApiFake;
  let adapter: SlackAdapter;
  beforeAll(async () => {
    fake = await startSlackWebApiFake({ botToken: BOT_TOKEN });
    adapter = testSlackAdapter(fake.apiUrl, { logger: silent });
  });
  afterAll(async () => {
    await adapter.stop();
    await fake.close();
  });

  it('THEN the sentences the channel reads stay under the budget, and a larger budget shows more', async () => {
    const channel = { platform: 'slack' as const, id: 'C0DESK', workspace: 'T0FAKE' };
    const sectionTexts = (ts: string) =>
      fake
        .messages('C0DESK')
        .filter((m) => m.ts === ts)
        .flatMap((m) => (m.blocks as { type: string; text?: { text: string } }[]).flatMap((b) => (b.type === 'section' && b.text ? [b.text.text] : [])));
    const tight = await adapter.postDigest(channel, digestAt(60), { idempotencyKey: 'budget-60' });
    const roomy = await adapter.postDigest(channel, digestAt(250), { idempotencyKey: 'budget-250' });
    const tightWords = shownWords(sectionTexts(tight.messageId));
    expect(tightWords).toBeGreaterThan(0);
    expect(shownWords(sectionTexts(roomy.messageId))).toBeGreaterThan(tightWords);
  });

  it('THEN everything the channel reads, heading, topic titles, links and source lines too, stays under the budget', async () => {
    const channel = { platform: 'slack' as const, id: 'C0DESK', workspace: 'T0FAKE' };
    const blockTexts = (ts: string) =>
      fake
        .messages('C0DESK')
        .filter((m) => m.ts === ts)
        .flatMap((m) => (m.blocks as { type: string; text?: { text: string }; elements?: { text?: string }[] }[]).flatMap((b) => [...(b.text ? [b.text.text] : []), ...(b.elements ?? []).flatMap((e) => (e.text ? [e.text] : []))]));
    for (const budget of [60, 100, 250]) {
      const posted = await adapter.postDigest(channel, digestAt(budget), { idempotencyKey: `read-${budget}` });
      const texts = blockTexts(posted.messageId);
      expect(shownWords(texts)).toBeGreaterThan(0);
      expect(readWords(texts)).toBeLessThanOrEqual(budget);
    }
  });
});

describe('GIVEN a digest with a word budget posted to Discord', () => {
  let fake: DiscordApiFake;
  let adapter: Adapter;
  beforeAll(async () => {
    fake = await startDiscordApiFake({ token: TOKEN, appId: APP_ID, channels: [CHANNEL_ID] });
    adapter = createDiscordAdapter({ token: TOKEN, appId: APP_ID, services: { library: fixtureLibrary([], DISCORD_TOPICS) }, logger: silent, api: fake.api });
  });
  afterAll(async () => {
    await adapter?.stop();
    await fake?.close();
  });

  it('THEN the sentences the channel reads stay under the budget, and a larger budget shows more', async () => {
    const channel = { platform: 'discord' as const, id: CHANNEL_ID };
    const fieldTexts = (id: string) =>
      fake
        .channelMessages(CHANNEL_ID)
        .filter((m) => m.id === id)
        .flatMap((m) => (m.embeds as { fields?: { value: string }[] }[]).flatMap((e) => (e.fields ?? []).map((f) => f.value)));
    const tight = await adapter.postDigest(channel, digestAt(60), { idempotencyKey: 'budget-60' });
    const roomy = await adapter.postDigest(channel, digestAt(250), { idempotencyKey: 'budget-250' });
    const tightWords = shownWords(fieldTexts(tight.messageId));
    expect(tightWords).toBeGreaterThan(0);
    expect(shownWords(fieldTexts(roomy.messageId))).toBeGreaterThan(tightWords);
  });

  it('THEN everything the channel reads, heading, topic titles, links and source lines too, stays under the budget', async () => {
    const channel = { platform: 'discord' as const, id: CHANNEL_ID };
    const embedTexts = (id: string) =>
      fake
        .channelMessages(CHANNEL_ID)
        .filter((m) => m.id === id)
        .flatMap((m) => (m.embeds as { title?: string; description?: string; fields?: { name: string; value: string }[] }[]).flatMap((e) => [e.title ?? '', e.description ?? '', ...(e.fields ?? []).flatMap((f) => [f.name, f.value])]));
    for (const budget of [60, 100, 250]) {
      const posted = await adapter.postDigest(channel, digestAt(budget), { idempotencyKey: `read-${budget}` });
      const texts = embedTexts(posted.messageId);
      expect(shownWords(texts)).toBeGreaterThan(0);
      expect(readWords(texts)).toBeLessThanOrEqual(budget);
    }
  });
});
