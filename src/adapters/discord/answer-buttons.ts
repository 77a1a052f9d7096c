import { type ButtonInteraction, MessageFlags, type ModalSubmitInteraction, PermissionFlagsBits, type StringSelectMenuInteraction } from 'discord.js';
import { type Answer, type ButtonAction, type Invocation, refusal, refusalOf } from '../../commands/command.js';
import { handleCommand } from '../../commands/handle.js';
import { COMPONENT_ID, followUpModal, QUESTION_INPUT } from './briefing-buttons.js';
import type { InteractionDeps } from './interactions.js';
import { type DiscordMessage, renderAnswer } from './render.js';

export type BriefingInteraction = ButtonInteraction | StringSelectMenuInteraction | ModalSubmitInteraction;

/**
 * A click on a briefing's button or menu, or a submitted follow-up form, answered through the
 * command layer: the ids are only ids, and the stored briefing is checked again on every click.
 */
export async function answerBriefingInteraction(interaction: BriefingInteraction, deps: InteractionDeps): Promise<void> {
  const match = COMPONENT_ID.exec(interaction.customId);
  if (!match) return;
  const action = match[1] as ButtonAction;
  const briefingId = match[2]!;
  const invocation: Invocation = {
    command: { name: 'button', action, briefingId },
    requestId: interaction.id,
    channel: { platform: 'discord', id: interaction.channelId ?? '', ...(interaction.guildId ? { workspace: interaction.guildId } : {}) },
    user: {
      platform: 'discord',
      id: interaction.user.id,
      canManageChannel: false,
      // Null in DMs, where the user is always free to post.
      ...(interaction.memberPermissions ? { canPost: interaction.memberPermissions.has(PermissionFlagsBits.SendMessages) } : {}),
    },
  };
  if (action === 'follow-up' && interaction.isButton()) {
    const found = await deps.services.sharing?.find(briefingId, invocation, 'channel');
    if (found?.ok) return void (await interaction.showModal(followUpModal(briefingId)));
    return void (await reply(interaction, renderAnswer(found ? refusalOf(found.error) : refusal('unavailable', 'Briefings are not kept here.')), true));
  }
  const value = interaction.isStringSelectMenu() ? interaction.values[0] : interaction.isModalSubmit() ? interaction.fields.getTextInputValue(QUESTION_INPUT) : undefined;
  const answer = await handleCommand({ ...invocation, command: { name: 'button', action, briefingId, ...(value ? { value } : {}) } }, deps.services);
  await deliver(interaction, answer);
}

async function deliver(interaction: BriefingInteraction, answer: Answer): Promise<void> {
  const messages = renderAnswer(answer);
  const placement = answer.kind === 'briefing' ? answer.placement : undefined;
  if (placement === 'replace' && interaction.isMessageComponent()) {
    const [first, ...rest] = messages;
    // The clicked message is edited in place (an ephemeral one stays ephemeral).
    await interaction.update({ ...first!, components: first!.components ?? [] });
    for (const message of rest) await interaction.followUp({ ...message, flags: MessageFlags.Ephemeral });
    return;
  }
  await reply(interaction, messages, placement !== 'channel');
}

async function reply(interaction: BriefingInteraction, messages: readonly DiscordMessage[], ephemeral: boolean): Promise<void> {
  const flags = ephemeral ? { flags: MessageFlags.Ephemeral as const } : {};
  const [first, ...rest] = messages;
  if (!first) return;
  await interaction.reply({ ...first, ...flags });
  for (const message of rest) await interaction.followUp({ ...message, ...flags });
}
