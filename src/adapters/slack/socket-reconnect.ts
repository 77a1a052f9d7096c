import type { Logger as BoltLogger, SocketModeReceiver } from '@slack/bolt';
import type { Logger } from '../../log.js';
import { describeError } from './admins.js';

/** Waits between failed reconnects: doubling from baseMs, never above maxMs. */
export interface ReconnectBackoff {
  baseMs: number;
  maxMs: number;
}

export const DEFAULT_RECONNECT_BACKOFF: ReconnectBackoff = { baseMs: 1_000, maxMs: 60_000 };

type SocketModeClient = SocketModeReceiver['client'];

/** Wait before the next try after `failures` failed ones: capped exponential, jittered over its upper half. */
export function reconnectDelay(failures: number, backoff: ReconnectBackoff, random: () => number = Math.random): number {
  const ceiling = Math.min(backoff.maxMs, backoff.baseMs * 2 ** Math.max(0, failures - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/**
 * The Socket Mode client's lines about a failed apps.connections.open, which the reconnect loop
 * reports once itself (at warn, with what comes next), or start() throws: demoted to debug.
 */
const ECHOED_FAILURE = /^(?:Failed to retrieve a new WSS URL|http request failed)/;

export function quietReconnectEchoes(logger: BoltLogger): BoltLogger {
  const demote =
    (level: 'warn' | 'error') =>
    (...args: unknown[]) =>
      typeof args[0] === 'string' && ECHOED_FAILURE.test(args[0]) ? logger.debug(...args) : logger[level](...args);
  return { ...logger, warn: demote('warn'), error: demote('error') };
}

export interface SocketWatch {
  /** Whether the socket is up: from Slack's hello until the next drop. */
  connected(): boolean;
  /** The first connection is made: from now on a drop is reconnected. */
  live(): void;
  /** Stops reconnecting (a wait in progress ends now); call before disconnecting the client. */
  stop(): void;
}

/**
 * Keeps a Socket Mode connection up after the first one, in place of the client's own reconnects
 * (built with autoReconnectEnabled: false): those stop for good, with a rejection nobody can
 * catch, the first time apps.connections.open fails on the network or with a 5xx, as it does with
 * our fail-fast Web API client. Here each failure is logged and tried again after a backoff,
 * until Slack's hello on a new socket or stop().
 */
export function watchSocketMode(client: SocketModeClient, options: { log: Logger; backoff: ReconnectBackoff; onReconnect?: () => void }): SocketWatch {
  const { log, backoff } = options;
  let up = false;
  let greetedBefore = false;
  let live = false;
  let reconnecting = false;
  let wait: { timer: NodeJS.Timeout; done: () => void } | undefined;

  // 'connected' comes with each hello from Slack: the first at start, each later one after a drop.
  client.on('connected', () => {
    up = true;
    if (greetedBefore && live) {
      log.info('Socket Mode connection back');
      options.onReconnect?.();
    }
    greetedBefore = true;
  });
  client.on('close', () => {
    up = false;
    // A try whose socket closes before hello fails in reconnect() itself.
    if (!live || reconnecting) return;
    log.warn('Socket Mode connection lost; reconnecting');
    void reconnect();
  });
  // A try whose apps.connections.open was under way when stop() came still opens a socket: close
  // it once open() has begun (the client emits 'connecting' just before).
  client.on('connecting', () => {
    if (!live && reconnecting) setImmediate(() => void client.disconnect());
  });

  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(wait?.timer);
        wait = undefined;
        resolve();
      };
      wait = { timer: setTimeout(done, ms), done };
    });

  async function reconnect(): Promise<void> {
    reconnecting = true;
    try {
      for (let failures = 0; live; ) {
        try {
          // Resolves on Slack's hello; rejects when apps.connections.open fails or the socket closes first.
          await client.start();
          return;
        } catch (error) {
          if (!live) return;
          failures += 1;
          const retryAfterMs = rateLimitWait(error);
          const delayMs = Math.max(reconnectDelay(failures, backoff), retryAfterMs);
          log.warn({ failures, retryInMs: delayMs, err: describeFailure(error) }, 'Socket Mode reconnect failed; trying again');
          await pause(delayMs);
        }
      }
    } finally {
      reconnecting = false;
    }
  }

  return {
    connected: () => up,
    live() {
      live = true;
    },
    stop() {
      live = false;
      wait?.done();
    },
  };
}

/** Slack's Retry-After on a 429, which a try must not come before. */
function rateLimitWait(error: unknown): number {
  const seconds = (error as { retryAfter?: unknown } | null)?.retryAfter;
  return typeof seconds === 'number' ? seconds * 1000 : 0;
}

/** The SDK's message, with the network's own reason (ECONNREFUSED…) that fetch hides behind "fetch failed". */
function describeFailure(error: unknown): { code?: string; message: string; cause?: string } {
  const described = describeError(error);
  const original = (error as { original?: { cause?: { code?: unknown; message?: unknown } } } | null)?.original;
  const cause = original?.cause?.code ?? original?.cause?.message;
  return typeof cause === 'string' ? { ...described, cause } : described;
}
