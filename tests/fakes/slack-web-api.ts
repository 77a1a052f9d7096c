import { EventEmitter } from 'node:events';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for the parts of Slack our adapter talks to: Web API methods under /api/
 * (auth.test, chat.postMessage, chat.postEphemeral, users.info, apps.connections.open for Socket
 * Mode, see slack-socket-mode.ts) and response_url endpoints under
 * /response/<id>. Every request is recorded with what Slack would have received.
 */

export interface ApiCall {
  method: string;
  /** Form fields as sent; JSON-valued fields (blocks, attachments, metadata) decoded. */
  params: Record<string, unknown>;
  authorization: string | undefined;
}

export interface ResponseUrlPost {
  id: string;
  body: Record<string, unknown>;
}

export interface FakeReply {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface FakeUser {
  is_admin?: boolean;
  is_owner?: boolean;
  is_primary_owner?: boolean;
}

export interface SlackWebApiFake {
  /** http://127.0.0.1:<port> */
  readonly url: string;
  /** What WebClient's slackApiUrl should be. */
  readonly apiUrl: string;
  readonly calls: ApiCall[];
  readonly responses: ResponseUrlPost[];
  responseUrl(id: string): string;
  setUser(id: string, user: FakeUser): void;
  /** The next call to `method` (or to any response_url: RESPONSE_URL) gets this reply instead of the normal one. */
  failNext(method: string, reply: FakeReply): void;
  callsTo(method: string): ApiCall[];
  /** Resolves once `check` returns a value, re-checked on every recorded request. */
  waitFor<T>(check: () => T | undefined | false): Promise<T>;
  close(): Promise<void>;
}

/** failNext key for posts to a response_url. */
export const RESPONSE_URL = 'response_url';
const JSON_FIELDS = new Set(['blocks', 'attachments', 'metadata']);
export const FAKE_TEAM = { team_id: 'T0FAKE', team: 'Newsroom', user_id: 'UBOT', bot_id: 'BBOT' } as const;

export interface FakeOptions {
  botToken: string;
  /** Socket Mode: the app-level token apps.connections.open accepts, and the URL it answers with. */
  appToken?: string;
  socketModeUrl?: string;
}

export async function startSlackWebApiFake(options: FakeOptions): Promise<SlackWebApiFake> {
  const calls: ApiCall[] = [];
  const responses: ResponseUrlPost[] = [];
  const users = new Map<string, FakeUser>();
  const failures = new Map<string, FakeReply[]>();
  const events = new EventEmitter();
  let ts = 1_700_000_000;

  const answer = (method: string, params: Record<string, unknown>, authorization: string | undefined): FakeReply => {
    const queued = failures.get(method)?.shift();
    if (queued) return queued;
    const token = authorization?.replace(/^Bearer /, '') ?? params.token;
    if (method === 'apps.connections.open') {
      return token === options.appToken && options.socketModeUrl
        ? { body: { ok: true, url: options.socketModeUrl } }
        : { body: { ok: false, error: token?.toString().startsWith('xapp-') ? 'invalid_auth' : 'not_allowed_token_type' } };
    }
    if (token !== options.botToken) return { body: { ok: false, error: 'invalid_auth' } };
    switch (method) {
      case 'auth.test':
        return { body: { ok: true, url: 'https://newsroom.slack.com/', user: 'briefbot', ...FAKE_TEAM } };
      case 'chat.postMessage':
        ts += 1;
        return { body: { ok: true, channel: params.channel, ts: `${ts}.000100`, message: { text: params.text, blocks: params.blocks } } };
      case 'chat.postEphemeral':
        ts += 1;
        return { body: { ok: true, message_ts: `${ts}.000100` } };
      case 'users.info': {
        const user = users.get(String(params.user));
        return user
          ? { body: { ok: true, user: { id: params.user, is_admin: false, is_owner: false, is_primary_owner: false, ...user } } }
          : { body: { ok: false, error: 'user_not_found' } };
      }
      default:
        return { body: { ok: false, error: 'unknown_method' } };
    }
  };

  const server = createServer(async (req, res) => {
    const raw = await readBody(req);
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (req.method === 'POST' && path.startsWith('/api/')) {
      const method = path.slice('/api/'.length);
      const params = decodeParams(raw, req.headers['content-type']);
      const authorization = req.headers.authorization;
      calls.push({ method, params, authorization });
      send(res, answer(method, params, authorization));
    } else if (req.method === 'POST' && path.startsWith('/response/')) {
      responses.push({ id: path.slice('/response/'.length), body: JSON.parse(raw) as Record<string, unknown> });
      send(res, failures.get(RESPONSE_URL)?.shift() ?? { body: { ok: true } });
    } else send(res, { status: 404, body: { ok: false, error: 'not_found' } });
    events.emit('record');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    apiUrl: `${url}/api/`,
    calls,
    responses,
    responseUrl: (id) => `${url}/response/${id}`,
    setUser: (id, user) => void users.set(id, user),
    failNext: (method, reply) => void failures.set(method, [...(failures.get(method) ?? []), reply]),
    callsTo: (method) => calls.filter((c) => c.method === method),
    waitFor: <T>(check: () => T | undefined | false) =>
      new Promise<T>((resolve) => {
        const test = () => {
          const value = check();
          if (value === undefined || value === false) return;
          events.off('record', test);
          resolve(value);
        };
        events.on('record', test);
        test();
      }),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function decodeParams(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.startsWith('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const params: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) params[key] = JSON_FIELDS.has(key) ? JSON.parse(value) : value;
  return params;
}

function send(res: ServerResponse, { status = 200, headers = {}, body = { ok: true } }: FakeReply): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}
