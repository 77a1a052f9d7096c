import type { Config } from '../config/schema.js';
import type { Library } from '../core/library/library.js';
import { type StartedLibrary, startLibrary } from '../core/library/open-folder.js';
import { warmBriefings } from '../core/library/warm-briefings.js';
import type { Logger } from '../log.js';
import { configuredSets } from '../sets/configured.js';
import type { ServedSet } from '../sets/directory.js';
import { openSets, type SharedOpenOptions } from '../sets/open.js';
import { analysisCachePlace } from '../store/analysis-open.js';
import type { ClosableAnalysisCache } from '../store/analysis-sqlite.js';
import type { ServiceMetrics } from './metrics.js';
import { type DocumentRefresh, startDocumentRefresh } from './refresh-documents.js';

/** Waits for one start-up step, unless a stop signal comes first. */
export type Step = <T>(work: Promise<T> | T) => Promise<T>;

export interface SetsContext {
  config: Config;
  logger: Logger;
  analyses: ClosableAnalysisCache | undefined;
  /** Where each set's periodic refresh is kept, for shutdown to stop. */
  refreshes: DocumentRefresh[];
  shuttingDown: () => boolean;
}

export interface OpenedSets {
  /** The default set's, served while it indexes. */
  started: StartedLibrary;
  served: ServedSet[];
}

/**
 * Opens every configured set: the default (documents.dir when no sets are listed) is served while
 * it indexes; the other desks' sets load in full first. Each is analysed, stored and refreshed alike.
 */
export async function openDocumentSets(context: SetsContext, step: Step, onStarted: (started: StartedLibrary) => void): Promise<OpenedSets> {
  const { config, logger } = context;
  const warn = (message: string, detail: Record<string, unknown>) => logger.warn(detail, message);
  const [first, ...others] = configuredSets(config);
  const shared: SharedOpenOptions = { ...(context.analyses ? { analysisCache: context.analyses } : {}), ...(config.documents.workers !== undefined ? { workers: config.documents.workers } : {}), warn };
  let logged = 0;
  const started = await step(
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
  onStarted(started);
  const rest = await step(openSets(others, shared));
  for (const { library: set } of rest) refreshEvery(context, set);
  for (const { library: set } of rest) for (const problem of set.problems()) logger.warn({ set: set.set, problem }, 'document refused');
  const served: ServedSet[] = [{ config: first!, library: started.library }, ...rest];
  return { started, served };
}

/** Documents indexed and refused across every set, and the default set's indexing progress, for /metrics. */
export function watchDocuments(metrics: ServiceMetrics, { started, served }: OpenedSets, indexed: () => boolean): void {
  const rest = served.slice(1);
  const otherDocuments = () => rest.reduce((n, s) => n + s.library.topics().documents, 0);
  metrics.watch({
    documents: () => ({
      indexed: (indexed() ? started.library.topics().documents : started.progress().done) + otherDocuments(),
      rejected: served.reduce((n, s) => n + s.library.problems().length, 0),
    }),
    indexing: () => started.progress(),
  });
}

/**
 * Once the default set is indexed: marks it ready, logs what was refused or served in part, starts
 * its refresh and makes each topic's briefing once, so no user waits for the first one.
 */
export function whenIndexed(context: SetsContext, started: StartedLibrary, startedAt: number, markIndexed: () => void): void {
  const { config, logger } = context;
  const loaded = started.library;
  void started.ready
    .then(async () => {
      markIndexed();
      for (const problem of loaded.problems()) logger.warn({ problem }, 'document refused');
      for (const notice of loaded.notices?.() ?? []) logger.info({ notice }, 'document served in part');
      logger.info({ documents: started.progress().total, seconds: Math.round(performance.now() - startedAt) / 1000, analyses: analysisCachePlace(config) }, 'set indexed');
      refreshEvery(context, loaded);
      await warmBriefings(loaded, context.shuttingDown);
      // Kept for the next start over the same set, which then composes none of them again.
      if (!context.shuttingDown()) await started.storeBriefings();
    })
    .catch((error: unknown) => logger.error({ err: error }, 'indexing the set failed'));
}

function refreshEvery(context: SetsContext, set: Library): void {
  const { config, logger } = context;
  if (config.documents.refreshSeconds > 0 && !context.shuttingDown()) {
    context.refreshes.push(startDocumentRefresh({ library: set, intervalMs: config.documents.refreshSeconds * 1000, logger: logger.child({ set: set.set }) }));
  }
}

/** How long start-up waits for the analysis cache before indexing without it. */
export const ANALYSIS_CACHE_WAIT_MS = 5000;

/**
 * Stored analyses only save time: a database that is down or does not answer must not keep the
 * set from being served, so past the wait the set is analysed from its text, and a cache that
 * opens later is closed again.
 */
export async function openAnalysisCacheWithin(ms: number, opening: Promise<ClosableAnalysisCache>, logger: Logger): Promise<ClosableAnalysisCache | undefined> {
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
