import { Writable } from 'node:stream';
import type { Adapter } from '../../../src/adapters/adapter.js';
import { createDiscordAdapter } from '../../../src/adapters/discord/index.js';
import type { CommandServices } from '../../../src/commands/handle.js';
import { createLogger } from '../../../src/log.js';
import { type DiscordApiFake, type FakeOptions, type RecordedRequest, startDiscordApiFake } from '../../fakes/discord-api.js';
import { APP_ID, CHANNEL_ID, type InteractionPayload } from '../../fixtures/discord/interactions.js';

/** A bot token in Discord's format; the tests check it never reaches the log. */
export const TOKEN = 'MTIwMDAwMDAwMDAwMDAwMDAwMg.GhJk2L.fake-bot-token-for-tests-0123456789abcd';

export interface Harness {
  fake: DiscordApiFake;
  adapter: Adapter;
  /** Every log line so far, raw. */
  logText(): string;
  logLines(): Record<string, unknown>[];
  /** Dispatches the interaction and resolves with the requests made for it, once `count` have arrived. */
  interact(payload: InteractionPayload, count?: number): Promise<RecordedRequest[]>;
  close(): Promise<void>;
}

export async function startHarness(services: CommandServices, options: { deferAfterMs?: number; start?: boolean; linkRoles?: string[]; fake?: Pick<FakeOptions, 'guilds' | 'roles'> } = {}): Promise<Harness> {
  const fake = await startDiscordApiFake({ token: TOKEN, appId: APP_ID, channels: [CHANNEL_ID], ...options.fake });
  let log = '';
  const destination = new Writable({
    write(chunk, _encoding, done) {
      log += String(chunk);
      done();
    },
  });
  const adapter = createDiscordAdapter({
    token: TOKEN,
    appId: APP_ID,
    services,
    logger: createLogger({ level: 'debug', destination }),
    api: fake.api,
    ...(options.deferAfterMs !== undefined ? { deferAfterMs: options.deferAfterMs } : {}),
    ...(options.linkRoles ? { linkRoles: options.linkRoles } : {}),
  });
  if (options.start !== false) await adapter.start();
  return {
    fake,
    adapter,
    logText: () => log,
    logLines: () =>
      log
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>),
    async interact(payload, count = 1) {
      fake.sendInteraction(payload);
      return fake.waitForRequests((r) => r.path.includes(payload.token), count);
    },
    async close() {
      await adapter.stop();
      await fake.close();
    },
  };
}
