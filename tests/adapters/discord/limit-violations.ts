import type { APIEmbed } from 'discord.js';
import { DISCORD_LIMITS as L } from '../../../src/adapters/discord/limits.js';

/** A message as Discord receives it, camelCase (renderer) or snake_case (wire) alike. */
interface AnyMessage {
  content?: string | null;
  embeds?: APIEmbed[];
}

/** Every limit Discord enforces on a message we send; returns what is broken. */
export function limitViolations(message: AnyMessage): string[] {
  const problems: string[] = [];
  if ((message.content ?? '').length > L.content) problems.push('content');
  if ((message.embeds ?? []).length > L.embedsPerMessage) problems.push('embed count');
  let total = 0;
  (message.embeds ?? []).forEach((e: APIEmbed, i) => {
    const check = (text: string | undefined, max: number, what: string) => {
      total += text?.length ?? 0;
      if ((text?.length ?? 0) > max) problems.push(`embeds[${i}].${what}`);
    };
    check(e.title, L.embedTitle, 'title');
    check(e.description, L.embedDescription, 'description');
    check(e.footer?.text, L.footerText, 'footer');
    if ((e.fields?.length ?? 0) > L.fieldsPerEmbed) problems.push(`embeds[${i}].fields count`);
    e.fields?.forEach((f, j) => {
      if (!f.name || !f.value) problems.push(`embeds[${i}].fields[${j}] empty`);
      check(f.name, L.fieldName, `fields[${j}].name`);
      check(f.value, L.fieldValue, `fields[${j}].value`);
    });
  });
  if (total > L.embedTotal) problems.push(`embed total ${total}`);
  return problems;
}

