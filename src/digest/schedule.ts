import { DateTime, IANAZone } from 'luxon';

/**
 * When a daily digest runs, as pure math: no clock, no I/O. A run is a wall-clock time on a
 * local date in an IANA zone, resolved to one instant, with daylight saving handled as people
 * expect: 07:00 stays 07:00 local after a change; a time the clocks skip runs once at the first
 * minute after the gap; a time the clocks repeat runs once, at its first occurrence.
 */

export interface DailySchedule {
  /** HH:MM, 24-hour. */
  time: string;
  /** IANA zone, already validated. */
  timezone: string;
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  weekdays: readonly number[];
}

export interface ScheduledRun {
  /** YYYY-MM-DD in the schedule's zone: the run's identity, one per day. */
  localDate: string;
  at: Date;
}

const MINUTE = 60_000;
const DAY = 86_400_000;

/** The run on a local date, or null when the schedule skips that weekday. */
export function runOnDate(schedule: DailySchedule, localDate: string): ScheduledRun | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(localDate);
  if (!match) throw new Error(`not a date: ${localDate}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const isoWeekday = ((new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7) + 1;
  if (!schedule.weekdays.includes(isoWeekday)) return null;
  const [hour, minute] = schedule.time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const cacheKey = `${schedule.timezone}|${wall}`;
  let instant = resolved.get(cacheKey);
  if (instant === undefined) {
    if (resolved.size >= RESOLVED_CACHE_SIZE) resolved.clear();
    instant = instantOfWallTime(zoneOf(schedule.timezone), wall);
    resolved.set(cacheKey, instant);
  }
  return { localDate, at: new Date(instant) };
}

// Resolving a wall time asks Intl for offsets several times; a scheduler ticking every minute
// asks the same questions again and again, and the answers never change.
const RESOLVED_CACHE_SIZE = 50_000;
const resolved = new Map<string, number>();

/** Runs with `from` < at ≤ `to`, oldest first. */
export function runsBetween(schedule: DailySchedule, from: Date, to: Date): ScheduledRun[] {
  if (to.getTime() - from.getTime() > 400 * DAY) throw new Error('runsBetween: window longer than 400 days');
  const runs: ScheduledRun[] = [];
  // One local day either side: a zone's date can differ from UTC's by up to 14 hours.
  const last = addDays(localDateOf(to, schedule.timezone), 1);
  for (let day = addDays(localDateOf(from, schedule.timezone), -1); day <= last; day = addDays(day, 1)) {
    const run = runOnDate(schedule, day);
    if (run && run.at > from && run.at <= to) runs.push(run);
  }
  return runs;
}

/** The first run strictly after `after`. */
export function nextRun(schedule: DailySchedule, after: Date): ScheduledRun {
  if (schedule.weekdays.length === 0) throw new Error('nextRun: a schedule needs at least one weekday');
  let day = localDateOf(after, schedule.timezone);
  for (let i = 0; i < 9; i++, day = addDays(day, 1)) {
    const run = runOnDate(schedule, day);
    if (run && run.at > after) return run;
  }
  throw new Error('nextRun: no run within 9 days');
}

export type RunTiming = { kind: 'not-yet' } | { kind: 'due'; late: boolean } | { kind: 'missed'; byMs: number };

/**
 * Whether a run is due at `now`: on time within `lateAfterMs` of its instant, late within
 * `graceMs`, missed after that.
 */
export function timingOf(run: ScheduledRun, now: Date, policy: { graceMs: number; lateAfterMs: number }): RunTiming {
  const age = now.getTime() - run.at.getTime();
  if (age < 0) return { kind: 'not-yet' };
  if (age > policy.graceMs) return { kind: 'missed', byMs: age };
  return { kind: 'due', late: age >= policy.lateAfterMs };
}

/** The run's instant as the channel reads it: ISO with the zone's offset, e.g. 2025-03-10T07:00:00-04:00. */
export function localIso(at: Date, timezone: string): string {
  return DateTime.fromJSDate(at, { zone: timezone }).toISO({ suppressMilliseconds: true }) ?? at.toISOString();
}

export function localDateOf(at: Date, timezone: string): string {
  const offset = zoneOf(timezone).offset(at.getTime());
  return new Date(at.getTime() + offset * MINUTE).toISOString().slice(0, 10);
}

function addDays(localDate: string, days: number): string {
  return new Date(Date.parse(`${localDate}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

function zoneOf(name: string): IANAZone {
  const zone = IANAZone.create(name);
  if (!zone.isValid) throw new Error(`invalid time zone: ${name}`);
  return zone;
}

/**
 * The instant at which the zone's clocks read `wall` (a wall-clock time written as if it were UTC
 * milliseconds). Repeated: the earlier instant. Skipped: the first instant after the gap.
 */
function instantOfWallTime(zone: IANAZone, wall: number): number {
  const offsets = [...new Set([zone.offset(wall - DAY), zone.offset(wall), zone.offset(wall + DAY)])];
  const matches = offsets
    .map((offset) => wall - offset * MINUTE)
    .filter((instant) => instant + zone.offset(instant) * MINUTE === wall)
    .sort((a, b) => a - b);
  if (matches[0] !== undefined) return matches[0];

  // In a gap the clock jumps past `wall`: find the first minute whose local reading is after it.
  const wallOf = (instant: number) => instant + zone.offset(instant) * MINUTE;
  let before = wall - Math.max(...offsets) * MINUTE; // reads earlier than `wall`
  let after = wall - Math.min(...offsets) * MINUTE; // reads later than `wall`
  while (after - before > MINUTE) {
    const mid = before + Math.floor((after - before) / 2 / MINUTE) * MINUTE;
    if (wallOf(mid) >= wall) after = mid;
    else before = mid;
  }
  return after;
}
