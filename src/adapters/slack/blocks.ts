import { SLACK_LIMITS } from './limits.js';
import { splitEscaped, truncatePlain } from './split-text.js';

/** The few Block Kit shapes briefbot sends; structurally the same as @slack/types' KnownBlock. */
export interface MrkdwnText {
  type: 'mrkdwn';
  text: string;
}
export interface PlainText {
  type: 'plain_text';
  text: string;
  emoji?: boolean;
}
export type SlackBlock =
  | { type: 'header'; text: PlainText }
  | { type: 'section'; text: MrkdwnText }
  | { type: 'context'; elements: MrkdwnText[] }
  | { type: 'divider' }
  /** Buttons and menus (briefing-buttons.ts); their texts are short and fixed. */
  | { type: 'actions'; block_id: string; elements: unknown[] };

/** One message as chat.postMessage or a response_url takes it: blocks plus the notification text. */
export interface SlackMessage {
  /** Fallback for notifications and screen readers; mrkdwn, escaped like the blocks. */
  text: string;
  blocks: SlackBlock[];
}

export function header(text: string): SlackBlock {
  return { type: 'header', text: { type: 'plain_text', text: truncatePlain(text, SLACK_LIMITS.headerText), emoji: false } };
}

export function section(mrkdwn: string): SlackBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: mrkdwn } };
}

export const divider: SlackBlock = { type: 'divider' };

/** Context blocks of at most 10 elements each; each element is already escaped and short. */
export function contexts(elements: string[]): SlackBlock[] {
  const blocks: SlackBlock[] = [];
  for (let i = 0; i < elements.length; i += SLACK_LIMITS.contextElements) {
    const slice = elements.slice(i, i + SLACK_LIMITS.contextElements);
    blocks.push({ type: 'context', elements: slice.map((text) => ({ type: 'mrkdwn', text })) });
  }
  return blocks;
}

/** A line of a list: fixed mrkdwn before and after a run of document text (raw, escaped here). */
export interface Line {
  before: string;
  text: string;
  after: string;
}

/**
 * Section blocks holding a heading and lines, each block within the section limit. Lines are
 * kept whole; a line longer than a block is split at its sentences (see split-text.ts).
 */
export function sections(heading: string, lines: Line[], max: number = SLACK_LIMITS.sectionText): SlackBlock[] {
  const texts: string[] = [];
  let current = heading;
  const push = (piece: string) => {
    if (current && `${current}\n${piece}`.length > max) {
      texts.push(current);
      current = piece;
    } else current = current ? `${current}\n${piece}` : piece;
  };
  for (const line of lines) for (const piece of linePieces(line, max)) push(piece);
  if (current) texts.push(current);
  return texts.map(section);
}

function linePieces({ before, text, after }: Line, max: number): string[] {
  const room = max - before.length - after.length;
  const pieces = splitEscaped(text, room);
  return pieces.map((piece, i) => `${i === 0 ? before : ''}${piece}${i === pieces.length - 1 ? after : ''}`);
}

/** Characters of text in a block, as Slack adds them up for its per-message ceiling. */
export function blockTextLength(block: SlackBlock): number {
  switch (block.type) {
    case 'header':
    case 'section':
      return block.text.text.length;
    case 'context':
      return block.elements.reduce((sum, element) => sum + element.text.length, 0);
    case 'divider':
    case 'actions':
      return 0;
  }
}
