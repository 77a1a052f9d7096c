/** Checks for the values a document states about itself (front matter, a leading date line). */

/** A YYYY-MM-DD date that is on the calendar: 2024-02-29 is; 2025-02-31, 2025-13-45 and 0000-00-00 are not. */
export function isCalendarDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1) return false;
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A date with a time of day that names one instant: 2025-08-19T14:05:00Z or with an offset; a bare date is not one. */
export function isInstant(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.test(value) && !Number.isNaN(Date.parse(value));
}

/** The URL when it is plain http(s), the only kind briefbot shows as a link anywhere; undefined otherwise. */
export function httpUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Rule FD (docs/quality.md, "Session 71"): the calendar date a file's name writes ("03-gazette-islands-2025-03-10.txt",
 * "2025_03_10-report.md"), the last one when it writes several; undefined when it writes none on the calendar.
 */
export function dateInFileName(id: string): string | undefined {
  const name = id.split(/[\\/]/).at(-1) ?? id;
  const dates = [...name.matchAll(/(?<!\d)((?:19|20)\d\d)[-_](\d\d)[-_](\d\d)(?!\d)/g)].map((m) => `${m[1]}-${m[2]}-${m[3]}`);
  return dates.reverse().find(isCalendarDate);
}
