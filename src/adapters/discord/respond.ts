import { type ChatInputCommandInteraction, MessageFlags } from 'discord.js';
import type { DiscordMessage } from './pack-messages.js';

/** How one interaction is answered: reply or defer-then-edit for the first message, follow-ups after. */
export interface Responder {
  readonly deferred: boolean;
  /** Tells Discord an answer is coming (it shows "thinking…"); buys 15 minutes instead of 3 seconds. */
  defer(): Promise<void>;
  /** Sends the messages in order; the first answers the interaction. */
  send(messages: readonly DiscordMessage[]): Promise<void>;
}

type Answerable = Pick<ChatInputCommandInteraction, 'deferReply' | 'reply' | 'editReply' | 'followUp' | 'deferred' | 'replied'>;

export function createResponder(interaction: Answerable, ephemeral: boolean): Responder {
  const flags = ephemeral ? MessageFlags.Ephemeral : undefined;
  return {
    get deferred() {
      return interaction.deferred;
    },
    async defer() {
      if (interaction.deferred || interaction.replied) return;
      await interaction.deferReply(flags ? { flags } : {});
    },
    async send(messages) {
      const [first, ...rest] = messages;
      if (!first) return;
      if (interaction.replied) await interaction.followUp({ ...first, ...(flags ? { flags } : {}) });
      // Editing the deferred reply keeps the flags it was deferred with.
      else if (interaction.deferred) await interaction.editReply(first);
      else await interaction.reply({ ...first, ...(flags ? { flags } : {}) });
      for (const message of rest) await interaction.followUp({ ...message, ...(flags ? { flags } : {}) });
    },
  };
}
