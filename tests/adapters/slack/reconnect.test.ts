import { EventEmitter, once } from 'node:events';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { type SlackAdapter, createSlackAdapter } from '../../../src/adapters/slack/index.js';
import { createLogger } from '../../../src/log.js';
import { type SlackWebApiFake, startSlackWebApiFake } from '../../fakes/slack-web-api.js';
import { type SocketModeFake, startSocketModeFake } from '../../fakes/slack-socket-mode.js';
import { securityGuarantees } from '../../fixtures/slack/briefings.js';
import { SECURITY_GUARANTEES_BLOCKS } from '../../fixtures/slack/expected-blocks.js';
import { fakeLibrary } from '../../fixtures/slack/fake-library.js';
import { BOT_TOKEN } from './harness.js';

/**
 * The real Bolt App in Socket Mode losing its connection to the local Socket Mode fake: its
 * SocketModeClient asks apps.connections.open for a new URL and connects again by itself; the
 * adapter counts one reconnect per drop, is not ready while away, and answers over the new socket.
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

describe('Slack adapter in Socket Mode, when Slack drops the connection', () => {
  it('GIVEN a drop THEN the client opens a new connection, onReconnect is called once, ready() is false until hello, and /brief is answered over the new socket', async () => {
    socket = await startSocketModeFake();
    api = await startSlackWebApiFake({ botToken: BOT_TOKEN, appToken: APP_TOKEN, socketModeUrl: socket.url });
    const calls = new EventEmitter();
    /** adapter.ready() at the moment of each onReconnect call. */
    const readyAtReconnect: boolean[] = [];
    const started: SlackAdapter = createSlackAdapter({
      botToken: BOT_TOKEN, appToken: APP_TOKEN, port: 0, adminUserIds: [],
      services: { library: fakeLibrary({ 'security guarantees': securityGuarantees }) },
      logger: createLogger({ level: 'silent' }), slackApiUrl: api.apiUrl,
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
