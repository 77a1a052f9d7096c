import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { secretsOf } from '../../src/config/secrets.js';
import { createLogger } from '../../src/log.js';

const SHARE = 'made-up-share-link-secret-0123456789abcdef';
const DB_PASSWORD = 'made-up-db-password';

describe('secrets stay out of the log', () => {
  it('GIVEN a share link secret and a database URL THEN neither appears in a line that quotes them', () => {
    const env = { BRIEFBOT_CONFIG: '', SHARE_LINK_SECRET: SHARE, DATABASE_URL: `postgres://bot:${DB_PASSWORD}@db:5432/briefbot` };
    const loaded = loadConfig({ env });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
    const lines: string[] = [];
    const destination = new Writable({ write: (chunk, _encoding, done) => (lines.push(String(chunk)), done()) });
    const logger = createLogger({ format: 'json', destination, secrets: secretsOf(loaded.value) });
    logger.warn({ detail: `signing with ${SHARE}`, env: { SHARE_LINK_SECRET: SHARE } }, `connecting with ${DB_PASSWORD}`);
    expect(lines.join('')).not.toContain(SHARE);
    expect(lines.join('')).not.toContain(DB_PASSWORD);
    expect(lines.join('')).toContain('[redacted]');
  });
});
