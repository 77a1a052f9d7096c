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

describe('Slack adapter in Socket Mode, with the real Bolt App', () => {
  it('GIVEN SLACK_APP_TOKEN THEN connects over Socket Mode, acks a /brief envelope and answers through response_url', async () => {
    socket = await startSocketModeFake();
    api = await startSlackWebApiFake({ botToken: BOT_TOKEN, appToken: APP_TOKEN, socketModeUrl: socket.url });
    adapter = createSlackAdapter({
      botToken: BOT_TOKEN, appToken: APP_TOKEN, port: 0, adminUserIds: [],
      services: { library: fakeLibrary({ 'security guarantees': securityGuarantees }) },
      logger: createLogger({ level: 'silent' }), slackApiUrl: api.apiUrl,
    });
    await adapter.start();
    await socket.connected();
    expect(api.callsTo('apps.connections.open').map((c) => c.authorization)).toEqual([`Bearer ${APP_TOKEN}`]);
    expect(adapter.port()).toBeUndefined(); // nothing listens for HTTP in Socket Mode

    const payload = JSON.parse(readFileSync(new URL('../../fixtures/slack/slash-command.json', import.meta.url), 'utf8')) as Record<string, string>;
    const ack = await socket.deliver('slash_commands', { ...payload, response_url: api.responseUrl('socket') });
    expect(ack).toMatchObject({ envelope_id: expect.any(String) });
    const answer = await api.waitFor(() => api!.responses.find((r) => r.id === 'socket'));
    expect(answer.body).toMatchObject({ response_type: 'ephemeral', blocks: SECURITY_GUARANTEES_BLOCKS });
  });
});
