import type { Config } from '../config/schema.js';
import type { Logger } from '../log.js';
import { openStore } from '../store/open.js';
import type { Store } from '../store/store.js';
import type { ServiceMetrics } from './metrics.js';
import type { Step } from './open-sets.js';
import type { StoreHealth } from './store-health.js';

/**
 * Opens the store (migrations run here) and checks its integrity: a failed check is logged and
 * turns /healthz to 503, but the bot still starts and answers.
 */
export async function openCheckedStore(config: Config, logger: Logger, metrics: ServiceMetrics, storeHealth: StoreHealth, step: Step): Promise<Store> {
  const opening = openStore(config, { onConnectionError: (error) => logger.warn({ err: error }, 'store connection lost; the pool reconnects') });
  let store: Store;
  try {
    store = await step(opening);
  } catch (error) {
    // A stop came while it opened: nobody holds the store, so close it once it is open.
    void opening.then((opened) => opened.close()).catch(() => undefined);
    throw error;
  }
  const problem = await step(store.integrity?.());
  if (problem) logger.error({ problem }, 'the store failed its integrity check: digests may fail; /healthz answers 503 until it is repaired or restored');
  storeHealth.opened(problem);
  metrics.watch({ store: storeHealth.ok });
  return store;
}

/** Briefings past their link's expiry are forgotten at start and hourly after; returns the stop. */
export function forgetExpiredBriefings(store: Store, logger: Logger): () => void {
  const forget = () => void store.deleteExpiredBriefings(new Date().toISOString()).catch((error: unknown) => logger.warn({ err: error }, 'could not forget expired briefings'));
  forget();
  const timer = setInterval(forget, 3_600_000).unref();
  return () => clearInterval(timer);
}
