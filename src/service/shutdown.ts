import type { Logger } from 'pino';

/**
 * One thing to do when stopping. Steps run in order; a bounded step gets whatever is left of the
 * shared time budget and is abandoned (logged) when it runs out, so a hung platform call cannot keep
 * the process alive. Unbounded steps (closing the store) always run, and run last.
 */
export interface ShutdownStep {
  name: string;
  run(remainingMs: number): unknown;
  bounded?: boolean;
}

export interface Shutdown {
  /** Runs the steps once; later calls get the same promise. `clean` is false if a step failed or ran out of time. */
  run(reason: string): Promise<{ clean: boolean }>;
  readonly started: boolean;
}

export function createShutdown(options: { steps: readonly ShutdownStep[]; timeoutMs: number; logger: Logger; clock?: () => number }): Shutdown {
  const { steps, timeoutMs, logger } = options;
  const clock = options.clock ?? (() => performance.now());
  let running: Promise<{ clean: boolean }> | undefined;

  async function runSteps(reason: string): Promise<{ clean: boolean }> {
    const deadline = clock() + timeoutMs;
    logger.info({ reason, timeoutMs }, 'shutting down: no new commands, finishing what is in flight');
    let clean = true;
    for (const step of steps) {
      const remaining = Math.max(0, deadline - clock());
      try {
        const outcome = step.bounded ? await withinBudget(step.run(remaining), remaining) : await step.run(remaining);
        if (outcome === TIMED_OUT) {
          clean = false;
          logger.warn({ step: step.name, timeoutMs }, 'shutdown step ran out of time; moving on');
        }
      } catch (error) {
        clean = false;
        logger.error({ step: step.name, err: error }, 'shutdown step failed; moving on');
      }
    }
    logger.info({ reason, clean }, 'stopped');
    return { clean };
  }

  return {
    run(reason) {
      running ??= runSteps(reason);
      return running;
    },
    get started() {
      return running !== undefined;
    },
  };
}

const TIMED_OUT = Symbol('timed out');

async function withinBudget(work: unknown, ms: number): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms);
  });
  try {
    return await Promise.race([Promise.resolve(work), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export interface SignalTarget {
  on(signal: NodeJS.Signals, listener: () => void): unknown;
}

/**
 * SIGTERM and SIGINT: the first calls `stop`, any later one `force` (the person pressing Ctrl-C
 * twice). Installed before anything starts, so a signal during start-up is never the default
 * "die at once".
 */
export function onStopSignals(handlers: { stop(signal: NodeJS.Signals): void; force(signal: NodeJS.Signals): void }, target: SignalTarget = process): void {
  let stopping = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    target.on(signal, () => {
      if (stopping) return handlers.force(signal);
      stopping = true;
      handlers.stop(signal);
    });
  }
}
