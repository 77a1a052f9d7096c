import type { APIEmbed } from 'discord.js';

/**
 * What each platform accepts in one message, as its documentation states it, written out here
 * rather than imported from src/, so a wrong constant in an adapter's limits.ts is caught.
 * Discord: discord.com/developers/docs/resources/message#embed-object-embed-limits.
 * Slack: docs.slack.dev/reference/block-kit (the 12,000-character block text ceiling is undocumented;
 * slackapi/bolt-js #2509 and #2867 saw refusals from 11,341, so 11,000 is the line here).
 */
export const PLATFORM_LIMITS = {
  discord: { content: 2000, embeds: 10, embedTotal: 6000, title: 256, description: 4096, fields: 25, fieldName: 256, fieldValue: 1024, footer: 2048 },
  slack: { blocks: 50, fallback: 3000, header: 150, section: 3000, contextElements: 10, contextText: 3000, blockTextTotal: 11_000 },
} as const;

export type Platform = keyof typeof PLATFORM_LIMITS;

/** A message as Discord receives it, camelCase (renderer) or snake_case (wire) alike. */
interface DiscordLike {
  content?: string | null;
  embeds?: APIEmbed[];
}

/** A message as Slack receives it: blocks plus the notification text. */
interface SlackLike {
  text: string;
  blocks: readonly ({ type: string } & Record<string, unknown>)[];
}

/**
 * Every limit these messages break, as "message i: what" lines; [] when the platform takes them all.
 * No message at all, or a message with nothing in it, is a violation too: the platform refuses it.
 */
export function limitViolations(platform: Platform, messages: readonly unknown[]): string[] {
  if (messages.length === 0) return ['no message'];
  const check = platform === 'discord' ? discordMessage : slackMessage;
  return messages.flatMap((message, i) => check(message as never).map((problem) => `message ${i}: ${problem}`));
}

function discordMessage(message: DiscordLike): string[] {
  const L = PLATFORM_LIMITS.discord;
  const problems: string[] = [];
  const embeds = message.embeds ?? [];
  if (!message.content && embeds.length === 0) problems.push('empty');
  if ((message.content ?? '').length > L.content) problems.push(`content ${message.content!.length} > ${L.content}`);
  if (embeds.length > L.embeds) problems.push(`${embeds.length} embeds > ${L.embeds}`);
  let total = 0;
  embeds.forEach((e, i) => {
    const check = (text: string | undefined, max: number, what: string) => {
      total += text?.length ?? 0;
      if ((text?.length ?? 0) > max) problems.push(`embeds[${i}].${what} ${text!.length} > ${max}`);
    };
    check(e.title, L.title, 'title');
    check(e.description, L.description, 'description');
    check(e.footer?.text, L.footer, 'footer');
    if ((e.fields?.length ?? 0) > L.fields) problems.push(`embeds[${i}]: ${e.fields!.length} fields > ${L.fields}`);
    e.fields?.forEach((f, j) => {
      if (!f.name || !f.value) problems.push(`embeds[${i}].fields[${j}] empty`);
      check(f.name, L.fieldName, `fields[${j}].name`);
      check(f.value, L.fieldValue, `fields[${j}].value`);
    });
  });
  if (total > L.embedTotal) problems.push(`embed text ${total} > ${L.embedTotal}`);
  return problems;
}

function slackMessage(message: SlackLike): string[] {
  const L = PLATFORM_LIMITS.slack;
  const problems: string[] = [];
  if (!message.text.trim()) problems.push('empty fallback text');
  if (message.text.length > L.fallback) problems.push(`fallback text ${message.text.length} > ${L.fallback}`);
  if (message.blocks.length === 0) problems.push('no blocks');
  if (message.blocks.length > L.blocks) problems.push(`${message.blocks.length} blocks > ${L.blocks}`);
  let total = 0;
  message.blocks.forEach((block, i) => {
    const texts = blockTexts(block);
    total += texts.reduce((sum, t) => sum + t.length, 0);
    if (block.type === 'header') {
      if ((block.text as { type: string }).type !== 'plain_text') problems.push(`blocks[${i}]: header is not plain_text`);
      if (texts[0]!.length > L.header) problems.push(`blocks[${i}].header ${texts[0]!.length} > ${L.header}`);
    } else if (block.type === 'section') {
      if (!texts[0]) problems.push(`blocks[${i}]: empty section`);
      if (texts[0]!.length > L.section) problems.push(`blocks[${i}].section ${texts[0]!.length} > ${L.section}`);
    } else if (block.type === 'context') {
      if (texts.length === 0 || texts.length > L.contextElements) problems.push(`blocks[${i}]: ${texts.length} context elements`);
      for (const t of texts) if (t.length > L.contextText) problems.push(`blocks[${i}].context ${t.length} > ${L.contextText}`);
    }
  });
  if (total > L.blockTextTotal) problems.push(`block text ${total} > ${L.blockTextTotal}`);
  return problems;
}

function blockTexts(block: SlackLike['blocks'][number]): string[] {
  if (block.type === 'header' || block.type === 'section') return [(block.text as { text: string }).text];
  if (block.type === 'context') return (block.elements as { text: string }[]).map((e) => e.text);
  return [];
}

/** Every mrkdwn string Slack would parse in these messages: fallback text, sections, context elements. */
export function mrkdwnTexts(messages: readonly SlackLike[]): string[] {
  return messages.flatMap((m) => [m.text, ...m.blocks.flatMap((b) => (b.type === 'section' ? blockTexts(b) : b.type === 'context' ? blockTexts(b) : []))]);
}

/** Every text a Discord reader sees in these messages: content, titles, descriptions, fields, footers. */
export function discordTexts(messages: readonly DiscordLike[]): string[] {
  return messages.flatMap((m) => [m.content ?? '', ...(m.embeds ?? []).flatMap((e) => [e.title ?? '', e.description ?? '', ...(e.fields ?? []).flatMap((f) => [f.name, f.value]), e.footer?.text ?? ''])]);
}
