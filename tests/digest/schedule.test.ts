import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { type DailySchedule, localIso, nextRun, runOnDate, runsBetween, timingOf } from '../../src/digest/schedule.js';

const everyDay = [1, 2, 3, 4, 5, 6, 7];
const daily = (time: string, timezone: string): DailySchedule => ({ time, timezone, weekdays: everyDay });
const utc = (iso: string) => new Date(iso);
const at = (s: DailySchedule, day: string) => runOnDate(s, day)?.at.toISOString();

// 2025 changes: New York springs forward Mar 9 02:00→03:00 and falls back Nov 2 02:00→01:00;
// Kyiv springs forward Mar 30 03:00→04:00 and falls back Oct 26 04:00→03:00.
describe('a 07:00 digest stays at 07:00 local across daylight-saving changes', () => {
  it.each([
    ['America/New_York', ['2025-03-08', '2025-03-09', '2025-03-10'], ['12:00', '11:00', '11:00']],
    ['America/New_York', ['2025-11-01', '2025-11-02', '2025-11-03'], ['11:00', '12:00', '12:00']],
    ['Europe/Kyiv', ['2025-03-29', '2025-03-30', '2025-03-31'], ['05:00', '04:00', '04:00']],
    ['Europe/Kyiv', ['2025-10-25', '2025-10-26', '2025-10-27'], ['04:00', '05:00', '05:00']],
  ])('%s on %j runs at %j UTC', (zone, days, utcTimes) => {
    const schedule = daily('07:00', zone);
    const runs = days.map((d) => runOnDate(schedule, d)!);
    expect(runs.map((r) => r.at.toISOString().slice(11, 16))).toEqual(utcTimes);
    expect(runs.map((r) => localIso(r.at, zone).slice(11, 16))).toEqual(['07:00', '07:00', '07:00']);
  });
});

describe('a time the clocks skip runs once, at the first minute after the gap', () => {
  it.each([
    ['America/New_York', '02:30', '2025-03-09', '2025-03-09T07:00:00.000Z', '2025-03-09T03:00:00-04:00'],
    ['America/New_York', '02:00', '2025-03-09', '2025-03-09T07:00:00.000Z', '2025-03-09T03:00:00-04:00'],
    ['Europe/Kyiv', '03:30', '2025-03-30', '2025-03-30T01:00:00.000Z', '2025-03-30T04:00:00+03:00'],
    ['Europe/Kyiv', '03:00', '2025-03-30', '2025-03-30T01:00:00.000Z', '2025-03-30T04:00:00+03:00'],
  ])('%s %s on %s → %s', (zone, time, day, instant, local) => {
    const run = runOnDate(daily(time, zone), day)!;
    expect(run.at.toISOString()).toBe(instant);
    expect(localIso(run.at, zone)).toBe(local);
    expect(run.localDate).toBe(day);
  });

  it('is back at its own time the next day', () => {
    expect(localIso(runOnDate(daily('02:30', 'America/New_York'), '2025-03-10')!.at, 'America/New_York')).toBe('2025-03-10T02:30:00-04:00');
  });
});

describe('a time the clocks repeat runs once, at its first occurrence', () => {
  it.each([
    ['America/New_York', '01:30', '2025-11-02', '2025-11-02T05:30:00.000Z', '2025-11-02T01:30:00-04:00'],
    ['Europe/Kyiv', '03:30', '2025-10-26', '2025-10-26T00:30:00.000Z', '2025-10-26T03:30:00+03:00'],
  ])('%s %s on %s → %s', (zone, time, day, instant, local) => {
    const schedule = daily(time, zone);
    expect(at(schedule, day)).toBe(instant);
    expect(localIso(new Date(instant), zone)).toBe(local);
    // A scheduler ticking every minute through the whole night sees the run exactly once.
    const start = Date.parse(`${day}T00:00:00Z`) - 12 * 3_600_000;
    const seen: string[] = [];
    for (let t = start; t < start + 36 * 3_600_000; t += 60_000) {
      seen.push(...runsBetween(schedule, new Date(t), new Date(t + 60_000)).map((r) => r.at.toISOString()));
    }
    expect(seen).toEqual([instant]);
  });
});

describe('runsBetween', () => {
  it('lists one run per scheduled local date, oldest first, excluding the start and including the end', () => {
    const schedule = daily('07:00', 'Europe/Kyiv');
    const runs = runsBetween(schedule, utc('2025-03-29T05:00:00Z'), utc('2025-03-31T04:00:00Z'));
    expect(runs.map((r) => [r.localDate, r.at.toISOString()])).toEqual([
      ['2025-03-30', '2025-03-30T04:00:00.000Z'],
      ['2025-03-31', '2025-03-31T04:00:00.000Z'],
    ]);
  });

  it('finds runs whose local date differs from the UTC date', () => {
    const runs = runsBetween(daily('23:30', 'America/New_York'), utc('2025-06-01T00:00:00Z'), utc('2025-06-02T12:00:00Z'));
    expect(runs.map((r) => [r.localDate, r.at.toISOString()])).toEqual([
      ['2025-05-31', '2025-06-01T03:30:00.000Z'],
      ['2025-06-01', '2025-06-02T03:30:00.000Z'],
    ]);
  });

  it('gives the same runs however a window is cut into ticks (property)', () => {
    const zones = ['America/New_York', 'Europe/Kyiv', 'Australia/Lord_Howe', 'Asia/Kolkata', 'America/Santiago'];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.subarray(everyDay, { minLength: 1 }),
        fc.integer({ min: Date.parse('2025-01-01'), max: Date.parse('2025-12-20') }),
        fc.array(fc.integer({ min: 1, max: 10 * 86_400_000 }), { minLength: 1, maxLength: 6 }),
        (zone, h, m, weekdays, start, cuts) => {
          const schedule = { time: `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`, timezone: zone, weekdays };
          const end = start + 10 * 86_400_000;
          const points = [start, ...cuts.map((c) => start + c).sort((a, b) => a - b), end];
          const pieces = points.slice(1).flatMap((p, i) => runsBetween(schedule, new Date(points[i]!), new Date(p)));
          const whole = runsBetween(schedule, new Date(start), new Date(end));
          expect(pieces).toEqual(whole);
          // One run per local date, on the chosen weekdays, at the chosen time unless the clocks skip it.
          expect(new Set(whole.map((r) => r.localDate)).size).toBe(whole.length);
          for (const run of whole) {
            const local = DateTime.fromJSDate(run.at, { zone });
            expect(local.toISODate()).toBe(run.localDate);
            expect(weekdays).toContain(local.weekday);
            if (local.toFormat('HH:mm') !== schedule.time) {
              // Only a gap moves a run, and only to the minute the clocks land on after it.
              const minuteBefore = DateTime.fromMillis(run.at.getTime() - 60_000, { zone });
              expect(minuteBefore.offset).not.toBe(local.offset);
              // Wall-clock times with their dates: a gap at midnight puts the minute before on the day before.
              const wall = (t: DateTime) => t.toFormat('yyyy-MM-dd HH:mm');
              const due = `${run.localDate} ${schedule.time}`;
              expect(wall(minuteBefore) < due && wall(local) > due).toBe(true);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('nextRun', () => {
  const weekdaysOnly: DailySchedule = { time: '07:00', timezone: 'Europe/Kyiv', weekdays: [1, 2, 3, 4, 5] };

  it('is the first run strictly after the instant', () => {
    const friday = runOnDate(weekdaysOnly, '2025-06-06')!; // a Friday
    expect(nextRun(weekdaysOnly, new Date(friday.at.getTime() - 1)).localDate).toBe('2025-06-06');
    expect(nextRun(weekdaysOnly, friday.at).localDate).toBe('2025-06-09'); // the Monday after
  });

  it('lands on the local day after a spring-forward at 07:00 local', () => {
    const run = nextRun(daily('07:00', 'America/New_York'), utc('2025-03-09T12:00:00Z'));
    expect(localIso(run.at, 'America/New_York')).toBe('2025-03-10T07:00:00-04:00');
  });
});

describe('timingOf', () => {
  const run = runOnDate(daily('07:00', 'UTC'), '2025-06-01')!;
  const policy = { graceMs: 2 * 3_600_000, lateAfterMs: 60_000 };
  it.each([
    ['2025-06-01T06:59:59Z', { kind: 'not-yet' }],
    ['2025-06-01T07:00:00Z', { kind: 'due', late: false }],
    ['2025-06-01T07:00:59Z', { kind: 'due', late: false }],
    ['2025-06-01T07:01:00Z', { kind: 'due', late: true }],
    ['2025-06-01T09:00:00Z', { kind: 'due', late: true }],
    ['2025-06-01T09:00:01Z', { kind: 'missed', byMs: 2 * 3_600_000 + 1000 }],
  ])('at %s is %j', (now, timing) => {
    expect(timingOf(run, utc(now), policy)).toEqual(timing);
  });
});
