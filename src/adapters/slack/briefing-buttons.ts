import type { ButtonAction } from '../../commands/command.js';
import type { Briefing } from '../../core/briefing.js';
import { briefingItems } from '../../share/items.js';
import type { ShareRef } from '../../share/sharing.js';
import type { SlackBlock } from './blocks.js';
import { truncatePlain } from './split-text.js';

/** Every action_id briefbot puts on a briefing starts with this; the rest is the action. */
export const ACTION_PREFIX = 'briefbot:';
/** The link button: Slack opens the page itself; the click only needs an ack. */
export const OPEN_ACTION = `${ACTION_PREFIX}open`;
/** The follow-up form's callback_id; its private_metadata is the briefing id. */
export const FOLLOW_UP_VIEW = 'briefbot:follow-up';
export const QUESTION_BLOCK = 'question';
export const QUESTION_INPUT = 'text';
/** Slack's limits: 75 characters per option text, 100 options per select. */
const OPTION_TEXT = 75;
const MAX_OPTIONS = 100;

const button = (action: ButtonAction, text: string, id: string, style?: 'primary') => ({
  type: 'button' as const,
  action_id: `${ACTION_PREFIX}${action}`,
  text: { type: 'plain_text' as const, text, emoji: false },
  value: id,
  ...(style ? { style } : {}),
});

/**
 * The buttons under a posted briefing. A private answer gets Share, Shorter, Longer and Follow up;
 * one shared with the channel only what anyone there may do (open it, report an error; follow-ups
 * are asked by mentioning the bot in its thread). Values carry only the briefing id.
 */
export function briefingActions(briefing: Briefing, share: ShareRef): SlackBlock {
  const elements: unknown[] = [];
  if (!share.shared) {
    elements.push(button('share', 'Share in channel', share.id, 'primary'));
    if (share.length !== 'short') elements.push(button('shorter', 'Shorter', share.id));
    if (share.length !== 'long') elements.push(button('longer', 'Longer', share.id));
  }
  if (share.link) elements.push({ type: 'button', action_id: OPEN_ACTION, text: { type: 'plain_text', text: 'Open full briefing', emoji: false }, url: share.link });
  if (!share.shared) elements.push(button('follow-up', 'Follow up', share.id));
  const items = briefingItems(briefing).slice(0, MAX_OPTIONS - 1);
  elements.push({
    type: 'static_select',
    action_id: `${ACTION_PREFIX}report`,
    placeholder: { type: 'plain_text', text: 'Report an error…', emoji: false },
    options: [...items, { key: 'whole', label: 'Something else in this briefing' }].map((item) => ({
      text: { type: 'plain_text', text: truncatePlain(item.label, OPTION_TEXT), emoji: false },
      value: `${share.id} ${item.key}`,
    })),
  });
  return { type: 'actions', block_id: `briefbot-actions-${share.id}`, elements };
}

/** The form a Follow up button opens: one question, answered from the briefing's sources. */
export function followUpView(briefingId: string, topic: string) {
  return {
    type: 'modal' as const,
    callback_id: FOLLOW_UP_VIEW,
    private_metadata: briefingId,
    title: { type: 'plain_text' as const, text: 'Follow-up question' },
    submit: { type: 'plain_text' as const, text: 'Ask' },
    close: { type: 'plain_text' as const, text: 'Cancel' },
    blocks: [
      {
        type: 'input',
        block_id: QUESTION_BLOCK,
        label: { type: 'plain_text' as const, text: truncatePlain(`Your question about ${topic}`, 2000) },
        element: { type: 'plain_text_input', action_id: QUESTION_INPUT, max_length: 300, placeholder: { type: 'plain_text', text: 'e.g. Who would pay for it?' } },
      },
    ],
  };
}
