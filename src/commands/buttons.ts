import type { Length } from '../core/briefing.js';
import { answerFollowUp } from '../share/follow-up.js';
import { briefingItems } from '../share/items.js';
import type { Sharing } from '../share/sharing.js';
import { type Answer, type ButtonAction, type Invocation, refusal, refusalOf } from './command.js';

const LENGTHS: readonly Length[] = ['short', 'standard', 'long'];

/** Only the asker may share or resize their briefing; anyone in its channel may report or ask about it. */
const WHO: Record<ButtonAction, 'owner' | 'channel'> = { share: 'owner', shorter: 'owner', longer: 'owner', report: 'channel', 'follow-up': 'channel' };

/**
 * A click on a posted briefing. Payloads carry only the briefing's id: the stored briefing is read
 * again and the clicker's right to act on it checked on every click.
 */
export async function answerButton(command: { action: ButtonAction; briefingId: string; value?: string }, { channel, user }: Invocation, sharing: Sharing): Promise<Answer> {
  const found = await sharing.find(command.briefingId, { channel, user }, WHO[command.action]);
  if (!found.ok) return refusalOf(found.error);
  const stored = found.value;
  switch (command.action) {
    case 'share': {
      if (user.canPost === false) return refusal('forbidden', 'You cannot post in this channel, so the briefing cannot be shared here.');
      const share = await sharing.keep({ briefing: stored.briefing, query: stored.query, channel, user, shared: true, articles: stored.articles });
      return { kind: 'briefing', briefing: stored.briefing, share, placement: 'channel' };
    }
    case 'shorter':
    case 'longer': {
      const at = LENGTHS.indexOf(stored.briefing.length);
      const next = LENGTHS[at + (command.action === 'shorter' ? -1 : 1)];
      if (!next) return notice('info', command.action === 'shorter' ? 'This is already the shortest briefing.' : 'This is already the longest briefing.');
      const resized = await sharing.resize(stored, next);
      if (!resized.ok) return refusalOf(resized.error);
      return { kind: 'briefing', briefing: resized.value.briefing, share: resized.value.ref, placement: 'replace' };
    }
    case 'report': {
      const item = briefingItems(stored.briefing).find((i) => i.key === command.value)?.label ?? (command.value?.trim() || 'the briefing as a whole');
      await sharing.report(stored, user, channel, item);
      return notice('success', `Thank you. The admins will see your report on “${stored.briefing.topic.title}”.`);
    }
    case 'follow-up': {
      const question = command.value?.trim() ?? '';
      if (!question) return refusal('invalid-input', 'Ask a question about the briefing, e.g. “who would pay for it?”.');
      const answer = answerFollowUp(stored, question);
      if (!answer) return notice('info', `The sources of this briefing say nothing I can quote on “${question.slice(0, 200)}”. Try /brief with your question.`);
      return { kind: 'briefing', briefing: answer, placement: 'reply' };
    }
  }
}

function notice(tone: 'info' | 'success', text: string): Answer {
  return { kind: 'notice', tone, text };
}
