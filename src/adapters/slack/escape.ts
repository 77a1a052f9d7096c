import { printedText } from '../../core/printed-text.js';

/**
 * Slack mrkdwn gives `&`, `<` and `>` meaning: `<!channel>` pings a channel, `<@U123>` a person,
 * `<http://x|y>` makes a link. Escaping exactly these three (Slack's own rule) makes document text
 * show as written and do none of that.
 */
export function escapeMrkdwn(text: string): string {
  return printedText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A link Slack will render, or the escaped label alone when the URL is not plain http(s).
 * `|` and `>` would end the URL early, so they are percent-encoded; `&` is escaped as Slack asks.
 */
export function mrkdwnLink(url: string | undefined, label: string): string {
  const safeLabel = escapeMrkdwn(label);
  if (!url || !/^https?:\/\/[^\s]+$/i.test(url)) return safeLabel;
  const safeUrl = url.replace(/&/g, '&amp;').replace(/</g, '%3C').replace(/>/g, '%3E').replace(/\|/g, '%7C');
  return `<${safeUrl}|${safeLabel}>`;
}
