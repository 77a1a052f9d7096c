import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createBoltLogger } from '../../../src/adapters/slack/bolt-logger.js';
import { createLogger } from '../../../src/log.js';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)) as Record<string, unknown>);
      done();
    },
  });
  return { lines, logger: createLogger({ level: 'debug', destination: sink }) };
}

describe('createBoltLogger', () => {
  it('GIVEN a Bolt line holding our secrets or any Slack token THEN the written line holds none of them', () => {
    const { lines, logger } = capture();
    const bolt = createBoltLogger(logger, ['e3b0c44298fc1c149afbf4c8996fb924']);
    bolt.error('auth failed for', 'xoxb-123-456-abcDEF', { secret: 'e3b0c44298fc1c149afbf4c8996fb924', app: 'xapp-1-A0-99-ff' });
    const text = JSON.stringify(lines);
    expect(text).not.toContain('xoxb-123');
    expect(text).not.toContain('xapp-1');
    expect(text).not.toContain('e3b0c44298fc1c149afbf4c8996fb924');
    expect(lines[0]).toMatchObject({ level: 50, source: 'bolt', msg: expect.stringContaining('auth failed for [redacted]') });
  });

  it('GIVEN Bolt refusing a request signature THEN one structured warning says so', () => {
    const { lines, logger } = capture();
    createBoltLogger(logger, []).warn('Failed to parse and verify the request data: Failed to verify authenticity: signature mismatch');
    expect(lines).toEqual([expect.objectContaining({ level: 40, event: 'request-refused', status: 401, reason: 'Failed to verify authenticity: signature mismatch' })]);
  });

  it('GIVEN our logger at warn THEN Bolt is told warn, so it skips debug work', () => {
    const { logger } = capture();
    logger.level = 'warn';
    expect(createBoltLogger(logger, []).getLevel()).toBe('warn');
  });
});
