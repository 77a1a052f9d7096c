/** At most `perHost` tasks at once against one host; the rest wait their turn in order. */
export function hostLimiter(perHost: number) {
  const running = new Map<string, number>();
  const waiting = new Map<string, (() => void)[]>();
  return async function run<T>(host: string, task: () => Promise<T>): Promise<T> {
    if ((running.get(host) ?? 0) >= perHost) {
      await new Promise<void>((resolve) => waiting.set(host, [...(waiting.get(host) ?? []), resolve]));
    }
    running.set(host, (running.get(host) ?? 0) + 1);
    try {
      return await task();
    } finally {
      const left = (running.get(host) ?? 1) - 1;
      if (left === 0) running.delete(host);
      else running.set(host, left);
      const next = waiting.get(host)?.shift();
      if (waiting.get(host)?.length === 0) waiting.delete(host);
      next?.();
    }
  };
}
