import { renameSync, writeFileSync } from 'node:fs';
import { setTimeout as wait } from 'node:timers/promises';
import type { Delivery } from '../../../src/store/store.js';
import type { RecordedRequest } from '../../fakes/discord-api.js';
import type { ReplicaPlan } from './replica-plan.js';
import { type ReplicaProcess, spawnReplica } from './replica-process.js';

/** What the Discord fake saw for one nonce: when (in simulated time) and how often it was posted. */
export interface NonceSeen {
  firstAt: Date;
  requests: number;
  /** Repeats that came more than a few (simulated) minutes after the first: see DISCORD_NONCE_MEMORY_MS. */
  repeatsAfterNonceMemory: number;
}

/**
 * Discord checks an enforced nonce for uniqueness "in the past few minutes" (its docs give no
 * number). The fake remembers nonces for ever, so a repeat later than this is counted apart: on
 * Discord it might have posted a second copy.
 */
export const DISCORD_NONCE_MEMORY_MS = 5 * 60_000;

export interface SimulationResult {
  kills: { SIGKILL: number; SIGTERM: number };
  /** Kills that hit a replica while it held an unsent claim (it may have posted it already). */
  killsHoldingClaims: number;
  restarts: number;
  /** Every replica process that ran, in start order. */
  processes: ReplicaProcess[];
  seen: Map<string, NonceSeen>;
  /** Real time spent, and how much of it steps waited for replacements to be up before a kill. */
  realMs: number;
  waitedForReplacementsMs: number;
}

/**
 * Three replica slots on one store and one Discord fake, and the simulated clock they share. Each
 * step writes the next instant to the clock file, ticks every live replica and waits for them; a
 * planned kill lands while those ticks run, and a replacement (a new process, so a new owner that
 * must wait out the dead one's lease) is started at once and joins when its first tick is over.
 */
export async function runSimulation(options: {
  plan: ReplicaPlan;
  clockFile: string;
  env: Record<string, string>;
  requests: readonly RecordedRequest[];
  /** Claims not yet marked sent; a mid-post kill picks a replica holding one when there is one. */
  openClaims: () => Promise<Delivery[]>;
}): Promise<SimulationResult> {
  const { plan, clockFile, env, requests } = options;
  const began = performance.now();
  const setClock = (at: Date) => {
    writeFileSync(`${clockFile}.next`, at.toISOString());
    renameSync(`${clockFile}.next`, clockFile);
  };
  const processes: ReplicaProcess[] = [];
  const start = () => {
    const replica = spawnReplica({ ...env, REPLICA_CLOCK_FILE: clockFile });
    processes.push(replica);
    return replica;
  };
  const result: SimulationResult = {
    kills: { SIGKILL: 0, SIGTERM: 0 },
    killsHoldingClaims: 0,
    restarts: 0,
    processes,
    seen: new Map(),
    realMs: 0,
    waitedForReplacementsMs: 0,
  };

  let scanned = 0;
  const scan = (now: Date) => {
    for (; scanned < requests.length; scanned++) {
      const r = requests[scanned]!;
      const nonce = (r.body as { nonce?: unknown } | undefined)?.nonce;
      if (!isPost(r) || r.status !== 200 || typeof nonce !== 'string') continue;
      const seen = result.seen.get(nonce);
      if (!seen) result.seen.set(nonce, { firstAt: now, requests: 1, repeatsAfterNonceMemory: 0 });
      else {
        seen.requests++;
        if (now.getTime() - seen.firstAt.getTime() > DISCORD_NONCE_MEMORY_MS) seen.repeatsAfterNonceMemory++;
      }
    }
  };

  setClock(plan.start);
  const slots = [start(), start(), start()];
  try {
    await Promise.all(slots.map((replica) => replica.ready));
    const kills = new Map(plan.kills.map((kill) => [kill.step, kill]));
    for (let step = 1; step <= plan.steps; step++) {
      const now = new Date(plan.start.getTime() + step * plan.stepMs);
      const kill = kills.get(step);
      // A kill waits until every slot is up again, so two replicas always remain when it lands.
      if (kill) {
        const waiting = performance.now();
        await Promise.all(slots.map((replica) => replica.ready));
        result.waitedForReplacementsMs += performance.now() - waiting;
      }
      setClock(now);
      const postsBefore = countPosts(requests);
      const ticks = Promise.all(slots.filter((replica) => replica.isReady()).map((replica) => replica.tick()));
      if (kill) {
        let victim = kill.slot;
        if (kill.afterPosts > 0) {
          await postsReached(requests, postsBefore + kill.afterPosts, ticks);
          const holders = new Set((await options.openClaims()).map((claim) => pidOf(claim.claimedBy)));
          const holding = [0, 1, 2].map((i) => (kill.slot + i) % 3).find((slot) => holders.has(slots[slot]!.pid));
          if (holding !== undefined) {
            victim = holding;
            result.killsHoldingClaims++;
          }
        }
        slots[victim]!.child.kill(kill.signal);
        result.kills[kill.signal]++;
        slots[victim] = start();
        result.restarts++;
      }
      await ticks;
      scan(now);
    }
    await Promise.all(slots.map((replica) => replica.ready));
    await Promise.all(slots.map((replica) => replica.tick()));
    scan(plan.end);
  } finally {
    for (const replica of processes) if (replica.isAlive()) replica.child.kill('SIGTERM');
    await Promise.all(processes.map((replica) => Promise.race([replica.exited, wait(15_000)])));
    for (const replica of processes) if (replica.isAlive()) replica.child.kill('SIGKILL');
  }
  scan(plan.end);
  result.realMs = performance.now() - began;
  return result;
}

/** Claims are signed host:pid:random (src/service/start.ts). */
const pidOf = (owner: string | null) => Number(owner?.split(':')[1]);

const isPost = (r: RecordedRequest) => r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path);
const countPosts = (requests: readonly RecordedRequest[]) => requests.filter(isPost).length;

/** Resolves once `count` digest posts were received, or `over` settled first; polled, as the fake has no event for it. */
async function postsReached(requests: readonly RecordedRequest[], count: number, over: Promise<unknown>): Promise<void> {
  let done = false;
  void over.finally(() => (done = true));
  while (!done && countPosts(requests) < count) await wait(1);
}
