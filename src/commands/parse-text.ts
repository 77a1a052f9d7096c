import { z } from 'zod';
import type { Length } from '../core/briefing.js';
import { err, ok, type Result } from '../core/result.js';
import type { Command } from './command.js';

/**
 * Parses the text form of a command, as typed in the console or after a Slack slash command:
 *   brief <topic or query> [short|standard|long] [public]
 *   topics
 *   digest now | subscribe HH:MM <IANA zone> [topics:a,b | topic …] [weekdays=mon,tue] [words:250] [quiet:line|skip] | unsubscribe | list
 *   set | set use <name> | set add <url>
 */
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const TimeSchema = z.string().regex(/^([01]?\d|2[0-3]):[0-5]\d$/, 'time must be HH:MM, 24-hour');

export function parseCommandText(name: string, text: string): Result<Command, string> {
  const command = name.replace(/^\//, '').trim().toLowerCase();
  const words = text.trim().split(/\s+/).filter(Boolean);
  switch (command) {
    case 'brief':
      return parseBrief(words);
    case 'topics':
      return ok({ name: 'topics' });
    case 'digest':
      return parseDigest(words);
    case 'set':
      return parseSet(words);
    case 'help':
    case '':
      return ok({ name: 'help' });
    default:
      return err(`Unknown command "/${command}". Try /brief, /topics, /digest, /set or /help.`);
  }
}

/** "/brief x y" or "brief x y" as one line, for the console and the CLI. */
export function parseCommandLine(line: string): Result<Command, string> {
  const match = /^\/?(\S*)\s*([\s\S]*)$/.exec(line.trim());
  return parseCommandText(match?.[1] ?? '', match?.[2] ?? '');
}

function parseBrief(words: string[]): Result<Command, string> {
  let length: Length = 'standard';
  let isPublic = false;
  const rest = [...words];
  // Trailing flags only, so a query may still contain the word "short" in the middle.
  for (;;) {
    const last = rest.at(-1)?.toLowerCase();
    if (last === 'short' || last === 'standard' || last === 'long') length = last;
    else if (last === 'public') isPublic = true;
    else break;
    rest.pop();
  }
  const query = rest.join(' ');
  if (!query) return err('Say what to brief on: /brief <topic or question>, e.g. /brief security-guarantees. /topics lists the topics.');
  return ok({ name: 'brief', query, length, public: isPublic });
}

const SET_USAGE = "Use: /set (this channel's set) | /set use <name> | /set add <url>";

function parseSet(words: string[]): Result<Command, string> {
  const [action, argument, ...extra] = words;
  switch (action?.toLowerCase()) {
    case undefined:
    case 'show':
    case 'list':
      return ok({ name: 'set', action: 'show' });
    case 'use':
      if (!argument || extra.length) return err(`Say which set: /set use <name>. /set lists them.`);
      return ok({ name: 'set', action: 'use', set: argument.toLowerCase() });
    case 'add': {
      // Slack wraps a pasted link as <https://…> or <https://…|label>.
      const url = argument?.replace(/^<([^|>]+)(?:\|[^>]*)?>$/, '$1');
      if (!url || extra.length) return err('Say which article: /set add <url>, e.g. /set add https://example.com/story');
      return ok({ name: 'set', action: 'add', url });
    }
    default:
      return err(`Unknown set action "${action}". ${SET_USAGE}`);
  }
}

function parseDigest(words: string[]): Result<Command, string> {
  const [action, ...rest] = words;
  switch (action?.toLowerCase()) {
    case 'now':
      return ok({ name: 'digest', action: 'now' });
    case 'list':
    case undefined:
      return ok({ name: 'digest', action: 'list' });
    case 'unsubscribe':
    case 'stop':
      return ok({ name: 'digest', action: 'unsubscribe' });
    case 'subscribe':
      return parseSubscribe(rest);
    case 'reports':
      return ok({ name: 'reports' });
    default:
      return err(`Unknown digest action "${action}". Use: /digest now | subscribe HH:MM <time zone> [topics…] | unsubscribe | list | reports`);
  }
}

function parseSubscribe(words: string[]): Result<Command, string> {
  const [time, timezone, ...rest] = words;
  const usage = 'Use: /digest subscribe HH:MM <IANA time zone> [topic …], e.g. /digest subscribe 07:00 Europe/Kyiv';
  if (!time || !timezone) return err(usage);
  const parsedTime = TimeSchema.safeParse(time);
  if (!parsedTime.success) return err(`"${time}": ${parsedTime.error.issues[0]?.message}. ${usage}`);
  const topics: string[] = [];
  let weekdays: number[] | undefined;
  let length: 'short' | 'standard' | undefined;
  let wordBudget: number | undefined;
  let quietDays: 'line' | 'skip' | undefined;
  for (const word of rest) {
    const lower = word.toLowerCase();
    const [key, value = ''] = lower.split(/[:=]/, 2) as [string, string?];
    if (lower === 'short' || lower === 'standard') length = lower;
    else if ((key === 'weekdays' || key === 'days') && /[:=]/.test(lower)) {
      const parsed = parseWeekdays(value);
      if (!parsed.ok) return parsed;
      weekdays = parsed.value;
    } else if (key === 'words' || key === 'budget') {
      if (!/^\d+$/.test(value)) return err(`"${word}": give the word budget as a whole number, e.g. words:250.`);
      wordBudget = Number(value);
    } else if (key === 'quiet') {
      if (value !== 'line' && value !== 'skip') return err(`"${word}": quiet days are quiet:line (one line, the default) or quiet:skip (no post).`);
      quietDays = value;
    } else if (key === 'topics' && /[:=]/.test(lower))
      topics.push(
        ...word
          .slice(key.length + 1)
          .split(',')
          .filter(Boolean),
      );
    else topics.push(...word.split(',').filter(Boolean));
  }
  const [h, m] = time.split(':');
  return ok({
    name: 'digest',
    action: 'subscribe',
    request: {
      time: `${h!.padStart(2, '0')}:${m}`,
      timezone,
      ...(topics.length ? { topics } : {}),
      ...(weekdays ? { weekdays } : {}),
      ...(length ? { length } : {}),
      ...(wordBudget !== undefined ? { wordBudget } : {}),
      ...(quietDays ? { quietDays } : {}),
    },
  });
}

export function parseWeekdays(text: string): Result<number[], string> {
  const lower = text.toLowerCase();
  if (lower === 'weekdays') return ok([1, 2, 3, 4, 5]);
  if (lower === 'daily' || lower === 'all') return ok([1, 2, 3, 4, 5, 6, 7]);
  const days = new Set<number>();
  for (const part of lower.split(',').filter(Boolean)) {
    const index = WEEKDAYS.indexOf(part.slice(0, 3) as (typeof WEEKDAYS)[number]);
    if (index < 0) return err(`"${part}" is not a weekday; use mon,tue,wed,thu,fri,sat,sun or "weekdays"`);
    days.add(index + 1);
  }
  return days.size ? ok([...days].sort()) : err('no weekdays given');
}
