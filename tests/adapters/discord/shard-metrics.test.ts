import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { answerMetricsRequests, createShardMetricsCollector, type ShardLink, type ShardMetricsCollector } from '../../../src/adapters/discord/shard-metrics.js';
import { createMetrics, type ServiceMetrics } from '../../../src/service/metrics.js';
import { sampleTotal, typeLines } from '../../service/helpers/prometheus-text.js';

/**
 * A shard process seen from the main process: messages go over a fake IPC channel (an
 * EventEmitter each way, delivered on a later turn as Node's IPC does) to the real answering
 * code, which reads a real registry.
 */
function fakeShard(id: number, collector: ShardMetricsCollector, registry: () => ServiceMetrics | undefined, options: { answers?: boolean } = {}): ShardLink {
  const parent = new EventEmitter() as EventEmitter & { send: (message: unknown) => void };
  parent.send = (message) => setImmediate(() => collector.handle(message));
  if (options.answers ?? true) answerMetricsRequests(parent, () => registry()?.registry);
  return {
    id,
    connected: () => true,
    send: async (message) => {
      setImmediate(() => parent.emit('message', JSON.parse(JSON.stringify(message))));
    },
  };
}

/** Each shard's registry as a shard process would have it after serving a few commands and digests. */
function shardWith(commands: number, answerSeconds: number, digests: number): ServiceMetrics {
  const metrics = createMetrics();
  metrics.commands.inc({ platform: 'discord', command: 'brief', outcome: 'briefing' }, commands);
  metrics.answerSeconds.observe({ platform: 'discord', command: 'brief' }, answerSeconds);
  metrics.digests.inc({ platform: 'discord', outcome: 'sent' }, digests);
  metrics.watch({ documents: () => ({ indexed: 12, rejected: 1 }), adapters: () => [{ platform: 'discord', ready: true }] });
  return metrics;
}

function mainProcess(collector: ShardMetricsCollector, shards: ShardLink[]): ServiceMetrics {
  const main = createMetrics();
  main.commands.inc({ platform: 'slack', command: 'topics', outcome: 'topics' });
  main.watch({
    documents: () => ({ indexed: 12, rejected: 1 }),
    adapters: () => [
      { platform: 'discord', ready: true },
      { platform: 'slack', ready: true },
    ],
  });
  main.includeShards(() => collector.collect(shards));
  return main;
}

describe("the main process's /metrics in a sharded run", () => {
  it('GIVEN two shards THEN counters and histogram buckets are summed, and each metric name appears once', async () => {
    const collector = createShardMetricsCollector({ timeoutMs: 5_000 });
    const a = shardWith(2, 0.03, 1);
    const b = shardWith(3, 0.3, 4);
    const main = mainProcess(collector, [fakeShard(0, collector, () => a), fakeShard(1, collector, () => b)]);

    const text = await main.registry.metrics();
    expect(sampleTotal(text, 'briefbot_commands_total', { platform: 'discord', command: 'brief' })).toBe(5);
    expect(sampleTotal(text, 'briefbot_commands_total', { platform: 'slack' })).toBe(1);
    expect(sampleTotal(text, 'briefbot_digests_total', { outcome: 'sent' })).toBe(5);
    expect(sampleTotal(text, 'briefbot_answer_duration_seconds_bucket', { le: '0.05', command: 'brief' })).toBe(1);
    expect(sampleTotal(text, 'briefbot_answer_duration_seconds_bucket', { le: '0.5', command: 'brief' })).toBe(2);
    expect(sampleTotal(text, 'briefbot_answer_duration_seconds_count', { command: 'brief' })).toBe(2);
    expect(sampleTotal(text, 'briefbot_answer_duration_seconds_sum', { command: 'brief' })).toBeCloseTo(0.33);
    // Every process loads the same set: the document count is not tripled.
    expect(sampleTotal(text, 'briefbot_documents_indexed', {})).toBe(12);
    expect(sampleTotal(text, 'briefbot_adapter_ready', { platform: 'discord' })).toBe(1);
    expect(sampleTotal(text, 'briefbot_shard_metrics_missing', {})).toBe(0);
    // Process metrics of all three processes are combined by prom-client, not listed three times.
    expect(sampleTotal(text, 'process_cpu_user_seconds_total', {})).toBeGreaterThan(0);
    const names = typeLines(text);
    expect(names.length).toBeGreaterThan(10);
    expect(new Set(names).size).toBe(names.length);
  });

  it('GIVEN a shard that never answers THEN the scrape still returns, without it, and says one is missing', async () => {
    const collector = createShardMetricsCollector({ timeoutMs: 50 });
    const a = shardWith(2, 0.03, 1);
    const hung = shardWith(100, 0.03, 100);
    const main = mainProcess(collector, [fakeShard(0, collector, () => a), fakeShard(1, collector, () => hung, { answers: false })]);

    const text = await main.registry.metrics();
    expect(sampleTotal(text, 'briefbot_commands_total', { platform: 'discord' })).toBe(2);
    expect(sampleTotal(text, 'briefbot_digests_total', { outcome: 'sent' })).toBe(1);
    expect(sampleTotal(text, 'briefbot_shard_metrics_missing', {})).toBe(1);
    expect(await collector.collect([fakeShard(7, collector, () => hung, { answers: false })])).toEqual({ replies: [], missing: [7] });
  });

  it('GIVEN a shard that is down or still starting THEN it is left out at once, and a stray reply changes nothing', async () => {
    const collector = createShardMetricsCollector({ timeoutMs: 60_000 });
    const a = shardWith(2, 0.03, 1);
    const down: ShardLink = { id: 1, connected: () => false, send: () => Promise.reject(new Error('no process')) };
    const starting = fakeShard(2, collector, () => undefined);
    const brokenPipe: ShardLink = { id: 3, connected: () => true, send: () => Promise.reject(new Error('channel closed')) };
    collector.handle({ type: 'briefbot:metrics-reply', id: 999, metrics: [] });
    collector.handle({ type: 'briefbot:metrics-reply', id: 0, metrics: 'not metrics' });
    collector.handle('hello');

    const collected = await collector.collect([fakeShard(0, collector, () => a), down, starting, brokenPipe]);
    expect(collected.missing).toEqual([1, 2, 3]);
    expect(collected.replies).toHaveLength(1);
  });

  it('GIVEN no shards (an unsharded run) THEN /metrics is this process alone, with no shard gauge', async () => {
    const metrics = createMetrics();
    metrics.commands.inc({ platform: 'discord', command: 'brief', outcome: 'briefing' });
    const text = await metrics.registry.metrics();
    expect(sampleTotal(text, 'briefbot_commands_total', { command: 'brief' })).toBe(1);
    expect(text).not.toContain('briefbot_shard_metrics_missing');
    expect(text).toContain('process_start_time_seconds');
  });
});
