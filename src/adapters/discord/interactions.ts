import { type AutocompleteInteraction, type ChatInputCommandInteraction, type Interaction, MessageFlags, PermissionFlagsBits } from 'discord.js';
import type { ChannelRef } from '../../chat/refs.js';
import { type Command, type Invocation, refusal } from '../../commands/command.js';
import { type CommandServices, handleCommand, libraryFor } from '../../commands/handle.js';
import type { Logger } from '../../log.js';
import { answerBriefingInteraction } from './answer-buttons.js';
import { autocompleteChoices } from './autocomplete.js';
import { errorForLog } from './errors.js';
import { holdsLinkRole } from './link-roles.js';
import { NO_MENTIONS } from './pack-messages.js';
import { readCommand } from './read-command.js';
import { renderAnswer } from './render.js';
import { createResponder, type Responder } from './respond.js';

export interface InteractionDeps {
  services: CommandServices;
  logger: Logger;
  /** Defer a command that has not answered after this long. */
  deferAfterMs: number;
  /** Strings that must never reach the log (the bot token). */
  secrets: readonly string[];
  /** Roles (ids or names) whose members may add links with /set add, besides channel managers. */
  linkRoles?: readonly string[];
}

export const SHORT_ERROR = 'Sorry, something went wrong while answering. Please try again in a moment.';

/** Answers one interaction. Never throws: a failure is logged and, when possible, told to the user. */
export async function onInteraction(interaction: Interaction, deps: InteractionDeps): Promise<void> {
  try {
    if (interaction.isAutocomplete()) await answerAutocomplete(interaction, deps);
    else if (interaction.isChatInputCommand()) await answerCommand(interaction, deps);
    else if (interaction.isButton() || interaction.isStringSelectMenu() || interaction.isModalSubmit()) await answerBriefingInteraction(interaction, deps);
  } catch (error) {
    deps.logger.error({ err: errorForLog(error, deps.secrets), interactionId: interaction.id }, 'interaction failed');
  }
}

async function answerCommand(interaction: ChatInputCommandInteraction, deps: InteractionDeps): Promise<void> {
  const subcommand = interaction.options.getSubcommand(false);
  const log = deps.logger.child({
    requestId: interaction.id,
    command: subcommand ? `${interaction.commandName} ${subcommand}` : interaction.commandName,
    user: interaction.user.id,
    guild: interaction.guildId,
  });
  const parsed = readCommand(interaction);
  const ephemeral = !(parsed.ok && parsed.value.name === 'brief' && parsed.value.public);
  const responder = createResponder(interaction, ephemeral);
  try {
    if (!parsed.ok) {
      await responder.send(renderAnswer(refusal('invalid-input', parsed.error)));
      log.info({ answer: 'invalid-input' }, 'answered');
      return;
    }
    const invocation: Invocation = {
      command: parsed.value,
      requestId: interaction.id,
      channel: channelOf(interaction),
      user: {
        platform: 'discord',
        id: interaction.user.id,
        // memberPermissions are the member's permissions in this channel, overwrites included; null in DMs.
        canManageChannel: interaction.memberPermissions?.has(PermissionFlagsBits.ManageChannels) ?? false,
        canAddLinks: holdsLinkRole(interaction, deps.linkRoles ?? []),
      },
    };
    // Building a briefing is synchronous work: defer first, or Discord's 3 s may pass unanswered.
    if (buildsBriefing(parsed.value)) await responder.defer();
    const pending = handleCommand(invocation, deps.services);
    if (!responder.deferred) await deferIfSlow(pending, responder, deps.deferAfterMs);
    const answer = await pending;
    const messages = renderAnswer(answer);
    await responder.send(messages);
    log.info({ answer: answer.kind, messages: messages.length, deferred: responder.deferred, ephemeral }, 'answered');
  } catch (error) {
    log.error({ err: errorForLog(error, deps.secrets) }, 'could not answer');
    await tellUserItFailed(interaction, ephemeral, log, deps.secrets);
  }
}

async function answerAutocomplete(interaction: AutocompleteInteraction, deps: InteractionDeps): Promise<void> {
  const focused = interaction.options.getFocused(true);
  let choices: ReturnType<typeof autocompleteChoices> = [];
  try {
    const channel = channelOf(interaction);
    choices = autocompleteChoices(
      {
        commandName: interaction.commandName,
        subcommand: interaction.options.getSubcommand(false),
        option: focused.name,
        value: String(focused.value),
      },
      await libraryFor(deps.services, channel),
      deps.services.sets?.sets.map((s) => s.config.name),
    );
  } catch (error) {
    deps.logger.error({ err: errorForLog(error, deps.secrets), requestId: interaction.id }, 'autocomplete failed');
  }
  await interaction.respond(choices);
}

function channelOf(interaction: Pick<Interaction, 'channelId' | 'guildId'>): ChannelRef {
  return { platform: 'discord', id: interaction.channelId ?? '', ...(interaction.guildId ? { workspace: interaction.guildId } : {}) };
}

/** Slow answers: a briefing or digest to build, or an article to fetch. */
function buildsBriefing(command: Command): boolean {
  return command.name === 'brief' || (command.name === 'digest' && command.action === 'now') || (command.name === 'set' && command.action === 'add');
}

async function deferIfSlow(pending: Promise<unknown>, responder: Responder, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const slow = new Promise<'slow'>((resolve) => {
    timer = setTimeout(() => resolve('slow'), ms);
  });
  const first = await Promise.race([
    pending.then(
      () => 'done' as const,
      () => 'done' as const,
    ),
    slow,
  ]);
  clearTimeout(timer);
  if (first === 'slow') await responder.defer();
}

async function tellUserItFailed(interaction: ChatInputCommandInteraction, ephemeral: boolean, log: Logger, secrets: readonly string[]): Promise<void> {
  const message = { content: SHORT_ERROR, allowedMentions: NO_MENTIONS() };
  const flags = ephemeral ? { flags: MessageFlags.Ephemeral as const } : {};
  try {
    if (interaction.replied) await interaction.followUp({ ...message, ...flags });
    else if (interaction.deferred) await interaction.editReply({ ...message, embeds: [] });
    else await interaction.reply({ ...message, ...flags });
  } catch (error) {
    log.warn({ err: errorForLog(error, secrets) }, 'could not tell the user either');
  }
}
