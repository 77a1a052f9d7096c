import type { ReadinessCheck } from '../adapters/adapter.js';
import type { ServiceMetrics } from './metrics.js';

/** Ticks that may fail in a row before /healthz says so: one can be a blip (a lock held, PostgreSQL restarting). */
export const FAILED_TICKS_IN_A_ROW = 3;

/**
 * Whether the store can be trusted with digests: opened, sound by its integrity check, and not
 * failing tick after tick. Its readiness check turns /healthz to 503 with the reason; each failed
 * tick is counted in briefbot_digest_ticks_failed_total.
 */
export interface StoreHealth {
  check: ReadinessCheck;
  ok(): boolean;
  /** The store is open; `problem` is what its integrity check found, if anything. */
  opened(problem: string | undefined): void;
  /** The scheduler's tickDone. */
  tickDone(error: Error | undefined): void;
}

export function createStoreHealth(metrics: ServiceMetrics): StoreHealth {
  let open = false;
  let damaged: string | undefined;
  let failedInARow = 0;
  let lastError = '';
  const reason = (): string | undefined => {
    if (!open) return 'not open yet';
    if (damaged) return damaged;
    if (failedInARow >= FAILED_TICKS_IN_A_ROW) return `the last ${failedInARow} digest ticks failed: ${lastError}`;
    return undefined;
  };
  const ok = () => reason() === undefined;
  return {
    check: { name: 'store', ready: ok, reason },
    ok,
    opened(problem) {
      open = true;
      damaged = problem;
    },
    tickDone(error) {
      if (!error) {
        failedInARow = 0;
        return;
      }
      failedInARow++;
      lastError = error.message;
      metrics.digestTicksFailed.inc();
    },
  };
}
