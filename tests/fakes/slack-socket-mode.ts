import { randomUUID } from 'node:crypto';
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

  server.on('connection', (ws) => {
    socket = ws;
    ws.on('message', (data) => {
      const message = JSON.parse(String(data)) as Record<string, unknown>;
      acks.get(String(message.envelope_id))?.(message);
    });
    ws.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake', approximate_connection_time: 3600 }, connection_info: { app_id: 'A0BRIEFBOT' } }));
    greeted();
  });

  return {
    url,
    connected: () => ready,
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
