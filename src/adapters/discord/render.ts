import type { Answer } from '../../commands/command.js';
import type { NoMatch, TopicList } from '../../core/briefing.js';
import { counted } from '../../core/counted.js';
import type { SubscriptionView } from '../../digest/digests.js';
import { describeReport, NO_REPORTS } from '../../share/items.js';
import { briefingComponents } from './briefing-buttons.js';
import { escapeLines, escapeText } from './escape.js';
import { MAX_MESSAGES_PER_ANSWER } from './limits.js';
import { type DiscordMessage, packCard, textMessage } from './pack-messages.js';
import { briefingCard } from './render-briefing.js';
import { renderDigest } from './render-digest.js';

export type { DiscordMessage } from './pack-messages.js';
export { renderDigest };

const INFO_COLOR = 0x4a5568;
const TONE_PREFIX = { info: '', success: '✅ ', error: '⚠️ ' } as const;
const WEEKDAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/**
 * An Answer as the messages Discord should receive, in order: the first is the reply, the rest
 * follow-ups. Pure; every message fits Discord's limits and pings nobody.
 */
export function renderAnswer(answer: Answer): DiscordMessage[] {
  switch (answer.kind) {
    case 'briefing': {
      const messages = packCard(briefingCard(answer.briefing), MAX_MESSAGES_PER_ANSWER);
      if (!answer.share) return messages;
      const last = messages.length - 1;
      return messages.map((message, i) => ({
        ...message,
        // A mention in content renders as the name; allowedMentions keeps it from pinging.
        ...(i === 0 && answer.share?.sharedBy ? { content: `Shared by <@${answer.share.sharedBy}>` } : {}),
        ...(i === last ? { components: briefingComponents(answer.briefing, answer.share!) } : {}),
      }));
    }
    case 'topics':
      return renderTopics(answer.topics);
    case 'no-match':
      return [renderNoMatch(answer.noMatch)];
    case 'digest':
      return renderDigest(answer.digest, new Map(Object.entries(answer.links ?? {})));
    case 'subscriptions':
      return renderSubscriptions(answer.subscriptions);
    case 'reports':
      return answer.reports.length
        ? packCard(
            { title: 'Error reports', sections: [{ name: 'Newest first', lines: answer.reports.map((r) => `• ${escapeText(describeReport(r))}`) }], footer: 'Reported with the button on a briefing', color: INFO_COLOR },
            MAX_MESSAGES_PER_ANSWER,
          )
        : [textMessage(NO_REPORTS)];
    case 'notice':
      return [textMessage(`${TONE_PREFIX[answer.tone]}${escapeLines(answer.text)}`)];
  }
}

export function renderTopics(list: TopicList): DiscordMessage[] {
  const lines = list.topics.map((t) => {
    const count = `${t.sources} ${t.sources === 1 ? 'source' : 'sources'}`;
    const slug = t.slug === t.title ? '' : ` (${escapeText(t.slug)})`;
    return `• **${escapeText(t.title)}**${slug} — ${count}`;
  });
  return packCard(
    {
      title: `Topics in ${list.set}`,
      description: list.topics.length ? `${counted(list.documents, 'document')}, ${counted(list.topics.length, 'topic')}. Ask for one with /brief.` : `${counted(list.documents, 'document')}, and no topic found in them yet.`,
      sections: [{ name: 'Topics', lines }],
      footer: `${list.set} · /brief topic:<name> for a cited briefing`,
      color: INFO_COLOR,
    },
    MAX_MESSAGES_PER_ANSWER,
  );
}

export function renderNoMatch(noMatch: NoMatch): DiscordMessage {
  const suggestions = noMatch.suggestions.map((s) => `**${escapeText(s.title)}**`);
  return textMessage(
    [
      `I found nothing on “${escapeText(noMatch.query)}”${noMatch.set ? ` in ${escapeText(noMatch.set)}` : ''}.`,
      noMatch.unstated ? `No sentence says “${escapeText(noMatch.unstated)}” or a word like it.` : '',
      suggestions.length ? `Closest topics: ${suggestions.join(', ')}.` : '',
      '/topics lists every topic.',
    ]
      .filter(Boolean)
      .join(' '),
  );
}

export function renderSubscriptions(subscriptions: readonly SubscriptionView[]): DiscordMessage[] {
  if (!subscriptions.length) {
    return [textMessage('This channel has no scheduled digest. Add one with /digest subscribe, e.g. time:07:00 timezone:Europe/Kyiv.')];
  }
  const sections = subscriptions.map((s) => ({
    name: `${s.time} ${s.timezone}`,
    lines: [
      `Topics: ${s.topics.length ? s.topics.map(escapeText).join(', ') : 'the top topics'}`,
      `Days: ${s.weekdays.length === 7 ? 'every day' : s.weekdays.map((d) => WEEKDAY_NAMES[d - 1]).join(', ')}`,
      `Length: ${s.length}`,
      s.status === 'paused' ? `Paused${s.pausedReason ? `: ${escapeText(s.pausedReason)}` : ''}` : `Next: ${s.nextRun ? discordTime(s.nextRun) : 'not scheduled'}`,
    ],
  }));
  return packCard({ title: 'Scheduled digests for this channel', sections, footer: '/digest unsubscribe stops them', color: INFO_COLOR }, MAX_MESSAGES_PER_ANSWER);
}

/** Discord shows <t:…> in each reader's own time zone. */
function discordTime(iso: string): string {
  const seconds = Math.floor(Date.parse(iso) / 1000);
  return Number.isFinite(seconds) ? `<t:${seconds}:f>` : escapeText(iso);
}
