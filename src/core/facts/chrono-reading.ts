import { createRequire } from 'node:module';
import type { ChronoFound, ChronoReading } from '../ingest/document.js';

type Chrono = typeof import('chrono-node/en');

/** A bit for each part of a date chrono may be certain of, as ChronoFound.certain holds them. */
export const CERTAIN = { year: 1, month: 2, day: 4, weekday: 8 } as const;

// English only: the whole package loads every locale, a fifth of a cold start. Required on the first parse, not
// imported: a process that answers from stored readings (a restart over stored analyses) never loads it.
let chrono: Chrono | undefined;
const load = createRequire(import.meta.url);

/** Whether chrono is certain of that part of the found expression's date. */
export function isCertain(found: Pick<ChronoFound, 'certain'>, part: keyof typeof CERTAIN): boolean {
  return (found.certain & CERTAIN[part]) !== 0;
}

/** What chrono finds in a text read against the instant (UTC, no forward dating), as the timeline reads it. */
export function readChrono(text: string, instant: Date): ChronoFound[] {
  chrono ??= load('chrono-node/en') as Chrono;
  return chrono.parse(text, { instant, timezone: 0 }, { forwardDate: false }).map((r) => {
    let certain = 0;
    for (const [k, bit] of Object.entries(CERTAIN)) if (r.start.isCertain(k as keyof typeof CERTAIN)) certain |= bit;
    return { text: r.text, index: r.index, certain, month: r.start.get('month'), day: r.start.get('day'), weekday: r.start.get('weekday'), start: r.start.date().getTime() };
  });
}

/** Numbers a found expression takes in a packed reading: where it starts, its length, the certain bits, month, day, weekday, start. */
const FIELDS = 7;
/** A month, day or weekday chrono gives none of (each it gives is 0 or more). */
const NONE = -1;

/**
 * What chrono found in a text read against the instant, packed (ChronoReading); undefined when an expression is not the text at
 * its place, which the packed form could not give back (the sentence is then read when asked, as one never stored).
 */
export function packReading(text: string, instant: number, found: readonly ChronoFound[]): ChronoReading | undefined {
  const packed = [instant, text.length];
  for (const f of found) {
    if (text.slice(f.index, f.index + f.text.length) !== f.text) return undefined;
    packed.push(f.index, f.text.length, f.certain, f.month ?? NONE, f.day ?? NONE, f.weekday ?? NONE, f.start);
  }
  return packed;
}

/** The expressions a packed reading holds, when it was read of this text against this instant; undefined when it was not. */
export function readingFound(reading: ChronoReading, text: string, instant: number): ChronoFound[] | undefined {
  if (reading[0] !== instant || reading[1] !== text.length) return undefined;
  const found: ChronoFound[] = [];
  for (let i = 2; i + FIELDS <= reading.length; i += FIELDS) {
    const index = reading[i]!;
    found.push({ text: text.slice(index, index + reading[i + 1]!), index, certain: reading[i + 2]!, month: orNull(reading[i + 3]!), day: orNull(reading[i + 4]!), weekday: orNull(reading[i + 5]!), start: reading[i + 6]! });
  }
  return found;
}

function orNull(n: number): number | null {
  return n === NONE ? null : n;
}
