import type { Adapter, ReadinessCheck } from '../adapters/adapter.js';
import type { CollectedShardMetrics } from '../adapters/discord/shard-metrics.js';
import type { Subscription } from '../store/store.js';

/**
 * What the service takes from the optional parts of its adapters (a sharded Discord's shards), so
 * it never needs to know which platform has them.
 */

/** The /healthz parts the adapters add, asked at each request. */
export function adapterReadiness(adapters: readonly Adapter[]): ReadinessCheck[] {
  return adapters.flatMap((adapter) => adapter.readinessChecks?.() ?? []);
}

/** The scheduler's ownership rule when an adapter narrows it; absent when none does (every subscription of its platforms). */
export function ownedByAdapters(adapters: readonly Adapter[]): { owns?: (subscription: Subscription) => boolean } {
  if (!adapters.some((adapter) => adapter.ownsChannel)) return {};
  return {
    owns: (subscription) => {
      const adapter = adapters.find((a) => a.platform === subscription.channel.platform);
      return adapter?.ownsChannel?.(subscription.channel) ?? true;
    },
  };
}

/** Every child process's metrics, when an adapter runs some; absent otherwise, so /metrics serves this process's alone. */
export function adapterChildMetrics(adapters: readonly Adapter[]): (() => Promise<CollectedShardMetrics>) | undefined {
  const parents = adapters.filter((adapter) => adapter.childMetrics);
  if (parents.length === 0) return undefined;
  return async () => {
    const each = await Promise.all(parents.map((adapter) => adapter.childMetrics!()));
    return { replies: each.flatMap((c) => c.replies), missing: each.flatMap((c) => c.missing) };
  };
}
