import { digestNonce } from '../../../src/adapters/discord/post-digest.js';
import { idempotencyKeyFor } from '../../../src/digest/idempotency.js';
import type { Delivery } from '../../../src/store/store.js';
import type { NonceSeen } from './replica-cluster.js';
import type { ExpectedRun } from './replica-plan.js';

/** A digest may be split into several Discord messages; each carries the nonce of its position. */
const MAX_PARTS = 10;

export interface RunOutcome {
  run: ExpectedRun;
  /** Discord messages created with this run's first-part nonce (1 = posted once). */
  created: number;
  /** Their ids: the first is what the delivery log must name. */
  messageIds: string[];
  /** Simulated ms from its scheduled instant until Discord had every part of it (null: nothing arrived). */
  lagMs: number | null;
  delivery: Delivery | undefined;
}

export interface Tally {
  due: number;
  /** Discord messages created (a digest may take several). */
  messages: number;
  onTime: number;
  late: number;
  lateBeyondGrace: number;
  duplicates: number;
  lost: number;
  /** Messages Discord holds that belong to no due run (a run not due, or posted before its time). */
  notDue: number;
  /** Posts of a part Discord already had, answered with the existing message because of the nonce. */
  answeredByNonce: number;
  /** Those of them that came later than Discord is documented to remember a nonce. */
  answeredByNonceLate: number;
  maxLagMinutes: number;
}

/**
 * Joins what was due (the plan), what Discord holds (messages by nonce, deduplicated as Discord
 * does with enforce_nonce) and what the store logged, into one outcome per due run and a tally.
 */
export function tallyRuns(options: {
  expected: readonly ExpectedRun[];
  /** Every message the fake created, over all channels. */
  messages: ReadonlyArray<Record<string, unknown>>;
  seen: ReadonlyMap<string, NonceSeen>;
  deliveries: readonly Delivery[];
  graceMs: number;
  lateAfterMs: number;
}): { outcomes: RunOutcome[]; tally: Tally } {
  const { expected, messages, seen, deliveries, graceMs, lateAfterMs } = options;
  const idsByNonce = new Map<string, string[]>();
  for (const message of messages) {
    const nonce = String(message.nonce);
    idsByNonce.set(nonce, [...(idsByNonce.get(nonce) ?? []), String(message.id)]);
  }
  const createdByNonce = new Map([...idsByNonce].map(([nonce, ids]) => [nonce, ids.length]));
  const deliveryOf = new Map(deliveries.map((d) => [`${d.subscriptionId}|${d.localDate}`, d]));

  const ownNonces = new Set<string>();
  const outcomes = expected.map((run): RunOutcome => {
    const key = idempotencyKeyFor(run.subscriptionId, run.localDate);
    const parts = Array.from({ length: MAX_PARTS }, (_, part) => digestNonce(key, part));
    for (const nonce of parts) ownNonces.add(nonce);
    const arrivals = parts.flatMap((nonce) => seen.get(nonce)?.firstAt.getTime() ?? []);
    return {
      run,
      created: createdByNonce.get(parts[0]!) ?? 0,
      messageIds: idsByNonce.get(parts[0]!) ?? [],
      lagMs: arrivals.length > 0 ? Math.max(...arrivals) - run.at.getTime() : null,
      delivery: deliveryOf.get(`${run.subscriptionId}|${run.localDate}`),
    };
  });

  const posted = outcomes.filter((o) => o.created > 0 && o.lagMs !== null);
  const lags = posted.map((o) => o.lagMs!);
  const notDue = messages.filter((m) => !ownNonces.has(String(m.nonce))).length + posted.filter((o) => o.lagMs! < 0).length;
  const tally: Tally = {
    due: expected.length,
    messages: messages.length,
    onTime: lags.filter((lag) => lag >= 0 && lag < lateAfterMs).length,
    late: lags.filter((lag) => lag >= lateAfterMs && lag <= graceMs).length,
    lateBeyondGrace: lags.filter((lag) => lag > graceMs).length,
    duplicates: [...createdByNonce.values()].reduce((sum, n) => sum + Math.max(0, n - 1), 0),
    lost: outcomes.filter((o) => o.created === 0).length,
    notDue,
    answeredByNonce: [...seen.entries()].reduce((sum, [nonce, s]) => sum + s.requests - (createdByNonce.get(nonce) ?? 0), 0),
    answeredByNonceLate: [...seen.values()].reduce((sum, s) => sum + s.repeatsAfterNonceMemory, 0),
    maxLagMinutes: Math.max(0, ...lags) / 60_000,
  };
  return { outcomes, tally };
}

/** One line per count, aligned, for the test's output. */
export function formatTable(rows: Record<string, string | number>): string {
  const width = Math.max(...Object.keys(rows).map((k) => k.length));
  return Object.entries(rows)
    .map(([name, value]) => `  ${name.padEnd(width)}  ${value}`)
    .join('\n');
}
