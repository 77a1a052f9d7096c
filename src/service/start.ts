import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Adapter, ReadinessCheck } from '../adapters/adapter.js';
import type { ChannelRef } from '../chat/refs.js';
import type { CommandServices } from '../commands/handle.js';
import { createRateLimiter } from '../commands/rate-limit.js';
import type { Config } from '../config/schema.js';
import type { Library } from '../core/library/library.js';
import type { StartedLibrary } from '../core/library/open-folder.js';
import type { Clock } from '../digest/clock.js';
import { digestLinks } from '../digest/digest-links.js';
import { createScheduler, type Scheduler } from '../digest/scheduler.js';
import { createDigestService } from '../digest/service.js';
import type { Trigger } from '../digest/trigger.js';
import type { Listening } from '../http/listen.js';
import { createFeedMetrics } from '../intake/feed-metrics.js';
import { createFeedPoller, type FeedPoller } from '../intake/feeds.js';
import { createIntake, type Intake } from '../intake/intake.js';
import { startRetention } from '../intake/retention.js';
import type { Logger } from '../log.js';
import { createSetDirectory, type ServedSet, type SetDirectory } from '../sets/directory.js';
import { createLinkSigner, type LinkSigner } from '../share/link.js';
import { startPublicServer } from '../share/server.js';
import { createSharing } from '../share/sharing.js';
import { openAnalysisCache } from '../store/analysis-open.js';
import type { ClosableAnalysisCache } from '../store/analysis-sqlite.js';
import { describeStore } from '../store/open.js';
import type { Store } from '../store/store.js';
import { adapterChildMetrics, adapterReadiness, ownedByAdapters } from './adapter-capabilities.js';
import { digestMetricHooks } from './digest-metrics.js';
import { healthReport, type ServiceServer, startServiceServer } from './health.js';
import { createMetrics, type ServiceMetrics } from './metrics.js';
import { type ObservedCommands, observeCommands } from './observe.js';
import { ANALYSIS_CACHE_WAIT_MS, type OpenedSets, openAnalysisCacheWithin, openDocumentSets, type SetsContext, type Step, watchDocuments, whenIndexed } from './open-sets.js';
import { forgetExpiredBriefings, openCheckedStore } from './open-store.js';
import type { DocumentRefresh } from './refresh-documents.js';
import { releaseUnsentClaims } from './release-claims.js';
import { createShutdown, type Shutdown } from './shutdown.js';
import { createStoreHealth, type StoreHealth } from './store-health.js';

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

/** What has started so far: shutdown stops whatever is here, in order, at any point of the start. */
interface Parts {
  shuttingDown: boolean;
  indexed: boolean;
  started?: StartedLibrary;
  analyses?: ClosableAnalysisCache;
  store?: Store;
  server?: ServiceServer;
  publicServer?: Listening;
  adapters: Adapter[];
  scheduler?: Scheduler;
  feeds?: FeedPoller;
  retention?: { stop(): Promise<void> };
  refreshes: DocumentRefresh[];
  /** Timers to clear when the store closes. */
  stops: Array<() => void>;
}

/**
 * Starts everything in order: health/metrics first (so /healthz says what is still loading), the
 * document sets, the store (migrations run here), the adapters, then the digest scheduler and the
 * feeds. If any of it fails, whatever already started is stopped again before the error is passed on.
 */
export async function startService(options: ServiceOptions): Promise<RunningService> {
  const { config, logger } = options;
  const metrics = createMetrics();
  const observed = observeCommands({ logger: logger.child({ module: 'commands' }), metrics });
  const owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const parts: Parts = { shuttingDown: false, indexed: false, adapters: [], refreshes: [], stops: [] };
  const storeHealth = createStoreHealth(metrics);
  const checks = readinessChecks(parts, storeHealth);
  const shutdown = plannedShutdown(parts, config, logger, observed, owner);
  const step = abortableStep(options.signal);
  try {
    parts.server = await startHealthServer(config, logger, metrics, () => healthReport([...checks, ...adapterReadiness(parts.adapters)], parts.shuttingDown));
    await step(undefined);
    parts.analyses = await step(
      openAnalysisCacheWithin(
        ANALYSIS_CACHE_WAIT_MS,
        openAnalysisCache(config, { warn: (message, detail) => logger.warn(detail, message), onConnectionError: (error) => logger.warn({ err: error }, 'store connection lost; the pool reconnects') }),
        logger,
      ),
    );
    const startedAt = performance.now();
    const setsContext: SetsContext = { config, logger, analyses: parts.analyses, refreshes: parts.refreshes, shuttingDown: () => parts.shuttingDown };
    const sets = await openDocumentSets(setsContext, step, (started) => (parts.started = started));
    watchDocuments(metrics, sets, () => parts.indexed);
    whenIndexed(setsContext, sets.started, startedAt, () => (parts.indexed = true));

    const store = (parts.store = await openCheckedStore(config, logger, metrics, storeHealth, step));
    parts.stops.push(forgetExpiredBriefings(store, logger));
    const signer = linkSigner(config);
    if (signer && config.share.port > 0) {
      parts.publicServer = await step(startPublicServer({ port: config.share.port, host: config.share.host, store, signer, logger, onPage: (outcome) => metrics.briefingPages.inc({ outcome }) }));
    }
    const directory = createSetDirectory(sets.served, store);
    const libraryFor = async (channel: ChannelRef) => (await directory.forChannel(channel)).set.library;
    const intake = createIntake({ limits: config.intake, logger: logger.child({ module: 'intake' }) });
    const services = commandServices({ config, metrics, observed, store, directory, libraryFor, intake, signer });

    parts.adapters = options.createAdapters(services, metrics, store);
    await startAdapters(parts.adapters, metrics, checks, step);
    await step(undefined);
    const scheduler = (parts.scheduler = createDigestScheduler(options, { store, sets, libraryFor, adapters: parts.adapters, owner, metrics, storeHealth, services, signer }));
    logStarted(config, logger, { sets, adapters: parts.adapters, server: parts.server, publicServer: parts.publicServer });
    startIntake(parts, sets.served, intake, logger, metrics, checks);
    // The first tick catches up on missed digests and retries claims left unsent by a stop.
    void scheduler.start().catch((error: unknown) => logger.error({ err: error }, 'digest scheduler failed to start'));
    return {
      library: sets.started.library,
      sets: directory,
      store,
      adapters: parts.adapters,
      scheduler,
      metrics,
      ...(parts.server ? { server: parts.server } : {}),
      ...(parts.publicServer ? { publicServer: parts.publicServer } : {}),
      shutdown,
    };
  } catch (error) {
    await shutdown.run(error instanceof StartAborted ? String(options.signal?.reason ?? 'signal') : 'start failed');
    throw error;
  }
}

/** Every part that must be up, named from the start, so /healthz never says 200 before it is; adapters and feeds join later. */
function readinessChecks(parts: Parts, storeHealth: StoreHealth): ReadinessCheck[] {
  return [
    {
      name: 'library',
      ready: () => parts.indexed,
      reason: () => {
        const progress = parts.started?.progress();
        return progress ? `indexing ${progress.done}/${progress.total}` : 'reading the set';
      },
    },
    storeHealth.check,
  ];
}

/** The stop, step by step: commands first, then work in flight, adapters, claims, store and listeners. */
function plannedShutdown(parts: Parts, config: Config, logger: Logger, observed: ObservedCommands, owner: string): Shutdown {
  return createShutdown({
    timeoutMs: config.shutdown.timeoutSeconds * 1000,
    logger,
    steps: [
      { name: 'stop taking commands', run: () => ((parts.shuttingDown = true), parts.refreshes.forEach((r) => r.stop()), observed.close()) },
      {
        name: 'finish in-flight answers and digests',
        bounded: true,
        run: (remainingMs) => Promise.all([observed.drain(remainingMs), parts.scheduler?.stop(), parts.feeds?.stop(), parts.retention?.stop()]),
      },
      { name: 'stop adapters', bounded: true, run: () => Promise.all(parts.adapters.map((adapter) => adapter.stop())) },
      {
        // Not bounded: it must run even when the budget is spent, or the next start waits out the lease.
        name: 'release unsent digest claims',
        run: async () => {
          if (!parts.store) return;
          const released = await releaseUnsentClaims(parts.store, owner, new Date());
          if (released > 0) logger.warn({ released }, 'digests claimed but not sent are left for the next start to retry');
        },
      },
      { name: 'close store', run: () => (parts.stops.forEach((stop) => stop()), Promise.all([parts.store?.close(), parts.analyses?.close()])) },
      { name: 'close briefing pages', bounded: true, run: () => parts.publicServer?.close() },
      { name: 'close health and metrics', bounded: true, run: () => parts.server?.close() },
    ],
  });
}

/** Waits for one start-up step, unless a stop signal comes first; a hung platform cannot hold a stop up. */
function abortableStep(signal: AbortSignal | undefined): Step {
  const abortError = () => new StartAborted(`stopped while starting (${String(signal?.reason ?? 'signal')})`);
  const aborted = new Promise<never>((_, reject) => {
    if (signal?.aborted) reject(abortError());
    signal?.addEventListener('abort', () => reject(abortError()), { once: true });
  });
  aborted.catch(() => {});
  return async <T>(work: Promise<T> | T): Promise<T> => {
    const value = await Promise.race([Promise.resolve(work), aborted]);
    if (signal?.aborted) throw abortError();
    return value;
  };
}

/** /healthz and /metrics; none when metrics.port is 0. */
async function startHealthServer(config: Config, logger: Logger, metrics: ServiceMetrics, health: () => ReturnType<typeof healthReport>): Promise<ServiceServer | undefined> {
  if (config.metrics.port <= 0) return undefined;
  return startServiceServer({ port: config.metrics.port, host: config.metrics.host, health, registry: metrics.registry, logger });
}

/** Briefing links are signed only when a secret and the public URL are both configured. */
function linkSigner(config: Config): LinkSigner | undefined {
  const secret = config.credentials.shareLinkSecret;
  return secret && config.share.publicUrl ? createLinkSigner({ secret, publicUrl: config.share.publicUrl }) : undefined;
}

interface ServicesInput {
  config: Config;
  metrics: ServiceMetrics;
  observed: ObservedCommands;
  store: Store;
  directory: SetDirectory;
  libraryFor: (channel: ChannelRef) => Promise<Library>;
  intake: Intake;
  signer: LinkSigner | undefined;
}

/** What every adapter's commands run on: the sets, digests, sharing, links, the rate limit and the observer. */
function commandServices({ config, metrics, observed, store, directory, libraryFor, intake, signer }: ServicesInput): CommandServices {
  const library = directory.defaultSet.library;
  const sharing = createSharing({
    store,
    library,
    libraryFor,
    ttlMs: config.share.linkDays * 86_400_000,
    ...(signer ? { signer } : {}),
    onReport: (channel) => metrics.errorReports.inc({ platform: channel.platform }),
  });
  // Digest links to each topic's full briefing, for scheduled digests and /digest now alike, where pages are served.
  const linkDigest = signer ? digestLinks(sharing, libraryFor) : undefined;
  return {
    library,
    sets: directory,
    addLink: intake.addLink,
    digests: createDigestService({ store, library, libraryFor, ...(linkDigest ? { linkDigest } : {}) }),
    sharing,
    rateLimiter: createRateLimiter(config.rateLimit),
    observe: observed.around,
  };
}

/** Starts the adapters, each a readiness check and a metric; their shard processes' metrics join this one's. */
async function startAdapters(adapters: Adapter[], metrics: ServiceMetrics, checks: ReadinessCheck[], step: Step): Promise<void> {
  const childMetrics = adapterChildMetrics(adapters);
  if (childMetrics) metrics.includeShards(childMetrics);
  for (const adapter of adapters) checks.push({ name: adapter.platform, ready: () => adapter.ready() });
  metrics.watch({ adapters: () => adapters.map((adapter) => ({ platform: adapter.platform, ready: adapter.ready() })) });
  await step(Promise.all(adapters.map((adapter) => adapter.start())));
}

interface SchedulerInput {
  store: Store;
  sets: OpenedSets;
  libraryFor: (channel: ChannelRef) => Promise<Library>;
  adapters: Adapter[];
  owner: string;
  metrics: ServiceMetrics;
  storeHealth: StoreHealth;
  services: CommandServices;
  signer: LinkSigner | undefined;
}

/** The digest scheduler, posting through the adapters that own each channel. */
function createDigestScheduler(options: ServiceOptions, input: SchedulerInput): Scheduler {
  const { store, sets, libraryFor, adapters, services, signer } = input;
  return createScheduler({
    store,
    library: sets.started.library,
    libraryFor,
    libraries: () => sets.served.map((s) => s.library),
    posters: adapters,
    ...ownedByAdapters(adapters),
    owner: input.owner,
    graceMs: options.config.digests.graceMinutes * 60_000,
    hooks: digestMetricHooks(input.metrics),
    ...(signer && services.sharing ? { linkDigest: digestLinks(services.sharing, libraryFor) } : {}),
    tickDone: input.storeHealth.tickDone,
    logger: options.logger,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.trigger ? { trigger: options.trigger } : {}),
  });
}

function logStarted(config: Config, logger: Logger, running: { sets: OpenedSets; adapters: Adapter[]; server: ServiceServer | undefined; publicServer: Listening | undefined }): void {
  const { started, served } = running.sets;
  logger.info(
    {
      set: started.library.set,
      documents: started.progress().total,
      refused: started.library.problems().length,
      sets: served.map((s) => ({ name: s.config.name, documents: s.library.topics().documents, refused: s.library.problems().length })),
      platforms: running.adapters.map((adapter) => adapter.platform),
      store: describeStore(config),
      metricsPort: running.server?.port ?? 'off',
      publicPort: running.publicServer?.port ?? 'off',
    },
    'briefbot started',
  );
}

/** Feed polling and retention for every set; the feeds join /healthz. */
function startIntake(parts: Parts, served: ServedSet[], intake: Intake, logger: Logger, metrics: ServiceMetrics, checks: ReadinessCheck[]): void {
  const intakeLog = logger.child({ module: 'intake' });
  parts.feeds = createFeedPoller({ sets: served, intake, logger: intakeLog, metrics: createFeedMetrics(metrics.registry) });
  checks.push(...parts.feeds.checks());
  parts.feeds.start();
  parts.retention = startRetention(served, intake, intakeLog);
}
