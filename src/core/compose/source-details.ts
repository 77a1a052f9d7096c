import type { Source } from '../briefing.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * What a source line says about its article after the title, in reading order, as plain text
 * every renderer escapes its own way: "opinion", "Riverton Ledger", "by Maya Olsen",
 * "2024-05-14", "updated 16 May 10:00 UTC". One list, so every platform says the same.
 */
export function sourceDetails(source: Source): string[] {
  return [source.opinion ? 'opinion' : undefined, source.outlet, source.author && `by ${source.author}`, source.published, source.updatedAt && updatedNote(source.updatedAt)].filter((detail): detail is string => Boolean(detail));
}

/** "updated 29 Nov 14:05 UTC": when a corrected article replaced the version first stored. */
export function updatedNote(iso: string): string | undefined {
  const at = readableInstant(iso, { year: false });
  return at && `updated ${at}`;
}

/**
 * "21 Aug 2025 04:00 UTC": an instant as a reader takes it in, the same on every platform (an ISO
 * string reads as machine output). Undefined when `iso` is not a time.
 */
export function readableInstant(iso: string, { year = true }: { year?: boolean } = {}): string | undefined {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return undefined;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${at.getUTCDate()} ${MONTHS[at.getUTCMonth()]}${year ? ` ${at.getUTCFullYear()}` : ''} ${two(at.getUTCHours())}:${two(at.getUTCMinutes())} UTC`;
}
