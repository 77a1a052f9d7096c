import { defineConfig } from 'vitest/config';

/**
 * Suites that measure time or scaling within one run (growth ratios, replicas racing for a claim, shards
 * finishing together): they run after the rest, one file at a time, so no other test file shares the cores.
 */
const ALONE = ['tests/core/pathological.test.ts', 'tests/service/replicas.test.ts', 'tests/service/sharded-run.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        // Two files at once even on two cores: many tests wait on a child process, a server or a browser, and
        // vitest's default (cores − 1) would leave a core idle while they do.
        test: { name: 'suite', include: ['tests/**/*.test.ts'], exclude: ALONE, maxWorkers: 2, sequence: { groupOrder: 0 } },
      },
      { extends: true, test: { name: 'alone', include: ALONE, maxWorkers: 1, sequence: { groupOrder: 1 } } },
    ],
  },
});
