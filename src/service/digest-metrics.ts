import type { DigestHooks } from '../digest/events.js';
import type { ServiceMetrics } from './metrics.js';

/**
 * The scheduler's hooks, counted. A digest posted late fires `sent` then `late`; it is counted
 * once, as late, so sent + late is every digest posted.
 */
export function digestMetricHooks(metrics: ServiceMetrics): DigestHooks {
  return {
    sent: (event) => {
      if (!event.late) metrics.digests.inc({ platform: event.channel.platform, outcome: 'sent' });
    },
    late: (event) => metrics.digests.inc({ platform: event.channel.platform, outcome: 'late' }),
    skipped: (event) => metrics.digests.inc({ platform: event.channel.platform, outcome: 'skipped' }),
    // Apart from `skipped`, which alerts watch: a quiet day not posted is the subscription's choice.
    quiet: (event) => metrics.digests.inc({ platform: event.channel.platform, outcome: 'quiet' }),
    failed: (event) => metrics.digests.inc({ platform: event.channel.platform, outcome: 'failed' }),
  };
}
