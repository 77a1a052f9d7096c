import { describe, expect, it } from 'vitest';
import { createLinkSigner } from '../../src/share/link.js';

const signer = createLinkSigner({ secret: 'one-secret-of-at-least-32-characters-000', publicUrl: 'https://brief.example.org/' });
const other = createLinkSigner({ secret: 'another-secret-of-at-least-32-characters', publicUrl: 'https://brief.example.org' });
const NOW = new Date('2025-08-20T09:00:00Z');
const LATER = new Date('2025-08-27T09:00:00Z');

const parts = (url: string) => {
  const u = new URL(url);
  return { id: decodeURIComponent(u.pathname.split('/').at(-1)!), expires: u.searchParams.get('expires'), sig: u.searchParams.get('sig') };
};

describe('signed briefing links', () => {
  it('builds the link on PUBLIC_URL and accepts it until it expires', () => {
    const url = signer.url('abc_123', LATER);
    expect(url).toMatch(/^https:\/\/brief\.example\.org\/b\/abc_123\?expires=1756285200&sig=[A-Za-z0-9_-]{43}$/);
    const { id, expires, sig } = parts(url);
    expect(signer.verify(id, expires, sig, NOW)).toBe('ok');
    expect(signer.verify(id, expires, sig, LATER)).toBe('expired');
  });

  it('refuses another id, a stretched expiry, another secret, or a missing signature as forged', () => {
    const { id, expires, sig } = parts(signer.url('abc_123', LATER));
    expect(signer.verify('abc_124', expires, sig, NOW)).toBe('forged');
    expect(signer.verify(id, String(Number(expires) + 1), sig, NOW)).toBe('forged');
    expect(other.verify(id, expires, sig, NOW)).toBe('forged');
    expect(signer.verify(id, expires, null, NOW)).toBe('forged');
    expect(signer.verify(id, '1e99', sig, NOW)).toBe('forged');
  });
});
