import { createHash } from 'node:crypto';
import { type REST, Routes } from 'discord.js';
import { z } from 'zod';
import { PlatformError } from '../../chat/platform-error.js';
import type { ChannelRef } from '../../chat/refs.js';
import type { Digest } from '../../core/briefing.js';
import { digestRef, markDigestMessages, readDigestMark } from './digest-mark.js';
import { toPlatformError } from './errors.js';
import { DISCORD_LIMITS } from './limits.js';
import { renderDigest } from './render.js';

const CreatedMessage = z.object({ id: z.string() });
const FetchedMessage = z.object({
  id: z.string(),
  author: z.object({ id: z.string() }).optional(),
  embeds: z.array(z.object({ footer: z.object({ text: z.string() }).optional() })).optional(),
});
const CurrentUser = z.object({ id: z.string() });
const METHOD = 'POST /channels/:id/messages';
const READ_METHOD = 'GET /channels/:id/messages';
/**
 * Discord's most per page. A retry comes within the grace window of a crash; a digest is at most
 * MAX_MESSAGES_PER_DIGEST messages, so this sees it unless the channel had ~90 messages since.
 */
const RECENT_MESSAGES = 100;

export interface PostDigestResult {
  /** The digest's first message, whether posted now or found from an earlier attempt. */
  messageId: string;
  messages: number;
  /** Messages found already in the channel (a retry) and not posted again. */
  alreadyPosted: number;
  /** A retry whose channel could not be read back (no Read Message History): only the nonce guarded it. */
  unchecked: boolean;
}

/**
 * Posts a digest to a channel as one or more messages. Each message carries a nonce derived from
 * the idempotency key and its position, with enforce_nonce, so Discord answers a quick retry of the
 * same delivery with the message it already created instead of posting it twice. Discord remembers
 * nonces only for a few minutes, and a takeover after a crash comes later than that, so a retry
 * first reads the channel's recent messages and skips the parts this bot already posted (each
 * carries the delivery's mark in its footer, see digest-mark.ts).
 */
export async function postDigestToChannel(rest: REST, channel: ChannelRef, digest: Digest, idempotencyKey: string, options: { retry?: boolean; links?: Readonly<Record<string, string>> } = {}): Promise<PostDigestResult> {
  if (channel.platform !== 'discord') {
    throw new PlatformError({ platform: 'discord', kind: 'permanent', method: METHOD, message: `Not a Discord channel: ${channel.platform}` });
  }
  const messages = markDigestMessages(renderDigest(digest, new Map(Object.entries(options.links ?? {}))), idempotencyKey);
  const found = options.retry ? await postedParts(rest, channel.id, idempotencyKey) : new Map<number, string>();
  let first: string | undefined;
  let alreadyPosted = 0;
  for (const [i, message] of messages.entries()) {
    const existing = found?.get(i);
    if (existing) {
      first ??= existing;
      alreadyPosted += 1;
      continue;
    }
    const body = {
      ...(message.content !== undefined ? { content: message.content } : {}),
      embeds: message.embeds,
      allowed_mentions: message.allowedMentions,
      nonce: digestNonce(idempotencyKey, i),
      enforce_nonce: true,
    };
    let created: unknown;
    try {
      created = await rest.post(Routes.channelMessages(channel.id), { body });
    } catch (error) {
      throw toPlatformError(error, METHOD);
    }
    const parsed = CreatedMessage.safeParse(created);
    if (!parsed.success) {
      throw new PlatformError({ platform: 'discord', kind: 'transient', method: METHOD, message: 'Discord answered without a message id' });
    }
    first ??= parsed.data.id;
  }
  return { messageId: first!, messages: messages.length, alreadyPosted, unchecked: found === null };
}

/**
 * Which positions of this delivery the bot already posted in the channel, by message id; null when
 * the bot may not read the channel's history (then the nonce is the only guard). Other failures
 * throw, so the scheduler retries rather than risk a duplicate.
 */
async function postedParts(rest: REST, channelId: string, idempotencyKey: string): Promise<Map<number, string> | null> {
  let fetched: unknown;
  let botId: string;
  try {
    botId = await botUserId(rest);
    fetched = await rest.get(Routes.channelMessages(channelId), { query: new URLSearchParams({ limit: String(RECENT_MESSAGES) }) });
  } catch (error) {
    const failure = toPlatformError(error, READ_METHOD);
    if (failure.kind === 'permanent' && failure.status === 403) return null;
    throw failure;
  }
  const ref = digestRef(idempotencyKey);
  const parts = new Map<number, string>();
  for (const raw of Array.isArray(fetched) ? fetched : []) {
    const message = FetchedMessage.safeParse(raw);
    if (!message.success || message.data.author?.id !== botId) continue;
    const mark = readDigestMark(message.data);
    if (mark?.ref === ref) parts.set(mark.index, message.data.id);
  }
  return parts;
}

/** The bot's own user id (not always its application id, for older apps); asked once per REST client. */
const botIds = new WeakMap<REST, Promise<string>>();
function botUserId(rest: REST): Promise<string> {
  let id = botIds.get(rest);
  if (!id) {
    id = rest.get(Routes.user()).then((user) => CurrentUser.parse(user).id);
    id.catch(() => botIds.delete(rest));
    botIds.set(rest, id);
  }
  return id;
}

/** Discord keeps at most 25 characters of nonce: a hash of the key and the message's position. */
export function digestNonce(idempotencyKey: string, index: number): string {
  return createHash('sha256').update(`${idempotencyKey}#${index}`).digest('base64url').slice(0, DISCORD_LIMITS.nonce);
}
