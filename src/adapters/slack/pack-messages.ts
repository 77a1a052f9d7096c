import { blockTextLength, type SlackBlock, type SlackMessage } from './blocks.js';
import { escapeMrkdwn } from './escape.js';
import { SLACK_LIMITS } from './limits.js';
import { truncateEscaped, truncatePlain } from './split-text.js';

/** Room kept in every message after the first for its "part 2 of 3" line. */
const PART_LINE_ROOM = 200;

/**
 * Splits blocks into as many messages as Slack's per-message limits need (50 blocks, the
 * undocumented total text ceiling), between blocks only, so no block is ever cut here.
 * Later messages open with a "part i of n" line naming the title.
 */
export function packMessages(blocks: SlackBlock[], title: string, fallback: string, maxMessages = Infinity): SlackMessage[] {
  const groups: SlackBlock[][] = [];
  let current: SlackBlock[] = [];
  let chars = 0;
  for (const block of blocks) {
    const reserved = groups.length > 0 ? 1 : 0;
    const length = blockTextLength(block);
    const room = SLACK_LIMITS.blocksTextPerMessage - (groups.length > 0 ? PART_LINE_ROOM : 0);
    if (current.length > 0 && (current.length + 1 + reserved > SLACK_LIMITS.blocksPerMessage || chars + length > room)) {
      groups.push(trimDividers(current));
      current = [];
      chars = 0;
    }
    if (block.type === 'divider' && current.length === 0) continue;
    current.push(block);
    chars += length;
  }
  if (current.length > 0) groups.push(trimDividers(current));
  if (groups.length > maxMessages) cutShort(groups, maxMessages);

  const shortTitle = truncatePlain(title, SLACK_LIMITS.headerText);
  return groups.map((group, i) => {
    if (i === 0) return { text: fallback, blocks: group };
    const part = `${escapeMrkdwn(shortTitle)}, part ${i + 1} of ${groups.length}`;
    return { text: part, blocks: [{ type: 'context', elements: [{ type: 'mrkdwn', text: `_${part}_` }] }, ...group] };
  });
}

const CUT_NOTE: SlackBlock = {
  type: 'context',
  elements: [{ type: 'mrkdwn', text: '_Cut short here: this is more than a channel should get at once. Ask `/brief` for any topic in full._' }],
};

/** Keeps the first `max` messages, the last one ending on a note that the rest was left out. */
function cutShort(groups: SlackBlock[][], max: number): void {
  groups.length = max;
  const last = groups[max - 1]!;
  const room = SLACK_LIMITS.blocksTextPerMessage - (max > 1 ? PART_LINE_ROOM : 0) - blockTextLength(CUT_NOTE);
  const textOf = () => last.reduce((sum, block) => sum + blockTextLength(block), 0);
  while (last.length > 1 && (last.length + 2 > SLACK_LIMITS.blocksPerMessage || textOf() > room)) last.pop();
  last.push(CUT_NOTE);
}

function trimDividers(blocks: SlackBlock[]): SlackBlock[] {
  const out = [...blocks];
  while (out.at(-1)?.type === 'divider') out.pop();
  return out;
}

/** The fallback `text`: escaped, at most SLACK_LIMITS.fallbackText, cut between sentences. */
export function fallbackText(parts: string[]): string {
  let text = '';
  for (const part of parts) {
    const next = text ? `${text} ${escapeMrkdwn(part)}` : escapeMrkdwn(part);
    if (next.length > SLACK_LIMITS.fallbackText) return text || truncateEscaped(part, SLACK_LIMITS.fallbackText);
    text = next;
  }
  return text;
}
