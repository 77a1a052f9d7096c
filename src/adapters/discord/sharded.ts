import { once } from 'node:events';
import { basename, dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Shard, ShardingManager } from 'discord.js';
import { PlatformError } from '../../chat/platform-error.js';
import type { ChannelRef } from '../../chat/refs.js';
import type { ShardSetting } from '../../config/discord-env.js';
import type { Logger } from '../../log.js';
import type { Adapter, ReadinessCheck } from '../adapter.js';
import { errorForLog } from './errors.js';
import { DISCORD_CAPABILITIES } from './index.js';
import { registerCommandsAtStart } from './register.js';
import { type CollectedShardMetrics, createShardMetricsCollector } from './shard-metrics.js';
import { fetchGatewayBot, planShards } from './shard-plan.js';

export interface ShardedDiscordOptions {
  token: string;
  appId: string;
  guildId?: string;
  /** REST base URL (a proxy, a local fake); the shards get it through the environment too. */
  api?: string;
  registerCommands: boolean;
  shards: ShardSetting;
  logger: Logger;
  /** The environment the shard processes start with (default this process's). */
  env?: NodeJS.ProcessEnv;
  /**
   * Aborted by a stop signal. A shard that exits after it is not started again: it got the signal
   * too (Ctrl-C reaches the whole process group) or is being stopped.
   */
  signal?: AbortSignal;
  onReconnect?: () => void;
  /** How long one shard may take to load the documents, open the store and connect. Default 90 s. */
  readyTimeoutMs?: number;
  /** How long GET /metrics waits for each shard's metrics before leaving it out. Default 2 s. */
  metricsTimeoutMs?: number;
}

/**
 * The Discord side of the main process when sharded: it runs the shard processes, and answers
 * nothing itself; the shards post Discord's digests, so this process's scheduler leaves them.
 */
export interface ShardedDiscord extends Adapter {
  ownsChannel(channel: ChannelRef): false;
  /** One check per shard, "discord-shard-N", once the count is known. */
  readinessChecks(): ReadinessCheck[];
  /** Every shard's metrics, asked over the IPC channel; a shard that does not answer in time is left out. */
  childMetrics(): Promise<CollectedShardMetrics>;
}

/** The shard process's entry, src/shard-main beside src/main, with this file's extension (.ts under tsx, .js when compiled). */
export function shardEntryFile(): string {
  const here = fileURLToPath(import.meta.url);
  return join(dirname(here), `../../shard-main${extname(basename(here))}`);
}

/**
 * discord.js's ShardingManager, one child process per shard, each running src/shard-main
 * (commands of its guilds, digests of its guilds). The manager starts them at the pace Discord
 * allows, starts a crashed one again, and tells this process when each is ready.
 */
export function createShardedDiscord(options: ShardedDiscordOptions): ShardedDiscord {
  const log = options.logger.child({ module: 'discord-shards' });
  const secrets = [options.token];
  let manager: ShardingManager | undefined;
  let count = 0;
  let stopping = false;
  const metrics = createShardMetricsCollector(options.metricsTimeoutMs === undefined ? {} : { timeoutMs: options.metricsTimeoutMs });
  options.signal?.addEventListener('abort', () => {
    stopping = true;
    if (manager) manager.respawn = false;
  });

  const watch = (shard: Shard) => {
    const shardLog = log.child({ shard: shard.id });
    let readyBefore = false;
    shard.env = shardEnv(options.env ?? process.env, shard.id, count, options.token);
    // Mode 'process': shard.process is the child, set before 'spawn' and still set at 'death'.
    shard.on('spawn', () => {
      shardLog.info({ pid: shard.process?.pid }, 'shard process started');
      // A shard the spawn loop started after a stop came: stop it at once.
      if (stopping) shard.process?.kill('SIGTERM');
    });
    shard.on('ready', () => {
      shardLog.info('shard ready');
      // Ready again means a restarted shard process is connected again. A resume or re-identify
      // inside a live shard process is counted by that process, and reaches /metrics through it.
      if (readyBefore) options.onReconnect?.();
      readyBefore = true;
    });
    shard.on('reconnecting', () => shardLog.info('shard reconnecting'));
    shard.on('message', (message: unknown) => metrics.handle(message));
    shard.on('death', () => {
      const respawn = !stopping && manager?.respawn === true;
      const fields = { exitCode: shard.process?.exitCode, signal: shard.process?.signalCode, respawn };
      if (stopping) shardLog.info(fields, 'shard process exited');
      else shardLog.warn(fields, 'shard process exited unexpectedly');
    });
    shard.on('error', (error: unknown) => shardLog.error({ err: errorForLog(error, secrets) }, 'shard could not be started again'));
  };

  return {
    platform: 'discord',
    capabilities: DISCORD_CAPABILITIES,
    async start() {
      let gateway;
      try {
        gateway = await fetchGatewayBot(options.token, options.api);
      } catch (error) {
        log.error({ err: errorForLog(error, secrets) }, 'could not ask Discord how to shard');
        throw new Error(`Could not connect to Discord: ${String(errorForLog(error, secrets).message ?? 'unknown error')}`);
      }
      const plan = planShards(options.shards, gateway);
      count = plan.count;
      log.info({ setting: options.shards, recommended: gateway.shards, shards: plan.count, spawnDelayMs: plan.spawnDelayMs }, 'starting Discord shards');
      if (options.registerCommands) {
        await registerCommandsAtStart(options, log);
      }
      manager = new ShardingManager(shardEntryFile(), {
        totalShards: plan.count,
        mode: 'process',
        respawn: !stopping,
        token: options.token,
        // The same loader flags (tsx in development), without a debugger port the shards would fight over.
        execArgv: process.execArgv.filter((arg) => !arg.startsWith('--inspect')),
      });
      manager.on('shardCreate', watch);
      await manager.spawn({ amount: plan.count, delay: plan.spawnDelayMs, timeout: options.readyTimeoutMs ?? 90_000 });
      log.info({ shards: plan.count }, 'all Discord shards ready');
    },
    async stop() {
      stopping = true;
      if (!manager) return;
      manager.respawn = false;
      await Promise.all([...manager.shards.values()].map((shard) => stopShard(shard)));
      log.info('Discord shards stopped');
    },
    ownsChannel: () => false,
    ready: () => !stopping && count > 0 && manager !== undefined && manager.shards.size === count && manager.shards.every((s) => s.ready),
    async childMetrics() {
      const links = Array.from({ length: count }, (_, id) => ({
        id,
        connected: () => manager?.shards.get(id)?.process?.connected === true,
        send: (message: unknown) => manager!.shards.get(id)!.send(message),
      }));
      const collected = await metrics.collect(links);
      if (collected.missing.length > 0 && !stopping) log.warn({ missing: collected.missing }, 'shards left out of /metrics: not running or not answering in time');
      return collected;
    },
    readinessChecks: () => Array.from({ length: count }, (_, id) => ({ name: `discord-shard-${id}`, ready: () => manager?.shards.get(id)?.ready === true })),
    async postDigest() {
      // Never called: with sharding on, the main process's scheduler leaves Discord to the shards.
      throw new PlatformError({ platform: 'discord', kind: 'permanent', method: 'postDigest', message: 'Discord digests are posted by the shard that holds the guild' });
    },
  };
}

/** SIGTERM lets the shard finish its answers and digests (src/service/shutdown.ts) before it exits. */
async function stopShard(shard: Shard): Promise<void> {
  const child = shard.process;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  await exited;
}

/** What discord.js's Shard would give the process, from the environment we choose; its Client reads SHARDS and SHARD_COUNT. */
function shardEnv(env: NodeJS.ProcessEnv, id: number, count: number, token: string): NodeJS.ProcessEnv {
  return { ...env, SHARDING_MANAGER: 'true', SHARDING_MANAGER_MODE: 'process', SHARDS: String(id), SHARD_COUNT: String(count), DISCORD_TOKEN: token };
}
