import { type APIEmbed, type APIEmbedField, EmbedBuilder } from 'discord.js';
import type { ComponentRow } from './briefing-buttons.js';
import { DISCORD_LIMITS as L } from './limits.js';
import { fitText, packLines } from './split-text.js';

/** One message as the bot sends it: what discord.js takes, and never a ping. */
export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  /** Buttons and menus (briefing-buttons.ts), on the last message of a stored briefing. */
  components?: ComponentRow[];
  allowedMentions: { parse: [] };
}

export const NO_MENTIONS = (): { parse: [] } => ({ parse: [] });

/** A titled list of lines, each already escaped; becomes one or more embed fields. */
export interface Section {
  name: string;
  lines: string[];
  /** Never shortened to make room (the sources that the citations point to). */
  keep?: boolean;
}

/** Everything one answer shows, before it is cut to Discord's limits. */
export interface Card {
  title: string;
  description?: string;
  sections: Section[];
  footer: string;
  color: number;
  /** ISO instant shown as the embed's timestamp. */
  timestamp?: string;
}

/** Room kept for the note added to the footer when lines are left out. */
const TRIM_NOTE_ROOM = 120;
const CONTINUED = ' (continued)';

/**
 * Lays a card out as messages that Discord accepts: fields of at most 1024 characters, at most 25
 * fields per embed, 10 embeds and 6000 embed characters per message. When it needs more than
 * `maxMessages`, the last lines of the longest section that may be shortened are left out, one at a
 * time, until it fits; the footer says how many.
 */
export function packCard(card: Card, maxMessages: number): DiscordMessage[] {
  const sections = card.sections.map((section) => ({ ...section, lines: [...section.lines] }));
  const left = new Map<string, number>();
  for (;;) {
    const layout = layOut(card, sections, maxMessages);
    const victim = layout.overflow ? longestShortenable(sections) : undefined;
    if (!victim) return finish(card, layout.messages, left, layout.overflow);
    victim.lines.pop();
    left.set(victim.name, (left.get(victim.name) ?? 0) + 1);
  }
}

function longestShortenable(sections: Section[]): Section | undefined {
  const size = (s: Section) => s.lines.reduce((n, line) => n + line.length, 0);
  return sections.filter((s) => !s.keep && s.lines.length > 0).sort((a, b) => size(b) - size(a))[0];
}

function layOut(card: Card, sections: Section[], maxMessages: number): { messages: APIEmbed[][]; overflow: boolean } {
  const fields = sections.flatMap(sectionFields);
  const budget = L.embedTotal - fitText(card.footer, L.footerText - TRIM_NOTE_ROOM).length - TRIM_NOTE_ROOM;
  const title = fitText(card.title, L.embedTitle);
  const description = card.description ? fitText(card.description, L.embedDescription) : undefined;
  const messages: APIEmbed[][] = [[{ title, ...(description ? { description } : {}), fields: [] }]];
  let used = title.length + (description?.length ?? 0);
  for (const field of fields) {
    const cost = field.name.length + field.value.length;
    let embeds = messages.at(-1)!;
    let embed = embeds.at(-1)!;
    if (used + cost > budget) {
      if (messages.length >= maxMessages) return { messages, overflow: true };
      const continued = `${fitText(card.title, L.embedTitle - CONTINUED.length)}${CONTINUED}`;
      embeds = [{ title: continued, fields: [] }];
      messages.push(embeds);
      embed = embeds[0]!;
      used = continued.length;
    } else if ((embed.fields?.length ?? 0) >= L.fieldsPerEmbed) {
      embed = { fields: [] };
      embeds.push(embed);
    }
    embed.fields!.push(field);
    used += cost;
  }
  return { messages, overflow: false };
}

function finish(card: Card, messages: APIEmbed[][], left: ReadonlyMap<string, number>, cut: boolean): DiscordMessage[] {
  const counts = [...left].map(([name, n]) => `${n} ${name.toLowerCase()}`);
  const note = counts.length || cut ? ` · left out to fit Discord: ${counts.length ? counts.join(', ') : 'the rest'}` : '';
  const last = messages.at(-1)!.at(-1)!;
  last.footer = { text: fitText(`${fitText(card.footer, L.footerText - TRIM_NOTE_ROOM)}${note}`, L.footerText) };
  if (card.timestamp) last.timestamp = card.timestamp;
  return messages.map((embeds) => ({
    embeds: embeds.map((embed) => build(embed, card.color)),
    allowedMentions: NO_MENTIONS(),
  }));
}

/** A plain-text message, for notices and short answers. */
export function textMessage(text: string): DiscordMessage {
  return { content: fitText(text, L.content), embeds: [], allowedMentions: NO_MENTIONS() };
}

function sectionFields(section: Section): APIEmbedField[] {
  const name = fitText(section.name, L.fieldName - ' (cont.)'.length);
  return packLines(section.lines, L.fieldValue).map((value, i) => ({ name: i ? `${name} (cont.)` : name, value }));
}

/** EmbedBuilder checks each embed's own limits once more; a failure here is our bug, not the user's. */
function build({ fields, title, description, footer, ...rest }: APIEmbed, color: number): APIEmbed {
  const builder = new EmbedBuilder(rest).setColor(color);
  if (title) builder.setTitle(title);
  if (description) builder.setDescription(description);
  if (fields?.length) builder.addFields(fields);
  if (footer) builder.setFooter(footer);
  return builder.toJSON();
}
