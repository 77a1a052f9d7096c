import { EventEmitter, once } from 'node:events';
import { afterEach, describe, expect, test } from 'vitest';
import type { Adapter } from '../../../src/adapters/adapter.js';
import { createDiscordAdapter } from '../../../src/adapters/discord/index.js';
import { renderAnswer } from '../../../src/adapters/discord/render.js';
import { createLogger } from '../../../src/log.js';
import { type DiscordApiFake, startDiscordApiFake } from '../../fakes/discord-api.js';
import { SECURITY_GUARANTEES, TOPICS } from '../../fixtures/discord/briefing.js';
import { APP_ID, CHANNEL_ID, chatInput, str } from '../../fixtures/discord/interactions.js';
import { fixtureLibrary } from '../../fixtures/discord/library.js';
import { TOKEN } from './harness.js';

/**
 * The real discord.js Client losing its gateway connection to the local fake: it reconnects by
 * itself (resuming, or identifying again when the resume is refused), the adapter counts one
 * reconnect per drop, is not ready while away, and answers commands again once back.
 */

interface Run {
  fake: DiscordApiFake;
  adapter: Adapter;
  /** adapter.ready() at the moment of each onReconnect call. */
  readyAtReconnect: boolean[];
  /** Resolves once onReconnect has been called `count` times in all. */
  reconnects(count: number): Promise<void>;
}

let run: Run | undefined;
afterEach(async () => {
  await run?.adapter.stop();
  await run?.fake.close();
  run = undefined;
});

async function start(acceptResume: boolean): Promise<Run> {
  const fake = await startDiscordApiFake({ token: TOKEN, appId: APP_ID, channels: [CHANNEL_ID], acceptResume });
  const calls = new EventEmitter();
  const readyAtReconnect: boolean[] = [];
  const adapter: Adapter = createDiscordAdapter({
    token: TOKEN,
    appId: APP_ID,
    services: { library: fixtureLibrary([SECURITY_GUARANTEES], TOPICS) },
    logger: createLogger({ level: 'silent' }),
    api: fake.api,
    onReconnect: () => {
      readyAtReconnect.push(adapter.ready());
      calls.emit('call');
    },
  });
  run = { fake, adapter, readyAtReconnect, reconnects: async () => undefined };
  await adapter.start();
  run.reconnects = async (count) => {
    while (readyAtReconnect.length < count) await once(calls, 'call');
  };
  return run;
}

/** Sends /brief security guarantees and resolves with the embeds of every message the bot answered with. */
async function brief(fake: DiscordApiFake): Promise<unknown[]> {
  const interaction = chatInput('brief', [str('topic', 'security guarantees')]);
  expect(fake.sendInteraction(interaction)).toEqual([0]);
  // The deferral callback, then the briefing's messages (edit of the original, follow-ups).
  const requests = await fake.waitForRequests((r) => r.path.includes(interaction.token), 1 + BRIEFING.length);
  expect(requests.every((r) => r.status < 300)).toBe(true);
  return requests.filter((r) => !r.path.endsWith('/callback')).map((r) => (r.body as { embeds?: unknown }).embeds);
}

const BRIEFING = renderAnswer({ kind: 'briefing', briefing: SECURITY_GUARANTEES });
const BRIEFING_EMBEDS = BRIEFING.map((message) => message.embeds);

describe('GIVEN the gateway drops the connection and accepts the RESUME', () => {
  test('THEN the client resumes the same session, one reconnect is counted, not ready while away, and /brief is answered after', async () => {
    const { fake, adapter, readyAtReconnect, reconnects } = await start(true);
    expect(adapter.ready()).toBe(true);

    expect(fake.dropConnections({ hold: true })).toBe(1);
    await fake.waitForConnections(2);
    // Reconnecting, held before HELLO: /healthz must not call this adapter connected.
    expect(adapter.ready()).toBe(false);
    expect(readyAtReconnect).toEqual([]);

    fake.release();
    await reconnects(1);
    expect(readyAtReconnect).toEqual([true]);
    expect(adapter.ready()).toBe(true);
    expect(fake.resumes).toEqual([{ sessionId: 'fake-session-0', accepted: true }]);
    expect(fake.identifies).toHaveLength(1);

    expect(await brief(fake)).toEqual(BRIEFING_EMBEDS);
    expect(readyAtReconnect).toHaveLength(1);

    // A second drop is a second reconnect, no more.
    expect(fake.dropConnections()).toBe(1);
    await reconnects(2);
    expect(await brief(fake)).toEqual(BRIEFING_EMBEDS);
    expect(readyAtReconnect).toEqual([true, true]);
    expect(fake.connections()).toBe(3);
  });
});

describe('GIVEN the gateway drops the connection and refuses the RESUME (INVALID_SESSION, d: false)', () => {
  test('THEN the client identifies again, exactly one reconnect is counted for the drop, and /brief is answered after', async () => {
    const { fake, adapter, readyAtReconnect, reconnects } = await start(false);

    expect(fake.dropConnections({ hold: true })).toBe(1);
    await fake.waitForConnections(2);
    expect(adapter.ready()).toBe(false);

    fake.release();
    await reconnects(1);
    // Resume refused on the second connection, new session identified on a third.
    expect(fake.resumes).toEqual([{ sessionId: 'fake-session-0', accepted: false }]);
    expect(fake.identifies).toHaveLength(2);
    expect(fake.connections()).toBe(3);
    expect(readyAtReconnect).toEqual([true]);
    expect(adapter.ready()).toBe(true);

    expect(await brief(fake)).toEqual(BRIEFING_EMBEDS);
    expect(readyAtReconnect).toHaveLength(1);
  });
});
