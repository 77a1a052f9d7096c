import type { Answer } from '../../commands/command.js';
import type { Briefing, NoMatch, TopicList } from '../../core/briefing.js';
import { counted } from '../../core/counted.js';
import type { SubscriptionView } from '../../digest/digests.js';
import { describeReport, NO_REPORTS } from '../../share/items.js';
import { contexts, header, type SlackBlock, type SlackMessage, sections } from './blocks.js';
import { briefingActions } from './briefing-buttons.js';
import { escapeMrkdwn } from './escape.js';
import { SLACK_LIMITS } from './limits.js';
import { fallbackText, packMessages } from './pack-messages.js';
import { briefingBlocks, briefingFallback } from './render-briefing.js';
import { renderDigest } from './render-digest.js';

export type { SlackBlock, SlackMessage } from './blocks.js';
export { renderDigest };

/**
 * An Answer as the messages Slack should receive, in order. Pure: no SDK, no I/O. Never more
 * per block or per message than Slack takes; a long answer becomes several messages instead.
 */
export function renderAnswer(answer: Answer): SlackMessage[] {
  switch (answer.kind) {
    case 'briefing': {
      const messages = renderBriefing(answer.briefing);
      if (!answer.share) return messages;
      const last = messages.at(-1)!;
      // The buttons go under the last part, where a reader finishes; a full last part makes way for them.
      const withButtons =
        last.blocks.length < SLACK_LIMITS.blocksPerMessage
          ? [...messages.slice(0, -1), { ...last, blocks: [...last.blocks, briefingActions(answer.briefing, answer.share)] }]
          : [...messages, { text: last.text, blocks: [briefingActions(answer.briefing, answer.share)] }];
      if (answer.share.sharedBy) withButtons[0] = { ...withButtons[0]!, blocks: [...contexts([`Shared by <@${answer.share.sharedBy}>`]), ...withButtons[0]!.blocks] };
      return withButtons;
    }
    case 'topics':
      return renderTopics(answer.topics);
    case 'no-match':
      return renderNoMatch(answer.noMatch);
    case 'digest':
      return renderDigest(answer.digest, new Map(Object.entries(answer.links ?? {})));
    case 'subscriptions':
      return renderSubscriptions(answer.subscriptions);
    case 'reports':
      if (!answer.reports.length) return renderNotice('info', NO_REPORTS);
      return packMessages(
        sections(
          '*Error reports, newest first*',
          answer.reports.map((r) => ({ before: '• ', text: describeReport(r), after: '' })),
        ),
        'Error reports',
        fallbackText(['Error reports']),
      );
    case 'notice':
      return renderNotice(answer.tone, answer.text);
  }
}

export function renderBriefing(briefing: Briefing): SlackMessage[] {
  return packMessages(briefingBlocks(briefing), `Briefing: ${briefing.topic.title}`, fallbackText(briefingFallback(briefing)));
}

export function renderTopics(list: TopicList): SlackMessage[] {
  const blocks: SlackBlock[] = [header(`Topics in ${list.set}`), ...contexts([`${counted(list.documents, 'document')} · ${counted(list.topics.length, 'topic')} · \`/brief &lt;topic&gt;\` for a briefing`])];
  if (list.topics.length === 0) blocks.push(...sections('', [{ before: '', text: 'No topics found in this set yet.', after: '' }]));
  blocks.push(
    ...sections(
      '',
      list.topics.map((t) => ({
        before: '• ',
        text: t.title,
        after: ` \`${escapeMrkdwn(t.slug)}\` · ${t.sources} ${t.sources === 1 ? 'source' : 'sources'}`,
      })),
    ),
  );
  return packMessages(blocks, `Topics in ${list.set}`, fallbackText([`Topics in ${list.set}:`, list.topics.map((t) => t.title).join(', ')]));
}

export function renderNoMatch(noMatch: NoMatch): SlackMessage[] {
  const where = noMatch.set ? escapeMrkdwn(noMatch.set) : 'the documents';
  const text = noMatch.unstated ? `Nothing in ${where} answers “${noMatch.query}”: no sentence says “${escapeMrkdwn(noMatch.unstated)}” or a word like it.` : `Nothing in ${where} matches “${noMatch.query}”.`;
  const blocks = sections('', [{ before: '', text, after: '' }]);
  if (noMatch.suggestions.length > 0) {
    blocks.push(
      ...sections(
        '*Closest topics*',
        noMatch.suggestions.map((s) => ({ before: '• ', text: s.title, after: ` — \`/brief ${escapeMrkdwn(s.slug)}\`` })),
      ),
    );
  }
  return packMessages(blocks, text, fallbackText([text]));
}

export function renderSubscriptions(subscriptions: SubscriptionView[]): SlackMessage[] {
  if (subscriptions.length === 0) return renderNotice('info', 'This channel has no scheduled digest. Add one with /digest subscribe HH:MM <time zone>.');
  const lines = subscriptions.map((s) => {
    const days = s.weekdays.length === 7 ? 'every day' : s.weekdays.map((d) => WEEKDAY_NAMES[d - 1]).join(', ');
    const topics = s.topics.length ? s.topics.join(', ') : 'top topics';
    const next = s.status === 'paused' ? `paused${s.pausedReason ? `: ${s.pausedReason}` : ''}` : `next ${s.nextRun ?? 'not scheduled'}`;
    return { before: '• ', text: `${s.time} ${s.timezone}, ${days} — ${topics} (${s.length}) — ${next}`, after: '' };
  });
  const blocks = sections('*Scheduled digests for this channel*', lines);
  return packMessages(blocks, 'Scheduled digests', fallbackText(lines.map((l) => l.text)));
}

const WEEKDAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const TONE_MARK = { info: '', success: ':white_check_mark: ', error: ':warning: ' } as const;

export function renderNotice(tone: 'info' | 'success' | 'error', text: string): SlackMessage[] {
  const blocks = sections(
    '',
    text.split('\n').map((line, i) => ({ before: i === 0 ? TONE_MARK[tone] : '', text: line, after: '' })),
  );
  return packMessages(blocks, text, fallbackText([text]));
}
