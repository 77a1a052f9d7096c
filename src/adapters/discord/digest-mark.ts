import { createHash } from 'node:crypto';
import type { APIEmbed } from 'discord.js';
import { DISCORD_LIMITS as L } from './limits.js';
import type { DiscordMessage } from './pack-messages.js';
import { fitText } from './split-text.js';

/**
 * Every digest message carries, at the end of its last embed's footer, a short reference to its
 * delivery and its place in the digest: "… · #3f9a2c · 1/4". Discord does not return a message's
 * nonce when the channel is read back (it is echoed only on create), and enforce_nonce dedupes only
 * for a few minutes; the footer survives both, so a retry can see which parts are already posted.
 * Six hex characters of a hash: readers see a small tag, and two digests of one channel collide
 * about once in 16 million.
 */
const REF_LENGTH = 6;
const SEPARATOR = ' · ';
const MARK = /(?:^| · )#([0-9a-f]{6}) · (\d{1,2})\/(\d{1,2})$/;

export interface DigestMark {
  ref: string;
  /** 0-based position of the message in its digest. */
  index: number;
  of: number;
}

/** The reference shared by every message of one delivery, stable across its retries. */
export function digestRef(idempotencyKey: string): string {
  return createHash('sha256').update(`digest-ref:${idempotencyKey}`).digest('hex').slice(0, REF_LENGTH);
}

const markText = (ref: string, index: number, of: number) => `#${ref}${SEPARATOR}${index + 1}/${of}`;

/**
 * The messages with their mark added to the last embed's footer (the bottom of the message, where
 * Discord shows footers). A footer that would break the 2048-character footer or the 6000-character
 * embed total is shortened to make room; a message without embeds is left as it is.
 */
export function markDigestMessages(messages: readonly DiscordMessage[], idempotencyKey: string): DiscordMessage[] {
  const ref = digestRef(idempotencyKey);
  return messages.map((message, index) => {
    const last = message.embeds.at(-1);
    if (!last) return message;
    const mark = markText(ref, index, messages.length);
    const others = embedChars(message.embeds) - (last.footer?.text.length ?? 0);
    const room = Math.min(L.footerText, L.embedTotal - others) - mark.length - SEPARATOR.length;
    const existing = last.footer?.text ? fitText(last.footer.text, Math.max(0, room)) : '';
    const text = existing ? `${existing}${SEPARATOR}${mark}` : mark;
    const footer = { ...(last.footer ?? {}), text };
    return { ...message, embeds: [...message.embeds.slice(0, -1), { ...last, footer }] };
  });
}

/** The mark of a message read back from Discord, or null when it is not a digest message of ours. */
export function readDigestMark(message: { embeds?: readonly { footer?: { text?: string } }[] }): DigestMark | null {
  const text = message.embeds?.at(-1)?.footer?.text;
  const match = text ? MARK.exec(text) : null;
  if (!match) return null;
  const index = Number(match[2]) - 1;
  const of = Number(match[3]);
  return index >= 0 && index < of ? { ref: match[1]!, index, of } : null;
}

/** What Discord counts toward the 6000-character embed total. */
function embedChars(embeds: readonly APIEmbed[]): number {
  let total = 0;
  for (const e of embeds) {
    total += (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.author?.name.length ?? 0);
    for (const f of e.fields ?? []) total += f.name.length + f.value.length;
  }
  return total;
}
