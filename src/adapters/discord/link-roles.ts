import type { ChatInputCommandInteraction } from 'discord.js';

/**
 * Whether the member holds one of the roles allowed to add links (/set add), each named by its id
 * or its name (case aside). The ids come as Discord sent them; names are looked up in the guild's
 * roles, which the Guilds intent keeps cached. Outside a guild (a DM) nobody holds a role.
 */
export function holdsLinkRole(interaction: Pick<ChatInputCommandInteraction, 'member' | 'guild'>, allowed: readonly string[]): boolean {
  const member = interaction.member;
  if (!member || allowed.length === 0) return false;
  const wanted = new Set(allowed.map((role) => role.trim().toLowerCase()));
  // A cached guild gives a GuildMember; otherwise the raw member from the interaction, its roles a list of ids.
  const ids = Array.isArray(member.roles) ? member.roles : [...member.roles.cache.keys()];
  return ids.some((id) => wanted.has(id) || wanted.has(interaction.guild?.roles.cache.get(id)?.name.toLowerCase() ?? '\0'));
}
