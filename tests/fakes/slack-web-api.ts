import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for the parts of Slack our adapter talks to: Web API methods under /api/
 * (auth.test, chat.postMessage, chat.postEphemeral, conversations.history, users.info, usergroups.list,
 * usergroups.users.list, views.open,
 * oauth.v2.access for installs, apps.connections.open for Socket Mode, see slack-socket-mode.ts)
 * and response_url endpoints under /response/<id>. Every request is recorded with what Slack
 * would have received, including the token it carried. Each workspace (team) has its own bot
 * token: the one given at start for FAKE_TEAM, and one per install through oauth.v2.access.
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
  /** Cut the connection without answering, as when the network between the app and Slack fails. */
  cut?: boolean;
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface FakeUser {
  is_admin?: boolean;
  is_owner?: boolean;
  is_primary_owner?: boolean;
}

/** A workspace as the fake knows it. */
export interface FakeTeam {
  id: string;
  name: string;
}

/** A message chat.postMessage accepted, as conversations.history gives it back. */
export interface FakeMessage {
  channel: string;
  ts: string;
  text: unknown;
  blocks: unknown;
  metadata?: unknown;
  /** The team whose token posted it. */
  team: string;
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
  /** A user group (usergroups.list, usergroups.users.list), as a paid workspace has them. */
  setUserGroup(group: { id: string; handle: string; users: string[] }): void;
  /** The next call (the next `times` calls) to `method` (or to any response_url: RESPONSE_URL) get this reply instead of the normal one. */
  failNext(method: string, reply: FakeReply, times?: number): void;
  /** The first later call to `method` whose params `match` gets this reply instead of the normal one. */
  failWhen(method: string, match: (params: Record<string, unknown>) => boolean, reply: FakeReply): void;
  callsTo(method: string): ApiCall[];
  /** Messages posted, oldest first; in one channel when given. */
  messages(channel?: string): FakeMessage[];
  /** What Slack's consent page hands the browser back after `team` approved the install. */
  grantCode(team: FakeTeam): string;
  /** The bot token oauth.v2.access issued to a team, once it has been installed. */
  tokenOf(teamId: string): string | undefined;
  /** The team a call's token belongs to (undefined: no or unknown token). */
  teamOf(call: ApiCall): string | undefined;
  /** From now on the token is refused (token_revoked), as after an uninstall. */
  revokeToken(token: string): void;
  /** Resolves once `check` returns a value, re-checked on every recorded request. */
  waitFor<T>(check: () => T | undefined | false): Promise<T>;
  close(): Promise<void>;
}

/** failNext key for posts to a response_url. */
export const RESPONSE_URL = 'response_url';
const JSON_FIELDS = new Set(['blocks', 'attachments', 'metadata', 'view']);
export const FAKE_TEAM = { team_id: 'T0FAKE', team: 'Newsroom', user_id: 'UBOT', bot_id: 'BBOT' } as const;

export interface FakeOptions {
  /** FAKE_TEAM's bot token (one-workspace mode); optional when teams install through OAuth. */
  botToken?: string;
  /** The app's credentials oauth.v2.access accepts. */
  oauth?: { clientId: string; clientSecret: string };
  /** Socket Mode: the app-level token apps.connections.open accepts, and the URL it answers with. */
  appToken?: string;
  socketModeUrl?: string;
}

export async function startSlackWebApiFake(options: FakeOptions): Promise<SlackWebApiFake> {
  const calls: ApiCall[] = [];
  const responses: ResponseUrlPost[] = [];
  const users = new Map<string, FakeUser>();
  const userGroups = new Map<string, { id: string; handle: string; users: string[] }>();
  const failures = new Map<string, FakeReply[]>();
  const events = new EventEmitter();
  const posted: FakeMessage[] = [];
  /** token → team; the start token belongs to FAKE_TEAM. */
  const tokens = new Map<string, FakeTeam>(options.botToken ? [[options.botToken, { id: FAKE_TEAM.team_id, name: FAKE_TEAM.team }]] : []);
  const revoked = new Set<string>();
  const codes = new Map<string, FakeTeam>();
  const conditional: { method: string; match: (params: Record<string, unknown>) => boolean; reply: FakeReply }[] = [];
  let sequence = 0;
  // Real seconds, so a caller's "oldest: now - 6h" window sees what was just posted; the fraction orders them.
  const nextTs = () => `${Math.floor(Date.now() / 1000)}.${String(++sequence).padStart(6, '0')}`;
  const tokenIn = (params: Record<string, unknown>, authorization: string | undefined) => authorization?.replace(/^Bearer /, '') ?? (params.token as string | undefined);
  const teamProfile = (team: FakeTeam) => (team.id === FAKE_TEAM.team_id ? FAKE_TEAM : { team_id: team.id, team: team.name, user_id: `UBOT${team.id}`, bot_id: `BBOT${team.id}` });

  const exchangeCode = (params: Record<string, unknown>): FakeReply => {
    if (!options.oauth || params.client_id !== options.oauth.clientId || params.client_secret !== options.oauth.clientSecret) return { body: { ok: false, error: 'invalid_client_id' } };
    const team = codes.get(String(params.code));
    if (!team) return { body: { ok: false, error: 'invalid_code' } };
    codes.delete(String(params.code));
    const token = `xoxb-${team.id}-${randomUUID().replaceAll('-', '')}`;
    tokens.set(token, team);
    return {
      body: {
        ok: true,
        app_id: 'A0BRIEFBOT',
        authed_user: { id: 'U0INSTALLER' },
        scope: 'commands,chat:write,users:read,channels:history,groups:history,app_mentions:read',
        token_type: 'bot',
        access_token: token,
        bot_user_id: teamProfile(team).user_id,
        team: { id: team.id, name: team.name },
        enterprise: null,
        is_enterprise_install: false,
      },
    };
  };

  const history = (params: Record<string, unknown>): FakeReply => {
    const oldest = Number(params.oldest ?? 0);
    const latest = params.latest === undefined ? Infinity : Number(params.latest);
    const limit = Number(params.limit ?? 100);
    const withMetadata = String(params.include_all_metadata) === 'true';
    const messages = posted
      .filter((m) => m.channel === params.channel && Number(m.ts) >= oldest && Number(m.ts) <= latest)
      .reverse()
      .slice(0, limit)
      .map((m) => ({ type: 'message', ts: m.ts, text: m.text, bot_id: 'BBOT', ...(withMetadata && m.metadata ? { metadata: m.metadata } : {}) }));
    // `latest` itself only with inclusive, as Slack does.
    if (params.latest !== undefined && String(params.inclusive) !== 'true') return { body: { ok: true, messages: messages.filter((m) => Number(m.ts) < latest), has_more: false } };
    return { body: { ok: true, messages, has_more: false } };
  };

  const answer = (method: string, params: Record<string, unknown>, authorization: string | undefined): FakeReply => {
    const queued = failures.get(method)?.shift();
    if (queued) return queued;
    const when = conditional.findIndex((c) => c.method === method && c.match(params));
    if (when >= 0) return conditional.splice(when, 1)[0]!.reply;
    const token = tokenIn(params, authorization);
    if (method === 'apps.connections.open') {
      return token === options.appToken && options.socketModeUrl ? { body: { ok: true, url: options.socketModeUrl } } : { body: { ok: false, error: token?.toString().startsWith('xapp-') ? 'invalid_auth' : 'not_allowed_token_type' } };
    }
    if (method === 'oauth.v2.access') return exchangeCode(params);
    if (token && revoked.has(token)) return { body: { ok: false, error: 'token_revoked' } };
    const team = token ? tokens.get(token) : undefined;
    if (!team) return { body: { ok: false, error: 'invalid_auth' } };
    switch (method) {
      case 'auth.test':
        return { body: { ok: true, url: `https://${team.id.toLowerCase()}.slack.com/`, user: 'briefbot', ...teamProfile(team) } };
      case 'chat.postMessage': {
        const message: FakeMessage = { channel: String(params.channel), ts: nextTs(), text: params.text, blocks: params.blocks, team: team.id, ...(params.metadata ? { metadata: params.metadata } : {}) };
        posted.push(message);
        return { body: { ok: true, channel: params.channel, ts: message.ts, message: { text: params.text, blocks: params.blocks } } };
      }
      case 'conversations.history':
        return history(params);
      case 'chat.postEphemeral':
        return { body: { ok: true, message_ts: nextTs() } };
      case 'views.open':
        return params.trigger_id ? { body: { ok: true, view: { id: `V${++sequence}`, ...(params.view as object) } } } : { body: { ok: false, error: 'invalid_arguments' } };
      case 'users.info': {
        const user = users.get(String(params.user));
        return user ? { body: { ok: true, user: { id: params.user, is_admin: false, is_owner: false, is_primary_owner: false, ...user } } } : { body: { ok: false, error: 'user_not_found' } };
      }
      case 'usergroups.list':
        return { body: { ok: true, usergroups: [...userGroups.values()].map((g) => ({ id: g.id, team_id: team.id, is_usergroup: true, name: g.handle, handle: g.handle, user_count: g.users.length })) } };
      case 'usergroups.users.list': {
        const group = userGroups.get(String(params.usergroup));
        return group ? { body: { ok: true, users: group.users } } : { body: { ok: false, error: 'no_such_subteam' } };
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
    setUserGroup: (group) => void userGroups.set(group.id, group),
    failNext: (method, reply, times = 1) => void failures.set(method, [...(failures.get(method) ?? []), ...Array<FakeReply>(times).fill(reply)]),
    callsTo: (method) => calls.filter((c) => c.method === method),
    failWhen: (method, match, reply) => void conditional.push({ method, match, reply }),
    messages: (channel) => posted.filter((m) => channel === undefined || m.channel === channel),
    grantCode(team) {
      const code = `code-${randomUUID()}`;
      codes.set(code, team);
      return code;
    },
    tokenOf: (teamId) => [...tokens].reverse().find(([, team]) => team.id === teamId)?.[0],
    teamOf(call) {
      const token = tokenIn(call.params, call.authorization);
      return token ? tokens.get(token)?.id : undefined;
    },
    revokeToken: (token) => void revoked.add(token),
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

function send(res: ServerResponse, { cut = false, status = 200, headers = {}, body = { ok: true } }: FakeReply): void {
  if (cut) return void res.socket?.destroy();
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}
