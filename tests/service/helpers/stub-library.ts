import type { Library } from '../../../src/core/library/library.js';

/** A Library that answers from fixed data, for tests about the service around the core. */
export function stubLibrary(overrides: Partial<Library> = {}): Library {
  return {
    set: 'stub-set',
    topics: () => ({ set: 'stub-set', documents: 2, topics: [{ slug: 'ceasefire', title: 'Ceasefire', kind: 'curated', sources: 2, aliases: [] }] }),
    brief: (query) => ({ ok: false, noMatch: { query, suggestions: [] } }),
    suggest: () => [],
    digest: () => ({ set: 'stub-set', generatedAt: '2025-03-01T06:00:00.000Z', since: null, late: false, newDocuments: [], wordBudget: 250, topics: [], sources: [] }),
    problems: () => [],
    refresh: async () => ({ added: [], changed: [], removed: [], problems: [] }),
    ...overrides,
  };
}
