import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createConsoleAdapter } from './adapters/console/index.js';
import { shardsFlag } from './adapters/discord/shards-flag.js';
import { formatConfigError } from './config/errors.js';
import { loadConfig } from './config/load.js';
import { secretsOf } from './config/secrets.js';
import { createLogger } from './log.js';
import { choosePlatforms } from './service/choose-platforms.js';
import { onStopSignals } from './service/shutdown.js';
import { type RunningService, StartAborted, startService } from './service/start.js';

/** Exit codes: 0 stopped cleanly; 1 could not start (a platform refused, the set is missing…); 2 bad configuration. */
export async function main(env: NodeJS.ProcessEnv = process.env, argv: readonly string[] = process.argv.slice(2)): Promise<number> {
  readEnvFile(env);
  const shards = shardsFlag(argv);
  if (shards !== undefined) env.DISCORD_SHARDS = shards;
  const loaded = loadConfig({ env });
  if (!loaded.ok) {
    const n = loaded.error.length;
    process.stderr.write(`briefbot cannot start: ${n} configuration problem${n === 1 ? '' : 's'}\n${loaded.error.map((e) => `  - ${formatConfigError(e)}`).join('\n')}\n`);
    return 2;
  }
  const config = loaded.value;
  const choice = choosePlatforms(config.credentials, process.stdin.isTTY === true);
  if (choice.kind === 'none') {
    process.stderr.write(`briefbot cannot start: ${choice.message}\n`);
    return 2;
  }
  const consoleMode = choice.kind === 'console';
  const logger = createLogger({
    // At the console, info lines would interleave with the answers; LOG_LEVEL still wins.
    level: consoleMode && !env.LOG_LEVEL ? 'warn' : config.log.level,
    format: config.log.format,
    secrets: secretsOf(config),
  });

  // Discord's and Slack's SDKs take about a second to load: the local console does without them.
  const createPlatforms = choice.kind === 'platforms' ? (await import('./service/platforms.js')).createPlatformAdapters : undefined;

  let closedByUser: Promise<void> | undefined;
  let running: RunningService | undefined;
  const stopping = new AbortController();
  onStopSignals({
    stop(signal) {
      stopping.abort(signal);
      if (running) void running.shutdown.run(signal).then(() => process.exit(0));
    },
    force(signal) {
      logger.warn({ signal }, 'second signal while stopping: exiting now');
      process.exit(1);
    },
  });
  try {
    running = await startService({
      // The console is for a person at a terminal: no ports opened.
      config: consoleMode ? { ...config, metrics: { ...config.metrics, port: 0 } } : config,
      logger,
      signal: stopping.signal,
      createAdapters: (services, metrics, store) => {
        if (choice.kind === 'platforms' && createPlatforms) {
          const onReconnect = (platform: string) => metrics.adapterReconnects.inc({ platform });
          return createPlatforms(choice.platforms, { config, services, logger, onReconnect, signal: stopping.signal, env, store });
        }
        const shell = createConsoleAdapter({ services, interactive: true });
        closedByUser = shell.closed;
        return [shell];
      },
    });
    const service = running;
    // A stray promise is logged, not fatal: one bad answer must not take every channel down.
    process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));
    process.on('uncaughtException', (error) => {
      logger.fatal({ err: error }, 'uncaught exception; stopping');
      void service.shutdown.run('uncaught exception').then(() => process.exit(1));
    });
    if (closedByUser) {
      await closedByUser;
      await service.shutdown.run('console closed');
      return 0;
    }
    return await new Promise<number>(() => {});
  } catch (error) {
    if (error instanceof StartAborted) return 0;
    logger.fatal({ err: error }, 'briefbot could not start');
    return 1;
  }
}

/** `npm start` reads .env when there is one; variables already set win over it. */
function readEnvFile(env: NodeJS.ProcessEnv): void {
  const file = env.BRIEFBOT_ENV_FILE ?? '.env';
  if (file !== '' && existsSync(file)) process.loadEnvFile(file);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`briefbot crashed while starting: ${String(error)}\n`);
      process.exit(1);
    },
  );
}
