import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

/**
 * A local Socket Mode endpoint: says hello to the app that connects, delivers envelopes as Slack
 * would (slash_commands, events_api…) and hands back the app's acknowledgement for each.
 */
export interface SocketModeFake {
  /** ws://127.0.0.1:<port>/link — what apps.connections.open should answer. */
  readonly url: string;
  /** Resolves once an app has connected and been greeted. */
  connected(): Promise<void>;
  /** Connections opened so far: one at start, one more for each reconnect. */
  connections(): number;
  /** Resolves once `count` connections have been opened in all. */
  waitForConnections(count: number): Promise<void>;
  /**
   * Closes the app's connection (1001, going away), as when Slack recycles the server holding it.
   * With `hold`, the connections that come next get no hello until `release()`, so the app stays
   * reconnecting for as long as the test needs.
   */
  drop(options?: { hold?: boolean }): void;
  /** Says hello to the connections held since drop({ hold: true }), and stops holding. */
  release(): void;
  /** Sends one envelope and resolves with the app's ack ({ envelope_id, payload? }). */
  deliver(type: string, payload: Record<string, unknown>): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

export async function startSocketModeFake(): Promise<SocketModeFake> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0, path: '/link' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/link`;
  let socket: WebSocket | undefined;
  let greeted: () => void;
  const ready = new Promise<void>((resolve) => (greeted = resolve));
  const acks = new Map<string, (ack: Record<string, unknown>) => void>();
  const opened = new EventEmitter();
  let connections = 0;
  /** Connections waiting for their hello while held. */
  let helloHeld: WebSocket[] | undefined;
  const hello = (ws: WebSocket) => {
    ws.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake', approximate_connection_time: 3600 }, connection_info: { app_id: 'A0BRIEFBOT' } }));
    greeted();
  };

  server.on('connection', (ws) => {
    socket = ws;
    connections += 1;
    ws.on('message', (data) => {
      const message = JSON.parse(String(data)) as Record<string, unknown>;
      acks.get(String(message.envelope_id))?.(message);
    });
    if (helloHeld) helloHeld.push(ws);
    else hello(ws);
    opened.emit('connection');
  });

  return {
    url,
    connected: () => ready,
    connections: () => connections,
    waitForConnections: (count) =>
      new Promise<void>((resolve) => {
        const check = () => {
          if (connections < count) return;
          opened.off('connection', check);
          resolve();
        };
        opened.on('connection', check);
        check();
      }),
    drop({ hold = false } = {}) {
      if (hold) helloHeld ??= [];
      socket?.close(1001, 'Dropped by the test');
    },
    release() {
      const waiting = helloHeld ?? [];
      helloHeld = undefined;
      for (const ws of waiting) if (ws.readyState === ws.OPEN) hello(ws);
    },
    deliver(type, payload) {
      const envelopeId = randomUUID();
      return new Promise((resolve, reject) => {
        if (!socket) return reject(new Error('no app connected'));
        acks.set(envelopeId, resolve);
        socket.send(JSON.stringify({ envelope_id: envelopeId, type, payload, accepts_response_payload: type === 'slash_commands', retry_attempt: 0, retry_reason: '' }));
      });
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const client of server.clients) client.terminate();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
