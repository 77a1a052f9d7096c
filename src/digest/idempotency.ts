import { createHash } from 'node:crypto';

/** Discord takes a nonce of at most 25 characters; the key fits every platform that has one. */
export const IDEMPOTENCY_KEY_LENGTH = 25;

/**
 * The same key for every attempt at one delivery (subscription, local date), in every process,
 * so a post retried after a crash or a lost response is recognised by the platform.
 */
export function idempotencyKeyFor(subscriptionId: string, localDate: string): string {
  const digest = createHash('sha256').update(`${subscriptionId}|${localDate}`).digest('hex');
  return `bd${digest.slice(0, IDEMPOTENCY_KEY_LENGTH - 2)}`;
}
