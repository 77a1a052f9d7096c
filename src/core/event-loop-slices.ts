/** How long one slice of background work holds the event loop: an answer asked meanwhile waits at most about this long. */
export const SLICE_MS = 5;

/** Calls `each` on every item, a slice at a time, with a turn of the event loop between slices so what is asked meanwhile is answered. */
export async function inSlices<T>(items: Iterable<T>, each: (item: T) => void): Promise<void> {
  let until = performance.now() + SLICE_MS;
  for (const item of items) {
    each(item);
    if (performance.now() < until) continue;
    await new Promise((go) => setImmediate(go));
    until = performance.now() + SLICE_MS;
  }
}
