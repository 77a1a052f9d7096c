import { printedText } from '../../core/printed-text.js';
import { escapeMarkdown, stripControls } from './escape.js';

/**
 * Answer → terminal text or Markdown. Both read the same Briefing; Markdown adds headings
 * and escapes the document text so it cannot restyle itself.
 */
export type TextFormat = 'text' | 'markdown';

export interface Style {
  heading(text: string): string;
  escape(text: string): string;
  bullet: string;
}

export const TEXT: Style = { heading: (t) => `${t}\n${'─'.repeat(Math.min(60, t.length))}`, escape: (t) => stripControls(printedText(t)), bullet: '•' };
export const MARKDOWN: Style = { heading: (t) => `## ${escapeMarkdown(t)}`, escape: (t) => escapeMarkdown(stripControls(printedText(t))), bullet: '-' };

export function styleOf(format: TextFormat): Style {
  return format === 'markdown' ? MARKDOWN : TEXT;
}

export function section(title: string, style: Style): string {
  return style === MARKDOWN ? `### ${title}` : `${title}:`;
}
