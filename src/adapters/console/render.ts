import type { Answer } from '../../commands/command.js';
import type { TopicList } from '../../core/briefing.js';
import { counted } from '../../core/counted.js';
import type { SubscriptionView } from '../../digest/digests.js';
import { describeReport, NO_REPORTS } from '../../share/items.js';
import { renderBriefing } from './render-briefing.js';
import { renderDigest } from './render-digest.js';
import { type Style, styleOf, type TextFormat } from './style.js';

/** Answer → terminal text or Markdown, pure. */
export function renderText(answer: Answer, format: TextFormat = 'text'): string {
  const style = styleOf(format);
  switch (answer.kind) {
    case 'briefing':
      return renderBriefing(answer.briefing, style);
    case 'topics':
      return renderTopics(answer.topics, style);
    case 'no-match': {
      const { query, suggestions, set, unstated } = answer.noMatch;
      const list = suggestions.map((s) => `${style.bullet} ${s.slug} — ${style.escape(s.title)}`).join('\n');
      const where = set ? style.escape(set) : 'the set';
      const head = unstated ? `Nothing in ${where} answers "${style.escape(query)}": no sentence says "${style.escape(unstated)}" or a word like it.` : `Nothing in ${where} matches "${style.escape(query)}".`;
      return `${head}${list ? `\nDid you mean:\n${list}` : ''}`;
    }
    case 'digest':
      return renderDigest(answer.digest, style);
    case 'subscriptions':
      return renderSubscriptions(answer.subscriptions, style);
    case 'reports':
      return answer.reports.length ? answer.reports.map((r) => `${style.bullet} ${style.escape(describeReport(r))}`).join('\n') : NO_REPORTS;
    case 'notice':
      return answer.tone === 'error' ? `Error: ${style.escape(answer.text)}` : style.escape(answer.text);
  }
}

function renderTopics(t: TopicList, style: Style): string {
  const width = Math.max(4, ...t.topics.map((x) => x.slug.length));
  const lines = t.topics.map((x) => `${style.bullet} ${x.slug.padEnd(width)}  ${String(x.sources).padStart(2)} source${x.sources === 1 ? ' ' : 's'}  ${style.escape(x.title)}${x.kind === 'curated' ? '' : ' (found in the text)'}`);
  return [style.heading(`Topics in ${t.set}`), counted(t.documents, 'document'), '', ...lines, '', 'Brief on one with /brief <topic>, or ask anything: /brief <words>.'].join('\n');
}

function renderSubscriptions(subs: readonly SubscriptionView[], style: Style): string {
  if (!subs.length) return 'This channel has no scheduled digest. Set one up with /digest subscribe HH:MM <time zone>.';
  return subs
    .map((s) => {
      const when = `${s.time} ${s.timezone}`;
      const topics = s.topics.length ? s.topics.join(', ') : 'top topics';
      const state = s.status === 'paused' ? `paused: ${s.pausedReason ?? 'unknown reason'}` : `next: ${s.nextRun ?? '—'}`;
      return `${style.bullet} ${when}, ${topics}, ${s.length} (${state})`;
    })
    .join('\n');
}
