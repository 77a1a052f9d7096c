import type { Logger } from '../log.js';
import type { ServedSet } from '../sets/directory.js';
import type { Intake } from './intake.js';

const DAY_MS = 86_400_000;
const EVERY_MS = 3_600_000;

/** Moves a set's articles published before its window to archive/ and refreshes its library; resolves to the files moved. */
export async function applyRetention(set: ServedSet, intake: Intake, now: Date, logger: Logger): Promise<string[]> {
  const days = set.config.retentionDays;
  if (!days) return [];
  const folder = await intake.folderOf(set);
  const moved = await folder.archiveOlderThan(new Date(now.getTime() - days * DAY_MS));
  if (moved.length > 0) {
    logger.info({ set: set.config.name, days, moved }, 'articles past the retention window moved to the archive');
    await set.library.refresh();
  }
  return moved;
}

/** Applies every set's retention now and then hourly, until stopped. */
export function startRetention(sets: readonly ServedSet[], intake: Intake, logger: Logger, now: () => Date = () => new Date()) {
  const withWindow = sets.filter((s) => s.config.retentionDays);
  let running: Promise<unknown> = Promise.resolve();
  const run = () => {
    running = Promise.all(withWindow.map((set) => applyRetention(set, intake, now(), logger))).catch((error: unknown) => logger.error({ err: error }, 'retention failed; the next run tries again'));
  };
  if (withWindow.length > 0) run();
  const timer = withWindow.length > 0 ? setInterval(run, EVERY_MS) : undefined;
  timer?.unref();
  return {
    async stop() {
      if (timer) clearInterval(timer);
      await running;
    },
  };
}
