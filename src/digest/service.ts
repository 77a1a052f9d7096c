import { randomUUID } from 'node:crypto';
import { type CodedError, codedError } from '../chat/coded-error.js';
import type { ChannelRef, UserRef } from '../chat/refs.js';
import type { Digest } from '../core/briefing.js';
import { digestWordBudget } from '../core/compose/compose-digest.js';
import type { Library } from '../core/library/library.js';
import { err, ok, type Result } from '../core/result.js';
import type { Store, Subscription } from '../store/store.js';
import { buildDigest } from './build-digest.js';
import type { LinkDigest } from './deliver.js';
import type { Digests, SubscriptionRequest, SubscriptionView } from './digests.js';
import { localIso, nextRun } from './schedule.js';
import { parseSubscriptionRequest } from './subscription-request.js';

export interface DigestServiceOptions {
  store: Store;
  library: Library;
  /** The library of a channel's own set (/set use); default `library` for every channel. */
  libraryFor?: (channel: ChannelRef) => Promise<Library>;
  now?: () => Date;
  newId?: () => string;
  /** Each topic's full briefing page for `/digest now`, as scheduled digests get them; absent where pages are not served. */
  linkDigest?: LinkDigest;
}

/** /digest for every adapter: subscriptions in the store, next runs in the channel's own zone. */
export function createDigestService(options: DigestServiceOptions): Digests {
  const { store } = options;
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? (() => randomUUID());

  return {
    async subscribe(channel: ChannelRef, request: SubscriptionRequest, by: UserRef): Promise<Result<SubscriptionView, CodedError>> {
      const settings = parseSubscriptionRequest(request);
      if (!settings.ok) return err(codedError('invalid-input', settings.error));
      const at = now().toISOString();
      const saved = await store.putSubscription({
        id: newId(),
        channel,
        ...settings.value,
        status: 'active',
        pausedReason: null,
        activeSince: at,
        createdBy: by.id,
        now: at,
      });
      return ok(toView(saved, now()));
    },

    async unsubscribe(channel: ChannelRef, _by: UserRef): Promise<Result<number, CodedError>> {
      return ok(await store.deleteSubscriptions(channel));
    },

    async list(channel: ChannelRef): Promise<SubscriptionView[]> {
      const at = now();
      return (await store.listSubscriptions({ channel })).map((s) => toView(s, at));
    },

    async now(channel: ChannelRef): Promise<Digest> {
      const [sub] = await store.listSubscriptions({ channel });
      const library = options.libraryFor ? await options.libraryFor(channel) : options.library;
      return buildDigest(store, library, sub, { now: now() });
    },

    ...(options.linkDigest ? { links: options.linkDigest } : {}),
  };
}

export function toView(sub: Subscription, at: Date): SubscriptionView {
  const active = sub.status === 'active';
  return {
    id: sub.id,
    channel: sub.channel,
    time: sub.time,
    timezone: sub.timezone,
    weekdays: [...sub.weekdays],
    topics: [...sub.topics],
    length: sub.length,
    wordBudget: digestWordBudget(sub.length, sub.wordBudget),
    quietDays: sub.quietDays ?? 'line',
    nextRun: active ? localIso(nextRun(sub, at).at, sub.timezone) : null,
    status: sub.status,
    ...(sub.pausedReason ? { pausedReason: sub.pausedReason } : {}),
  };
}
