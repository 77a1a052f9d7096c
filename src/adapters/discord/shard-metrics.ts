import { AggregatorRegistry, Registry } from 'prom-client';
import { z } from 'zod';

/**
 * GET /metrics of a sharded run: the main process asks every Discord shard process for its
 * registry over the ShardingManager's IPC channel, and serves prom-client's aggregation of its own
 * metrics and theirs (counters and histogram buckets summed, each metric's `aggregator` otherwise).
 * A shard that is restarting or hung does not answer in time and is left out; the
 * briefbot_shard_metrics_missing gauge says how many were.
 */

export const METRICS_REQUEST = 'briefbot:metrics-request';
export const METRICS_REPLY = 'briefbot:metrics-reply';

/** A scrape waits this long for the shards; Prometheus's own scrape timeout is 10 s by default. */
export const DEFAULT_SHARD_METRICS_TIMEOUT_MS = 2_000;

export const MISSING_METRIC = 'briefbot_shard_metrics_missing';

const metricsRequest = z.object({ type: z.literal(METRICS_REQUEST), id: z.number().int() });

// What registry.getMetricsAsJSON() gives, after a JSON round trip (NaN arrives as null).
const metricJson = z.object({
  name: z.string(),
  help: z.string(),
  type: z.enum(['counter', 'gauge', 'histogram', 'summary']),
  // aggregate() throws on an aggregator it does not know, so an unknown one is refused here.
  aggregator: z.enum(['omit', 'sum', 'first', 'min', 'max', 'average']).default('sum'),
  values: z.array(
    z.object({
      // NaN is real (event-loop lag before its first sample) and crosses JSON as null.
      value: z.union([z.number(), z.nan(), z.null()]).transform((value) => value ?? Number.NaN),
      labels: z.record(z.string(), z.union([z.string(), z.number()])),
      metricName: z.string().optional(),
    }),
  ),
});
export type MetricJson = z.infer<typeof metricJson>;

const metricsReply = z.object({ type: z.literal(METRICS_REPLY), id: z.number().int(), metrics: z.unknown() });
/** null: the shard is up but its service has not created its metrics yet. */
const shardMetricsJson = z.array(metricJson).nullable();

/** The shard process's end of the IPC channel (`process` in a shard). */
export interface ParentChannel {
  on(event: 'message', listener: (message: unknown) => void): unknown;
  off(event: 'message', listener: (message: unknown) => void): unknown;
  send?: (message: unknown) => unknown;
}

/**
 * In a shard process: answers each metrics request with this shard's registry, or null while the
 * service is still starting. Returns what stops answering.
 */
export function answerMetricsRequests(parent: ParentChannel, registry: () => Registry | undefined): () => void {
  const listener = (message: unknown) => {
    const request = metricsRequest.safeParse(message);
    if (!request.success) return;
    const current = registry();
    const reply = (metrics: unknown) => {
      // The manager may be gone by now: nothing to tell, and the shard stops on 'disconnect'.
      try {
        parent.send?.({ type: METRICS_REPLY, id: request.data.id, metrics });
      } catch {
        // ignored, as above
      }
    };
    if (!current) return reply(null);
    current.getMetricsAsJSON().then(reply, () => reply(null));
  };
  parent.on('message', listener);
  return () => parent.off('message', listener);
}

/** One shard as the main process sees it. */
export interface ShardLink {
  id: number;
  /** False while its process is down or being started again. */
  connected(): boolean;
  send(message: unknown): Promise<unknown>;
}

export interface CollectedShardMetrics {
  /** One getMetricsAsJSON() per shard that answered. */
  replies: MetricJson[][];
  /** Ids of the shards that did not answer in time (down, restarting, hung, still starting). */
  missing: number[];
}

export interface ShardMetricsCollector {
  /** Feed it every message a shard sends; it takes the metrics replies and ignores the rest. */
  handle(message: unknown): void;
  collect(shards: readonly ShardLink[]): Promise<CollectedShardMetrics>;
}

export function createShardMetricsCollector(options: { timeoutMs?: number } = {}): ShardMetricsCollector {
  const timeoutMs = options.timeoutMs ?? DEFAULT_SHARD_METRICS_TIMEOUT_MS;
  const pending = new Map<number, (metrics: MetricJson[] | null) => void>();
  let nextId = 0;

  const ask = (shard: ShardLink): Promise<MetricJson[] | null> => {
    if (!shard.connected()) return Promise.resolve(null);
    const id = nextId++;
    return new Promise((resolve) => {
      const finish = (metrics: MetricJson[] | null) => {
        clearTimeout(timer);
        pending.delete(id);
        resolve(metrics);
      };
      const timer = setTimeout(() => finish(null), timeoutMs);
      pending.set(id, finish);
      shard.send({ type: METRICS_REQUEST, id }).catch(() => finish(null));
    });
  };

  return {
    handle(message) {
      const reply = metricsReply.safeParse(message);
      if (!reply.success) return;
      // Metrics that do not read as metrics leave the shard out of this scrape, at once.
      const metrics = shardMetricsJson.safeParse(reply.data.metrics);
      pending.get(reply.data.id)?.(metrics.success ? metrics.data : null);
    },
    async collect(shards) {
      const answers = await Promise.all(shards.map(async (shard) => ({ id: shard.id, metrics: await ask(shard) })));
      return {
        replies: answers.flatMap((answer) => (answer.metrics ? [answer.metrics] : [])),
        missing: answers.filter((answer) => !answer.metrics).map((answer) => answer.id),
      };
    },
  };
}

/**
 * This process's metrics and the shards', as one registry: prom-client groups them by name, so
 * each name appears once, and combines each with its own aggregator (counters and histograms are
 * summed; process_start_time_seconds is omitted, nodejs_version_info taken from the first).
 */
export function aggregateShardMetrics(own: readonly MetricJson[], collected: CollectedShardMetrics): Registry {
  const missing: MetricJson = {
    name: MISSING_METRIC,
    help: 'Discord shards whose metrics are not in this scrape: down, restarting or not answering in time',
    type: 'gauge',
    aggregator: 'sum',
    values: [{ value: collected.missing.length, labels: {} }],
  };
  return AggregatorRegistry.aggregate([[...own, missing], ...collected.replies]);
}

/**
 * The main process's registry: on its own (no shards) it is a plain Registry; once told where the
 * shards are, GET /metrics serves the aggregation.
 */
export class ShardAwareRegistry extends Registry {
  private shards: (() => Promise<CollectedShardMetrics>) | undefined;

  collectShardsWith(shards: () => Promise<CollectedShardMetrics>): void {
    this.shards = shards;
  }

  override async metrics(): Promise<string> {
    if (!this.shards) return super.metrics();
    const [own, collected] = await Promise.all([this.getMetricsAsJSON(), this.shards()]);
    // prom-client's typings call `type` an enum; at run time it is the string the schema names.
    return aggregateShardMetrics(own as unknown as MetricJson[], collected).metrics();
  }
}
