import { EventEmitter } from 'node:events';
import { Writable } from 'node:stream';
import { createSlackAdapter, type SlackAdapter, type SlackAdapterOptions } from '../../../src/adapters/slack/index.js';
import type { CommandServices } from '../../../src/commands/handle.js';
import type { Digests, SubscriptionRequest, SubscriptionView } from '../../../src/digest/digests.js';
import { createLogger } from '../../../src/log.js';
import { type SlackWebApiFake, startSlackWebApiFake } from '../../fakes/slack-web-api.js';
import { digestOf, hostileBriefing, oversizedBriefing, securityGuarantees } from '../../fixtures/slack/briefings.js';
import { fakeLibrary } from '../../fixtures/slack/fake-library.js';
import { postToSlackEvents, slashCommandForm } from './signed-request.js';

export const BOT_TOKEN = 'xoxb-1234567890-0987654321-Tq7bVqGm3fTestOnlyToken';
export const SIGNING_SECRET = 'e3b0c44298fc1c149afbf4c8996fb924';
export const ALLOWED_USER = 'U0ALLOWED';

/** Digests that remember who subscribed what, and can hold `now()` until the test lets it go. */
export function recordingDigests() {
  const subscribed: { channelId: string; request: SubscriptionRequest; by: string }[] = [];
  let releaseNow: (() => void) | undefined;
  const nowGate = { hold: false };
  const view = (channelId: string, request: SubscriptionRequest): SubscriptionView => ({
    id: `sub-${subscribed.length}`,
    channel: { platform: 'slack', id: channelId },
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
      subscribed.push({ channelId: channel.id, request, by: by.id });
      return { ok: true, value: view(channel.id, request) };
    },
    async unsubscribe() {
      return { ok: true, value: 1 };
    },
    async list() {
      return [];
    },
    async now() {
      if (nowGate.hold) await new Promise<void>((resolve) => (releaseNow = resolve));
      return digestOf(securityGuarantees);
    },
  };
  return { digests, subscribed, nowGate, release: () => releaseNow?.() };
}

export interface Harness {
  fake: SlackWebApiFake;
  adapter: SlackAdapter;
  port: number;
  logLines: string[];
  /** Resolves once a log line matching `check` has been written. */
  waitForLog(check: (line: Record<string, unknown>) => boolean): Promise<Record<string, unknown>>;
  stop(): Promise<void>;
}

/** A real Bolt adapter in HTTP mode on a free port of 127.0.0.1, its Web API at `apiUrl`: no admins, an empty library and no logs unless `overrides` say otherwise. */
export function testSlackAdapter(apiUrl: string, overrides: Partial<SlackAdapterOptions> = {}): SlackAdapter {
  return createSlackAdapter({
    botToken: BOT_TOKEN,
    signingSecret: SIGNING_SECRET,
    port: 0,
    host: '127.0.0.1',
    adminUserIds: [],
    services: { library: fakeLibrary({}) },
    logger: createLogger({ level: 'silent' }),
    slackApiUrl: apiUrl,
    ...overrides,
  });
}

/** A real Bolt app in HTTP mode on a free port, its Web API pointed at a fresh fake, logging at debug. */
export async function startHarness(services: Partial<CommandServices> = {}, options: { linkUsers?: string[] } = {}): Promise<Harness> {
  const fake = await startSlackWebApiFake({ botToken: BOT_TOKEN });
  const { logLines, sink, waitForLog } = captureLog();
  const adapter = testSlackAdapter(fake.apiUrl, {
    adminUserIds: [ALLOWED_USER],
    ...(options.linkUsers ? { linkUsers: options.linkUsers } : {}),
    services: {
      library: fakeLibrary({ 'security guarantees': securityGuarantees, everything: oversizedBriefing(), hostile: hostileBriefing }),
      ...services,
    },
    logger: createLogger({ level: 'debug', destination: sink }),
  });
  try {
    await adapter.start();
  } catch (error) {
    await fake.close();
    throw error;
  }
  return {
    fake,
    adapter,
    port: adapter.port()!,
    logLines,
    waitForLog,
    async stop() {
      await adapter.stop();
      await fake.close();
    },
  };
}

/** Sends `/name rest…` from a user in a channel through Bolt's HTTP receiver; resolves with the first answer posted to its response_url, as JSON text. */
export async function slashCommand(h: Harness, channel: string, text: string, user = ALLOWED_USER): Promise<string> {
  const [name, ...rest] = text.split(' ');
  const id = `r${Math.random().toString(36).slice(2)}`;
  const form = slashCommandForm({ response_url: h.fake.responseUrl(id), channel_id: channel, user_id: user, command: name!, text: rest.join(' ') });
  const { status } = await postToSlackEvents(h.port, form, { secret: SIGNING_SECRET });
  if (status !== 200) throw new Error(`the slash command was answered ${status}`);
  const [answer] = await h.fake.waitFor(() => {
    const posts = h.fake.responses.filter((r) => r.id === id);
    return posts.length > 0 && posts.map((p) => JSON.stringify(p.body));
  });
  return answer!;
}

export const parsedLog = (lines: string[]) => lines.map((line) => JSON.parse(line) as Record<string, unknown>);

/** A log destination that keeps every line, and a wait for the first line that matches. */
export function captureLog() {
  const logLines: string[] = [];
  const written = new EventEmitter();
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(String(chunk));
      written.emit('line');
      done();
    },
  });
  const waitForLog = (check: (line: Record<string, unknown>) => boolean) =>
    new Promise<Record<string, unknown>>((resolve) => {
      const test = () => {
        const found = parsedLog(logLines).find(check);
        if (!found) return;
        written.off('line', test);
        resolve(found);
      };
      written.on('line', test);
      test();
    });
  return { logLines, sink, waitForLog };
}
