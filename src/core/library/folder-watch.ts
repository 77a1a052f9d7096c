import { watch as watchWithNode } from 'node:fs';

/**
 * Minutes after which a refresh re-reads the folder whole however few events came: a file system
 * may drop them (a network mount gives none for a change made on another machine).
 */
export const FULL_REREAD_MINUTES = 10;

/** What changed in a folder since the last look: these file names, or anything (then it is re-read whole). */
export type FolderChanges = 'whole' | ReadonlySet<string>;

export interface FolderWatch {
  /** What changed since the last call. Starts the watcher when it is not running; that call, and any the watcher cannot answer, say 'whole'. */
  changes(): FolderChanges;
}

/** The part of Node's watcher used here, so a test can stand in for it. */
export interface Watcher {
  on(event: 'error', listener: (error: Error) => void): unknown;
  close(): void;
}
export type StartWatcher = (folder: string, listener: (event: string, name: string | Buffer | null) => void) => Watcher;

export interface FolderWatchOptions {
  warn: (message: string, detail: Record<string, unknown>) => void;
  now: () => Date;
  /** Default Node's `fs.watch`, not holding the process open. */
  start?: StartWatcher;
}

const startNodeWatcher: StartWatcher = (folder, listener) => watchWithNode(folder, { persistent: false }, listener);

/**
 * Names the files of a folder that changed between two refreshes, so a refresh of 10,000 files
 * stats the one that was added instead of all of them (docs/quality.md, "Issue 17, twenty-second
 * round (17add2)"). Whenever it cannot be sure it saw every change, it says 'whole': on its first
 * call (it starts watching then), after the watcher failed or could not start, after an event
 * without a file name, and once the last whole re-read is FULL_REREAD_MINUTES old.
 */
export function watchFolder(folder: string, options: FolderWatchOptions): FolderWatch {
  const start = options.start ?? startNodeWatcher;
  let watcher: Watcher | undefined;
  let named = new Set<string>();
  let whole = true;
  /** A failure is logged once until the watcher runs again, not at every refresh. */
  let failing = false;
  let lastWhole = Number.NEGATIVE_INFINITY;
  const run = () => {
    try {
      const running = start(folder, (_event, name) => {
        if (name) named.add(String(name));
        else whole = true;
      });
      running.on('error', (error) => {
        options.warn('watching the document folder failed; the next refresh re-reads it whole', { folder, error: String(error) });
        running.close();
        if (watcher === running) watcher = undefined;
      });
      watcher = running;
      failing = false;
    } catch (error) {
      if (!failing) options.warn('the document folder cannot be watched; each refresh re-reads it whole', { folder, error: String(error) });
      failing = true;
    }
  };
  return {
    changes() {
      if (!watcher) {
        // Watching starts before the re-read, so a change made while the folder is read is named next time.
        run();
        whole = true;
      }
      const now = options.now().getTime();
      if (whole || now - lastWhole >= FULL_REREAD_MINUTES * 60_000) {
        whole = false;
        named = new Set();
        lastWhole = now;
        return 'whole';
      }
      const changed = named;
      named = new Set();
      return changed;
    },
  };
}
