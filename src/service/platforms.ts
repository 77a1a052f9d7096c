import type { Adapter } from '../adapters/adapter.js';
import { createDiscordAdapter } from '../adapters/discord/index.js';
import { createShardedDiscord } from '../adapters/discord/sharded.js';
import { createSlackAdapter } from '../adapters/slack/index.js';
import type { CommandServices } from '../commands/handle.js';
import type { Config } from '../config/schema.js';
import type { Logger } from '../log.js';
import type { Store } from '../store/store.js';

export interface PlatformWiring {
  config: Config;
  services: CommandServices;
  logger: Logger;
  /** Counts a platform connection coming back after a drop. */
  onReconnect?: (platform: 'discord' | 'slack') => void;
  /** A stop signal; with Discord sharded, shards that exit after it are not started again. */
  signal?: AbortSignal;
  /** The environment Discord shard processes start with (default this process's). */
  env?: NodeJS.ProcessEnv;
  /** Where Slack keeps each workspace's installation when installed in many (SLACK_CLIENT_ID…). */
  store?: Store;
}

/** The real adapters for the chosen platforms, not started yet. */
export function createPlatformAdapters(platforms: ReadonlyArray<'discord' | 'slack'>, wiring: PlatformWiring): Adapter[] {
  const { config, services, logger, onReconnect } = wiring;
  return platforms.map((platform) => {
    if (platform === 'discord') {
      const discord = config.credentials.discord!;
      if (discord.shards !== undefined) {
        return createShardedDiscord({
          token: discord.token,
          appId: discord.appId,
          ...(discord.guildId ? { guildId: discord.guildId } : {}),
          ...(discord.apiUrl ? { api: discord.apiUrl } : {}),
          registerCommands: discord.registerCommands,
          shards: discord.shards,
          logger,
          ...(wiring.env ? { env: wiring.env } : {}),
          ...(wiring.signal ? { signal: wiring.signal } : {}),
          ...(onReconnect ? { onReconnect: () => onReconnect('discord') } : {}),
        });
      }
      return createDiscordAdapter({
        token: discord.token,
        appId: discord.appId,
        ...(discord.guildId ? { guildId: discord.guildId } : {}),
        registerCommands: discord.registerCommands,
        linkRoles: config.intake.linkRoles,
        ...(onReconnect ? { onReconnect: () => onReconnect('discord') } : {}),
        services,
        logger,
        ...(discord.apiUrl ? { api: discord.apiUrl } : {}),
      });
    }
    const slack = config.credentials.slack!;
    if (slack.oauth && !wiring.store) throw new Error('Slack installed in many workspaces keeps its installations in the store: pass it to createPlatformAdapters.');
    return createSlackAdapter({
      ...(slack.oauth ? { oauth: { ...slack.oauth, records: wiring.store! } } : { botToken: slack.botToken! }),
      ...(slack.signingSecret ? { signingSecret: slack.signingSecret } : {}),
      ...(slack.appToken ? { appToken: slack.appToken } : {}),
      port: config.slack.port,
      adminUserIds: slack.adminUserIds,
      linkUsers: config.intake.slackLinkUsers,
      services,
      logger,
      ...(slack.apiUrl ? { slackApiUrl: slack.apiUrl } : {}),
      ...(onReconnect ? { onReconnect: () => onReconnect('slack') } : {}),
    });
  });
}
