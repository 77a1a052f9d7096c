import { randomUUID } from 'node:crypto';
import type { App, RespondArguments, SlashCommand, webApi } from '@slack/bolt';
import { type Answer, type Command, refusal } from '../../commands/command.js';
import { type CommandServices, handleCommand } from '../../commands/handle.js';
import { parseCommandText } from '../../commands/parse-text.js';
import type { Logger } from '../../log.js';
import { type AdminCheck, describeError } from './admins.js';
import { SLACK_LIMITS } from './limits.js';
import type { LinkUserCheck } from './link-users.js';
import { renderAnswer, renderNotice, type SlackMessage } from './render.js';

export const SLASH_COMMANDS = ['/brief', '/topics', '/digest', '/set'] as const;

export interface CommandDeps {
  services: CommandServices;
  canManageChannel: AdminCheck;
  /** Absent: only admins may add links. */
  canAddLinks?: LinkUserCheck;
  log: Logger;
  /** Answers still being sent; stop() waits for them. */
  inFlight: Set<Promise<void>>;
}

/** The slash-command fields we read; Bolt's SlashCommand and a Socket Mode payload both have them. */
export type SlashCommandInput = Pick<SlashCommand, 'command' | 'text' | 'user_id' | 'channel_id' | 'team_id' | 'enterprise_id' | 'is_enterprise_install'>;
export type Respond = (message: RespondArguments) => Promise<unknown>;

/**
 * /brief, /topics and /digest as Bolt listeners. Each acks at once (Slack allows 3 seconds) and
 * answers afterwards through respond(), i.e. the command's response_url.
 */
export function registerCommands(app: App, deps: CommandDeps): void {
  for (const name of SLASH_COMMANDS) {
    // `client` carries the token Bolt authorized this request with: the workspace's own.
    app.command(name, async ({ command, ack, respond, client }) => {
      await ack();
      const work = answerCommand(command, respond, client, deps);
      deps.inFlight.add(work);
      try {
        await work;
      } finally {
        deps.inFlight.delete(work);
      }
    });
  }
}

/** Runs one slash command and sends its answer. Never throws: failures become an error notice. */
export async function answerCommand(input: SlashCommandInput, respond: Respond, client: webApi.WebClient, deps: CommandDeps): Promise<void> {
  const requestId = randomUUID();
  const log = deps.log.child({ requestId, command: input.command, userId: input.user_id, channelId: input.channel_id });
  try {
    const { answer, isPublic } = await run(input, requestId, client, deps);
    const messages = fitResponseUrl(renderAnswer(answer));
    const response_type = isPublic ? 'in_channel' : 'ephemeral';
    for (const message of messages) await respond({ response_type, text: message.text, blocks: message.blocks });
    log.info({ answer: answer.kind, messages: messages.length, responseType: response_type }, 'answered slash command');
  } catch (error) {
    log.error({ err: describeError(error) }, 'slash command failed');
    const [notice] = renderNotice('error', 'Something went wrong while answering. Please try again in a moment.');
    await respond({ response_type: 'ephemeral', text: notice!.text, blocks: notice!.blocks }).catch((sendError: unknown) => {
      log.warn({ err: describeError(sendError) }, 'could not send the error notice either');
    });
  }
}

async function run(input: SlashCommandInput, requestId: string, client: webApi.WebClient, deps: CommandDeps): Promise<{ answer: Answer; isPublic: boolean }> {
  const parsed = parseCommandText(input.command, input.text ?? '');
  if (!parsed.ok) return { answer: refusal('invalid-input', parsed.error), isPublic: false };
  const command = parsed.value;
  const canManageChannel = needsManager(command) ? await deps.canManageChannel(client, input.user_id) : false;
  // Asked only when it decides something: an admin may add links anyway.
  const canAddLinks = command.name === 'set' && command.action === 'add' && !canManageChannel && deps.canAddLinks ? await deps.canAddLinks(client, input.user_id) : false;
  const answer = await handleCommand(
    {
      command,
      channel: { platform: 'slack', id: input.channel_id, workspace: workspaceOf(input) },
      user: { platform: 'slack', id: input.user_id, canManageChannel, canAddLinks },
      requestId,
    },
    deps.services,
  );
  // Only a briefing goes to the channel when asked; a miss or an error stays with the asker.
  return { answer, isPublic: command.name === 'brief' && command.public && answer.kind === 'briefing' };
}

/** The installation key (see installation-store.ts): the org for an org-wide install, else the team. */
function workspaceOf(input: SlashCommandInput): string {
  return input.is_enterprise_install === 'true' && input.enterprise_id ? input.enterprise_id : input.team_id;
}

/** Commands only channel managers may run: changing digests, the channel's set or adding to it, listing error reports. */
function needsManager(command: Command): boolean {
  if (command.name === 'set') return command.action !== 'show';
  return command.name === 'reports' || (command.name === 'digest' && (command.action === 'subscribe' || command.action === 'unsubscribe'));
}

/** A response_url takes 5 posts; past that, the last one says what was left out. */
export function fitResponseUrl(messages: SlackMessage[]): SlackMessage[] {
  const max = SLACK_LIMITS.responseUrlPosts;
  if (messages.length <= max) return messages;
  const left = messages.length - (max - 1);
  const [note] = renderNotice('info', `${left} more parts did not fit in one reply. Ask for less, e.g. /brief <topic> short.`);
  return [...messages.slice(0, max - 1), note!];
}
