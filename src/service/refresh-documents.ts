import type { Library, RefreshReport } from '../core/library/library.js';
import type { Logger } from '../log.js';

export interface DocumentRefresh {
  /** Stops the timer; a refresh already running finishes on its own. */
  stop(): void;
}

/**
 * Looks at the document folder every `intervalMs` and serves what was added, changed or removed.
 * A timer, not a file watcher's events alone: each look asks the library, which reads the files its
 * watcher named and, every few minutes, the whole folder, so network and container mounts, where
 * watch events get lost, are still seen. A look that is still running when the next is due is not doubled (the library runs one at
 * a time), and a file still being written is read again on the next look, its size or time changed.
 */
export function startDocumentRefresh(options: { library: Library; intervalMs: number; logger: Logger; onRefreshed?: (report: RefreshReport) => void }): DocumentRefresh {
  const { library, logger } = options;
  let running = false;
  const look = async () => {
    if (running) return;
    running = true;
    try {
      const report = await library.refresh();
      logRefresh(logger, report);
      options.onRefreshed?.(report);
    } catch (error) {
      logger.error({ err: error }, 'document set refresh failed; answers use what was loaded');
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void look(), options.intervalMs);
  // The timer alone must not keep the process alive.
  timer.unref();
  return { stop: () => clearInterval(timer) };
}

/** One line when anything changed, and one for each document refused or served in part. */
export function logRefresh(logger: Logger, report: RefreshReport): void {
  for (const problem of report.problems) logger.warn({ problem }, 'document refused');
  for (const notice of report.notices ?? []) logger.info({ notice }, 'document served in part');
  if (report.added.length + report.changed.length + report.removed.length === 0) return;
  logger.info({ added: report.added.length, changed: report.changed.length, removed: report.removed.length }, 'document set refreshed');
}
