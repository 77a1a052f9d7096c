import { escapeMarkdown } from 'discord.js';

/** Zero-width space: breaks a mention or markup token without changing what the reader sees. */
const ZWSP = '\u200b';

/**
 * Makes document text safe to show in Discord: markdown in it cannot restyle or hide text, and
 * nothing in it can look like or act as a mention. Whitespace (hard wraps included) becomes one
 * space, so no document sentence ever starts a line and turns into a heading or a quote.
 */
export function escapeText(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const escaped = escapeMarkdown(flat, { heading: true, bulletedList: true, numberedList: true, maskedLink: true });
  // escapeMarkdown leaves block quotes and subtext alone.
  return neutraliseMentions(escaped.replace(/^(>|-#)/, '\\$1'));
}

/** The same for text with meaningful line breaks (help text, notices): each line on its own. */
export function escapeLines(text: string): string {
  return text.split('\n').map(escapeText).join('\n');
}

/**
 * `allowed_mentions: { parse: [] }` already stops every ping; this also stops the text from
 * rendering as a mention chip, channel link, slash-command link, emoji or timestamp.
 */
export function neutraliseMentions(text: string): string {
  return text
    .replace(/@(everyone|here)/gi, `@${ZWSP}$1`)
    .replace(/<(?=[@#/:]|a:|t:|id:)/g, `<${ZWSP}`);
}

/** A masked link when the URL is plain http(s); the bare label otherwise. */
export function maskedLink(label: string, url: string | undefined): string {
  const href = safeUrl(url);
  // A bracket the label still has unescaped would end the link text early.
  return href ? `[${label.replace(/(?<!\\)[[\]]/g, '\\$&')}](${href})` : label;
}

function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
    // Parentheses and spaces would end the markdown link early.
    return parsed.href.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/ /g, '%20');
  } catch {
    return undefined;
  }
}
