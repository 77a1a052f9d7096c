import { randomUUID } from 'node:crypto';
import type { AllMiddlewareArgs, App, BlockAction, BlockElementAction, SlackActionMiddlewareArgs, webApi } from '@slack/bolt';
import type { ChannelRef } from '../../chat/refs.js';
import type { Answer, ButtonAction, Command } from '../../commands/command.js';
import { handleCommand } from '../../commands/handle.js';
import { describeError } from './admins.js';
import { ACTION_PREFIX, FOLLOW_UP_VIEW, followUpView, OPEN_ACTION, QUESTION_BLOCK, QUESTION_INPUT } from './briefing-buttons.js';
import type { CommandDeps, Respond } from './commands.js';
import { renderAnswer, renderNotice, type SlackMessage } from './render.js';

/** The metadata a shared briefing is posted with, so a mention in its thread finds the briefing. */
export const BRIEFING_EVENT = 'briefbot_briefing';
const ACTIONS = new Set<ButtonAction>(['share', 'shorter', 'longer', 'report', 'follow-up']);

/**
 * The buttons on a briefing, its follow-up form and mentions in a shared briefing's thread, all
 * answered through the same command layer as the slash commands.
 */
export function registerBriefingActions(app: App, deps: CommandDeps): void {
  app.action(OPEN_ACTION, async ({ ack }) => {
    await ack();
  });
  app.action<BlockAction>(new RegExp(`^${ACTION_PREFIX}(?!open$)`), async (args) => {
    await args.ack();
    await track(deps, () => onAction(args, deps));
  });
  app.view(FOLLOW_UP_VIEW, async ({ ack, body, view, client }) => {
    await ack();
    const [briefingId = '', channelId = ''] = view.private_metadata.split(' ');
    const question = view.state.values[QUESTION_BLOCK]?.[QUESTION_INPUT]?.value ?? '';
    const channel: ChannelRef = { platform: 'slack', id: channelId, ...(body.team?.id ? { workspace: body.team.id } : {}) };
    await track(deps, async () => {
      const answer = await run({ name: 'button', action: 'follow-up', briefingId, value: question }, channel, body.user.id, deps);
      for (const message of renderAnswer(answer)) await client.chat.postEphemeral({ channel: channelId, user: body.user.id, text: message.text, blocks: message.blocks as never });
    });
  });
  app.event('app_mention', async ({ event, body, client }) => {
    const threadTs = event.thread_ts;
    if (!threadTs || !event.user) return;
    const channel: ChannelRef = { platform: 'slack', id: event.channel, ...(body.team_id ? { workspace: body.team_id } : {}) };
    await track(deps, async () => {
      const briefingId = await briefingOfThread(client, event.channel, threadTs);
      const answer = briefingId
        ? await run({ name: 'button', action: 'follow-up', briefingId, value: event.text.replace(/<@[A-Z0-9]+>/g, ' ').trim() }, channel, event.user!, deps)
        : ({ kind: 'notice', tone: 'info', text: 'Mention me in the thread of a shared briefing to ask about it, or use /brief.' } as const);
      for (const message of renderAnswer(answer)) await client.chat.postMessage({ channel: event.channel, thread_ts: threadTs, text: message.text, blocks: message.blocks as never });
    });
  });
}

async function track(deps: CommandDeps, work: () => Promise<void>): Promise<void> {
  const running = work().catch((error: unknown) => deps.log.error({ err: describeError(error) }, 'briefing action failed'));
  deps.inFlight.add(running);
  try {
    await running;
  } finally {
    deps.inFlight.delete(running);
  }
}

type ActionArgs = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

async function onAction({ body, action, respond, client }: ActionArgs, deps: CommandDeps): Promise<void> {
  const name = action.action_id.slice(ACTION_PREFIX.length) as ButtonAction;
  if (!ACTIONS.has(name) || !body.channel) return;
  const [briefingId = '', value] = actionValue(action).split(' ');
  const channel: ChannelRef = { platform: 'slack', id: body.channel.id, ...(body.team?.id ? { workspace: body.team.enterprise_id && body.is_enterprise_install ? body.team.enterprise_id : body.team.id } : {}) };
  if (name === 'follow-up') {
    // The form asks the question; the answer is checked and given once it is submitted.
    const found = await deps.services.sharing?.find(briefingId, { channel, user: { platform: 'slack', id: body.user.id, canManageChannel: false } }, 'channel');
    if (!found?.ok) return void (await ephemeral(respond, renderNotice('error', found?.error.message ?? 'Briefings are not kept here.')));
    await client.views.open({ trigger_id: body.trigger_id, view: followUpView(`${briefingId} ${channel.id}`, found.value.briefing.topic.title) as never });
    return;
  }
  const answer = await run({ name: 'button', action: name, briefingId, ...(value ? { value } : {}) }, channel, body.user.id, deps);
  await deliver(answer, { respond, client, channel: channel.id, log: deps.log });
}

function actionValue(action: BlockElementAction): string {
  if (action.type === 'static_select') return action.selected_option?.value ?? '';
  return 'value' in action && typeof action.value === 'string' ? action.value : '';
}

async function run(command: Command, channel: ChannelRef, userId: string, deps: CommandDeps): Promise<Answer> {
  return handleCommand({ command, channel, user: { platform: 'slack', id: userId, canManageChannel: false }, requestId: randomUUID() }, deps.services);
}

/** A briefing to the channel goes out as the bot's own post (with its id in the metadata, for thread mentions); the rest answers the clicker. */
async function deliver(answer: Answer, at: { respond: Respond; client: webApi.WebClient; channel: string; log: CommandDeps['log'] }): Promise<void> {
  const messages = renderAnswer(answer);
  if (answer.kind === 'briefing' && answer.placement === 'channel' && answer.share) {
    try {
      for (const [i, message] of messages.entries()) {
        await at.client.chat.postMessage({
          channel: at.channel,
          text: message.text,
          blocks: message.blocks as never,
          ...(i === 0 ? { metadata: { event_type: BRIEFING_EVENT, event_payload: { briefing_id: answer.share.id } } } : {}),
        });
      }
    } catch (error) {
      const { code, message } = describeError(error);
      at.log.warn({ err: { code, message } }, 'could not share a briefing in the channel');
      await ephemeral(at.respond, renderNotice('error', 'I could not post in this channel. Invite me with /invite @briefbot, or share it where I am a member.'));
    }
    return;
  }
  if (answer.kind === 'briefing' && answer.placement === 'replace') {
    const [first, ...rest] = messages;
    await at.respond({ replace_original: true, text: first!.text, blocks: first!.blocks as never });
    await ephemeral(at.respond, rest);
    return;
  }
  await ephemeral(at.respond, messages);
}

async function ephemeral(respond: Respond, messages: SlackMessage[]): Promise<void> {
  for (const message of messages) await respond({ response_type: 'ephemeral', replace_original: false, text: message.text, blocks: message.blocks as never });
}

async function briefingOfThread(client: webApi.WebClient, channel: string, threadTs: string): Promise<string | undefined> {
  const history = await client.conversations.history({ channel, latest: threadTs, oldest: threadTs, inclusive: true, limit: 1, include_all_metadata: true });
  const metadata = history.messages?.[0]?.metadata as { event_type?: string; event_payload?: { briefing_id?: unknown } } | undefined;
  const id = metadata?.event_type === BRIEFING_EVENT ? metadata.event_payload?.briefing_id : undefined;
  return typeof id === 'string' ? id : undefined;
}
