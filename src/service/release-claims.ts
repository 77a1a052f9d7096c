import type { Store } from '../store/store.js';

/**
 * At shutdown, hands back this process's digest claims that were never marked sent, so the next
 * start retries them at once instead of waiting for their lease to run out. The idempotency key
 * stays, so a platform that got the first attempt (Discord's nonce) drops the retry.
 */
export async function releaseUnsentClaims(store: Store, owner: string, now: Date): Promise<number> {
  let released = 0;
  const at = now.toISOString();
  for (const delivery of await store.listDeliveries({ status: 'claimed' })) {
    if (delivery.claimedBy !== owner) continue;
    if (await store.reclaimDelivery(delivery, { owner, now: at, leaseUntil: at })) released++;
  }
  return released;
}
