import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderText } from '../../src/adapters/console/render.js';
import { type CommandInput, readCommand } from '../../src/adapters/discord/read-command.js';
import { renderAnswer as renderDiscord } from '../../src/adapters/discord/render.js';
import { renderAnswer as renderSlack } from '../../src/adapters/slack/render.js';
import type { ChannelRef, Platform, UserRef } from '../../src/chat/refs.js';
import type { Answer, Command } from '../../src/commands/command.js';
import { type CommandServices, handleCommand } from '../../src/commands/handle.js';
import { parseCommandLine, parseCommandText } from '../../src/commands/parse-text.js';
import { createLibrary } from '../../src/core/library/open-folder.js';
import type { Result } from '../../src/core/result.js';
import { createDigestService } from '../../src/digest/service.js';
import { createMemoryStore } from '../../src/store/memory.js';
import { MARKUP_TOKENS, NASTY_CHARS, queryText, RUNS } from './arbitraries.js';
import { consoleProblems, discordProblems, slackProblems } from './checks.js';

const SET = 'briefings/ukraine-peace-talks';
let services: CommandServices;

beforeAll(() => {
  const docs = readdirSync(SET).map((id) => ({ id, text: readFileSync(join(SET, id), 'utf8') }));
  const library = createLibrary('ukraine-peace-talks', docs, { topics: [] });
  services = { library, digests: createDigestService({ store: createMemoryStore(), library }) };
});

/** Text a person might type after a command: words, markup, options, or anything at all. */
const typed = fc.oneof(
  queryText,
  fc
    .array(
      fc.oneof(
        fc.constantFrom(...MARKUP_TOKENS),
        fc.constantFrom(...NASTY_CHARS),
        fc.constantFrom(
          'now',
          'list',
          'subscribe',
          'unsubscribe',
          'stop',
          'short',
          'standard',
          'public',
          '07:00',
          '25:99',
          '7:5',
          'Europe/Kyiv',
          'America/New_York',
          '+03:00',
          'Mars/Olympus',
          'weekdays=mon,fri',
          'days=xyz',
          'ceasefire,territory',
        ),
      ),
      { maxLength: 8 },
    )
    .map((words) => words.join(' ')),
);
const commandName = fc.oneof(fc.constantFrom('brief', 'topics', 'digest', 'help', 'BRIEF', ''), fc.string({ maxLength: 10 }));

/** Whatever the parse said, as the user would see it: the command's answer, or the parse error as a notice. */
async function answerOf(parsed: Result<Command, string>, platform: Platform): Promise<Answer> {
  if (!parsed.ok) return { kind: 'notice', tone: 'error', code: 'invalid-input', text: parsed.error };
  const channel: ChannelRef = { platform, id: 'fuzz-channel', workspace: 'fuzz' };
  const user: UserRef = { platform, id: 'fuzz-user', canManageChannel: true };
  return handleCommand({ command: parsed.value, channel, user, requestId: 'fuzz' }, services);
}

/** A Discord slash-command interaction's options, from arbitrary strings. */
function discordInput(name: string, options: Record<string, string | null>, subcommand: string | null, isPublic: boolean | null): CommandInput {
  return {
    commandName: name,
    options: {
      getString: (key: string) => options[key] ?? null,
      getBoolean: () => isPublic,
      getSubcommand: () => subcommand,
    },
  } as unknown as CommandInput;
}

describe('fuzz: arbitrary command strings through the core and every renderer', () => {
  it(`console: any line typed answers without throwing, with no control sequence reaching the terminal (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(commandName, typed, async (name, text) => {
        const answer = await answerOf(parseCommandLine(`/${name} ${text}`), 'console');
        expect(consoleProblems(renderText(answer))).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('GIVEN a case found before (a control character echoed in a parse error reached the terminal) THEN no control character is printed', async () => {
    const answer = await answerOf(parseCommandLine('/digest \u0000'), 'console');
    expect(consoleProblems(renderText(answer))).toEqual([]);
  });

  it(`slack: any slash command text answers within Slack's limits and pings nobody (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(commandName, typed, async (name, text) => {
        const answer = await answerOf(parseCommandText(`/${name}`, text), 'slack');
        expect(slackProblems(renderSlack(answer))).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it(`discord: any option values answer within Discord's limits and ping nobody (${RUNS} runs)`, async () => {
    const option = fc.option(typed, { nil: null });
    await fc.assert(
      fc.asyncProperty(
        commandName,
        fc.record({ topic: option, length: option, time: option, timezone: option, topics: option, days: option }),
        fc.option(fc.oneof(fc.constantFrom('now', 'list', 'subscribe', 'unsubscribe'), fc.string({ maxLength: 8 })), { nil: null }),
        fc.option(fc.boolean(), { nil: null }),
        async (name, options, subcommand, isPublic) => {
          const answer = await answerOf(readCommand(discordInput(name, options, subcommand, isPublic)), 'discord');
          expect(discordProblems(renderDiscord(answer))).toEqual([]);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
