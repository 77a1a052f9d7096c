/**
 * Whether work grows in proportion to its input, measured by CPU time in one run: the ratio of the
 * work at size 2n to the work at size n. A clock limit fails on a loaded machine; a ratio of two
 * measurements taken side by side does not, and a super-linear pattern shows as a ratio far past 2.
 */
export interface Scaling {
  ratio: number;
  /** CPU milliseconds at n and at 2n (the least of the repetitions). */
  small: number;
  large: number;
}

export interface ScalingOptions {
  repetitions?: number;
  /** Size n is run often enough to take at least this many CPU milliseconds. */
  floorMs?: number;
}

/** CPU milliseconds (user + system) that `run` takes `times` times over. */
function cpuMs(run: () => void, times: number): number {
  const start = process.cpuUsage();
  for (let i = 0; i < times; i++) run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/**
 * Measures `run` on inputs of size n and 2n, alternating, keeping each one's least time: noise only
 * ever adds time. The repeat count is chosen so that size n takes at least `floorMs`, enough to
 * measure, and the same count is used for 2n. Each run gets a new input from `make`, so a make
 * that varies its text (new words each call) defeats caches that would hide the first run's cost.
 */
export function scaling<T>(make: (n: number) => T, run: (input: T) => void, n: number, { repetitions = 5, floorMs = 20 }: ScalingOptions = {}): Scaling {
  const once = (size: number) => () => run(make(size));
  const small = once(n);
  const large = once(2 * n);
  small();
  large();
  let times = 1;
  while (cpuMs(small, times) < floorMs && times < 1 << 16) times *= 2;
  let bestSmall = Infinity;
  let bestLarge = Infinity;
  for (let r = 0; r < repetitions; r++) {
    bestSmall = Math.min(bestSmall, cpuMs(small, times));
    bestLarge = Math.min(bestLarge, cpuMs(large, times));
  }
  return { ratio: bestLarge / bestSmall, small: bestSmall, large: bestLarge };
}

/**
 * The least ratio of up to `attempts` measurements, stopping at the first under `limit`: a
 * machine busy with other work can spoil one measurement, but not a super-linear pattern's every one.
 */
export function bestScaling<T>(make: (n: number) => T, run: (input: T) => void, n: number, limit: number, { attempts = 3, ...options }: ScalingOptions & { attempts?: number } = {}): Scaling {
  let best: Scaling | undefined;
  for (let i = 0; i < attempts && !(best && best.ratio < limit); i++) {
    const s = scaling(make, run, n, options);
    if (!best || s.ratio < best.ratio) best = s;
  }
  return best!;
}
