import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import { checkChoices, checkMessageBody, checkModal, invalidFormBody } from './discord-api-checks.js';

/**
 * A local Discord for the real discord.js Client: REST under http://127.0.0.1:<port>/api/v10 and a
 * JSON gateway at ws://127.0.0.1:<port>/gateway (HELLO → IDENTIFY → READY, heartbeats, dispatch).
 * It records every request, answers the way Discord does (status codes, error codes, message
 * objects) and refuses bodies Discord would refuse. Only what briefbot calls is implemented.
 */

export interface RecordedRequest {
  method: string;
  /** Path below /api/v10, without the query. */
  path: string;
  query: Record<string, string>;
  /** The Authorization header, when one was sent. */
  authorization: string | undefined;
  body: unknown;
  /** What the fake answered. */
  status: number;
}

export interface Failure {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface FakeOptions {
  token: string;
  appId: string;
  botId?: string;
  /** Channels that exist; a message to any other gets 404 Unknown Channel. */
  channels?: string[];
  /** HELLO's heartbeat_interval in ms. */
  heartbeatIntervalMs?: number;
  /** GET /gateway/bot's `shards`: how many shards Discord recommends (default 1). */
  recommendedShards?: number;
  /** GET /gateway/bot's session_start_limit.max_concurrency: identifies allowed per 5 s (default 1). */
  maxConcurrency?: number;
  /**
   * Guilds the bot is in. Each connection gets the ones its shard holds: listed unavailable in
   * READY, then one GUILD_CREATE each, as Discord does.
   */
  guilds?: string[];
  /** Roles of every guild besides @everyone, sent in its GUILD_CREATE as Discord does. */
  roles?: Array<{ id: string; name: string }>;
  /**
   * How long enforce_nonce remembers a nonce, in ms. Discord documents only "the past few
   * minutes"; default: forever. 0: never, as for a retry that comes after the window.
   */
  nonceWindowMs?: number;
  /**
   * A RESUME of a session this fake started gets RESUMED, as Discord answers a resume in time.
   * Default false: INVALID_SESSION (d: false), so every dropped client identifies again.
   */
  acceptResume?: boolean;
}

/** A RESUME (op 6) as the gateway received it. */
export interface ResumeRecord {
  sessionId: string;
  /** Answered RESUMED (true) or INVALID_SESSION (false). */
  accepted: boolean;
}

/** A gateway event as one connection received it. */
export interface DispatchRecord {
  event: string;
  /** The payload's id (an interaction's, a guild's), when it has one. */
  id: string | undefined;
  guildId: string | undefined;
  /** The receiving connection's [shard_id, num_shards], as its IDENTIFY gave it ([0, 1] without one). */
  shard: [number, number];
}

interface Interaction {
  id: string;
  token: string;
  channelId: string;
  acknowledged: boolean;
  original?: Record<string, unknown>;
  /** The message a component interaction was clicked on. */
  message?: Record<string, unknown>;
}

export interface DiscordApiFake {
  /** The value for discord.js `rest.api`. */
  readonly api: string;
  readonly requests: RecordedRequest[];
  readonly identifies: unknown[];
  readonly resumes: ResumeRecord[];
  /** Every dispatch, once per connection that received it. */
  readonly dispatched: DispatchRecord[];
  heartbeats(): number;
  /** Gateway connections opened so far: one at login, one more for each reconnect. */
  connections(): number;
  /** Resolves once `count` gateway connections have been opened in all. */
  waitForConnections(count: number): Promise<void>;
  /**
   * Closes every identified gateway connection with `code` (default 4000, Unknown error: the client
   * resumes), as when Discord's gateway drops it. With `hold`, the connections that come next get
   * no HELLO until `release()`, so the client stays reconnecting for as long as the test needs.
   * Returns how many were dropped.
   */
  dropConnections(options?: { code?: number; hold?: boolean }): number;
  /** Sends the HELLOs held back since dropConnections({ hold: true }), and stops holding. */
  release(): void;
  /** Resolves once the client has sent at least `count` heartbeats (op 1). */
  waitForHeartbeats(count?: number): Promise<void>;
  /** Messages posted to a channel (not interaction replies), in order. */
  channelMessages(channelId: string): Record<string, unknown>[];
  /**
   * Sends a gateway dispatch the way Discord routes it: an event of a guild (a `guild_id`, or a
   * GUILD_CREATE's `id`) only to the connection whose shard holds that guild, an interaction from
   * a DM to shard 0, any other event to every connection. Returns the shard ids it went to.
   */
  dispatch(event: string, data: unknown): number[];
  /**
   * Dispatches INTERACTION_CREATE and remembers its token so replies to it are accepted. Returns
   * the shard ids of the connections it went to (none when no connection holds its guild).
   */
  sendInteraction(payload: { id: string; token: string; channel_id?: string; channel?: { id: string }; guild_id?: string; message?: Record<string, unknown> }): number[];
  /** What the interaction's original response is now (after a reply, or an update of the clicked message). */
  originalOf(interactionId: string): Record<string, unknown> | undefined;
  /** The next `times` requests matching `method` and `path` get this answer instead. */
  failNext(method: string, path: RegExp, failure: Failure, times?: number): void;
  /** Resolves with the first `count` recorded requests that match, as soon as they exist; rejects, listing what arrived, after `timeoutMs`. */
  waitForRequests(match: (r: RecordedRequest) => boolean, count?: number, timeoutMs?: number): Promise<RecordedRequest[]>;
  close(): Promise<void>;
}

const API_PREFIX = '/api/v10';
let nextSnowflake = 1_300_000_000_000_000_000n;
const snowflake = () => String(nextSnowflake++);

export async function startDiscordApiFake(options: FakeOptions): Promise<DiscordApiFake> {
  const botUser = { id: options.botId ?? '1200000000000000001', username: 'briefbot', discriminator: '0', global_name: null, avatar: null, bot: true };
  const channels = new Set(options.channels ?? []);
  const requests: RecordedRequest[] = [];
  const identifies: unknown[] = [];
  const resumes: ResumeRecord[] = [];
  /** session_id → the [shard_id, num_shards] it was identified with, for RESUME. */
  const sessions = new Map<string, [number, number]>();
  /** Connections waiting for their HELLO while held. */
  let helloHeld: WebSocket[] | undefined;
  let connections = 0;
  const dispatched: DispatchRecord[] = [];
  /** Each identified connection's [shard_id, num_shards]. */
  const shardOf = new Map<WebSocket, [number, number]>();
  const interactions = new Map<string, Interaction>();
  const posted = new Map<string, Record<string, unknown>[]>();
  const failures: { method: string; path: RegExp; failure: Failure; times: number }[] = [];
  const events = new EventEmitter();
  const sockets = new Set<WebSocket>();
  let heartbeats = 0;
  let sequence = 0;

  const server = createServer((req, res) => void handle(req, res));
  const gateway = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (!url.pathname.startsWith('/gateway')) return socket.destroy();
    gateway.handleUpgrade(req, socket, head, (ws) => onConnection(ws, url));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  const gatewayUrl = `ws://127.0.0.1:${port}/gateway`;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', base);
    const raw = await readBody(req);
    const body = raw ? safeJson(raw) : undefined;
    const pathname = decodeURIComponent(url.pathname);
    const path = pathname.startsWith(API_PREFIX) ? pathname.slice(API_PREFIX.length) : pathname;
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path,
      query: Object.fromEntries(url.searchParams),
      authorization: req.headers.authorization,
      body,
      status: 0,
    };
    const answer = (status: number, json?: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      requests.push(record);
      res.writeHead(status, json === undefined ? headers : { 'content-type': 'application/json', ...headers });
      res.end(json === undefined ? undefined : JSON.stringify(json));
      events.emit('request', record);
    };
    const failure = failures.find((f) => f.times > 0 && f.method === record.method && f.path.test(path));
    if (failure) {
      failure.times -= 1;
      return answer(failure.failure.status, failure.failure.body, failure.failure.headers);
    }
    route(record, answer);
  }

  function route(r: RecordedRequest, answer: (status: number, json?: unknown, headers?: Record<string, string>) => void): void {
    const authorised = r.authorization === `Bot ${options.token}`;
    const unauthorised = () => answer(401, { message: '401: Unauthorized', code: 0 });
    let m: RegExpExecArray | null;
    if (r.method === 'GET' && r.path === '/gateway/bot') {
      if (!authorised) return unauthorised();
      return answer(200, {
        url: gatewayUrl,
        shards: options.recommendedShards ?? 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: options.maxConcurrency ?? 1 },
      });
    }
    if (r.method === 'POST' && (m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(r.path))) {
      const interaction = interactions.get(m[1]!);
      if (!interaction || interaction.token !== m[2]) return answer(404, { message: 'Unknown interaction', code: 10062 });
      if (interaction.acknowledged) return answer(400, { message: 'Interaction has already been acknowledged.', code: 40060 });
      const callback = r.body as { type?: number; data?: Record<string, unknown> };
      // 4 message, 5 deferred message, 6 deferred update, 7 update the clicked message, 8 choices, 9 modal.
      if (callback.type === 7 && !interaction.message) return answer(400, { message: 'Interaction has no message to update', code: 50035 });
      const errors =
        callback.type === 4
          ? checkMessageBody(callback.data)
          : callback.type === 7
            ? checkMessageBody(callback.data, { requireSomething: false })
            : callback.type === 8
              ? checkChoices(callback.data?.choices)
              : callback.type === 9
                ? checkModal(callback.data)
                : [];
      if (errors.length) return answer(400, invalidFormBody(errors));
      if (callback.type !== 8) interaction.acknowledged = true;
      if (callback.type === 4) interaction.original = message(interaction.channelId, callback.data ?? {}, { webhook_id: options.appId });
      if (callback.type === 5) interaction.original = message(interaction.channelId, { content: '', flags: (callback.data?.flags as number) ?? 0 }, { webhook_id: options.appId });
      if (callback.type === 6 || callback.type === 7) interaction.original = { ...interaction.message!, ...(callback.data ?? {}) };
      return answer(204);
    }
    if ((m = /^\/webhooks\/(\d+)\/([^/]+)(\/messages\/@original)?$/.exec(r.path))) {
      const interaction = [...interactions.values()].find((i) => i.token === m![2]);
      if (m[1] !== options.appId || !interaction) return answer(404, { message: 'Unknown Webhook', code: 10015 });
      if (!interaction.acknowledged || !interaction.original) return answer(404, { message: 'Unknown Message', code: 10008 });
      const errors = checkMessageBody(r.body, { requireSomething: r.method === 'POST' });
      if (errors.length) return answer(400, invalidFormBody(errors));
      if (r.method === 'PATCH' && m[3]) {
        interaction.original = { ...interaction.original, ...(r.body as object), edited_timestamp: new Date().toISOString() };
        return answer(200, interaction.original);
      }
      if (r.method === 'POST' && !m[3]) return answer(200, message(interaction.channelId, r.body as object, { webhook_id: options.appId }));
    }
    if (r.method === 'POST' && (m = /^\/channels\/(\d+)\/messages$/.exec(r.path))) {
      if (!authorised) return unauthorised();
      if (!channels.has(m[1]!)) return answer(404, { message: 'Unknown Channel', code: 10003 });
      const errors = checkMessageBody(r.body);
      if (errors.length) return answer(400, invalidFormBody(errors));
      const list = posted.get(m[1]!) ?? [];
      const body = r.body as { nonce?: string; enforce_nonce?: boolean };
      // enforce_nonce: the same nonce again, within the window, answers with the message already created.
      const remembered = (msg: Record<string, unknown>) => options.nonceWindowMs === undefined || Date.now() - Date.parse(String(msg.timestamp)) < options.nonceWindowMs;
      const existing = body.enforce_nonce && body.nonce ? list.find((msg) => msg.nonce === body.nonce && remembered(msg)) : undefined;
      if (existing) return answer(200, existing);
      const created = message(m[1]!, r.body as object, {});
      list.push(created);
      posted.set(m[1]!, list);
      return answer(200, created);
    }
    if (r.method === 'GET' && (m = /^\/channels\/(\d+)\/messages$/.exec(r.path))) {
      if (!authorised) return unauthorised();
      if (!channels.has(m[1]!)) return answer(404, { message: 'Unknown Channel', code: 10003 });
      const limit = Math.min(100, Math.max(1, Number(r.query.limit ?? 50) || 50));
      // Newest first, as Discord lists them; a fetched message carries no nonce (only the create answer does).
      const newest = [...(posted.get(m[1]!) ?? [])].reverse().slice(0, limit);
      return answer(
        200,
        newest.map(({ nonce: _nonce, ...msg }) => msg),
      );
    }
    if (r.method === 'GET' && r.path === '/users/@me') {
      if (!authorised) return unauthorised();
      return answer(200, botUser);
    }
    if (r.method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(r.path)) {
      if (!authorised) return unauthorised();
      if (!r.path.startsWith(`/applications/${options.appId}/`)) return answer(403, { message: 'Missing Access', code: 50001 });
      const commands = (r.body as Record<string, unknown>[]).map((c) => ({ ...c, id: snowflake(), application_id: options.appId, version: snowflake() }));
      return answer(200, commands);
    }
    answer(404, { message: '404: Not Found', code: 0 });
  }

  function message(channelId: string, body: object, extra: Record<string, unknown>): Record<string, unknown> {
    const { allowed_mentions: _ignored, enforce_nonce: _also, ...fields } = body as Record<string, unknown>;
    return {
      id: snowflake(),
      type: 0,
      channel_id: channelId,
      author: botUser,
      content: '',
      embeds: [],
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      flags: 0,
      components: [],
      ...fields,
      ...extra,
    };
  }

  function onConnection(ws: WebSocket, url: URL): void {
    if (url.searchParams.get('v') !== '10' || url.searchParams.get('encoding') !== 'json') {
      ws.close(4012, 'Invalid API version');
      return;
    }
    sockets.add(ws);
    connections += 1;
    ws.on('close', () => {
      sockets.delete(ws);
      shardOf.delete(ws);
    });
    if (helloHeld) helloHeld.push(ws);
    else hello(ws);
    events.emit('connection');
    ws.on('message', (data) => {
      const payload = safeJson(String(data)) as { op?: number; d?: { token?: string; shard?: unknown; session_id?: string } } | undefined;
      if (payload?.op === 1) {
        heartbeats += 1;
        send(ws, { op: 11, d: null, s: null, t: null });
        events.emit('heartbeat');
      } else if (payload?.op === 2) {
        identifies.push(payload.d);
        if (payload.d?.token !== options.token) return ws.close(4004, 'Authentication failed.');
        const shard = readShard(payload.d.shard);
        if (!shard) return ws.close(4010, 'Invalid shard.');
        shardOf.set(ws, shard);
        const sessionId = `fake-session-${shard[0]}`;
        sessions.set(sessionId, shard);
        const held = (options.guilds ?? []).filter((id) => holds(shard, id));
        send(ws, {
          op: 0,
          t: 'READY',
          s: ++sequence,
          d: {
            v: 10,
            user: { ...botUser, verified: true, mfa_enabled: false, flags: 0 },
            guilds: held.map((id) => ({ id, unavailable: true })),
            session_id: sessionId,
            resume_gateway_url: gatewayUrl,
            shard,
            application: { id: options.appId, flags: 0 },
          },
        });
        for (const id of held) sendTo(ws, 'GUILD_CREATE', guild(id));
        // Ask for a heartbeat now rather than after a long interval, so each test sees one.
        send(ws, { op: 1, d: sequence, s: null, t: null });
      } else if (payload?.op === 6) {
        const sessionId = String(payload.d?.session_id);
        const shard = sessions.get(sessionId);
        const accepted = options.acceptResume === true && shard !== undefined && payload.d?.token === options.token;
        resumes.push({ sessionId, accepted });
        if (!accepted) return send(ws, { op: 9, d: false, s: null, t: null });
        shardOf.set(ws, shard);
        // Nothing was missed while away (this fake keeps no backlog): RESUMED alone ends the replay.
        send(ws, { op: 0, t: 'RESUMED', s: ++sequence, d: {} });
      }
    });
  }

  function hello(ws: WebSocket): void {
    send(ws, { op: 10, d: { heartbeat_interval: options.heartbeatIntervalMs ?? 41_250 }, s: null, t: null });
  }

  function send(ws: WebSocket, payload: unknown): void {
    ws.send(JSON.stringify(payload));
  }

  function sendTo(ws: WebSocket, event: string, data: unknown): void {
    const fields = (data ?? {}) as { id?: unknown; guild_id?: unknown };
    dispatched.push({
      event,
      id: typeof fields.id === 'string' ? fields.id : undefined,
      guildId: guildOf(event, data),
      shard: shardOf.get(ws) ?? [0, 1],
    });
    send(ws, { op: 0, t: event, s: ++sequence, d: data });
  }

  /** Shard ids of the connections that got the event. */
  const dispatch = (event: string, data: unknown): number[] => {
    const guildId = guildOf(event, data);
    // An interaction from a DM has no guild: Discord sends it to shard 0 only.
    const toShardZero = guildId === undefined && event === 'INTERACTION_CREATE';
    // Like Discord, nothing before IDENTIFY or an accepted RESUME.
    const targets = [...sockets].filter((ws) => {
      const shard = shardOf.get(ws);
      if (!shard) return false;
      return toShardZero ? shard[0] === 0 : guildId === undefined || holds(shard, guildId);
    });
    for (const ws of targets) sendTo(ws, event, data);
    return targets.map((ws) => (shardOf.get(ws) ?? [0, 1])[0]);
  };

  function guild(id: string): Record<string, unknown> {
    return {
      id,
      name: `Guild ${id}`,
      icon: null,
      splash: null,
      discovery_splash: null,
      owner_id: '1100000000000000009',
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      emojis: [],
      roles: [{ id, name: '@everyone' }, ...(options.roles ?? [])].map((role, position) => ({
        ...role,
        color: 0,
        colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
        hoist: false,
        icon: null,
        unicode_emoji: null,
        position,
        permissions: '0',
        managed: false,
        mentionable: false,
        flags: 0,
      })),
      stickers: [],
      features: [],
      mfa_level: 0,
      application_id: null,
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: 0,
      preferred_locale: 'en-US',
      public_updates_channel_id: null,
      nsfw_level: 0,
      premium_progress_bar_enabled: false,
      joined_at: new Date().toISOString(),
      large: false,
      unavailable: false,
      member_count: 1,
      voice_states: [],
      members: [],
      channels: [],
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
    };
  }

  return {
    api: `${base}/api`,
    requests,
    identifies,
    resumes,
    dispatched,
    heartbeats: () => heartbeats,
    connections: () => connections,
    waitForConnections(count) {
      return new Promise((resolve) => {
        const check = () => {
          if (connections < count) return;
          events.off('connection', check);
          resolve();
        };
        events.on('connection', check);
        check();
      });
    },
    dropConnections({ code = 4000, hold = false } = {}) {
      if (hold) helloHeld ??= [];
      const identified = [...sockets].filter((ws) => shardOf.has(ws));
      for (const ws of identified) ws.close(code, 'Dropped by the test');
      return identified.length;
    },
    release() {
      const waiting = helloHeld ?? [];
      helloHeld = undefined;
      for (const ws of waiting) if (ws.readyState === ws.OPEN) hello(ws);
    },
    waitForHeartbeats(count = 1) {
      return new Promise((resolve) => {
        const check = () => {
          if (heartbeats < count) return;
          events.off('heartbeat', check);
          resolve();
        };
        events.on('heartbeat', check);
        check();
      });
    },
    channelMessages: (channelId) => posted.get(channelId) ?? [],
    dispatch,
    sendInteraction(payload) {
      const channelId = payload.channel?.id ?? payload.channel_id ?? '0';
      interactions.set(payload.id, { id: payload.id, token: payload.token, channelId, acknowledged: false, ...(payload.message ? { message: payload.message } : {}) });
      return dispatch('INTERACTION_CREATE', payload);
    },
    originalOf: (interactionId) => interactions.get(interactionId)?.original,
    failNext(method, path, failure, times = 1) {
      failures.push({ method, path, failure, times });
    },
    waitForRequests(match, count = 1, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = requests.filter(match);
          if (found.length < count) return false;
          events.off('request', check);
          clearTimeout(guard);
          resolve(found.slice(0, count));
          return true;
        };
        // A guard so a missing request fails with what did arrive, instead of a bare test timeout.
        const guard = setTimeout(() => {
          events.off('request', check);
          reject(new Error(`expected ${count} matching request(s); got: ${requests.map((r) => `${r.method} ${r.path} ${r.status}`).join(', ')}`));
        }, timeoutMs);
        if (!check()) events.on('request', check);
      });
    },
    async close() {
      for (const ws of sockets) ws.terminate();
      gateway.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Discord's routing: a guild's events go to shard (guild_id >> 22) % num_shards. */
export function shardForGuild(guildId: string, numShards: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(numShards));
}

function holds([id, count]: [number, number], guildId: string): boolean {
  return shardForGuild(guildId, count) === id;
}

/** The guild an event belongs to; none for DMs and events outside guilds. */
function guildOf(event: string, data: unknown): string | undefined {
  const fields = (data ?? {}) as { id?: unknown; guild_id?: unknown };
  if (event === 'GUILD_CREATE' && typeof fields.id === 'string') return fields.id;
  return typeof fields.guild_id === 'string' ? fields.guild_id : undefined;
}

/** IDENTIFY's optional `shard: [shard_id, num_shards]`; null when it is malformed (Discord closes with 4010). */
function readShard(value: unknown): [number, number] | null {
  if (value === undefined) return [0, 1];
  if (!Array.isArray(value) || value.length !== 2) return null;
  const [id, count] = value as unknown[];
  if (!Number.isInteger(id) || !Number.isInteger(count) || (count as number) < 1 || (id as number) < 0 || (id as number) >= (count as number)) return null;
  return [id as number, count as number];
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
