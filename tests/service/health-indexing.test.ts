import { expect, it } from 'vitest';
import { healthReport } from '../../src/service/health.js';

it('/healthz says how far indexing is while the set is not complete, and nothing once it is', () => {
  let done = 1200;
  const library = { name: 'library', ready: () => done === 10_000, reason: () => `indexing ${done}/10000` };
  expect(healthReport([library, { name: 'slack', ready: () => true }])).toEqual({
    status: 'unavailable',
    checks: { library: false, slack: true },
    notReady: ['library'],
    reasons: { library: 'indexing 1200/10000' },
  });
  done = 10_000;
  expect(healthReport([library])).toEqual({ status: 'ok', checks: { library: true }, notReady: [] });
});
