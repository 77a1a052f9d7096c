import { Counter, collectDefaultMetrics, Gauge, Histogram, type Registry } from 'prom-client';
import { type CollectedShardMetrics, ShardAwareRegistry } from '../adapters/discord/shard-metrics.js';

/** Every metric briefbot exports, on a registry of its own (tests create as many as they like). */
export interface ServiceMetrics {
  registry: Registry;
  commands: Counter<'platform' | 'command' | 'outcome'>;
  answerSeconds: Histogram<'platform' | 'command'>;
  digests: Counter<'platform' | 'outcome'>;
  documentsIndexed: Gauge;
  documentsRejected: Gauge;
  indexProgress: Gauge;
  adapterReconnects: Counter<'platform'>;
  adapterReady: Gauge<'platform'>;
  errorReports: Counter<'platform'>;
  briefingPages: Counter<'outcome'>;
  digestTicksFailed: Counter;
  storeOk: Gauge;
  /** Where the gauges read their values at each scrape: the library and the adapters, once they exist. */
  watch(sources: Partial<GaugeSources>): void;
  /** A sharded run's main process: GET /metrics adds up these shards' metrics with its own (src/adapters/discord/shard-metrics.ts). */
  includeShards(collect: () => Promise<CollectedShardMetrics>): void;
}

export interface GaugeSources {
  documents(): { indexed: number; rejected: number };
  /** Documents of the set indexed so far, of how many. */
  indexing(): { done: number; total: number };
  adapters(): ReadonlyArray<{ platform: string; ready: boolean }>;
  /** The store passed its integrity check at start and digest ticks are not failing again and again. */
  store(): boolean;
}

export function createMetrics(options: { processMetrics?: boolean } = {}): ServiceMetrics {
  const registry = new ShardAwareRegistry();
  if (options.processMetrics ?? true) collectDefaultMetrics({ register: registry });
  const registers = [registry];
  const sources: Partial<GaugeSources> = {};
  return {
    watch(next) {
      Object.assign(sources, next);
    },
    includeShards(collect) {
      registry.collectShardsWith(collect);
    },
    registry,
    commands: new Counter({
      name: 'briefbot_commands_total',
      help: 'Commands answered, by platform, command (brief, topics, digest.now, …) and what the answer was',
      labelNames: ['platform', 'command', 'outcome'],
      registers,
    }),
    answerSeconds: new Histogram({
      name: 'briefbot_answer_duration_seconds',
      help: 'Time from a command reaching the core to its answer being ready',
      labelNames: ['platform', 'command'],
      // A warm /brief answers in tens of milliseconds; digests and cold paths take seconds.
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    digests: new Counter({
      name: 'briefbot_digests_total',
      help: 'Scheduled digests by outcome: sent on time, sent late (catch-up), skipped (past the grace window), failed',
      labelNames: ['platform', 'outcome'],
      registers,
    }),
    // Read at scrape time, so a refresh of the set shows without anyone remembering to set them.
    documentsIndexed: new Gauge({
      name: 'briefbot_documents_indexed',
      help: 'Documents in the loaded set',
      registers,
      // Sharded, every process loads the same set: adding them up would count each document once per process.
      aggregator: 'max',
      collect() {
        if (sources.documents) this.set(sources.documents().indexed);
      },
    }),
    documentsRejected: new Gauge({
      name: 'briefbot_documents_rejected',
      help: 'Documents refused when the set was (re)loaded: empty, binary, too large, bad front matter',
      registers,
      aggregator: 'max',
      collect() {
        if (sources.documents) this.set(sources.documents().rejected);
      },
    }),
    indexProgress: new Gauge({
      name: 'briefbot_index_progress',
      help: 'Share of the set indexed since start, 0 to 1: analyses read back or made, added to the index',
      registers,
      aggregator: 'min',
      collect() {
        const progress = sources.indexing?.();
        if (progress) this.set(progress.total ? progress.done / progress.total : 1);
      },
    }),
    adapterReconnects: new Counter({
      name: 'briefbot_adapter_reconnects_total',
      help: 'Times a platform connection was lost and re-established',
      labelNames: ['platform'],
      registers,
    }),
    digestTicksFailed: new Counter({
      name: 'briefbot_digest_ticks_failed_total',
      help: 'Digest scheduler ticks that failed or had a delivery cut short, most often by a store that cannot be read or written',
      registers,
    }),
    storeOk: new Gauge({
      name: 'briefbot_store_ok',
      help: '1 while the store passed its integrity check at start and digest ticks are not failing in a row',
      registers,
      aggregator: 'min',
      collect() {
        if (sources.store) this.set(sources.store() ? 1 : 0);
      },
    }),
    adapterReady: new Gauge({
      name: 'briefbot_adapter_ready',
      help: '1 when the platform is connected and answering',
      labelNames: ['platform'],
      registers,
      // Sharded: Discord is ready only when the manager and every shard that answered say so.
      aggregator: 'min',
      collect() {
        for (const { platform, ready } of sources.adapters?.() ?? []) this.set({ platform }, ready ? 1 : 0);
      },
    }),
    errorReports: new Counter({
      name: 'briefbot_error_reports_total',
      help: 'Errors readers reported with the button on a briefing, by platform',
      labelNames: ['platform'],
      registers,
    }),
    briefingPages: new Counter({
      name: 'briefbot_briefing_pages_total',
      help: 'Requests for full briefing pages: shown, or refused as forged, expired or missing',
      labelNames: ['outcome'],
      registers,
    }),
  };
}
