import { printedText } from '../../core/printed-text.js';

/** Zero-width space: breaks a mention or markup token without changing what the reader sees. */
const ZWSP = '\u200b';
/** A bare link; Discord reads it whole, so a backslash inside would end up in the address. */
const BARE_URL = /https?:\/\/[^\s<[]+/g;
/** Characters that start or end inline markup (and "[" a masked link); Discord honours "\" before each. */
const INLINE_MARKUP = /[\\*_~|`[]/g;

/**
 * Makes document text safe to show in Discord: markdown in it cannot restyle or hide text, and
 * nothing in it can look like or act as a mention. Whitespace (hard wraps included) becomes one
 * space, so only the start of the text could begin a heading, quote or list, and that is escaped.
 *
 * Not discord.js's escapeMarkdown: it leaves the second "[" of "[[a](url)" live, and its
 * lookbehinds make it quadratic, about 25 ms for a 5,000-character sentence.
 */
export function escapeText(text: string): string {
  // Control characters have no place in a chat message; whitespace runs become one space.
  const flat = printedText(text)
    .replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  let out = '';
  let last = 0;
  for (const url of flat.matchAll(BARE_URL)) {
    out += escapeInline(flat.slice(last, url.index)) + url[0];
    last = url.index + url[0].length;
  }
  out += escapeInline(flat.slice(last));
  return neutraliseMentions(out.replace(/^(?:[#>+-]|\d+(?=\.))/, (start) => (/^\d/.test(start) ? `${start}\\` : `\\${start}`)));
}

function escapeInline(text: string): string {
  return text.replace(INLINE_MARKUP, '\\$&');
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
  return text.replace(/@(everyone|here)/gi, `@${ZWSP}$1`).replace(/<(?=[@#/:]|a:|t:|id:)/g, `<${ZWSP}`);
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
