import { describe, expect, it } from 'vitest';
import { freePort, spawnService } from './service/helpers/service-process.js';

/** `npm start`'s entry point refusing to start, as an operator sees it: stderr and the exit code. */
describe('src/main.ts refusing to start', () => {
  it('GIVEN SLACK_SIGNING_SECRET without SLACK_BOT_TOKEN THEN it says exactly that, without the secret, and exits 2', async () => {
    const secret = 'abcdef0123456789abcdef0123456789';
    const service = spawnService({ SLACK_SIGNING_SECRET: secret });
    expect(await service.exited).toBe(2);
    expect(service.output()).toContain('SLACK_SIGNING_SECRET is set but SLACK_BOT_TOKEN is missing');
    expect(service.output()).not.toContain(secret);
  });

  it('GIVEN a bad value in the environment and the file THEN every problem is listed with where it is', async () => {
    const service = spawnService({ METRICS_PORT: 'ninety', BRIEFBOT_CONFIG: 'tests/service/fixtures/bad-briefbot.yaml' });
    expect(await service.exited).toBe(2);
    expect(service.output()).toContain('briefbot cannot start: 2 configuration problems');
    expect(service.output()).toContain('environment variable METRICS_PORT: expected');
    expect(service.output()).toMatch(/tests\/service\/fixtures\/bad-briefbot\.yaml:4 rateLimit\.burst: expected .*\(got 0\)/);
  });

  it('GIVEN no credentials and no terminal THEN it names what to set and exits 2', async () => {
    const service = spawnService({});
    expect(await service.exited).toBe(2);
    for (const name of ['DISCORD_TOKEN', 'SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN', '.env.example']) {
      expect(service.output()).toContain(name);
    }
  });

  it('GIVEN a document set folder that does not exist THEN it says so and exits 1', async () => {
    const service = spawnService({
      DISCORD_TOKEN: 'MTIwMDAwMDAwMDAwMDAwMDAwMg.GhJk2L.never-used-because-the-set-is-missing',
      DISCORD_APP_ID: '1200000000000000002',
      DISCORD_API_URL: 'http://127.0.0.1:9/api',
      BRIEFBOT_DOCUMENTS: 'briefings/no-such-set',
      METRICS_PORT: '0',
    });
    expect(await service.exited).toBe(1);
    expect(service.output()).toContain('briefings/no-such-set: no such document set folder');
  });

  it('GIVEN a platform that cannot be reached THEN it says which, exits 1, and its token is not in the output', async () => {
    const token = 'xoxb-9999-8888-unreachableplatformtoken';
    const service = spawnService({
      SLACK_BOT_TOKEN: token,
      SLACK_SIGNING_SECRET: 'abcdef0123456789abcdef0123456789',
      SLACK_API_URL: 'http://127.0.0.1:9/api/',
      SLACK_PORT: String(await freePort()),
      METRICS_PORT: '0',
      LOG_LEVEL: 'trace',
    });
    expect(await service.exited).toBe(1);
    expect(service.logLines().find((l) => l.msg === 'briefbot could not start')).toMatchObject({ level: 60 });
    expect(service.output()).toContain('auth.test');
    expect(service.output()).not.toContain(token);
  });
});
