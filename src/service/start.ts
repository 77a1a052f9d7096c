import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Adapter, ReadinessCheck } from '../adapters/adapter.js';
import type { CommandServices } from '../commands/handle.js';
import { createRateLimiter } from '../commands/rate-limit.js';
import type { Config } from '../config/schema.js';
import type { Library } from '../core/library.js';
import { startLibrary, type StartedLibrary } from '../core/pipeline.js';
import { warmBriefings } from '../core/warm-briefings.js';
import type { ChannelRef } from '../chat/refs.js';
import { configuredSets } from '../sets/configured.js';
import { createSetDirectory, type SetDirectory } from '../sets/directory.js';
import { openSets } from '../sets/open.js';
import type { ServedSet } from '../sets/directory.js';
import { createIntake } from '../intake/intake.js';
import { createFeedMetrics } from '../intake/feed-metrics.js';
import { createFeedPoller, type FeedPoller } from '../intake/feeds.js';
import { startRetention } from '../intake/retention.js';
import type { Clock } from '../digest/clock.js';
import { createScheduler, type Scheduler } from '../digest/scheduler.js';
import { digestLinks } from '../digest/digest-links.js';
import type { Trigger } from '../digest/trigger.js';
import { createDigestService } from '../digest/service.js';
import type { Logger } from '../log.js';
import { analysisCachePlace, openAnalysisCache } from '../store/analysis-open.js';
import type { ClosableAnalysisCache } from '../store/analysis-sqlite.js';
import { describeStore, openStore } from '../store/open.js';
import type { Store } from '../store/store.js';
import { digestMetricHooks } from './digest-metrics.js';
import { healthReport, startServiceServer, type ServiceServer } from './health.js';
import { createMetrics, type ServiceMetrics } from './metrics.js';
import { observeCommands } from './observe.js';
import { releaseUnsentClaims } from './release-claims.js';
import { adapterChildMetrics, adapterReadiness, ownedByAdapters } from './adapter-capabilities.js';
import { createShutdown, type Shutdown } from './shutdown.js';
import type { Listening } from '../http/listen.js';
import { createLinkSigner } from '../share/link.js';
import { startPublicServer } from '../share/server.js';
import { createSharing } from '../share/sharing.js';
import { createStoreHealth } from './store-health.js';
import { startDocumentRefresh, type DocumentRefresh } from './refresh-documents.js';

export interface ServiceOptions {
  config: Config;
  logger: Logger;
  /** The adapters to run, built around the command services (platforms.ts for the real ones). */
  createAdapters: (services: CommandServices, metrics: ServiceMetrics, store: Store) => Adapter[];
  /** Aborted by a stop signal: starting stops where it is, and what already started is stopped. */
  signal?: AbortSignal;
  /** Tests: a controlled clock for the scheduler. */
  clock?: Clock;
  /** Tests: what wakes the scheduler instead of the real minute timer (e.g. a controlled clock advancing). */
  trigger?: Trigger;
}

/** Thrown by startService when a stop signal came before it finished; everything started was stopped. */
export class StartAborted extends Error {
  override readonly name = 'StartAborted';
}

export interface RunningService {
  /** The default set's. */
  library: Library;
  sets: SetDirectory;
  store: Store;
  adapters: Adapter[];
  scheduler: Scheduler;
  metrics: ServiceMetrics;
  /** Absent when metrics.port is 0. */
  server?: ServiceServer;
  /** The briefing pages' listener; absent when share.port is 0. */
  publicServer?: Listening;
  shutdown: Shutdown;
}

/**
 * Starts everything in order: health/metrics first (so /healthz says what is still loading), the
 * document set, the store (migrations run here), the adapters, then the digest scheduler. If any
 * of it fails, whatever already started is stopped again before the error is passed on.
 */
export async function startService(options: ServiceOptions): Promise<RunningService> {
  const { config, logger } = options;
  const metrics = createMetrics();
  const observed = observeCommands({ logger: logger.child({ module: 'commands' }), metrics });
  const owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  let shuttingDown = false;
  let library: Library | undefined;
  let started: StartedLibrary | undefined;
  let indexed = false;
  let analyses: ClosableAnalysisCache | undefined;
  let sets: SetDirectory | undefined;
  let feeds: FeedPoller | undefined;
  let retention: { stop(): Promise<void> } | undefined;
  let store: Store | undefined;
  let scheduler: Scheduler | undefined;
  let server: ServiceServer | undefined;
  let publicServer: Listening | undefined;
  const shutdownHooks: Array<() => void> = [];
  let adapters: Adapter[] = [];
  const documentRefreshes: DocumentRefresh[] = [];

  const storeHealth = createStoreHealth(metrics);
  // Every part that must be up is named from the start, so /healthz never says 200 before it is.
  const checks: ReadinessCheck[] = [
    {
      name: 'library',
      ready: () => indexed,
      reason: () => {
        const progress = started?.progress();
        return progress ? `indexing ${progress.done}/${progress.total}` : 'reading the set';
      },
    },
    storeHealth.check,
  ];
  const shutdown = createShutdown({
    timeoutMs: config.shutdown.timeoutSeconds * 1000,
    logger,
    steps: [
      { name: 'stop taking commands', run: () => ((shuttingDown = true), documentRefreshes.forEach((r) => r.stop()), observed.close()) },
      {
        name: 'finish in-flight answers and digests',
        bounded: true,
        run: (remainingMs) => Promise.all([observed.drain(remainingMs), scheduler?.stop(), feeds?.stop(), retention?.stop()]),
      },
      { name: 'stop adapters', bounded: true, run: () => Promise.all(adapters.map((adapter) => adapter.stop())) },
      {
        // Not bounded: it must run even when the budget is spent, or the next start waits out the lease.
        name: 'release unsent digest claims',
        run: async () => {
          if (!store) return;
          const released = await releaseUnsentClaims(store, owner, new Date());
          if (released > 0) logger.warn({ released }, 'digests claimed but not sent are left for the next start to retry');
        },
      },
      { name: 'close store', run: () => (shutdownHooks.forEach((stop) => stop()), Promise.all([store?.close(), analyses?.close()])) },
      { name: 'close briefing pages', bounded: true, run: () => publicServer?.close() },
      { name: 'close health and metrics', bounded: true, run: () => server?.close() },
    ],
  });

  const abortError = () => new StartAborted(`stopped while starting (${String(options.signal?.reason ?? 'signal')})`);
  const aborted = new Promise<never>((_, reject) => {
    if (options.signal?.aborted) reject(abortError());
    options.signal?.addEventListener('abort', () => reject(abortError()), { once: true });
  });
  aborted.catch(() => {});
  /** Waits for one start-up step, unless a stop signal comes first; a hung platform cannot hold a stop up. */
  const step = async <T>(work: Promise<T> | T): Promise<T> => {
    const value = await Promise.race([Promise.resolve(work), aborted]);
    if (options.signal?.aborted) throw abortError();
    return value;
  };

  try {
    if (config.metrics.port > 0) {
      server = await startServiceServer({
        port: config.metrics.port,
        host: config.metrics.host,
        health: () => healthReport([...checks, ...adapterReadiness(adapters)], shuttingDown),
        registry: metrics.registry,
        logger,
      });
    }
    await step(undefined);

    const warn = (message: string, detail: Record<string, unknown>) => logger.warn(detail, message);
    const onConnectionError = (error: Error) => logger.warn({ err: error }, 'store connection lost; the pool reconnects');
    analyses = await step(openAnalysisCacheWithin(ANALYSIS_CACHE_WAIT_MS, openAnalysisCache(config, { warn, onConnectionError }), logger));
    const startedAt = performance.now();
    let logged = 0;
    // The default set (documents.dir when no sets are listed) is served while it indexes; the other desks' sets load in full first.
    const [first, ...others] = configuredSets(config);
    // Every desk's set is analysed, stored and refreshed alike; only the default is served while it indexes.
    const shared = { ...(analyses ? { analysisCache: analyses } : {}), ...(config.documents.workers !== undefined ? { workers: config.documents.workers } : {}), warn };
    const refreshEvery = (set: Library) => {
      if (config.documents.refreshSeconds > 0 && !shuttingDown) {
        documentRefreshes.push(startDocumentRefresh({ library: set, intervalMs: config.documents.refreshSeconds * 1000, logger: logger.child({ set: set.set }) }));
      }
    };
    started = await step(
      startLibrary(first!.dir, {
        name: first!.name,
        ...(first!.topicsFile ? { topicsFile: first!.topicsFile } : {}),
        ...shared,
        onProgress: (done, total) => {
          // A line at each tenth of a large set, so a long first analysis shows it is moving.
          if (total >= 1000 && done < total && done >= logged + total / 10) {
            logged = done;
            logger.info({ done, total }, `indexing ${done}/${total}`);
          }
        },
      }),
    );
    const opened = started;
    library = opened.library;
    const loaded = library;
    const rest = await step(openSets(others, shared));
    for (const { library: set } of rest) refreshEvery(set);
    for (const { library: set } of rest) for (const problem of set.problems()) logger.warn({ set: set.set, problem }, 'document refused');
    const served: ServedSet[] = [{ config: first!, library: loaded }, ...rest];
    const otherDocuments = () => rest.reduce((n, s) => n + s.library.topics().documents, 0);
    metrics.watch({
      documents: () => ({
        indexed: (indexed ? loaded.topics().documents : opened.progress().done) + otherDocuments(),
        rejected: served.reduce((n, s) => n + s.library.problems().length, 0),
      }),
      indexing: () => opened.progress(),
    });
    void opened.ready
      .then(async () => {
        indexed = true;
        for (const problem of loaded.problems()) logger.warn({ problem }, 'document refused');
        for (const notice of loaded.notices?.() ?? []) logger.info({ notice }, 'document served in part');
        logger.info({ documents: opened.progress().total, seconds: Math.round(performance.now() - startedAt) / 1000, analyses: analysisCachePlace(config) }, 'set indexed');
        refreshEvery(loaded);
        // Each topic's briefing made once now, so no user waits for the first one.
        await warmBriefings(loaded, () => shuttingDown);
      })
      .catch((error: unknown) => logger.error({ err: error }, 'indexing the set failed'));

    const opening = openStore(config, { onConnectionError: (error) => logger.warn({ err: error }, 'store connection lost; the pool reconnects') });
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
    const kept = store;
    // Briefings past their link's expiry are forgotten at start and hourly after.
    const forgetExpired = () => void kept.deleteExpiredBriefings(new Date().toISOString()).catch((error: unknown) => logger.warn({ err: error }, 'could not forget expired briefings'));
    forgetExpired();
    const forgetting = setInterval(forgetExpired, 3_600_000).unref();
    shutdownHooks.push(() => clearInterval(forgetting));
    const secret = config.credentials.shareLinkSecret;
    const signer = secret && config.share.publicUrl ? createLinkSigner({ secret, publicUrl: config.share.publicUrl }) : undefined;
    if (signer && config.share.port > 0) {
      publicServer = await step(startPublicServer({
        port: config.share.port, host: config.share.host, store, signer, logger, onPage: (outcome) => metrics.briefingPages.inc({ outcome }),
      }));
    }
    sets = createSetDirectory(served, store);
    const directory = sets;
    const libraryOfChannel = async (channel: ChannelRef) => (await directory.forChannel(channel)).set.library;
    const intake = createIntake({ limits: config.intake, logger: logger.child({ module: 'intake' }) });
    const sharing = createSharing({
      store, library: loaded, libraryFor: libraryOfChannel, ttlMs: config.share.linkDays * 86_400_000, ...(signer ? { signer } : {}),
      onReport: (channel) => metrics.errorReports.inc({ platform: channel.platform }),
    });
    // Digest links to each topic's full briefing, for scheduled digests and /digest now alike, where pages are served.
    const linkDigest = signer ? digestLinks(sharing, libraryOfChannel) : undefined;
    const services: CommandServices = {
      library: loaded,
      sets,
      addLink: intake.addLink,
      digests: createDigestService({ store, library: loaded, libraryFor: libraryOfChannel, ...(linkDigest ? { linkDigest } : {}) }),
      sharing,
      rateLimiter: createRateLimiter(config.rateLimit),
      observe: observed.around,
    };
    adapters = options.createAdapters(services, metrics, store);
    const childMetrics = adapterChildMetrics(adapters);
    if (childMetrics) metrics.includeShards(childMetrics);
    for (const adapter of adapters) checks.push({ name: adapter.platform, ready: () => adapter.ready() });
    metrics.watch({ adapters: () => adapters.map((adapter) => ({ platform: adapter.platform, ready: adapter.ready() })) });
    await step(Promise.all(adapters.map((adapter) => adapter.start())));

    await step(undefined);
    scheduler = createScheduler({
      store,
      library: loaded,
      libraryFor: libraryOfChannel,
      libraries: () => served.map((s) => s.library),
      posters: adapters,
      ...ownedByAdapters(adapters),
      owner,
      graceMs: config.digests.graceMinutes * 60_000,
      hooks: digestMetricHooks(metrics),
      ...(linkDigest ? { linkDigest } : {}),
      tickDone: storeHealth.tickDone,
      logger,
      ...(options.clock ? { clock: options.clock } : {}),
      ...(options.trigger ? { trigger: options.trigger } : {}),
    });
    logger.info(
      {
        set: loaded.set,
        documents: opened.progress().total,
        refused: loaded.problems().length,
        sets: served.map((s) => ({ name: s.config.name, documents: s.library.topics().documents, refused: s.library.problems().length })),
        platforms: adapters.map((adapter) => adapter.platform),
        store: describeStore(config),
        metricsPort: server?.port ?? 'off',
        publicPort: publicServer?.port ?? 'off',
      },
      'briefbot started',
    );
    const intakeLog = logger.child({ module: 'intake' });
    feeds = createFeedPoller({ sets: served, intake, logger: intakeLog, metrics: createFeedMetrics(metrics.registry) });
    checks.push(...feeds.checks());
    feeds.start();
    retention = startRetention(served, intake, intakeLog);
    // The first tick catches up on missed digests and retries claims left unsent by a stop.
    void scheduler.start().catch((error: unknown) => logger.error({ err: error }, 'digest scheduler failed to start'));
    return { library: loaded, sets, store, adapters, scheduler, metrics, ...(server ? { server } : {}), ...(publicServer ? { publicServer } : {}), shutdown };
  } catch (error) {
    await shutdown.run(error instanceof StartAborted ? String(options.signal?.reason ?? 'signal') : 'start failed');
    throw error;
  }
}

/** How long start-up waits for the analysis cache before indexing without it. */
const ANALYSIS_CACHE_WAIT_MS = 5000;

/**
 * Stored analyses only save time: a database that is down or does not answer must not keep the
 * set from being served, so past the wait the set is analysed from its text, and a cache that
 * opens later is closed again.
 */
async function openAnalysisCacheWithin(ms: number, opening: Promise<ClosableAnalysisCache>, logger: Logger): Promise<ClosableAnalysisCache | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), ms)));
  try {
    const result = await Promise.race([opening, late]);
    if (result !== 'late') return result;
    logger.warn({ waitedMs: ms }, 'the analysis cache did not open in time; the set is analysed from its text');
    void opening.then((cache) => cache.close()).catch(() => undefined);
    return undefined;
  } catch (error) {
    logger.warn({ err: error }, 'the analysis cache cannot be opened; the set is analysed from its text');
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}
