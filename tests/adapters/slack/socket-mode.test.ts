import { EventEmitter, once } from 'node:events';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createSlackAdapter, type SlackAdapter } from '../../../src/adapters/slack/index.js';
import { DEFAULT_RECONNECT_BACKOFF, type ReconnectBackoff, reconnectDelay } from '../../../src/adapters/slack/socket-reconnect.js';
import { createLogger } from '../../../src/log.js';
import { type SocketModeFake, startSocketModeFake } from '../../fakes/slack-socket-mode.js';
import { type SlackWebApiFake, startSlackWebApiFake } from '../../fakes/slack-web-api.js';
import { securityGuarantees } from '../../fixtures/slack/briefings.js';
import { SECURITY_GUARANTEES_BLOCKS } from '../../fixtures/slack/expected-blocks.js';
import { fakeLibrary } from '../../fixtures/slack/fake-library.js';
import { BOT_TOKEN, captureLog, parsedLog } from './harness.js';

/**
 * The real Bolt App in Socket Mode against the local Socket Mode fake: it connects, answers
 * commands, and, when Slack drops the connection, connects again by itself; the adapter counts one
 * reconnect per drop, is not ready while away, and answers over the new socket.
 */

const APP_TOKEN = 'xapp-1-A0BRIEFBOT-1234567890-SocketModeTestToken';
let socket: SocketModeFake | undefined;
let api: SlackWebApiFake | undefined;
let adapter: SlackAdapter | undefined;

afterEach(async () => {
  await adapter?.stop();
  await socket?.close();
  await api?.close();
  adapter = socket = api = undefined;
});

const slashCommand = () => JSON.parse(readFileSync(new URL('../../fixtures/slack/slash-command.json', import.meta.url), 'utf8')) as Record<string, string>;

describe('Slack adapter in Socket Mode, with the real Bolt App', () => {
  it('GIVEN SLACK_APP_TOKEN THEN connects over Socket Mode, acks a /brief envelope and answers through response_url', async () => {
    socket = await startSocketModeFake();
    api = await startSlackWebApiFake({ botToken: BOT_TOKEN, appToken: APP_TOKEN, socketModeUrl: socket.url });
    adapter = createSlackAdapter({
      botToken: BOT_TOKEN,
      appToken: APP_TOKEN,
      port: 0,
      adminUserIds: [],
      services: { library: fakeLibrary({ 'security guarantees': securityGuarantees }) },
      logger: createLogger({ level: 'silent' }),
      slackApiUrl: api.apiUrl,
    });
    await adapter.start();
    await socket.connected();
    expect(api.callsTo('apps.connections.open').map((c) => c.authorization)).toEqual([`Bearer ${APP_TOKEN}`]);
    expect(adapter.port()).toBeUndefined(); // nothing listens for HTTP in Socket Mode

    const payload = slashCommand();
    const ack = await socket.deliver('slash_commands', { ...payload, response_url: api.responseUrl('socket') });
    expect(ack).toMatchObject({ envelope_id: expect.any(String) });
    const answer = await api.waitFor(() => api!.responses.find((r) => r.id === 'socket'));
    expect(answer.body).toMatchObject({ response_type: 'ephemeral', blocks: SECURITY_GUARANTEES_BLOCKS });
  });
});

describe('Slack adapter in Socket Mode, when Slack drops the connection', () => {
  it('GIVEN a drop THEN the client opens a new connection, onReconnect is called once, ready() is false until hello, and /brief is answered over the new socket', async () => {
    socket = await startSocketModeFake();
    api = await startSlackWebApiFake({ botToken: BOT_TOKEN, appToken: APP_TOKEN, socketModeUrl: socket.url });
    const calls = new EventEmitter();
    /** adapter.ready() at the moment of each onReconnect call. */
    const readyAtReconnect: boolean[] = [];
    const started: SlackAdapter = createSlackAdapter({
      botToken: BOT_TOKEN,
      appToken: APP_TOKEN,
      port: 0,
      adminUserIds: [],
      services: { library: fakeLibrary({ 'security guarantees': securityGuarantees }) },
      logger: createLogger({ level: 'silent' }),
      slackApiUrl: api.apiUrl,
      onReconnect: () => {
        readyAtReconnect.push(started.ready());
        calls.emit('call');
      },
    });
    adapter = started;
    const reconnected = once(calls, 'call');
    await adapter.start();
    expect(adapter.ready()).toBe(true);
    expect(readyAtReconnect).toEqual([]);

    socket.drop({ hold: true });
    await socket.waitForConnections(2);
    // A fresh URL for each connection, asked with the app-level token.
    expect(api.callsTo('apps.connections.open').map((c) => c.authorization)).toEqual([`Bearer ${APP_TOKEN}`, `Bearer ${APP_TOKEN}`]);
    // Connected again but not greeted yet: /healthz must not call Slack connected.
    expect(adapter.ready()).toBe(false);
    expect(readyAtReconnect).toEqual([]);

    socket.release();
    await reconnected;
    expect(readyAtReconnect).toEqual([true]);

    const ack = await socket.deliver('slash_commands', { ...slashCommand(), response_url: api.responseUrl('after-reconnect') });
    expect(ack).toMatchObject({ envelope_id: expect.any(String) });
    const answer = await api.waitFor(() => api!.responses.find((r) => r.id === 'after-reconnect'));
    expect(answer.body).toMatchObject({ response_type: 'ephemeral', blocks: SECURITY_GUARANTEES_BLOCKS });
    expect(readyAtReconnect).toHaveLength(1);
    expect(socket.connections()).toBe(2);
  });
});

const FAILED_RECONNECT = 'Socket Mode reconnect failed; trying again';

/** The adapter at the fakes, with its log kept (warn and up) and each onReconnect call counted. */
async function startCapturedAdapter(reconnectBackoff: ReconnectBackoff) {
  socket = await startSocketModeFake();
  api = await startSlackWebApiFake({ botToken: BOT_TOKEN, appToken: APP_TOKEN, socketModeUrl: socket.url });
  const { logLines, sink, waitForLog } = captureLog();
  const calls = new EventEmitter();
  let reconnects = 0;
  adapter = createSlackAdapter({
    botToken: BOT_TOKEN,
    appToken: APP_TOKEN,
    port: 0,
    adminUserIds: [],
    services: { library: fakeLibrary({ 'security guarantees': securityGuarantees }) },
    logger: createLogger({ level: 'warn', destination: sink }),
    slackApiUrl: api.apiUrl,
    reconnectBackoff,
    onReconnect: () => {
      reconnects += 1;
      calls.emit('call');
    },
  });
  return { adapter, api, socket, logLines, waitForLog, reconnected: once(calls, 'call'), reconnects: () => reconnects };
}

describe('Slack adapter in Socket Mode, when Slack cannot be reached to reconnect', () => {
  it('GIVEN a drop while apps.connections.open fails on the network and with a 503 THEN it keeps trying, logs each failure once, reconnects once, and answers /brief', async () => {
    const run = await startCapturedAdapter({ baseMs: 1, maxMs: 4 });
    await run.adapter.start();
    run.api.failNext('apps.connections.open', { cut: true }, 2);
    run.api.failNext('apps.connections.open', { status: 503, body: 'upstream unavailable' });
    run.api.failNext('apps.connections.open', { cut: true });

    run.socket.drop();
    await run.reconnected;
    // One at start, four failed tries, the one that worked.
    expect(run.api.callsTo('apps.connections.open')).toHaveLength(6);
    expect(run.socket.connections()).toBe(2);
    expect(run.adapter.ready()).toBe(true);

    const ack = await run.socket.deliver('slash_commands', { ...slashCommand(), response_url: run.api.responseUrl('after-outage') });
    expect(ack).toMatchObject({ envelope_id: expect.any(String) });
    const answer = await run.api.waitFor(() => run.api.responses.find((r) => r.id === 'after-outage'));
    expect(answer.body).toMatchObject({ response_type: 'ephemeral', blocks: SECURITY_GUARANTEES_BLOCKS });
    expect(run.reconnects()).toBe(1);

    // The drop, then each failure once, at warn, saying why and when the next try is; nothing louder.
    const lines = parsedLog(run.logLines);
    expect(lines.map((l) => l.msg)).toEqual(['Socket Mode connection lost; reconnecting', FAILED_RECONNECT, FAILED_RECONNECT, FAILED_RECONNECT, FAILED_RECONNECT]);
    expect(lines.every((l) => l.level === 40)).toBe(true);
    expect(lines.filter((l) => l.msg === FAILED_RECONNECT).map((l) => (l.err as { code?: string }).code)).toEqual(['slack_webapi_request_error', 'slack_webapi_request_error', 'slack_webapi_http_error', 'slack_webapi_request_error']);
    expect(lines.filter((l) => l.msg === FAILED_RECONNECT).map((l) => l.failures)).toEqual([1, 2, 3, 4]);
    const text = run.logLines.join('');
    expect(text).not.toContain(APP_TOKEN);
    expect(text).not.toContain(BOT_TOKEN);
  });

  it('GIVEN Slack still unreachable while waiting to retry THEN stop() ends the wait at once and no further try is made', async () => {
    // A minute between tries: stop() must not sit out the wait, nor leave it running.
    const run = await startCapturedAdapter({ baseMs: 60_000, maxMs: 60_000 });
    await run.adapter.start();
    run.api.failNext('apps.connections.open', { cut: true }, 5);

    run.socket.drop();
    await run.waitForLog((l) => l.msg === FAILED_RECONNECT);
    expect(run.adapter.ready()).toBe(false);
    await run.adapter.stop();
    expect(run.api.callsTo('apps.connections.open')).toHaveLength(2);
    expect(run.reconnects()).toBe(0);
  });

  it('GIVEN Slack unreachable at start THEN start fails at once, naming apps.connections.open, and nothing retries', async () => {
    const run = await startCapturedAdapter({ baseMs: 1, maxMs: 4 });
    run.api.failNext('apps.connections.open', { cut: true });
    await expect(run.adapter.start()).rejects.toThrow(/^Could not open a Socket Mode connection with SLACK_APP_TOKEN \(apps\.connections\.open\): A request error occurred/);
    expect(run.api.callsTo('apps.connections.open')).toHaveLength(1);
    expect(run.socket.connections()).toBe(0);
    expect(run.logLines.join('')).not.toContain(APP_TOKEN);
  });
});

describe('the wait between failed Socket Mode reconnects', () => {
  it('GIVEN more failures THEN the wait doubles from 1 s up to 60 s, jittered within its upper half', () => {
    const ceilings = [1, 2, 3, 4, 5, 6, 7, 8, 20].map((failures) => reconnectDelay(failures, DEFAULT_RECONNECT_BACKOFF, () => 1));
    expect(ceilings).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000]);
    expect(reconnectDelay(3, DEFAULT_RECONNECT_BACKOFF, () => 0)).toBe(2_000);
    expect(reconnectDelay(30, DEFAULT_RECONNECT_BACKOFF, () => 0.5)).toBe(45_000);
  });
});
