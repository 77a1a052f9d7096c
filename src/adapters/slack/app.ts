import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, SocketModeReceiver } from '@slack/bolt';
import type { CommandServices } from '../../commands/handle.js';
import type { Logger } from '../../log.js';
import { createAdminCheck, describeError } from './admins.js';
import { registerBriefingActions } from './answer-buttons.js';
import { boltLevel, createBoltLogger } from './bolt-logger.js';
import { registerCommands } from './commands.js';
import { createLinkUserCheck } from './link-users.js';
import { INSTALL_PATH, oauthAppOptions, REDIRECT_PATH, type SlackOAuthOptions } from './oauth.js';
import { DEFAULT_RECONNECT_BACKOFF, quietReconnectEchoes, type ReconnectBackoff, type SocketWatch, watchSocketMode } from './socket-reconnect.js';
import { registerUninstallEvents } from './uninstall.js';

/** How long stop() waits for answers still being sent. */
const STOP_GRACE_MS = 10_000;

/**
 * Slack's requests are small and arrive whole in well under a second. A client that sends its
 * headers or body slowly is cut off after 5 s (Node's default waits 300 s), checked every second,
 * and connections are capped, so slow clients cannot hold the receiver.
 */
const HTTP_SERVER_LIMITS = { requestTimeout: 5_000, headersTimeout: 5_000, keepAliveTimeout: 5_000, connectionsCheckingInterval: 1_000 };
const MAX_CONNECTIONS = 1_000;

export interface SlackAppOptions {
  /** One workspace: its bot token. Exactly one of botToken and oauth. */
  botToken?: string;
  /** Many workspaces: installs through /slack/install, tokens kept in the store (HTTP mode only). */
  oauth?: SlackOAuthOptions;
  /** HTTP mode: required. */
  signingSecret?: string;
  /** Socket Mode when set. */
  appToken?: string;
  /** HTTP mode: where Bolt's receiver listens (0 = any free port). */
  port: number;
  /** HTTP mode: interface to bind; default all. */
  host?: string;
  adminUserIds: readonly string[];
  /** User groups (@handle or S… id) and user ids (U…) who may add links with /set add besides admins. */
  linkUsers?: readonly string[];
  services: CommandServices;
  logger: Logger;
  /** Web API base, for tests: e.g. http://127.0.0.1:4000/api/ */
  slackApiUrl?: string;
  /** Socket Mode: called each time the connection is back after a drop (reconnected with backoff until it is); for metrics. */
  onReconnect?: () => void;
  /** Socket Mode: waits between failed reconnects; default 1 s doubling to 60 s. Tests shorten it. */
  reconnectBackoff?: ReconnectBackoff;
}

export interface SlackApp {
  app: App;
  /** Verifies the token (auth.test; not with OAuth, where each workspace has its own), then listens (HTTP) or connects (Socket Mode). */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** HTTP mode, once started: the port Bolt listens on. */
  port(): number | undefined;
  /** Socket Mode: whether the socket is up (false from a drop until Slack's hello on the new one). HTTP mode: always true. */
  connected(): boolean;
  readonly mode: 'http' | 'socket';
  /** 'oauth': each workspace installs through /slack/install and has its own token. */
  readonly auth: 'token' | 'oauth';
}

/** A real Bolt App with its receiver chosen by config, our commands and our logger. */
export function createSlackApp(options: SlackAppOptions): SlackApp {
  const log = options.logger.child({ module: 'slack' });
  const mode = options.appToken ? 'socket' : 'http';
  const auth = options.oauth ? 'oauth' : 'token';
  if (Boolean(options.botToken) === Boolean(options.oauth)) throw new Error('Slack needs either SLACK_BOT_TOKEN (one workspace) or SLACK_CLIENT_ID/SECRET/STATE_SECRET (many), not both or neither.');
  if (mode === 'http' && !options.signingSecret) throw new Error('Slack HTTP mode needs SLACK_SIGNING_SECRET (or set SLACK_APP_TOKEN for Socket Mode).');
  if (auth === 'oauth' && mode === 'socket') throw new Error('Installing Slack in many workspaces runs the HTTP receiver: unset SLACK_APP_TOKEN.');
  const secrets = [options.botToken, options.signingSecret, options.appToken, options.oauth?.clientSecret, options.oauth?.stateSecret].filter((s): s is string => Boolean(s));
  const logger = createBoltLogger(log, secrets);
  const logLevel = boltLevel(log.level);
  // The digest scheduler owns retries and waits; a call fails fast and says why.
  const clientOptions = { retryConfig: { retries: 0 }, rejectRateLimitedCalls: true, ...(options.slackApiUrl ? { slackApiUrl: options.slackApiUrl } : {}) };
  // Built here rather than by App, as App would, so its SocketModeClient's connection events can be
  // watched and its reconnects made by us (socket-reconnect.ts): its own give up on the first network error.
  const receiver =
    mode === 'socket' ? new SocketModeReceiver({ appToken: options.appToken!, logger: quietReconnectEchoes(logger), logLevel, autoReconnectEnabled: false, installerOptions: { clientOptions: { ...clientOptions } } }) : undefined;
  const app = new App({
    ...(options.oauth ? oauthAppOptions(options.oauth, log) : { token: options.botToken! }),
    // auth.test runs in start(), where a bad token can fail loudly, not in the constructor.
    deferInitialization: true,
    logger,
    logLevel,
    clientOptions,
    ...(receiver ? { socketMode: true, receiver } : { signingSecret: options.signingSecret!, port: options.port, processBeforeResponse: false }),
  });
  const inFlight = new Set<Promise<void>>();
  const deps = {
    services: options.services,
    canManageChannel: createAdminCheck(options.adminUserIds, log),
    canAddLinks: createLinkUserCheck(options.linkUsers ?? [], log),
    log,
    inFlight,
  };
  registerCommands(app, deps);
  registerBriefingActions(app, deps);
  if (options.oauth) registerUninstallEvents(app, { records: options.oauth.records, log });
  app.error(async (error) => {
    log.error({ err: describeError(error) }, 'Bolt could not handle a request');
  });

  let server: Server | undefined;
  let started = false;
  const socket: SocketWatch | undefined = receiver
    ? watchSocketMode(receiver.client, { log, backoff: options.reconnectBackoff ?? DEFAULT_RECONNECT_BACKOFF, ...(options.onReconnect ? { onReconnect: options.onReconnect } : {}) })
    : undefined;
  return {
    app,
    mode,
    auth,
    async start() {
      try {
        await app.init();
      } catch (error) {
        if (auth === 'oauth') throw error;
        const { code, message } = describeError(error);
        if (code === 'slack_webapi_platform_error') throw new Error(`Slack refused SLACK_BOT_TOKEN at auth.test: ${message}`);
        throw new Error(`Could not reach Slack to check SLACK_BOT_TOKEN (auth.test): ${message}`);
      }
      if (mode === 'http') {
        server = (await app.start(options.host ? { port: options.port, host: options.host } : options.port, HTTP_SERVER_LIMITS)) as Server;
        server.maxConnections = MAX_CONNECTIONS;
        const port = (server.address() as AddressInfo).port;
        if (auth === 'oauth') log.info({ mode, auth, port, installPath: INSTALL_PATH, redirectPath: REDIRECT_PATH }, 'Slack adapter listening for slash commands and installs');
        else log.info({ mode, port }, 'Slack adapter listening for slash commands');
      } else {
        try {
          await app.start();
        } catch (error) {
          // Only the first connection fails the start; later drops are reconnected with backoff.
          // The client rejects with nothing when the socket closes before Slack's hello.
          const reason = error === undefined ? 'the connection closed before Slack said hello' : describeError(error).message;
          throw new Error(`Could not open a Socket Mode connection with SLACK_APP_TOKEN (apps.connections.open): ${reason}`);
        }
        socket!.live();
        log.info({ mode }, 'Slack adapter connected over Socket Mode');
      }
      started = true;
    },
    async stop() {
      socket?.stop();
      if (started) {
        started = false;
        await app.stop();
      }
      server = undefined;
      // Answers already acked get to finish, but a response_url that never answers must not hold shutdown.
      let timer: NodeJS.Timeout | undefined;
      const grace = new Promise<void>((resolve) => (timer = setTimeout(resolve, STOP_GRACE_MS).unref()));
      await Promise.race([Promise.allSettled([...inFlight]), grace]);
      clearTimeout(timer);
    },
    port() {
      return server ? (server.address() as AddressInfo | null)?.port : undefined;
    },
    connected: () => socket?.connected() ?? true,
  };
}
