import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ConfigError, formatConfigError } from '../../src/config/errors.js';
import { loadConfig, parseConfig } from '../../src/config/load.js';

const FILE = 'config/briefbot.yaml';
const SIGNING_SECRET = '8f14e45fceea167a5a36dedd4bea2543';
const BOT_TOKEN = 'xoxb-1111-2222-abcdefghijkl';
const DISCORD_TOKEN = 'MTAxMjM0NTY3ODkw.GhIjKl.abcdefghijklmnop';
const DISCORD_APP_ID = '123456789012345678';

function errorsOf(text: string | null, env: Record<string, string> = {}): ConfigError[] {
  const result = parseConfig(text, text === null ? null : FILE, env);
  if (result.ok) throw new Error('expected the config to be refused');
  return result.error;
}

function configOf(text: string | null, env: Record<string, string> = {}) {
  const result = parseConfig(text, text === null ? null : FILE, env);
  if (!result.ok) throw new Error(result.error.map(formatConfigError).join('\n'));
  return result.value;
}

describe('config: file and environment', () => {
  it('GIVEN no file and no variables THEN the defaults apply and no platform is configured', () => {
    const config = configOf(null);
    expect(config.metrics.port).toBe(9464);
    expect(config.store.path).toBe('data/briefbot.sqlite');
    expect(config.digests.graceMinutes).toBe(120);
    expect(config.shutdown.timeoutSeconds).toBe(10);
    expect(config.credentials).toEqual({});
    expect(config.file).toBeNull();
  });

  it('GIVEN a file THEN its values are used and the environment overrides them', () => {
    const text = 'metrics:\n  port: 9100\nrateLimit:\n  perMinute: 3\n';
    expect(configOf(text).metrics.port).toBe(9100);
    const overridden = configOf(text, { METRICS_PORT: '0', LOG_LEVEL: 'debug', BRIEFBOT_STORE_PATH: '/data/x.sqlite' });
    expect(overridden.metrics.port).toBe(0);
    expect(overridden.log.level).toBe('debug');
    expect(overridden.store.path).toBe('/data/x.sqlite');
    expect(overridden.rateLimit.perMinute).toBe(3);
  });

  it('GIVEN a section left empty THEN its defaults apply', () => {
    expect(configOf('documents:\nstore:\n').documents.dir).toBe('briefings/ukraine-peace-talks');
  });

  it('GIVEN an empty variable THEN it counts as unset', () => {
    expect(configOf('metrics:\n  port: 9100\n', { METRICS_PORT: '', DISCORD_TOKEN: '' }).metrics.port).toBe(9100);
  });

  it('GIVEN a bad value in the file THEN the error names file, line, field, what is expected and what was found', () => {
    const errors = errorsOf('log:\n  level: info\nmetrics:\n  host: 127.0.0.1\n  port: 70000\n');
    expect(errors).toEqual([
      {
        file: FILE,
        line: 5,
        field: 'metrics.port',
        expected: expect.stringContaining('a port number from 0 to 65535'),
        received: '70000',
      },
    ]);
    expect(formatConfigError(errors[0]!)).toMatch(/^config\/briefbot\.yaml:5 metrics\.port: expected .*\(got 70000\)$/);
  });

  it('GIVEN an unknown field THEN it is refused at its line with the fields that exist there', () => {
    const [error] = errorsOf('log:\n  level: info\n  colour: red\n');
    expect(error).toMatchObject({ file: FILE, line: 3, field: 'log.colour' });
    expect(error!.expected).toContain('level, format');
  });

  it('GIVEN a token in the file THEN it is refused with a pointer to the environment', () => {
    const [error] = errorsOf('slack:\n  port: 3000\n  botToken: xoxb-oops\n');
    expect(error).toMatchObject({ line: 3, field: 'slack.botToken' });
    expect(error!.expected).toContain('environment variables');
    expect(JSON.stringify(error)).not.toContain('xoxb-oops');
  });

  it('GIVEN broken YAML THEN the error gives the line of the syntax error', () => {
    const [error] = errorsOf('metrics:\n  port: 9464\nlog: [info\n');
    expect(error).toMatchObject({ file: FILE, field: '(YAML syntax)' });
    expect(error!.line).toBeGreaterThanOrEqual(3);
  });

  it('GIVEN a list instead of a mapping THEN the whole file is refused', () => {
    expect(errorsOf('- a\n- b\n')).toEqual([expect.objectContaining({ file: FILE, field: '(top level)', line: 1 })]);
  });

  it('GIVEN a bad variable THEN the error names the variable and the value given', () => {
    expect(errorsOf(null, { METRICS_PORT: 'nine' })).toEqual([{ file: 'environment', field: 'METRICS_PORT', expected: expect.stringContaining('port number'), received: '"nine"' }]);
    expect(errorsOf(null, { LOG_LEVEL: 'loud' })[0]).toMatchObject({ field: 'LOG_LEVEL', expected: expect.stringContaining('debug') });
    expect(errorsOf(null, { SHUTDOWN_TIMEOUT_SECONDS: '-1' })[0]).toMatchObject({ field: 'SHUTDOWN_TIMEOUT_SECONDS' });
  });

  it('GIVEN several problems THEN all are reported at once', () => {
    const errors = errorsOf('rateLimit:\n  burst: 0\n', { METRICS_PORT: 'x', SLACK_SIGNING_SECRET: SIGNING_SECRET });
    expect(errors.map((e) => e.field).sort()).toEqual(['METRICS_PORT', 'SLACK_BOT_TOKEN', 'rateLimit.burst']);
  });
});

describe('config: platform credentials', () => {
  it('GIVEN SLACK_SIGNING_SECRET without SLACK_BOT_TOKEN THEN it says exactly that, without the secret', () => {
    const errors = errorsOf(null, { SLACK_SIGNING_SECRET: SIGNING_SECRET });
    expect(errors).toHaveLength(1);
    expect(errors[0]!.field).toBe('SLACK_BOT_TOKEN');
    const message = formatConfigError(errors[0]!);
    expect(message).toMatch(/SLACK_SIGNING_SECRET is set but SLACK_BOT_TOKEN is missing/);
    expect(message).not.toContain(SIGNING_SECRET);
  });

  it('GIVEN SLACK_BOT_TOKEN without a signing secret or app token THEN both ways to finish are named', () => {
    const [error] = errorsOf(null, { SLACK_BOT_TOKEN: BOT_TOKEN });
    expect(error!.expected).toContain('SLACK_SIGNING_SECRET');
    expect(error!.expected).toContain('SLACK_APP_TOKEN');
    expect(formatConfigError(error!)).not.toContain(BOT_TOKEN);
  });

  it('GIVEN a malformed token THEN the variable is named and its value never shown', () => {
    const badToken = 'xoxp-a-user-token-not-a-bot';
    const errors = errorsOf(null, { SLACK_BOT_TOKEN: badToken, SLACK_SIGNING_SECRET: SIGNING_SECRET });
    expect(errors.map((e) => e.field)).toEqual(['SLACK_BOT_TOKEN']);
    expect(JSON.stringify(errors)).not.toContain(badToken);
  });

  it('GIVEN DISCORD_TOKEN without DISCORD_APP_ID THEN the missing id is named, the token never shown', () => {
    const errors = errorsOf(null, { DISCORD_TOKEN: DISCORD_TOKEN });
    expect(errors).toEqual([expect.objectContaining({ file: 'environment', field: 'DISCORD_APP_ID', expected: expect.stringContaining('DISCORD_APP_ID is not set') })]);
    expect(JSON.stringify(errors)).not.toContain(DISCORD_TOKEN);
  });

  it('GIVEN DISCORD_REGISTER_COMMANDS that is not a yes or no THEN it is refused', () => {
    expect(errorsOf(null, { DISCORD_TOKEN, DISCORD_APP_ID, DISCORD_REGISTER_COMMANDS: 'sometimes' })[0]).toMatchObject({
      field: 'DISCORD_REGISTER_COMMANDS',
    });
  });

  it('GIVEN complete credentials THEN each platform is configured', () => {
    const config = configOf(null, {
      DISCORD_TOKEN,
      DISCORD_APP_ID,
      DISCORD_REGISTER_COMMANDS: 'true',
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
    });
    expect(config.credentials.discord).toEqual({ token: DISCORD_TOKEN, appId: DISCORD_APP_ID, registerCommands: true });
    expect(config.credentials.slack).toMatchObject({ botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET });
  });

  it('GIVEN DISCORD_APP_ID without DISCORD_TOKEN THEN the missing token is named', () => {
    expect(errorsOf(null, { DISCORD_APP_ID })).toEqual([expect.objectContaining({ field: 'DISCORD_TOKEN', expected: expect.stringContaining('DISCORD_TOKEN is not set') })]);
  });
});

describe('loadConfig: finding the file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'briefbot-config-'));

  it('GIVEN no config/briefbot.yaml in the working directory THEN the defaults apply', () => {
    const result = loadConfig({ cwd: dir, env: {} });
    expect(result.ok && result.value.file).toBeNull();
  });

  it('GIVEN config/briefbot.yaml THEN it is read', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'briefbot-config-'));
    mkdirSync(join(cwd, 'config'));
    writeFileSync(join(cwd, 'config/briefbot.yaml'), 'metrics:\n  port: 9999\n');
    const result = loadConfig({ cwd, env: {} });
    expect(result.ok && result.value.metrics.port).toBe(9999);
  });

  it('GIVEN BRIEFBOT_CONFIG naming a missing file THEN the start is refused', () => {
    const result = loadConfig({ cwd: dir, env: { BRIEFBOT_CONFIG: 'nowhere.yaml' } });
    expect(!result.ok && result.error[0]).toMatchObject({ file: 'nowhere.yaml', field: 'BRIEFBOT_CONFIG' });
  });
});
