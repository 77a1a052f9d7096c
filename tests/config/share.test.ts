import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';

const SECRET = '0123456789abcdef0123456789abcdef';

describe('config: briefing pages (PUBLIC_PORT, PUBLIC_URL, SHARE_LINK_SECRET)', () => {
  it('GIVEN nothing THEN pages are off and links last 7 days', () => {
    const result = parseConfig(null, null, {});
    expect(result.ok && result.value.share).toEqual({ port: 0, host: '0.0.0.0', linkDays: 7 });
  });

  it('GIVEN the port, the address and the secret THEN pages are on, the secret kept with the credentials', () => {
    const result = parseConfig(null, null, { PUBLIC_PORT: '8080', PUBLIC_URL: 'https://brief.example.org', SHARE_LINK_SECRET: SECRET, SHARE_LINK_DAYS: '3' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.share).toEqual({ port: 8080, host: '0.0.0.0', publicUrl: 'https://brief.example.org', linkDays: 3 });
    expect(result.value.credentials.shareLinkSecret).toBe(SECRET);
  });

  it('GIVEN PUBLIC_PORT without an address or a secret THEN both are named as missing', () => {
    const result = parseConfig(null, null, { PUBLIC_PORT: '8080' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.map((e) => e.field).sort()).toEqual(['PUBLIC_URL', 'SHARE_LINK_SECRET']);
  });

  it('GIVEN a short secret or an address that is not http(s) THEN each is refused, the secret never shown', () => {
    const result = parseConfig(null, null, { PUBLIC_URL: 'ftp://brief.example.org', SHARE_LINK_SECRET: 'short-secret' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.map((e) => e.field).sort()).toEqual(['PUBLIC_URL', 'SHARE_LINK_SECRET']);
    expect(JSON.stringify(result.error)).not.toContain('short-secret');
  });
});
