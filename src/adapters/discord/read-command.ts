import type { ChatInputCommandInteraction } from 'discord.js';
import { z } from 'zod';
import type { Command } from '../../commands/command.js';
import { parseWeekdays } from '../../commands/parse-text.js';
import { err, ok, type Result } from '../../core/result.js';
import type { SubscriptionRequest } from '../../digest/digests.js';

/** The part of a slash-command interaction that says what was asked. */
export type CommandInput = Pick<ChatInputCommandInteraction, 'commandName' | 'options'>;

const LengthOption = z
  .enum(['short', 'standard', 'long'])
  .nullable()
  .transform((v) => v ?? 'standard');
const TimeOption = z
  .string()
  .trim()
  .regex(/^([01]?\d|2[0-3]):[0-5]\d$/, 'time must be HH:MM, 24-hour, e.g. 07:00');
const TimezoneOption = z.string().trim().refine(isTimeZone, { message: 'is not a time zone; use an IANA name such as Europe/Kyiv or America/New_York' });

/** Slash-command options → the platform-free Command; an Err is a message for the user. */
export function readCommand(input: CommandInput): Result<Command, string> {
  const { options } = input;
  switch (input.commandName) {
    case 'brief': {
      const query = options.getString('topic')?.trim() ?? '';
      if (!query) return err('Say what to brief on, e.g. /brief topic:security guarantees. /topics lists the topics.');
      const length = LengthOption.safeParse(options.getString('length'));
      return ok({ name: 'brief', query, length: length.success ? length.data : 'standard', public: options.getBoolean('public') ?? false });
    }
    case 'topics':
      return ok({ name: 'topics' });
    case 'digest':
      return readDigest(input);
    case 'set':
      return readSet(input);
    default:
      return err(`I do not know /${input.commandName}. Try /brief, /topics, /digest or /set.`);
  }
}

function readDigest({ options }: CommandInput): Result<Command, string> {
  const action = options.getSubcommand(false);
  switch (action) {
    case 'now':
    case 'list':
    case 'unsubscribe':
      return ok({ name: 'digest', action });
    case 'reports':
      return ok({ name: 'reports' });
    case 'subscribe': {
      const request = readSubscription(options);
      return request.ok ? ok({ name: 'digest', action: 'subscribe', request: request.value }) : request;
    }
    default:
      return err('Use /digest now, /digest subscribe, /digest list or /digest unsubscribe.');
  }
}

function readSet({ options }: CommandInput): Result<Command, string> {
  switch (options.getSubcommand(false)) {
    case 'use': {
      const name = options.getString('name')?.trim().toLowerCase();
      return name ? ok({ name: 'set', action: 'use', set: name }) : err('Say which set: /set use name:<set>. /set show lists them.');
    }
    case 'add': {
      const url = options.getString('url')?.trim();
      return url ? ok({ name: 'set', action: 'add', url }) : err('Say which article: /set add url:https://…');
    }
    default:
      return ok({ name: 'set', action: 'show' });
  }
}

function readSubscription(options: CommandInput['options']): Result<SubscriptionRequest, string> {
  const time = TimeOption.safeParse(options.getString('time') ?? '');
  if (!time.success) return err(`“${options.getString('time') ?? ''}”: ${time.error.issues[0]?.message}.`);
  const zone = TimezoneOption.safeParse(options.getString('timezone') ?? '');
  if (!zone.success) return err(`“${options.getString('timezone') ?? ''}” ${zone.error.issues[0]?.message}.`);
  const topics = (options.getString('topics') ?? '')
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  const days = options.getString('days');
  const weekdays = days ? parseWeekdays(days) : undefined;
  if (weekdays && !weekdays.ok) return weekdays;
  const length = options.getString('length');
  const words = options.getInteger('words');
  const quiet = options.getString('quiet');
  const [h, m] = time.data.split(':');
  return ok({
    time: `${h!.padStart(2, '0')}:${m}`,
    timezone: zone.data,
    ...(topics.length ? { topics } : {}),
    ...(weekdays?.ok ? { weekdays: weekdays.value } : {}),
    ...(length === 'short' || length === 'standard' ? { length } : {}),
    ...(words !== null && words !== undefined ? { wordBudget: words } : {}),
    ...(quiet === 'line' || quiet === 'skip' ? { quietDays: quiet } : {}),
  });
}

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}
