import { z } from 'zod';

/**
 * The shared words of chat, one zod schema each: the store validates what it reads back with these,
 * and every layer uses the inferred types, so a ref is written once.
 */

export const PlatformSchema = z.enum(['discord', 'slack', 'console']);
export type Platform = z.infer<typeof PlatformSchema>;

/** A place a message goes: a Discord channel (in a guild), a Slack channel (in a team), the console. */
export const ChannelRefSchema = z.object({
  platform: PlatformSchema,
  id: z.string().min(1),
  /** Discord guild id or Slack team id, when there is one. */
  workspace: z.string().min(1).optional(),
});
export type ChannelRef = z.infer<typeof ChannelRefSchema>;

export const UserRefSchema = z.object({
  platform: PlatformSchema,
  id: z.string().min(1),
  /** May change a channel's digest subscriptions (Discord: Manage Channels; Slack: admin or allow-listed). */
  canManageChannel: z.boolean(),
  /**
   * May add articles with /set add without managing the channel: holds a role the configuration
   * names (Discord: intake.linkRoles; Slack, which has no roles: in a user group or on the list of
   * intake.slackLinkUsers). Channel managers may anyway.
   */
  canAddLinks: z.boolean().optional(),
  /** False where the platform says the user may not post in the channel (Share in channel is refused); unknown when absent. */
  canPost: z.boolean().optional(),
});
export type UserRef = z.infer<typeof UserRefSchema>;
