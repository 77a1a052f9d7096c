import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digestNonce } from '../../src/adapters/discord/post-digest.js';
import { idempotencyKeyFor } from '../../src/digest/idempotency.js';
import { type DiscordApiFake, startDiscordApiFake } from '../fakes/discord-api.js';
import { DISCORD_NONCE_MEMORY_MS, runSimulation } from './helpers/replica-cluster.js';
import { makePlan } from './helpers/replica-plan.js';
import { type ReplicaStore, replicaStores } from './helpers/replica-stores.js';
import { formatTable, tallyRuns } from './helpers/replica-verify.js';

/**
 * Three real briefbot processes (tests/service/fixtures/replica-main.ts: the service wiring of
 * src/main.ts with a shared simulated clock) on one database and one local Discord, through a
 * simulated week of digests for 50 subscriptions in ten time zones across two daylight-saving
 * changes, while replicas are killed (SIGKILL or SIGTERM) at random steps and replaced by new
 * processes. Every due digest must reach its channel exactly once, late ones within the grace
 * window, none lost, none posted that was not due. REPLICAS_SEED=<n> replays a run.
 */

const TOKEN = 'MTIwMDAwMDAwMDAwMDAwMDAwMg.GhJk2L.replicas-test-discord-token-0123456';
const APP_ID = '1200000000000000002';
const GRACE_MINUTES = 120;
/** The scheduler's: a post this long after its minute is late. */
const LATE_AFTER_MS = 60_000;
const SEED = Number(process.env.REPLICAS_SEED ?? Date.now() % 1_000_000);
const KILLS = 8;
/** A guard, not a measure: about a minute on a busy 2-core machine, a good part of it starting replacements. */
const TIMEOUT_MS = 120_000;

for (const target of await replicaStores()) {
  describe(`three replicas on one ${target.kind} database`, () => {
    if (target.skip) console.warn(`replicas on ${target.kind} skipped: ${target.skip}`);
    let store: ReplicaStore;
    let discord: DiscordApiFake;
    let dir: string;

    beforeAll(async () => {
      if (target.skip) return;
      store = await target.prepare();
      dir = mkdtempSync(join(tmpdir(), 'briefbot-replicas-'));
    });

    afterAll(async () => {
      await discord?.close();
      await store?.dispose();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it.skipIf(target.skip !== undefined)(
      'GIVEN a week of digests and replicas killed at random THEN every due digest is posted exactly once, late ones within the grace window',
      async () => {
        const plan = makePlan({ seed: SEED, kills: KILLS });
        discord = await startDiscordApiFake({ token: TOKEN, appId: APP_ID, channels: plan.subscriptions.map((s) => s.channel.id) });
        await store.seed(plan.subscriptions);

        const result = await runSimulation({
          plan,
          clockFile: join(dir, 'clock'),
          requests: discord.requests,
          openClaims: () => store.openClaims(),
          env: {
            ...store.env,
            DISCORD_TOKEN: TOKEN,
            DISCORD_APP_ID: APP_ID,
            DISCORD_API_URL: discord.api,
            BRIEFBOT_DOCUMENTS: 'tests/fixtures/sets/city-news',
            DIGEST_GRACE_MINUTES: String(GRACE_MINUTES),
            METRICS_PORT: '0',
            SHUTDOWN_TIMEOUT_SECONDS: '5',
            LOG_LEVEL: 'info',
          },
        });

        const deliveries = await store.deliveries();
        const messages = plan.subscriptions.flatMap((s) => discord.channelMessages(s.channel.id));
        const { outcomes, tally } = tallyRuns({
          expected: plan.expected,
          messages,
          seen: result.seen,
          deliveries,
          graceMs: GRACE_MINUTES * 60_000,
          lateAfterMs: LATE_AFTER_MS,
        });
        const logged = result.processes.flatMap((p) => p.logged(['retrying a digest claimed but not sent', 'digest skipped']));
        const errors = result.processes.flatMap((p) => p.errors());
        const takeovers = logged.filter((l) => l.msg === 'retrying a digest claimed but not sent').length;

        console.log(
          `replicas on ${target.kind}: seed ${plan.seed} (REPLICAS_SEED=${plan.seed} replays it), ` +
            `${plan.subscriptions.length} subscriptions, ${plan.start.toISOString()} → ${plan.end.toISOString()} in ${plan.steps} steps of ${plan.stepMs / 60_000} min\n` +
            formatTable({
              due: tally.due,
              'Discord messages': tally.messages,
              'complete on time': tally.onTime,
              'complete late (within grace)': tally.late,
              'complete beyond grace': tally.lateBeyondGrace,
              duplicates: tally.duplicates,
              lost: tally.lost,
              'posted but not due': tally.notDue,
              'retried posts Discord dropped by nonce': `${tally.answeredByNonce} (${tally.answeredByNonceLate} of them more than ${DISCORD_NONCE_MEMORY_MS / 60_000} min after the first)`,
              'claims taken over from a dead replica': takeovers,
              'latest completion (min after its time)': tally.maxLagMinutes,
              kills: `${result.kills.SIGKILL + result.kills.SIGTERM} (SIGKILL ${result.kills.SIGKILL}, SIGTERM ${result.kills.SIGTERM}; ${result.killsHoldingClaims} on a replica holding an unsent claim)`,
              restarts: result.restarts,
              'replica processes': result.processes.length,
              'errors logged by replicas': errors.length,
              'real time (s)': `${(result.realMs / 1000).toFixed(1)}, of which ${(result.waitedForReplacementsMs / 1000).toFixed(1)} waiting for replacements to start`,
            }),
        );
        for (const line of errors.slice(0, 5)) console.log(JSON.stringify(line).slice(0, 600));

        const failing = (pred: (o: (typeof outcomes)[number]) => boolean) => outcomes.filter(pred).map((o) => `${o.run.subscriptionId} ${o.run.localDate} (${o.run.at.toISOString()}): created ${o.created}, lag ${o.lagMs}`);
        expect(
          failing((o) => o.created === 0),
          'lost digests',
        ).toEqual([]);
        expect(
          failing((o) => o.created > 1),
          'digests posted more than once',
        ).toEqual([]);
        expect(tally.duplicates, 'messages Discord holds twice').toBe(0);
        expect(
          failing((o) => o.lagMs !== null && (o.lagMs < 0 || o.lagMs > GRACE_MINUTES * 60_000)),
          'posted outside [time, time + grace]',
        ).toEqual([]);
        expect(tally.notDue, 'messages for runs that were not due').toBe(0);
        expect(tally.onTime + tally.late).toBe(tally.due);
        expect(
          failing((o) => o.delivery?.messageId !== o.messageIds[0]),
          'delivery log names another message',
        ).toEqual([]);
        // The store agrees: every due run logged sent with the message Discord created, nothing else logged.
        expect(deliveries.filter((d) => d.status !== 'sent').map((d) => `${d.subscriptionId} ${d.localDate} ${d.status}: ${d.reason}`)).toEqual([]);
        expect(deliveries).toHaveLength(plan.expected.length);
        expect(logged.filter((l) => l.msg === 'digest skipped')).toEqual([]);
        expect(result.restarts).toBe(plan.kills.length);
      },
      TIMEOUT_MS,
    );
  });
}

/** The plan and the tally the test above relies on: the week crosses both clock changes, and a wrong outcome is counted. */
describe('the replicas test itself', () => {
  const plan = makePlan({ seed: 7, kills: KILLS });
  const at = (subscriptionId: string, localDate: string) => plan.expected.find((r) => r.subscriptionId === subscriptionId && r.localDate === localDate)?.at.toISOString();

  it('GIVEN the planned week THEN wall times in the spring-forward gap and the fall-back fold each run once', () => {
    // Kyiv 03:30 and London 01:15 fall in the gap on 29 March: both run at the first minute after it, 01:00 UTC.
    expect(at('sub-00', '2026-03-29')).toBe('2026-03-29T01:00:00.000Z');
    expect(at('sub-01', '2026-03-29')).toBe('2026-03-29T01:00:00.000Z');
    // Sydney 02:30 comes twice on 5 April: the first one, still at +11.
    expect(at('sub-02', '2026-04-05')).toBe('2026-04-04T15:30:00.000Z');
    // Once a day, the fold included (29 March's run was at 15:30 UTC on the 28th, before the week).
    expect(plan.expected.filter((r) => r.subscriptionId === 'sub-02').map((r) => r.localDate)).toEqual(['2026-03-30', '2026-03-31', '2026-04-01', '2026-04-02', '2026-04-03', '2026-04-04', '2026-04-05']);
    expect(plan.kills).toHaveLength(KILLS);
    expect(new Set(plan.kills.map((k) => k.signal))).toEqual(new Set(['SIGKILL', 'SIGTERM']));
    expect(makePlan({ seed: 7, kills: KILLS })).toEqual(plan);
  });

  it('GIVEN a run posted twice, one lost, one late and one not due THEN the tally counts each', () => {
    const [a, b, c] = plan.expected;
    const nonceOf = (run: typeof a, part = 0) => digestNonce(idempotencyKeyFor(run!.subscriptionId, run!.localDate), part);
    const seenAt = (run: typeof a, minutes: number) => ({ firstAt: new Date(run!.at.getTime() + minutes * 60_000), requests: 1, repeatsAfterNonceMemory: 0 });
    const { tally } = tallyRuns({
      expected: [a!, b!, c!],
      messages: [
        { id: '1', nonce: nonceOf(a) },
        { id: '2', nonce: nonceOf(a) },
        { id: '3', nonce: nonceOf(c) },
        { id: '5', nonce: nonceOf(c, 1) },
        { id: '4', nonce: 'not-a-due-run' },
      ],
      seen: new Map([
        [nonceOf(a), { ...seenAt(a, 0), requests: 3 }],
        [nonceOf(c), seenAt(c, 0)],
        [nonceOf(c, 1), seenAt(c, 30)],
      ]),
      deliveries: [],
      graceMs: GRACE_MINUTES * 60_000,
      lateAfterMs: LATE_AFTER_MS,
    });
    expect(tally).toMatchObject({ due: 3, duplicates: 1, lost: 1, notDue: 1, onTime: 1, late: 1, answeredByNonce: 1, maxLagMinutes: 30 });
  });
});
