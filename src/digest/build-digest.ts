import type { Digest } from '../core/briefing.js';
import type { Library } from '../core/library/library.js';
import type { Store, Subscription } from '../store/store.js';

/**
 * A channel's digest now: first the store records when the set first held each document, by
 * content hash (a copy or redeploy that resets file times changes nothing), then the library
 * reports what the documents first seen since the channel's last digest add.
 */
export async function buildDigest(store: Store, library: Library, sub: Subscription | undefined, at: { now: Date; late?: boolean }): Promise<Digest> {
  const hashes = library.contentHashes?.() ?? [];
  // A hash never recorded (the first run after an upgrade) is seeded with the file's time when that is earlier.
  const proposed = new Map<string, string>();
  for (const h of hashes) {
    const file = Date.parse(h.addedAt);
    const when = new Date(Number.isNaN(file) ? at.now.getTime() : Math.min(at.now.getTime(), file)).toISOString();
    if (!proposed.has(h.hash) || when < proposed.get(h.hash)!) proposed.set(h.hash, when);
  }
  const seen = await store.recordFirstSeen(
    library.set,
    [...proposed].map(([hash, when]) => ({ hash, at: when })),
  );
  const byHash = new Map(seen.map((s) => [s.hash, s.at]));
  const firstSeen = new Map(hashes.map((h) => [h.docId, byHash.get(h.hash)!]));
  return library.digest({
    ...(sub && sub.topics.length > 0 ? { topics: sub.topics } : {}),
    ...(sub ? { length: sub.length } : {}),
    ...(sub?.wordBudget ? { maxWords: sub.wordBudget } : {}),
    since: sub?.lastDigestAt ? new Date(sub.lastDigestAt) : null,
    late: at.late ?? false,
    now: at.now,
    firstSeen: (docId) => firstSeen.get(docId),
  });
}
