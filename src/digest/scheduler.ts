import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { pino } from 'pino';
import type { DigestPoster } from '../chat/digest-poster.js';
import type { ChannelRef, Platform } from '../chat/refs.js';
import type { Library } from '../core/library/library.js';
import type { Logger } from '../log.js';
import type { Delivery, Store, Subscription } from '../store/store.js';
import { type Clock, systemClock } from './clock.js';
import { type DeliveryContext, type DeliveryOutcome, deliverClaim, emitDigestEvent, type LinkDigest } from './deliver.js';
import type { DigestHooks } from './events.js';
import { idempotencyKeyFor } from './idempotency.js';
import { missedReason, staleClaimReason } from './reasons.js';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry-policy.js';
import { runsBetween, timingOf } from './schedule.js';
import { minuteTrigger, type Trigger } from './trigger.js';

export interface SchedulerOptions {
  store: Store;
  library: Library;
  /** The library of a channel's own set (/set use); default `library` for every channel. */
  libraryFor?: (channel: ChannelRef) => Promise<Library>;
  /** Every library to refresh before digests are built; default [library]. */
  libraries?: () => readonly Library[];
  /** One per platform this process posts to; subscriptions on other platforms are left to processes that have them. */
  posters: readonly DigestPoster[];
  /**
   * Which subscriptions this process claims, among those on its posters' platforms; default all.
   * A Discord shard claims only the channels in guilds it holds, so each digest is posted by its shard.
   */
  owns?: (subscription: Subscription) => boolean;
  clock?: Clock;
  /** Signs this process's claims. Give a stable id (a pod name) to take back this process's own claims at once after a restart. */
  owner?: string;
  /** How late a missed run may still be posted (marked late). Default 2 h. */
  graceMs?: number;
  /** A run posted this long after its minute is late. Default 1 min. */
  lateAfterMs?: number;
  /** How far back missed runs are looked for and recorded as skipped. Default 7 days. */
  lookbackMs?: number;
  /** How long a claim is held before another process may take it over. Default 5 min. */
  leaseMs?: number;
  retry?: Partial<RetryPolicy>;
  /** Posts running at once. Default 4. */
  concurrency?: number;
  /** Re-read the document set before building digests, so new files are in them. Default true. */
  refreshLibrary?: boolean;
  hooks?: DigestHooks;
  /** Each topic's full briefing page for a built digest, by topic slug; absent or failing: no links. */
  linkDigest?: LinkDigest;
  /**
   * After every tick: the error that failed it or interrupted one of its deliveries (a store
   * write, most often), or undefined when it ran through. The service counts them for /healthz.
   */
  tickDone?(error: Error | undefined): void;
  logger?: Logger;
  trigger?: Trigger;
}

export interface TickReport {
  claimed: number;
  retried: number;
  skipped: number;
  outcomes: DeliveryOutcome[];
  /** The first failure (a store write, most often) that cut one of the tick's deliveries short. */
  interrupted?: Error;
}

export interface Scheduler {
  /** Runs a first tick (catch-up and crash recovery), then one every minute. */
  start(): Promise<TickReport>;
  /** Stops the trigger and waits for running ticks; a post waiting to retry gives up and leaves its claim open. */
  stop(): Promise<void>;
  /** One pass: claim what is due, skip what was missed, retry what was claimed and left unsent, post. */
  tick(): Promise<TickReport>;
}

const HOUR = 3_600_000;

export function createScheduler(options: SchedulerOptions): Scheduler {
  const clock = options.clock ?? systemClock;
  const owner = options.owner ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const graceMs = options.graceMs ?? 2 * HOUR;
  const lateAfterMs = options.lateAfterMs ?? 60_000;
  const lookbackMs = Math.max(options.lookbackMs ?? 7 * 24 * HOUR, graceMs);
  const leaseMs = options.leaseMs ?? 5 * 60_000;
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const logger = (options.logger ?? pino({ enabled: false })).child({ module: 'digest-scheduler', owner });
  const posters = new Map<Platform, DigestPoster>(options.posters.map((p) => [p.platform, p]));
  const trigger = options.trigger ?? minuteTrigger();
  let stopped = false;
  const ctx: DeliveryContext = {
    store: options.store,
    library: options.library,
    ...(options.libraryFor ? { libraryFor: options.libraryFor } : {}),
    clock,
    owner,
    leaseMs,
    retry: { ...DEFAULT_RETRY_POLICY, ...options.retry },
    hooks: options.hooks ?? {},
    logger,
    ...(options.linkDigest ? { linkDigest: options.linkDigest } : {}),
    stopping: () => stopped,
  };
  const { store } = options;
  /**
   * Claims this process holds for a tick, from the moment it asks for them until that tick is
   * over: queued ones too, so a later tick (the previous one still waiting out a rate limit)
   * never takes back and re-posts a digest this process is about to post.
   */
  const inFlight = new Set<string>();
  const running = new Set<Promise<TickReport>>();
  let refreshing: Promise<unknown> | undefined;

  type Work = { sub: Subscription; delivery: Delivery; late: boolean };
  const keyOf = (d: { subscriptionId: string; localDate: string }) => `${d.subscriptionId}|${d.localDate}`;
  const leaseFrom = (now: Date) => new Date(now.getTime() + leaseMs).toISOString();

  /** Reserves a delivery for this tick before the store is asked, so a concurrent tick skips it; false when already reserved. */
  function hold(key: string, held: Set<string>): boolean {
    if (inFlight.has(key)) return false;
    inFlight.add(key);
    held.add(key);
    return true;
  }
  function release(key: string, held: Set<string>): void {
    inFlight.delete(key);
    held.delete(key);
  }

  async function claimDue(subs: Subscription[], now: Date, report: TickReport, held: Set<string>): Promise<Work[]> {
    const logged = new Set((await store.listDeliveries({ scheduledFrom: new Date(now.getTime() - lookbackMs).toISOString() })).map(keyOf));
    const work: Work[] = [];
    for (const sub of subs) {
      const from = new Date(Math.max(Date.parse(sub.activeSince), now.getTime() - lookbackMs));
      for (const run of runsBetween(sub, from, now)) {
        const key = { subscriptionId: sub.id, localDate: run.localDate };
        if (logged.has(keyOf(key))) continue;
        const timing = timingOf(run, now, { graceMs, lateAfterMs });
        const base = { ...key, scheduledFor: run.at.toISOString(), idempotencyKey: idempotencyKeyFor(sub.id, run.localDate), now: now.toISOString() };
        if (timing.kind === 'missed') {
          const reason = missedReason(sub, run.at, timing.byMs, graceMs);
          if (await store.recordSkippedDelivery({ ...base, reason })) {
            report.skipped++;
            logger.warn({ subscription: sub.id, localDate: run.localDate, reason }, 'digest skipped');
            emitDigestEvent(ctx, 'skipped', { ...key, channel: sub.channel, scheduledFor: base.scheduledFor, late: false, reason });
          }
        } else if (timing.kind === 'due') {
          if (!hold(keyOf(key), held)) continue;
          const delivery = await store.claimDelivery({ ...base, late: timing.late, owner, leaseUntil: leaseFrom(now) });
          if (!delivery) release(keyOf(key), held);
          else {
            report.claimed++;
            work.push({ sub, delivery, late: timing.late });
          }
        }
      }
    }
    return work;
  }

  /** Claims left unsent by a process that stopped (or by this one, before a restart with the same owner). */
  async function takeOverStale(subsById: Map<string, Subscription>, now: Date, report: TickReport, held: Set<string>): Promise<Work[]> {
    const work: Work[] = [];
    for (const open of await store.listDeliveries({ status: 'claimed' })) {
      const sub = subsById.get(open.subscriptionId);
      if (!sub) continue;
      if (open.claimedBy !== owner && open.leaseUntil !== null && open.leaseUntil > now.toISOString()) continue;
      if (!hold(keyOf(open), held)) continue;
      const delivery = await store.reclaimDelivery(open, { owner, now: now.toISOString(), leaseUntil: leaseFrom(now) });
      if (!delivery) {
        release(keyOf(open), held);
        continue;
      }
      const timing = timingOf({ localDate: open.localDate, at: new Date(open.scheduledFor) }, now, { graceMs, lateAfterMs });
      if (timing.kind === 'missed') {
        const reason = staleClaimReason(sub, new Date(open.scheduledFor), graceMs);
        await store.closeDelivery(open, { status: 'skipped', reason, now: now.toISOString() });
        report.skipped++;
        emitDigestEvent(ctx, 'skipped', { subscriptionId: sub.id, channel: sub.channel, localDate: open.localDate, scheduledFor: open.scheduledFor, late: false, reason });
        continue;
      }
      report.retried++;
      logger.info({ subscription: sub.id, localDate: open.localDate, previousOwner: open.claimedBy }, 'retrying a digest claimed but not sent');
      work.push({ sub, delivery, late: open.late || (timing.kind === 'due' && timing.late) });
    }
    return work;
  }

  async function refresh(): Promise<void> {
    if (options.refreshLibrary === false) return;
    const libraries = options.libraries?.() ?? [options.library];
    refreshing ??= Promise.all(libraries.map((library) => library.refresh().then((r) => logger.info({ set: library.set, added: r.added.length, changed: r.changed.length, removed: r.removed.length }, 'document set refreshed'))))
      .catch((error: unknown) => logger.error({ err: error }, 'document set refresh failed; digests use what was loaded'))
      .finally(() => {
        refreshing = undefined;
      });
    await refreshing;
  }

  async function post(work: Work[], report: TickReport): Promise<void> {
    const queue = [...work];
    const worker = async () => {
      for (let item = queue.shift(); item; item = queue.shift()) {
        const poster = posters.get(item.sub.channel.platform)!;
        try {
          report.outcomes.push(await deliverClaim(ctx, poster, item.sub, item.delivery, item.late));
        } catch (error) {
          // A store failure mid-delivery: the claim stays open and is taken over after its lease.
          logger.error({ err: error, subscription: item.sub.id }, 'digest delivery interrupted');
          report.interrupted ??= asError(error);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, work.length) }, worker));
  }

  async function runTick(): Promise<TickReport> {
    const report: TickReport = { claimed: 0, retried: 0, skipped: 0, outcomes: [] };
    const now = clock.now();
    const owns = options.owns ?? (() => true);
    const held = new Set<string>();
    try {
      const subs = (await store.listSubscriptions({ status: 'active' })).filter((s) => posters.has(s.channel.platform) && owns(s));
      const work = [...(await takeOverStale(new Map(subs.map((s) => [s.id, s])), now, report, held)), ...(await claimDue(subs, now, report, held))];
      if (work.length > 0) {
        await refresh();
        await post(work, report);
      }
      return report;
    } finally {
      // Every outcome is written (or the claim is left open for a takeover): let later ticks see them again.
      for (const key of held) inFlight.delete(key);
    }
  }

  async function tick(): Promise<TickReport> {
    if (stopped) return { claimed: 0, retried: 0, skipped: 0, outcomes: [] };
    const run = runTick().then(
      (report) => {
        options.tickDone?.(report.interrupted);
        return report;
      },
      (error: unknown) => {
        logger.error({ err: error }, 'digest tick failed; the next tick tries again');
        options.tickDone?.(asError(error));
        return { claimed: 0, retried: 0, skipped: 0, outcomes: [] } satisfies TickReport;
      },
    );
    running.add(run);
    try {
      return await run;
    } finally {
      running.delete(run);
    }
  }

  return {
    async start() {
      logger.info({ store: store.kind, platforms: [...posters.keys()], graceMs }, 'digest scheduler starting');
      const first = await tick();
      // stop() may have come while the first tick ran: then the trigger must not start at all.
      if (!stopped) trigger.start(tick);
      return first;
    },
    async stop() {
      stopped = true;
      trigger.stop();
      await Promise.all([...running]);
    },
    tick,
  };
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
