import { describe, expect, it } from 'vitest';
import type { DigestEvent } from '../../src/digest/events.js';
import { digestMetricHooks } from '../../src/service/digest-metrics.js';
import { createMetrics } from '../../src/service/metrics.js';

const event = (late: boolean): DigestEvent => ({
  subscriptionId: 'sub-1',
  channel: { platform: 'slack', id: 'C1', workspace: 'T1' },
  localDate: '2025-08-20',
  scheduledFor: '2025-08-20T04:00:00.000Z',
  late,
});

describe('digestMetricHooks', () => {
  it('counts each digest once by outcome: on time as sent, catch-up as late, plus skipped and failed', async () => {
    const metrics = createMetrics({ processMetrics: false });
    const hooks = digestMetricHooks(metrics);
    // The scheduler fires sent, then late, for a digest posted late.
    hooks.sent?.(event(false));
    hooks.sent?.(event(true));
    hooks.late?.(event(true));
    hooks.skipped?.(event(false));
    hooks.failed?.(event(false));
    hooks.failed?.(event(false));
    const text = await metrics.registry.metrics();
    expect(text).toContain('briefbot_digests_total{platform="slack",outcome="sent"} 1');
    expect(text).toContain('briefbot_digests_total{platform="slack",outcome="late"} 1');
    expect(text).toContain('briefbot_digests_total{platform="slack",outcome="skipped"} 1');
    expect(text).toContain('briefbot_digests_total{platform="slack",outcome="failed"} 2');
  });
});
