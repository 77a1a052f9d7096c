import cron, { type ScheduledTask } from 'node-cron';

/** What wakes the scheduler. Stopping it must not cut short a tick already running. */
export interface Trigger {
  start(onTick: () => Promise<unknown>): void;
  stop(): void;
}

/**
 * node-cron, at second 0 of every minute. Each tick weighs every subscription in its own zone
 * (schedule.ts), so one minute trigger serves all zones and a per-zone cron is not needed: a
 * run that daylight saving moves, or that a slow minute skipped, is still found on the next tick.
 */
export function minuteTrigger(): Trigger {
  let task: ScheduledTask | undefined;
  return {
    start(onTick) {
      task = cron.schedule('* * * * *', () => onTick(), { name: 'briefbot-digests', timezone: 'UTC' });
    },
    stop() {
      void task?.destroy();
      task = undefined;
    },
  };
}
