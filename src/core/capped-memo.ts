/**
 * A reading kept by its key and forgotten all at once past `limit` keys: answers ask the same texts again and again, and a
 * long-running process must not keep every text it ever read.
 */
export function cappedMemo<K, V>(read: (key: K) => V, limit = 10_000): (key: K) => V {
  const kept = new Map<K, V>();
  return (key) => {
    if (kept.has(key)) return kept.get(key) as V;
    const value = read(key);
    if (kept.size > limit) kept.clear();
    kept.set(key, value);
    return value;
  };
}
