import { z } from 'zod';
import { type Length, LengthSchema } from '../core/briefing.js';
import { err, ok, type Result } from '../core/result.js';
import { type QuietDays, QuietDaysSchema } from '../store/records.js';
import type { SubscriptionRequest } from './digests.js';
import { parseTimezone } from './timezone.js';

export const ALL_WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export const MAX_TOPICS = 10;
export const DEFAULT_DIGEST_LENGTH: Length = 'short';

/** A digest shorter than this cannot hold a topic's sentence; longer than this is no longer a digest. */
export const MIN_WORD_BUDGET = 50;
export const MAX_WORD_BUDGET = 1000;
const WORDS_MESSAGE = `Give the word budget as a whole number from ${MIN_WORD_BUDGET} to ${MAX_WORD_BUDGET}, e.g. words:250.`;

export interface SubscriptionSettings {
  time: string;
  timezone: string;
  weekdays: number[];
  topics: string[];
  length: Length;
  wordBudget?: number;
  quietDays?: QuietDays;
}

const RequestSchema = z.object({
  time: z
    .string()
    .trim()
    .regex(/^\d{1,2}:\d{2}$/, 'Give the time as HH:MM on a 24-hour clock, e.g. 07:00 or 18:30.')
    .refine((t) => {
      const [h, m] = t.split(':').map(Number) as [number, number];
      return h <= 23 && m <= 59;
    }, 'Give the time as HH:MM on a 24-hour clock, e.g. 07:00 or 18:30.'),
  timezone: z.string(),
  weekdays: z.array(z.number().int().min(1, 'Weekdays run from 1 (Monday) to 7 (Sunday).').max(7, 'Weekdays run from 1 (Monday) to 7 (Sunday).')).min(1, 'Choose at least one weekday, or leave weekdays out for every day.').optional(),
  topics: z.array(z.string().trim().min(1).max(100, 'A topic is at most 100 characters.')).optional(),
  length: LengthSchema.optional(),
  wordBudget: z.number().int(WORDS_MESSAGE).min(MIN_WORD_BUDGET, WORDS_MESSAGE).max(MAX_WORD_BUDGET, WORDS_MESSAGE).optional(),
  quietDays: QuietDaysSchema.optional(),
});

/** Checks what a user asked for and fills the defaults: every weekday, the set's top topics, short. */
export function parseSubscriptionRequest(request: SubscriptionRequest): Result<SubscriptionSettings, string> {
  const parsed = RequestSchema.safeParse(request);
  if (!parsed.success) return err(parsed.error.issues[0]?.message ?? 'That subscription request is not valid.');
  const zone = parseTimezone(parsed.data.timezone);
  if (!zone.ok) return zone;
  const [h, m] = parsed.data.time.split(':') as [string, string];
  const topics = dedupe(parsed.data.topics ?? []);
  if (topics.length > MAX_TOPICS) return err(`A digest takes at most ${MAX_TOPICS} topics; you gave ${topics.length}.`);
  return ok({
    time: `${h.padStart(2, '0')}:${m}`,
    timezone: zone.value,
    weekdays: [...new Set(parsed.data.weekdays ?? ALL_WEEKDAYS)].sort((a, b) => a - b),
    topics,
    length: parsed.data.length ?? DEFAULT_DIGEST_LENGTH,
    ...(parsed.data.wordBudget !== undefined ? { wordBudget: parsed.data.wordBudget } : {}),
    ...(parsed.data.quietDays ? { quietDays: parsed.data.quietDays } : {}),
  });
}

function dedupe(topics: string[]): string[] {
  const seen = new Set<string>();
  return topics.filter((t) => {
    const k = t.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
