/**
 * Discord's message limits, as documented at
 * https://discord.com/developers/docs/resources/message#embed-object-embed-limits and
 * https://discord.com/developers/docs/interactions/application-commands. Lengths are counted in
 * UTF-16 code units (JS `.length`), which is never less than what Discord counts, so a payload
 * that fits here fits there.
 */
export const DISCORD_LIMITS = {
  content: 2000,
  embedsPerMessage: 10,
  /** Sum of every embed's title, description, field names and values, footer text and author name. */
  embedTotal: 6000,
  embedTitle: 256,
  embedDescription: 4096,
  fieldsPerEmbed: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
  /** Discord keeps a nonce only when it is at most 25 characters. */
  nonce: 25,
} as const;

/**
 * Ours, not Discord's: the most messages one answer may take before the rest is dropped with a
 * note, so a huge briefing cannot flood a channel.
 */
export const MAX_MESSAGES_PER_ANSWER = 4;
/** A digest carries several briefings, so it may take more messages than one answer. */
export const MAX_MESSAGES_PER_DIGEST = 10;

/** Discord drops an interaction that is not acknowledged within 3 s; defer well before that. */
export const DEFAULT_DEFER_AFTER_MS = 2000;

export const ELLIPSIS = '…';
