import { Client, Events, GatewayIntentBits, type Interaction, MessageFlags } from 'discord.js';
import { errorForLog, redact } from './errors.js';
import { type InteractionDeps, onInteraction } from './interactions.js';
import { NO_MENTIONS } from './pack-messages.js';
import type { ShardSet } from './shards.js';

export interface ClientOptions {
  token: string;
  /** REST base URL (discord.js `rest.api`), e.g. a local fake in tests; default Discord's. */
  api?: string;
  /** The shards this client connects (one gateway connection each); default one connection for every guild. */
  shards?: ShardSet;
}

/**
 * The discord.js client: Guilds intent only (nothing privileged; slash commands need no message
 * content), no mention parsing by default, and the bot token set on REST at once so digests can
 * be posted before the gateway connects.
 */
export function createClient({ token, api, shards }: ClientOptions): Client {
  const client = new Client({
    ...(shards ? { shards: [...shards.ids], shardCount: shards.count } : {}),
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { ...NO_MENTIONS(), repliedUser: false },
    // A rate-limited digest post fails fast as a PlatformError: the scheduler decides when to retry.
    rest: { ...(api ? { api } : {}), rejectOnRateLimit: ['/channels/:id/messages'] },
  });
  client.rest.setToken(token);
  return client;
}

export interface Wiring extends InteractionDeps {
  /** Answers to a command that arrives while stopping. */
  stopping: () => boolean;
  track: (work: Promise<void>) => void;
}

/** Routes interactions to the command handlers, and client trouble to the log instead of a crash. */
export function wireClient(client: Client, wiring: Wiring): void {
  const log = wiring.logger;
  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    if (wiring.stopping()) {
      if (interaction.isChatInputCommand()) {
        void interaction
          .reply({ content: 'The bot is restarting. Please try again in a minute.', allowedMentions: NO_MENTIONS(), flags: MessageFlags.Ephemeral })
          .catch((error: unknown) => log.warn({ err: errorForLog(error, wiring.secrets) }, 'could not answer while stopping'));
      }
      return;
    }
    wiring.track(onInteraction(interaction, wiring));
  });
  client.on(Events.Error, (error) => log.error({ err: errorForLog(error, wiring.secrets) }, 'discord client error'));
  client.on(Events.Warn, (message) => log.warn({ message: redact(message, wiring.secrets) }, 'discord client warning'));
  client.on(Events.ShardError, (error, shardId) => log.warn({ err: errorForLog(error, wiring.secrets), shardId }, 'gateway connection error'));
  client.on(Events.ShardDisconnect, (event, shardId) => log.error({ code: event.code, shardId }, 'gateway closed for good'));
  client.on(Events.ShardReconnecting, (shardId) => log.info({ shardId }, 'gateway reconnecting'));
  client.on(Events.ShardResume, (shardId, replayed) => log.info({ shardId, replayed }, 'gateway resumed'));
}
