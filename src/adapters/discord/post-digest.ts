import { createHash } from 'node:crypto';
import { Routes, type REST } from 'discord.js';
import { z } from 'zod';
import type { Digest } from '../../core/briefing.js';
import type { ChannelRef } from '../adapter.js';
import { PlatformError } from '../platform-error.js';
import { toPlatformError } from './errors.js';
import { DISCORD_LIMITS } from './limits.js';
import { renderDigest } from './render.js';

const CreatedMessage = z.object({ id: z.string() });
const METHOD = 'POST /channels/:id/messages';

/**
 * Posts a digest to a channel as one or more messages. Each message carries a nonce derived from
 * the idempotency key and its position, with enforce_nonce, so Discord answers a retry of the same
 * delivery with the message it already created instead of posting it twice.
 */
export async function postDigestToChannel(
  rest: REST,
  channel: ChannelRef,
  digest: Digest,
  idempotencyKey: string,
): Promise<{ messageId: string; messages: number }> {
  if (channel.platform !== 'discord') {
    throw new PlatformError({ platform: 'discord', kind: 'permanent', method: METHOD, message: `Not a Discord channel: ${channel.platform}` });
  }
  const messages = renderDigest(digest);
  let first: string | undefined;
  for (const [i, message] of messages.entries()) {
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
  return { messageId: first!, messages: messages.length };
}

/** Discord keeps at most 25 characters of nonce: a hash of the key and the message's position. */
export function digestNonce(idempotencyKey: string, index: number): string {
  return createHash('sha256').update(`${idempotencyKey}#${index}`).digest('base64url').slice(0, DISCORD_LIMITS.nonce);
}
