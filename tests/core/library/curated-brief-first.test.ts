import { describe, expect, it, vi } from 'vitest';
import { openLibrary } from '../../../src/core/library/open-folder.js';
import * as discovery from '../../../src/core/topics/discover-topics.js';

// Topic discovery (stories, facets, the reader's angles) is most of a first answer's CPU on a small set.
vi.mock('../../../src/core/topics/discover-topics.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/core/topics/discover-topics.js')>();
  return { ...actual, discover: vi.fn(actual.discover) };
});
const discover = vi.mocked(discovery.discover);

const SEEDS = 'briefings/ukraine-peace-talks';
const now = new Date('2025-08-20T12:00:00Z');

describe('a first brief of a curated topic', () => {
  it("answers without finding the set's topics, with the briefing it gives once they are found", async () => {
    const library = await openLibrary(SEEDS, { topicsFile: 'config/topics.yaml' });
    discover.mockClear();
    const first = library.brief('security-guarantees', { length: 'short', now });
    // By another of its names too ("security assurances" is an alias), keeping the user's wording.
    const byAlias = library.brief('security assurances', { length: 'short', now });
    expect(discover).not.toHaveBeenCalled();

    const listed = library.topics().topics.map((t) => t.slug);
    expect(discover).toHaveBeenCalledTimes(1);
    expect(listed.length).toBeGreaterThan(6);
    // Found topics now stand after the curated ones: the same briefings, byte for byte.
    expect(JSON.stringify(library.brief('security-guarantees', { length: 'short', now }))).toBe(JSON.stringify(first));
    expect(JSON.stringify(library.brief('security assurances', { length: 'short', now }))).toBe(JSON.stringify(byAlias));
    expect(first.ok && byAlias.ok && byAlias.briefing.topic.asked).toBe('security assurances');
  });

  it("finds the set's topics for words that name no curated topic", async () => {
    const library = await openLibrary(SEEDS, { topicsFile: 'config/topics.yaml' });
    discover.mockClear();
    library.brief('Lavrov', { length: 'short', now });
    expect(discover).toHaveBeenCalledTimes(1);
  });
});
