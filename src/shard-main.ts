import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { createDiscordAdapter } from './adapters/discord/index.js';
import { answerMetricsRequests } from './adapters/discord/shard-metrics.js';
import type { ShardSet } from './adapters/discord/shards.js';
import { formatConfigError } from './config/errors.js';
import { loadConfig } from './config/load.js';
import { secretsOf } from './config/secrets.js';
import { createLogger } from './log.js';
import type { ServiceMetrics } from './service/metrics.js';
import { onStopSignals } from './service/shutdown.js';
import { type RunningService, StartAborted, startService } from './service/start.js';

/**
 * One Discord shard process, started by src/adapters/discord/sharded.ts through discord.js's ShardingManager.
 * It runs the service for its shard only: the gateway connection for its guilds (so it answers their
 * commands) and a digest scheduler that claims only their channels. The store is shared with every
 * other process; health and metrics stay with the main process, which hears of this one's readiness
 * over the IPC channel and asks it for its metrics there (src/adapters/discord/shard-metrics.ts).
 */

const shardIds = z.union([z.number().int().min(0), z.array(z.number().int().min(0)).min(1)]);

/** SHARDS (one id, or a JSON list of ids) and SHARD_COUNT, as discord.js's Shard sets them. */
export function readShardEnv(env: NodeJS.ProcessEnv): ShardSet | undefined {
  let ids: unknown;
  try {
    ids = JSON.parse(env.SHARDS ?? '');
  } catch {
    return undefined;
  }
  const parsedIds = shardIds.safeParse(ids);
  const count = Number(env.SHARD_COUNT);
  if (!parsedIds.success || !Number.isInteger(count) || count < 1) return undefined;
  const list = typeof parsedIds.data === 'number' ? [parsedIds.data] : parsedIds.data;
  return list.every((id) => id < count) ? { ids: list, count } : undefined;
}

/** Exit codes as src/main.ts: 0 stopped cleanly, 1 could not start, 2 bad configuration. */
export async function runShard(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const shards = readShardEnv(env);
  const loaded = loadConfig({ env });
  const discord = loaded.ok ? loaded.value.credentials.discord : undefined;
  if (!shards || !loaded.ok || !discord) {
    const problems = loaded.ok ? [] : loaded.error.map((e) => formatConfigError(e));
    if (!shards) problems.push('SHARDS and SHARD_COUNT are not set: this file is started by the shard manager (DISCORD_SHARDS), not by hand');
    if (loaded.ok && !discord) problems.push('Discord is not configured (DISCORD_TOKEN, DISCORD_APP_ID)');
    process.stderr.write(`briefbot shard cannot start:\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
    return 2;
  }
  const config = loaded.value;
  const logger = createLogger({ level: config.log.level, format: config.log.format, secrets: secretsOf(config) }).child({
    shard: shards.ids.length === 1 ? shards.ids[0] : shards.ids,
  });

  let running: RunningService | undefined;
  const stopping = new AbortController();
  const stop = (reason: string) => {
    stopping.abort(reason);
    if (running) void running.shutdown.run(reason).then(() => process.exit(0));
  };
  onStopSignals({
    stop,
    force(signal) {
      logger.warn({ signal }, 'second signal while stopping: exiting now');
      process.exit(1);
    },
  });
  // The manager is gone (killed, crashed): a shard alone would answer with no one watching it.
  process.on('disconnect', () => stop('shard manager gone'));
  // Answered from the start (null until the service has its metrics), so a scrape never waits on a starting shard.
  let metrics: ServiceMetrics | undefined;
  answerMetricsRequests(process, () => metrics?.registry);
  try {
    running = await startService({
      // One health and metrics port, the main process's.
      config: { ...config, metrics: { ...config.metrics, port: 0 } },
      logger,
      signal: stopping.signal,
      createAdapters: (services, serviceMetrics) => {
        metrics = serviceMetrics;
        return [
          createDiscordAdapter({
            token: discord.token,
            appId: discord.appId,
            services,
            logger,
            shards,
            linkRoles: config.intake.linkRoles,
            onReconnect: () => serviceMetrics.adapterReconnects.inc({ platform: 'discord' }),
            ...(discord.apiUrl ? { api: discord.apiUrl } : {}),
          }),
        ];
      },
    });
    const service = running;
    process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));
    process.on('uncaughtException', (error) => {
      logger.fatal({ err: error }, 'uncaught exception; stopping');
      void service.shutdown.run('uncaught exception').then(() => process.exit(1));
    });
    return await new Promise<number>(() => {});
  } catch (error) {
    if (error instanceof StartAborted) return 0;
    logger.fatal({ err: error }, 'briefbot shard could not start');
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runShard().then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`briefbot shard crashed while starting: ${String(error)}\n`);
      process.exit(1);
    },
  );
}
