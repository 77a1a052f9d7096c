import type { Subscription } from '../store/store.js';
import { localIso } from './schedule.js';

/** Why a run was not posted, in words a channel member reads in /digest list and the log. */

export function missedReason(sub: Subscription, at: Date, byMs: number, graceMs: number): string {
  return `Not posted: the ${whenLocal(sub, at)} digest was found ${duration(byMs)} late, past the ${duration(graceMs)} catch-up window (no briefbot was running).`;
}

export function staleClaimReason(sub: Subscription, at: Date, graceMs: number): string {
  return `Not posted: the ${whenLocal(sub, at)} digest was claimed but its post was interrupted, and the ${duration(graceMs)} catch-up window ended before a retry.`;
}

function whenLocal(sub: Subscription, at: Date): string {
  const iso = localIso(at, sub.timezone);
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} ${sub.timezone}`;
}

export function duration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
