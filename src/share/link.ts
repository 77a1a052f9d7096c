import { createHmac, timingSafeEqual } from 'node:crypto';

/** How long a link works unless configured otherwise. */
export const DEFAULT_LINK_DAYS = 7;

export interface LinkSigner {
  /** The page's address for the briefing, valid until `expiresAt`. */
  url(briefingId: string, expiresAt: Date): string;
  /**
   * Whether `expires` and `signature` are the ones this signer gave out for the briefing, and
   * the link has not expired at `now`.
   */
  verify(briefingId: string, expires: string | null, signature: string | null, now: Date): 'ok' | 'forged' | 'expired';
}

/** Path of a briefing's page under the public base URL. */
export const pagePath = (briefingId: string) => `/b/${encodeURIComponent(briefingId)}`;

/**
 * Links signed with HMAC-SHA256 over the briefing id and the expiry (seconds since the epoch), so
 * neither can be changed without the secret; the store is only read for links that verify.
 */
export function createLinkSigner(options: { secret: string; publicUrl: string }): LinkSigner {
  const base = options.publicUrl.replace(/\/+$/, '');
  const sign = (id: string, expires: string) => createHmac('sha256', options.secret).update(`${id}\n${expires}`).digest('base64url');
  return {
    url(briefingId, expiresAt) {
      const expires = String(Math.floor(expiresAt.getTime() / 1000));
      return `${base}${pagePath(briefingId)}?expires=${expires}&sig=${sign(briefingId, expires)}`;
    },
    verify(briefingId, expires, signature, now) {
      if (!expires || !signature || !/^\d{1,12}$/.test(expires)) return 'forged';
      const expected = Buffer.from(sign(briefingId, expires));
      const given = Buffer.from(signature);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'forged';
      return Number(expires) * 1000 <= now.getTime() ? 'expired' : 'ok';
    },
  };
}
