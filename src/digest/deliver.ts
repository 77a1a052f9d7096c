import type { DigestPoster } from '../chat/digest-poster.js';
import type { ChannelRef } from '../chat/refs.js';
import type { Digest } from '../core/briefing.js';
import { readableInstant } from '../core/compose/source-details.js';
import type { Library } from '../core/library/library.js';
import type { Logger } from '../log.js';
import type { Delivery, Store, Subscription } from '../store/store.js';
import { buildDigest } from './build-digest.js';
import type { Clock } from './clock.js';
import type { DigestEvent, DigestHooks } from './events.js';
import { quietLine } from './quiet.js';
import { decideRetry, describeError, type RetryDecision, type RetryPolicy } from './retry-policy.js';

export interface DeliveryContext {
  store: Store;
  library: Library;
  /** The library of a channel's own set; default `library` for every channel. */
  libraryFor?: (channel: ChannelRef) => Promise<Library>;
  clock: Clock;
  /** This process, as it signs its claims. */
  owner: string;
  leaseMs: number;
  retry: RetryPolicy;
  hooks: DigestHooks;
  logger: Logger;
  linkDigest?: LinkDigest;
  /** True once the scheduler is stopping: no new attempt starts, the claim is left for the next start. */
  stopping: () => boolean;
}

/** Each topic's full briefing page by topic slug, for a digest about to be posted to a channel. */
export type LinkDigest = (channel: ChannelRef, digest: Digest) => Promise<Record<string, string>>;

/**
 * sent; quiet (nothing new, and the subscription skips quiet days); failed (given up, stays subscribed); paused (permanent error); lost (another process took
 * the claim over); interrupted (the scheduler stopped between attempts; the claim stays open).
 */
export type DeliveryOutcome = 'sent' | 'quiet' | 'failed' | 'paused' | 'lost' | 'interrupted';

/**
 * Posts one claimed digest: builds it, posts it with the delivery's idempotency key, waits out
 * rate limits, backs off on transient errors, pauses the subscription on a permanent one.
 * Never throws; every ending is written to the delivery log.
 */
export async function deliverClaim(ctx: DeliveryContext, poster: DigestPoster, sub: Subscription, delivery: Delivery, late: boolean): Promise<DeliveryOutcome> {
  const { store, clock, logger } = ctx;
  const key = { subscriptionId: delivery.subscriptionId, localDate: delivery.localDate };
  const event: DigestEvent = { subscriptionId: sub.id, channel: sub.channel, localDate: delivery.localDate, scheduledFor: delivery.scheduledFor, late };
  const log = logger.child({ subscription: sub.id, channel: sub.channel, localDate: delivery.localDate });

  const digestAt = clock.now();
  let digest: Digest;
  try {
    const library = ctx.libraryFor ? await ctx.libraryFor(sub.channel) : ctx.library;
    digest = await buildDigest(store, library, sub, { now: digestAt, late });
  } catch (error) {
    const reason = `could not build the digest: ${describeError(error)}`;
    log.error({ err: error }, 'digest build failed');
    await store.closeDelivery(key, { status: 'failed', reason, now: clock.now().toISOString() });
    emit(ctx, 'failed', { ...event, reason, errorKind: 'internal' });
    return 'failed';
  }

  if (!digest.topics.length && sub.quietDays === 'skip') {
    // Not posted, and lastDigestAt stays: the next digest still covers everything since the last one posted.
    const since = sub.lastDigestAt ? (readableInstant(sub.lastDigestAt) ?? sub.lastDigestAt) : undefined;
    const reason = `Not posted: ${quietLine(since).replace(/^N/, 'n')} The subscription skips quiet days.`;
    await store.closeDelivery(key, { status: 'skipped', reason, now: clock.now().toISOString() });
    emit(ctx, 'quiet', { ...event, reason });
    return 'quiet';
  }

  // A digest that waited its turn behind slow posts may be near the end of its lease: renew it
  // first, so no other process takes it over while this one posts it.
  if (delivery.leaseUntil !== null && Date.parse(delivery.leaseUntil) - clock.now().getTime() < ctx.leaseMs / 2) {
    if (!(await renewClaim(ctx, key))) {
      log.warn('claim taken over by another process while queued; leaving the digest to it');
      return 'lost';
    }
  }

  // Links are a convenience: a digest is posted without them rather than not at all.
  const links = digest.topics.length && ctx.linkDigest ? await ctx.linkDigest(sub.channel, digest).catch((error: unknown) => (log.warn({ err: error }, 'digest posted without briefing links'), undefined)) : undefined;
  const tries = { transient: 0, rateLimited: 0 };
  for (;;) {
    let messageId: string;
    // Tried before, here or by a process that may have died mid-post: part of it may be in the channel already.
    const retry = delivery.attempts > 1 || tries.transient + tries.rateLimited > 0;
    try {
      ({ messageId } = await poster.postDigest(sub.channel, digest, { idempotencyKey: delivery.idempotencyKey, retry, ...(links ? { links } : {}) }));
    } catch (error) {
      const decision = decideRetry(error, tries, ctx.retry);
      if (decision.action === 'give-up') return giveUp(ctx, sub, key, event, decision, error);
      if (decision.kind === 'rate-limited') tries.rateLimited++;
      else tries.transient++;
      log.info({ waitMs: decision.ms, kind: decision.kind }, 'digest post will be retried');
      emit(ctx, 'retry', { ...event, reason: decision.reason, waitMs: decision.ms, errorKind: decision.kind });
      await clock.sleep(decision.ms);
      if (ctx.stopping()) return 'interrupted';
      // Keep the claim ours through the retry; if the lease ran out and another process took it, stop.
      if (await renewClaim(ctx, key)) continue;
      log.warn('claim taken over by another process during a retry; leaving the digest to it');
      return 'lost';
    }
    // Posted: from here on nothing may post again. If this write fails, the claim stays open and a
    // later takeover re-posts with the same idempotency key, which the platform drops.
    const marked = await store.markDeliverySent(key, { messageId, now: clock.now().toISOString(), digestAt: digestAt.toISOString(), late });
    if (!marked) log.warn({ messageId }, 'digest posted but its claim was already finished elsewhere');
    log.info({ messageId, late, attempts: delivery.attempts + tries.transient + tries.rateLimited }, 'digest sent');
    emit(ctx, 'sent', { ...event, messageId });
    if (late) emit(ctx, 'late', { ...event, messageId });
    return 'sent';
  }
}

/** Extends this process's claim by a full lease; false when another process has taken it over. */
async function renewClaim(ctx: DeliveryContext, key: { subscriptionId: string; localDate: string }): Promise<boolean> {
  const now = ctx.clock.now();
  const renewed = await ctx.store.reclaimDelivery(key, {
    owner: ctx.owner,
    now: now.toISOString(),
    leaseUntil: new Date(now.getTime() + ctx.leaseMs).toISOString(),
  });
  return renewed !== null;
}

async function giveUp(ctx: DeliveryContext, sub: Subscription, key: { subscriptionId: string; localDate: string }, event: DigestEvent, decision: Extract<RetryDecision, { action: 'give-up' }>, error: unknown): Promise<DeliveryOutcome> {
  const now = ctx.clock.now().toISOString();
  ctx.logger.warn({ err: error, subscription: sub.id, permanent: decision.permanent }, 'digest not posted');
  await ctx.store.closeDelivery(key, { status: 'failed', reason: decision.reason, now });
  emit(ctx, 'failed', { ...event, reason: decision.reason, errorKind: decision.kind });
  if (!decision.permanent) return 'failed';
  const pausedReason = `${decision.reason}. Fix the channel or the bot's access, then /digest subscribe again to resume.`;
  await ctx.store.pauseSubscription(sub.id, pausedReason, now);
  emit(ctx, 'paused', { ...event, reason: pausedReason, errorKind: decision.kind });
  return 'paused';
}

function emit(ctx: DeliveryContext, name: keyof DigestHooks, event: DigestEvent): void {
  try {
    ctx.hooks[name]?.(event);
  } catch (error) {
    ctx.logger.warn({ err: error, hook: name }, 'digest hook threw');
  }
}

export { emit as emitDigestEvent };
