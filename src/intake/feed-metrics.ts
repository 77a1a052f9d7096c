import { Counter, Gauge, type Registry } from 'prom-client';

/** Per-feed counters: what each feed added, why its fetches failed, when it last worked. */
export function createFeedMetrics(registry: Registry) {
  return {
    itemsAdded: new Counter({
      name: 'briefbot_feed_items_added_total',
      help: 'Articles a feed added to its set (page text, or the feed summary when the page could not be fetched).',
      labelNames: ['set', 'feed', 'source'] as const,
      registers: [registry],
    }),
    failures: new Counter({
      name: 'briefbot_feed_fetch_failures_total',
      help: 'Failed fetches of a feed or of one of its pages, by reason.',
      labelNames: ['set', 'feed', 'reason'] as const,
      registers: [registry],
    }),
    lastSuccess: new Gauge({
      name: 'briefbot_feed_last_success_timestamp_seconds',
      help: 'When the feed was last read (or answered 304), as Unix seconds.',
      labelNames: ['set', 'feed'] as const,
      registers: [registry],
    }),
  };
}
export type FeedMetrics = ReturnType<typeof createFeedMetrics>;
