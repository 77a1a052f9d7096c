import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postToSlackEvents, slashCommandForm } from '../adapters/slack/signed-request.js';
import { type DiscordApiFake, startDiscordApiFake } from '../fakes/discord-api.js';
import { type SlackWebApiFake, startSlackWebApiFake } from '../fakes/slack-web-api.js';
import { APP_ID, CHANNEL_ID, chatInput, str } from '../fixtures/discord/interactions.js';
import { eventually, freePort, type ServiceProcess, spawnService } from './helpers/service-process.js';

/**
 * One real run of `npm start`'s entry point with both platforms configured, each pointed at its
 * local fake: start, answer a command on each platform, report health and metrics, stop on
 * SIGTERM. Everything it printed is then searched for the secrets it was given.
 */
const SECRETS = {
  DISCORD_TOKEN: 'MTIwMDAwMDAwMDAwMDAwMDAwMg.GhJk2L.full-run-discord-token-0123456789abcd',
  SLACK_BOT_TOKEN: 'xoxb-1200-3400-fullrunslackbottokenABCDEF',
  SLACK_SIGNING_SECRET: '0123456789abcdef0123456789abcdef',
};

describe('a full run of the service', () => {
  let discord: DiscordApiFake;
  let slack: SlackWebApiFake;
  let service: ServiceProcess;
  let metricsPort: number;
  let slackPort: number;
  let exitCode: number | string;

  beforeAll(async () => {
    discord = await startDiscordApiFake({ token: SECRETS.DISCORD_TOKEN, appId: APP_ID, channels: [CHANNEL_ID] });
    slack = await startSlackWebApiFake({ botToken: SECRETS.SLACK_BOT_TOKEN });
    [metricsPort, slackPort] = [await freePort(), await freePort()];
    service = spawnService({
      ...SECRETS,
      DISCORD_APP_ID: APP_ID,
      DISCORD_API_URL: discord.api,
      SLACK_API_URL: slack.apiUrl,
      SLACK_PORT: String(slackPort),
      METRICS_PORT: String(metricsPort),
      METRICS_HOST: '127.0.0.1',
      BRIEFBOT_STORE_PATH: join(mkdtempSync(join(tmpdir(), 'briefbot-run-')), 'briefbot.sqlite'),
      // Everything the process can say, so a leak anywhere would show.
      LOG_LEVEL: 'trace',
    });
  });

  afterAll(async () => {
    if (service.child.exitCode === null) service.child.kill('SIGKILL');
    await Promise.all([discord?.close(), slack?.close()]);
  });

  it('GIVEN Discord and Slack credentials THEN both start and /healthz turns 200 once both are connected', async () => {
    const health = await eventually(async () => {
      const response = await fetch(`http://127.0.0.1:${metricsPort}/healthz`);
      return response.status === 200 ? ((await response.json()) as Record<string, unknown>) : undefined;
    }, '/healthz to answer 200');
    expect(health).toEqual({ status: 'ok', checks: { library: true, store: true, discord: true, slack: true }, notReady: [] });
  });

  it('GIVEN a command on each platform THEN each is answered, logged with platform, command, requestId and duration, and counted', async () => {
    const interaction = chatInput('brief', [str('topic', 'security guarantees')]);
    discord.sendInteraction(interaction);
    // A child process answering on a machine busy with other test files: the 10 s default flaked there once.
    await discord.waitForRequests((r) => r.path.includes(interaction.token), 1, 30_000);

    const body = slashCommandForm({ command: '/topics', text: '', response_url: slack.responseUrl('full-run') });
    expect((await postToSlackEvents(slackPort, body, { secret: SECRETS.SLACK_SIGNING_SECRET })).status).toBe(200);
    await slack.waitFor(() => slack.responses.find((r) => r.id === 'full-run'));

    for (const [platform, command] of [
      ['discord', 'brief'],
      ['slack', 'topics'],
    ] as const) {
      const line = await service.waitForLog((l) => l.msg === 'command answered' && l.platform === platform, `${platform}'s command`);
      expect(line).toMatchObject({ platform, command, requestId: expect.any(String), durationMs: expect.any(Number) });
    }
    const metrics = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
    expect(metrics).toMatch(/briefbot_commands_total\{platform="discord",command="brief",outcome="briefing"\} 1/);
    expect(metrics).toMatch(/briefbot_commands_total\{platform="slack",command="topics",outcome="topics"\} 1/);
    expect(metrics).toMatch(/briefbot_documents_indexed 5/);
  }, 60_000);

  it('GIVEN SIGTERM THEN it stops cleanly and exits 0', async () => {
    service.child.kill('SIGTERM');
    exitCode = await service.exited;
    expect(exitCode).toBe(0);
    expect(service.logLines().find((l) => l.msg === 'stopped')).toMatchObject({ reason: 'SIGTERM', clean: true });
  });

  it('never writes a configured secret anywhere in its output', () => {
    const output = service.output();
    expect(output.length).toBeGreaterThan(1000);
    for (const [name, value] of Object.entries(SECRETS)) {
      expect(output.includes(value), `${name} appeared in the output`).toBe(false);
      // Pieces of a token are as bad as the whole: the Discord token's parts, the Slack token's tail.
      for (const part of value.split(/[.-]/).filter((p) => p.length >= 16)) expect(output.includes(part), `part of ${name}`).toBe(false);
    }
  });
});
