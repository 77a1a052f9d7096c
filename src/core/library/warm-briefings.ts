import type { Library } from './library.js';

/** Topics whose short briefing digests use, besides every topic's standard one. */
const DIGEST_TOPICS = 3;

/**
 * Asks the library for each topic's briefing once, one per turn of the event loop, so the
 * library keeps them and the first user to ask does not pay for composing one. Answers meanwhile
 * are served between steps. Stops early when `stop` says so (a refresh changed the set).
 */
export async function warmBriefings(library: Library, stop: () => boolean = () => false): Promise<number> {
  const slugs = library.topics().topics.map((t) => t.slug);
  const asks = [...slugs.map((slug) => ({ slug, length: 'standard' as const })), ...slugs.slice(0, DIGEST_TOPICS).map((slug) => ({ slug, length: 'short' as const }))];
  let done = 0;
  for (const ask of asks) {
    await new Promise((next) => setImmediate(next));
    if (stop()) break;
    library.brief(ask.slug, { length: ask.length });
    done++;
  }
  return done;
}
