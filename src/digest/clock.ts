import { setTimeout as wait } from 'node:timers/promises';

/** Time as the scheduler sees it; tests pass a clock they move by hand, so nothing really waits. */
export interface Clock {
  now(): Date;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => new Date(),
  sleep: async (ms) => {
    await wait(ms);
  },
};
