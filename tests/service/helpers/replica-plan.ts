import { runsBetween } from '../../../src/digest/schedule.js';
import type { SubscriptionInput } from '../../../src/store/store.js';

/**
 * What the replicas test will do, decided up front from one seed: the subscriptions, the simulated
 * span and its clock steps, and which replica is stopped how at which step. The same seed gives the
 * same plan; only the real-time races inside a step (where exactly a kill lands) vary.
 */

export const GUILD = '1100000000000000001';
const MINUTE = 60_000;

/** mulberry32: small, fast and good enough to pick test cases reproducibly. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export interface Kill {
  step: number;
  /** Which of the three replica slots. */
  slot: number;
  signal: 'SIGKILL' | 'SIGTERM';
  /**
   * When, within the step: once Discord has received this many digest posts in it (so some post is
   * in flight or just done and not yet marked sent), or when the step's ticks are over if fewer came;
   * 0 = at once, while the replicas are still claiming.
   */
  afterPosts: number;
}

export interface ExpectedRun {
  subscriptionId: string;
  channelId: string;
  localDate: string;
  at: Date;
}

export interface ReplicaPlan {
  seed: number;
  start: Date;
  /** Kills happen up to here (the simulated week, or the days asked for)… */
  weekEnd: Date;
  /** …and the clock runs on, with no kills, to here, so the last claims settle. */
  end: Date;
  stepMs: number;
  steps: number;
  subscriptions: SubscriptionInput[];
  expected: ExpectedRun[];
  kills: Kill[];
}

/**
 * 2026-03-29 → 2026-04-05 (UTC): Europe springs forward on the first day (Kyiv 03:00 → 04:00,
 * London 01:00 → 02:00) and Sydney falls back on the last (03:00 → 02:00), so wall times in the gap
 * and in the repeated hour are part of the week.
 */
export const WEEK_START = new Date('2026-03-29T00:00:00Z');
const DAYS = 7;
const SETTLE_MS = 2 * 60 * MINUTE;

const ZONES = ['America/New_York', 'Europe/Kyiv', 'Asia/Kolkata', 'Australia/Sydney', 'UTC', 'Europe/London', 'Asia/Kathmandu', 'America/Los_Angeles', 'Asia/Tokyo', 'America/Sao_Paulo'];

/** Wall times picked on purpose: in the spring-forward gap, in the fall-back fold, at midnight. */
const EDGE_CASES: Array<Pick<SubscriptionInput, 'time' | 'timezone' | 'weekdays'>> = [
  { time: '03:30', timezone: 'Europe/Kyiv', weekdays: [1, 2, 3, 4, 5, 6, 7] },
  { time: '01:15', timezone: 'Europe/London', weekdays: [1, 2, 3, 4, 5, 6, 7] },
  { time: '02:30', timezone: 'Australia/Sydney', weekdays: [1, 2, 3, 4, 5, 6, 7] },
  { time: '02:00', timezone: 'Australia/Sydney', weekdays: [7] },
  { time: '00:00', timezone: 'Asia/Kolkata', weekdays: [1, 2, 3, 4, 5] },
];

export function channelIdOf(index: number): string {
  return `11000000000001${String(index).padStart(4, '0')}`;
}

export function makePlan(options: { seed: number; days?: number; subscriptions?: number; stepMinutes?: number; kills?: number }): ReplicaPlan {
  const { seed } = options;
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const count = options.subscriptions ?? 50;
  const stepMs = (options.stepMinutes ?? 15) * MINUTE;
  const start = WEEK_START;
  const weekEnd = new Date(start.getTime() + (options.days ?? DAYS) * 24 * 60 * MINUTE);
  const end = new Date(weekEnd.getTime() + SETTLE_MS);

  const subscriptions: SubscriptionInput[] = [];
  for (let i = 0; i < count; i++) {
    const edge = EDGE_CASES[i];
    // Quarter hours, so a run falls on a clock step and "on time" means posted at its own step.
    const time = `${String(Math.floor(random() * 24)).padStart(2, '0')}:${pick(['00', '15', '30', '45'])}`;
    const shape = random();
    const weekdays = shape < 0.55 ? [1, 2, 3, 4, 5, 6, 7] : shape < 0.85 ? [1, 2, 3, 4, 5] : shape < 0.95 ? [6, 7] : [pick([1, 3, 5])];
    subscriptions.push({
      id: `sub-${String(i).padStart(2, '0')}`,
      channel: { platform: 'discord', id: channelIdOf(i), workspace: GUILD },
      ...(edge ?? { time, timezone: pick(ZONES), weekdays }),
      topics: [],
      length: 'short',
      status: 'active',
      pausedReason: null,
      activeSince: start.toISOString(),
      createdBy: 'replicas-test',
      now: start.toISOString(),
    });
  }

  const expected = subscriptions.flatMap((sub) => runsBetween(sub, start, end).map((run) => ({ subscriptionId: sub.id, channelId: sub.channel.id, localDate: run.localDate, at: run.at })));
  const steps = Math.round((end.getTime() - start.getTime()) / stepMs);
  const weekSteps = Math.round((weekEnd.getTime() - start.getTime()) / stepMs);
  const stepsWithRuns = [...new Set(expected.map((run) => Math.ceil((run.at.getTime() - start.getTime()) / stepMs)))];
  return { seed, start, weekEnd, end, stepMs, steps, subscriptions, expected, kills: planKills(random, options.kills ?? 12, weekSteps, stepsWithRuns) };
}

/** Kills spread over the week, most of them on a step where digests are due (so they land mid-post). */
function planKills(random: () => number, count: number, weekSteps: number, stepsWithRuns: number[]): Kill[] {
  const chosen = new Set<number>();
  const busy = stepsWithRuns.filter((step) => step > 1 && step < weekSteps);
  while (chosen.size < count) {
    const step = random() < 0.75 ? busy[Math.floor(random() * busy.length)]! : 2 + Math.floor(random() * (weekSteps - 2));
    chosen.add(step);
  }
  const kills = [...chosen]
    .sort((a, b) => a - b)
    .map(
      (step): Kill => ({
        step,
        slot: Math.floor(random() * 3),
        signal: random() < 0.7 ? 'SIGKILL' : 'SIGTERM',
        afterPosts: Math.floor(random() * 4),
      }),
    );
  // Both ways of dying, whatever the draw: a crash, and a stop that releases its claims.
  if (kills.length >= 2 && kills.every((k) => k.signal === 'SIGKILL')) kills.at(-1)!.signal = 'SIGTERM';
  if (kills.length >= 2 && kills.every((k) => k.signal === 'SIGTERM')) kills[0]!.signal = 'SIGKILL';
  return kills;
}
