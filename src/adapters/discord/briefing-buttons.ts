import { type APIActionRowComponent, type APIComponentInMessageActionRow, type APIModalInteractionResponseCallbackData, ButtonStyle, ComponentType, TextInputStyle } from 'discord.js';
import type { ButtonAction } from '../../commands/command.js';
import type { Briefing } from '../../core/briefing.js';
import { briefingItems } from '../../share/items.js';
import type { ShareRef } from '../../share/sharing.js';
import { fitText } from './split-text.js';

/** custom_id of every briefing component: "bb:<action>:<briefing id>", within Discord's 100 characters. */
export const COMPONENT_ID = /^bb:(share|shorter|longer|report|follow-up):([A-Za-z0-9_-]{1,64})$/;
export const QUESTION_INPUT = 'question';
/** Discord's limits: 25 options per select, 100 characters per option label. */
const MAX_OPTIONS = 25;
const OPTION_LABEL = 100;

export type ComponentRow = APIActionRowComponent<APIComponentInMessageActionRow>;

const customId = (action: ButtonAction, id: string) => `bb:${action}:${id}`;
const button = (action: ButtonAction, label: string, id: string, style: ButtonStyle.Primary | ButtonStyle.Secondary = ButtonStyle.Secondary) => ({ type: ComponentType.Button, style, label, custom_id: customId(action, id) }) as const;

/**
 * The buttons under a posted briefing, and a menu to report an error in one of its items. A
 * private answer gets Share, Shorter, Longer and Follow up; a shared one only what anyone in the
 * channel may do. Ids carry only the briefing's id; the server checks each click.
 */
export function briefingComponents(briefing: Briefing, share: ShareRef): ComponentRow[] {
  const buttons: ComponentRow['components'] = [];
  if (!share.shared) {
    buttons.push(button('share', 'Share in channel', share.id, ButtonStyle.Primary));
    if (share.length !== 'short') buttons.push(button('shorter', 'Shorter', share.id));
    if (share.length !== 'long') buttons.push(button('longer', 'Longer', share.id));
  }
  if (share.link) buttons.push({ type: ComponentType.Button, style: ButtonStyle.Link, label: 'Open full briefing', url: share.link });
  buttons.push(button('follow-up', 'Follow up', share.id));
  const items = briefingItems(briefing).slice(0, MAX_OPTIONS - 1);
  const menu: ComponentRow = {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.StringSelect,
        custom_id: customId('report', share.id),
        placeholder: 'Report an error…',
        options: [...items, { key: 'whole', label: 'Something else in this briefing' }].map((item) => ({ label: fitText(item.label, OPTION_LABEL), value: item.key })),
      },
    ],
  };
  return [{ type: ComponentType.ActionRow, components: buttons }, menu];
}

/** The form the Follow up button opens: one question, answered from the briefing's sources. */
export function followUpModal(briefingId: string): APIModalInteractionResponseCallbackData {
  return {
    custom_id: customId('follow-up', briefingId),
    title: 'Follow-up question',
    components: [
      {
        type: ComponentType.Label,
        label: 'Your question about this briefing',
        component: { type: ComponentType.TextInput, custom_id: QUESTION_INPUT, style: TextInputStyle.Paragraph, max_length: 300, required: true, placeholder: 'e.g. Who would pay for it?' },
      },
    ],
  };
}
