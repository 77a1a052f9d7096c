import type { webApi } from '@slack/bolt';
import { z } from 'zod';
import type { ChannelRef } from '../../chat/refs.js';
import type { Digest } from '../../core/briefing.js';
import type { Logger } from '../../log.js';
import { toPlatformError } from './errors.js';
import { renderDigest } from './render.js';

/** The metadata event every digest message carries, so a retry can find what was already posted. */
export const DIGEST_EVENT_TYPE = 'briefbot_digest';
/**
 * How far back a retry looks for its own post. A retry comes within the scheduler's catch-up
 * window (default 2 h) plus a claim's lease; 6 h covers both with room.
 */
export const HISTORY_LOOKBACK_SECONDS = 6 * 60 * 60;
/** Messages read back: one call, enough for a digest's parts plus a busy morning's chatter. */
export const HISTORY_LIMIT = 20;

const DigestMetadataSchema = z.object({
  event_type: z.literal(DIGEST_EVENT_TYPE),
  event_payload: z.object({
    idempotency_key: z.string(),
    part: z.coerce.number().int().min(1).default(1),
  }),
});

export interface DigestPostDeps {
  client: webApi.WebClient;
  /** The bot token for the channel's workspace; undefined: the client's own. Throws PlatformError. */
  tokenFor(channel: ChannelRef): Promise<string | undefined>;
  log: Logger;
  /** Seconds since the epoch; for the history window. */
  nowSeconds?: () => number;
}

export type PostDigest = (channel: ChannelRef, digest: Digest, options: { idempotencyKey: string; links?: Readonly<Record<string, string>> }) => Promise<{ messageId: string }>;

/**
 * Posts a digest with chat.postMessage. Slack has no idempotency key, so each message carries the
 * delivery's key in its metadata, and a post first reads the channel's recent history: parts
 * already there (a process died between posting and recording it) are not posted again.
 */
export function createDigestPoster(deps: DigestPostDeps): PostDigest {
  const { client, log } = deps;
  const nowSeconds = deps.nowSeconds ?? (() => Math.floor(Date.now() / 1000));
  const warnedNoHistory = new Set<string>();

  async function alreadyPosted(channel: ChannelRef, token: string | undefined, idempotencyKey: string): Promise<Map<number, string>> {
    const found = new Map<number, string>();
    try {
      const history = await client.conversations.history({
        ...(token ? { token } : {}),
        channel: channel.id,
        oldest: String(nowSeconds() - HISTORY_LOOKBACK_SECONDS),
        limit: HISTORY_LIMIT,
        include_all_metadata: true,
      });
      for (const message of history.messages ?? []) {
        const metadata = DigestMetadataSchema.safeParse(message.metadata);
        if (metadata.success && metadata.data.event_payload.idempotency_key === idempotencyKey && message.ts) {
          found.set(metadata.data.event_payload.part, message.ts);
        }
      }
    } catch (error) {
      const platformError = toPlatformError(error, 'conversations.history');
      // Worth waiting for: the post would meet the same outage. Permanent (missing_scope…): post unchecked.
      if (platformError.kind !== 'permanent') throw platformError;
      const where = `${channel.workspace ?? ''}/${channel.id}`;
      if (!warnedNoHistory.has(where)) {
        warnedNoHistory.add(where);
        log.warn({ channelId: channel.id, workspace: channel.workspace, code: platformError.code }, 'cannot read channel history, so a digest retried after a crash could be posted twice; add the channels:history and groups:history scopes');
      }
    }
    return found;
  }

  return async function postDigest(channel, digest, { idempotencyKey, links }) {
    const token = await deps.tokenFor(channel);
    const messages = renderDigest(digest, new Map(Object.entries(links ?? {})));
    const posted = await alreadyPosted(channel, token, idempotencyKey);
    const fresh: number[] = [];
    for (const [index, message] of messages.entries()) {
      const part = index + 1;
      if (posted.has(part)) continue;
      try {
        const result = await client.chat.postMessage({
          ...(token ? { token } : {}),
          channel: channel.id,
          text: message.text,
          blocks: message.blocks,
          unfurl_links: false,
          unfurl_media: false,
          metadata: { event_type: DIGEST_EVENT_TYPE, event_payload: { idempotency_key: idempotencyKey, part, parts: messages.length } },
        });
        if (result.ts) posted.set(part, result.ts);
        fresh.push(part);
      } catch (error) {
        const platformError = toPlatformError(error, 'chat.postMessage');
        log.warn({ channelId: channel.id, workspace: channel.workspace, idempotencyKey, kind: platformError.kind, code: platformError.code, status: platformError.status }, 'digest post failed');
        throw platformError;
      }
    }
    const fields = { channelId: channel.id, workspace: channel.workspace, idempotencyKey, messages: messages.length };
    if (fresh.length === 0) log.info(fields, 'digest was already in the channel (found by its key in recent history); not posted again');
    else log.info({ ...fields, ...(fresh.length < messages.length ? { resumedAtPart: fresh[0] } : {}) }, 'digest posted');
    return { messageId: posted.get(1) ?? '' };
  };
}
