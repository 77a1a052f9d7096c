import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { type Listening, listen } from '../http/listen.js';
import type { Store } from '../store/store.js';
import type { LinkSigner } from './link.js';
import { ICON_PATH, renderBriefingPage, STYLESHEET_PATH } from './page.js';
import { ICON_SVG, PAGE_CSS } from './style.js';

export interface PublicServerOptions {
  /** 0 asks the OS for a free port (tests). */
  port: number;
  host?: string;
  store: Store;
  signer: LinkSigner;
  logger: Logger;
  now?: () => Date;
  /** Counts each page request by outcome (shown, forged, expired, missing); for metrics. */
  onPage?: (outcome: PageOutcome) => void;
}

export type PageOutcome = 'shown' | 'forged' | 'expired' | 'missing';

/** Nothing but the bot's own stylesheet and icon: no script, no frame, no form, no other origin. */
export const PAGE_CSP = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const COMMON_HEADERS = {
  'content-security-policy': PAGE_CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

/**
 * The listener people's browsers reach (PUBLIC_PORT): briefing pages at signed links and their
 * stylesheet, nothing else. /healthz and /metrics live on the service port, never here.
 */
export async function startPublicServer(options: PublicServerOptions): Promise<Listening> {
  const host = options.host ?? '0.0.0.0';
  const server = createServer((req, res) => {
    route(req, res, options).catch((error: unknown) => {
      options.logger.error({ err: error }, 'briefing page request failed');
      if (!res.headersSent) res.writeHead(500, { ...COMMON_HEADERS, 'content-type': 'text/plain; charset=utf-8' });
      res.end('Something went wrong showing this page.\n');
    });
  });
  const listening = await listen(server, options.port, host);
  options.logger.info({ port: listening.port, host }, 'briefing pages listening');
  return listening;
}

async function route(req: IncomingMessage, res: ServerResponse, options: PublicServerOptions): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const send = (status: number, type: string, body: string, extra: Record<string, string> = {}) => {
    res.writeHead(status, { ...COMMON_HEADERS, 'content-type': type, ...extra });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'text/plain; charset=utf-8', 'method not allowed\n', { allow: 'GET, HEAD' });
  if (url.pathname === STYLESHEET_PATH) return send(200, 'text/css; charset=utf-8', PAGE_CSS, { 'cache-control': 'public, max-age=3600' });
  if (url.pathname === ICON_PATH || url.pathname === '/favicon.ico') return send(200, 'image/svg+xml', ICON_SVG, { 'cache-control': 'public, max-age=86400' });
  const match = /^\/b\/([A-Za-z0-9_-]{1,64})$/.exec(url.pathname);
  if (!match) return send(404, 'text/plain; charset=utf-8', 'not found\n');
  const id = match[1]!;
  const now = (options.now ?? (() => new Date()))();
  const verdict = options.signer.verify(id, url.searchParams.get('expires'), url.searchParams.get('sig'), now);
  const refuse = (outcome: PageOutcome, status: number, text: string) => {
    options.onPage?.(outcome);
    send(status, 'text/plain; charset=utf-8', `${text}\n`, { 'cache-control': 'no-store' });
  };
  if (verdict === 'forged') return refuse('forged', 403, 'This link is not valid. Open the briefing again from the chat.');
  if (verdict === 'expired') return refuse('expired', 403, 'This link has expired. Ask briefbot for the briefing again.');
  const stored = await options.store.getBriefing(id);
  if (!stored) return refuse('missing', 404, 'This briefing is no longer kept. Ask briefbot for it again.');
  if (Date.parse(stored.expiresAt) <= now.getTime()) return refuse('expired', 403, 'This link has expired. Ask briefbot for the briefing again.');
  options.onPage?.('shown');
  send(200, 'text/html; charset=utf-8', renderBriefingPage(stored), { 'cache-control': 'private, no-store' });
}
