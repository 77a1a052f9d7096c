import { once } from 'node:events';
import { Events, Status } from 'discord.js';
import type { ChannelRef } from '../../chat/refs.js';
import type { CommandServices } from '../../commands/handle.js';
import type { Logger } from '../../log.js';
import type { Adapter, Capabilities } from '../adapter.js';
import { createClient, wireClient } from './client.js';
import { errorForLog } from './errors.js';
import { DEFAULT_DEFER_AFTER_MS, DISCORD_LIMITS } from './limits.js';
import { postDigestToChannel } from './post-digest.js';
import { registerCommandsAtStart } from './register.js';
import { holdsChannel, type ShardSet } from './shards.js';

export interface DiscordAdapterOptions {
  token: string;
  appId: string;
  guildId?: string;
  services: CommandServices;
  logger: Logger;
  /** discord.js `rest.api`, e.g. "http://127.0.0.1:4000/api" for a local fake; default Discord's. */
  api?: string;
  /** Register the slash commands on start (in guildId when set, else globally). Default false: use `npm run discord:register`. */
  registerCommands?: boolean;
  /** Defer a command that has not answered after this long (default 2 s; Discord allows 3). */
  deferAfterMs?: number;
  /** Called each time the gateway connection comes back after a drop (resumed or re-identified); for metrics. */
  onReconnect?: () => void;
  /** Roles (ids or names) whose members may add links with /set add, besides channel managers. */
  linkRoles?: readonly string[];
  /** Connect only these shards (a shard process of src/adapters/discord/sharded.ts); default one connection for every guild. */
  shards?: ShardSet;
}

export const DISCORD_CAPABILITIES: Capabilities = { ephemeral: true, maxMessageChars: DISCORD_LIMITS.content, richCards: true };

export function createDiscordAdapter(options: DiscordAdapterOptions): Adapter {
  const log = options.logger.child({ module: 'discord' });
  const secrets = [options.token];
  const client = createClient({
    token: options.token,
    ...(options.api ? { api: options.api } : {}),
    ...(options.shards ? { shards: options.shards } : {}),
  });
  const inFlight = new Set<Promise<void>>();
  let stopping = false;
  wireClient(client, {
    services: options.services,
    logger: log,
    deferAfterMs: options.deferAfterMs ?? DEFAULT_DEFER_AFTER_MS,
    secrets,
    ...(options.linkRoles ? { linkRoles: options.linkRoles } : {}),
    stopping: () => stopping,
    track: (work) => {
      inFlight.add(work);
      void work.finally(() => inFlight.delete(work));
    },
  });

  if (options.onReconnect) {
    const reconnected = options.onReconnect;
    // Per shard: with several shards in this client, another shard's first READY is no reconnect.
    const readyBefore = new Set<number>();
    client.on(Events.ShardResume, () => reconnected());
    client.on(Events.ShardReady, (shardId) => {
      if (readyBefore.has(shardId)) reconnected();
      readyBefore.add(shardId);
    });
  }

  return {
    platform: 'discord',
    capabilities: DISCORD_CAPABILITIES,
    ...(options.shards ? { ownsChannel: (channel: ChannelRef) => holdsChannel(options.shards!, channel) } : {}),
    async start() {
      if (options.registerCommands) {
        await registerCommandsAtStart(options, log);
      }
      const abort = new AbortController();
      const ready = once(client, Events.ClientReady, { signal: abort.signal });
      try {
        await Promise.all([client.login(options.token), ready]);
      } catch (error) {
        abort.abort();
        log.error({ err: errorForLog(error, secrets) }, 'could not connect to Discord');
        throw new Error(`Could not connect to Discord: ${String(errorForLog(error, secrets).message ?? 'unknown error')}`);
      }
      log.info({ user: client.user?.tag, app: options.appId, ...(options.shards ? { shards: options.shards.ids, guilds: client.guilds.cache.size } : {}) }, 'connected to Discord');
    },
    async stop() {
      stopping = true;
      await Promise.allSettled([...inFlight]);
      await client.destroy();
      log.info('disconnected from Discord');
    },
    // client.isReady() stays true once logged in; a shard that dropped is connecting again until it resumes or is ready.
    ready: () => !stopping && client.isReady() && client.ws.shards.every((shard) => shard.status === Status.Ready),
    async postDigest(channel, digest, { idempotencyKey, retry, links }) {
      try {
        const { messageId, messages, alreadyPosted, unchecked } = await postDigestToChannel(client.rest, channel, digest, idempotencyKey, { retry: retry === true, ...(links ? { links } : {}) });
        if (unchecked) log.warn({ channel: channel.id }, 'digest retried without reading the channel back (no Read Message History); a part posted long ago may repeat');
        log.info({ channel: channel.id, messageId, messages, ...(retry ? { alreadyPosted } : {}) }, 'digest posted');
        return { messageId };
      } catch (error) {
        log.warn({ err: errorForLog(error, secrets), channel: channel.id }, 'digest not posted');
        throw error;
      }
    },
  };
}
