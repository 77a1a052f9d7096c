import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/log.js';

const TOKEN = 'xoxb-9999-8888-SECRETSECRET';

function capture() {
  const lines: string[] = [];
  return { lines, destination: { write: (line: string) => void lines.push(line) } };
}

describe('createLogger', () => {
  it('GIVEN no terminal THEN it writes one JSON object a line', () => {
    const { lines, destination } = capture();
    createLogger({ format: 'auto', destination }).info({ platform: 'slack' }, 'started');
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 30, platform: 'slack', msg: 'started' });
  });

  it('GIVEN a secret under a known field name, at any of three depths THEN it is redacted', () => {
    const { lines, destination } = capture();
    const logger = createLogger({ destination });
    logger.info({ token: TOKEN, slack: { botToken: TOKEN }, credentials: { slack: { signingSecret: TOKEN } } }, 'config');
    expect(lines.join('')).not.toContain(TOKEN);
    expect(lines.join('')).toContain('[redacted]');
  });

  it('GIVEN a configured secret inside an error message or a free-text field THEN it is scrubbed too', () => {
    const { lines, destination } = capture();
    const logger = createLogger({ destination, secrets: [TOKEN, 'short'] });
    logger.error({ err: new Error(`auth failed for ${TOKEN}`), url: `https://example.invalid/?t=${encodeURIComponent(TOKEN)}` }, `token ${TOKEN} refused`);
    const out = lines.join('');
    expect(out).not.toContain(TOKEN);
    expect(out).toContain('auth failed for [redacted]');
  });

  it('GIVEN a "secret" too short to tell from ordinary words THEN ordinary text is left alone', () => {
    const { lines, destination } = capture();
    createLogger({ destination, secrets: ['short'] }).info('a short note');
    expect(lines.join('')).toContain('a short note');
  });
});
