import { createServer, type IncomingMessage, request, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * An HTTP proxy in front of a platform fake that can hold chosen requests: they reach the proxy
 * (the bot has sent them) but not the fake (the platform has not seen them) until released. That
 * is a post in flight, for as long as the test likes. Everything else passes straight through.
 */
export interface HoldingProxy {
  /** Base URL: http://127.0.0.1:<port>. */
  readonly url: string;
  /** Requests held so far, in arrival order, with their bodies. */
  readonly held: Array<{ method: string; path: string; body: string }>;
  /** Resolves once `count` requests have been held. */
  waitForHeld(count?: number): Promise<void>;
  /** Forwards every held request, and lets later ones through. */
  releaseAll(): void;
  /** Closes the held connections unanswered: the platform never saw them. */
  dropAll(): void;
  close(): Promise<void>;
}

export async function startHoldingProxy(target: string, shouldHold: (method: string, path: string) => boolean): Promise<HoldingProxy> {
  const targetUrl = new URL(target);
  const held: HoldingProxy['held'] = [];
  const pending: Array<{ forward: () => void; drop: () => void }> = [];
  const waiters = new Set<() => void>();
  let holding = true;

  const forward = (req: IncomingMessage, body: Buffer, res: ServerResponse) => {
    const upstream = request({ host: targetUrl.hostname, port: targetUrl.port, method: req.method, path: req.url, headers: { ...req.headers, host: targetUrl.host } }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    upstream.end(body);
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      if (!holding || !shouldHold(req.method ?? 'GET', req.url ?? '/')) return forward(req, body, res);
      held.push({ method: req.method ?? 'GET', path: req.url ?? '/', body: body.toString('utf8') });
      pending.push({ forward: () => forward(req, body, res), drop: () => res.socket?.destroy() });
      for (const wake of waiters) wake();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    held,
    waitForHeld(count = 1) {
      return new Promise((resolve) => {
        const check = () => {
          if (held.length >= count) {
            waiters.delete(check);
            resolve();
          }
        };
        waiters.add(check);
        check();
      });
    },
    releaseAll() {
      holding = false;
      for (const p of pending.splice(0)) p.forward();
    },
    dropAll() {
      for (const p of pending.splice(0)) p.drop();
    },
    async close() {
      for (const p of pending.splice(0)) p.drop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
