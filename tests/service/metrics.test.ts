import { describe, expect, it } from 'vitest';
import { createMetrics } from '../../src/service/metrics.js';

describe('createMetrics', () => {
  it('exports every metric the operating guide names, each on its own registry', async () => {
    const a = createMetrics({ processMetrics: false });
    const b = createMetrics({ processMetrics: false });
    a.documentsIndexed.set(5);
    a.documentsRejected.set(1);
    a.adapterReconnects.inc({ platform: 'discord' });
    a.answerSeconds.observe({ platform: 'console', command: 'topics' }, 0.03);
    const text = await a.registry.metrics();
    for (const name of [
      'briefbot_commands_total',
      'briefbot_answer_duration_seconds',
      'briefbot_digests_total',
      'briefbot_documents_indexed 5',
      'briefbot_documents_rejected 1',
      'briefbot_adapter_reconnects_total{platform="discord"} 1',
      'briefbot_adapter_ready',
    ]) {
      expect(text).toContain(name);
    }
    expect(text).toContain('briefbot_answer_duration_seconds_bucket{le="0.05",platform="console",command="topics"} 1');
    expect(await b.registry.metrics()).toContain('briefbot_documents_indexed 0');
  });

  it('GIVEN sources to watch THEN the gauges show their values at each scrape', async () => {
    const metrics = createMetrics({ processMetrics: false });
    let indexed = 5;
    let discordReady = false;
    metrics.watch({
      documents: () => ({ indexed, rejected: 2 }),
      adapters: () => [
        { platform: 'discord', ready: discordReady },
        { platform: 'slack', ready: true },
      ],
    });
    expect(await metrics.registry.metrics()).toContain('briefbot_documents_indexed 5');
    indexed = 6;
    discordReady = true;
    const text = await metrics.registry.metrics();
    expect(text).toContain('briefbot_documents_indexed 6');
    expect(text).toContain('briefbot_documents_rejected 2');
    expect(text).toContain('briefbot_adapter_ready{platform="discord"} 1');
    expect(text).toContain('briefbot_adapter_ready{platform="slack"} 1');
  });
});
