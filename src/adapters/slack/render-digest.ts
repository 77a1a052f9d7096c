import type { Digest } from '../../core/briefing.js';
import { printedText } from '../../core/compose/shown-once.js';
import { readableInstant } from '../../core/compose/source-details.js';
import { counted } from '../../core/counted.js';
import { quietLine } from '../../digest/quiet.js';
import { contexts, divider, header, type SlackBlock, type SlackMessage, sections } from './blocks.js';
import { escapeMrkdwn, mrkdwnLink } from './escape.js';
import { SLACK_LIMITS } from './limits.js';
import { fallbackText, packMessages } from './pack-messages.js';
import { citationMarks, differingFigureLine, sourceElement } from './render-briefing.js';

/**
 * A digest: per topic, its one or two new sentences, the figures its new documents revise
 * (values, dates, sources) and where to read the full briefing; the sources last. A quiet day is
 * one line. `links`: a topic's full briefing page by slug, when pages are served.
 */
export function renderDigest(digest: Digest, links: ReadonlyMap<string, string> = new Map()): SlackMessage[] {
  const title = `Digest: ${digest.set}`;
  const since = digest.since ? slackDate(digest.since) : undefined;
  const late = digest.late ? ' · _sent late: the bot was offline at the scheduled time_' : '';
  const blocks: SlackBlock[] = [header(title)];
  if (!digest.topics.length) {
    const line = quietLine(since);
    blocks.push(...sections('', [{ before: '', text: '', after: `${line}${late}` }]));
    return packMessages(blocks, title, fallbackText([`${title}.`, quietLine(since)]), SLACK_LIMITS.digestMessages);
  }
  const news = counted(digest.newDocuments.length, 'new document');
  blocks.push(...contexts([`${since ? `What is new since ${since}` : 'First digest for this channel'}: ${news}${late}`]));
  for (const t of digest.topics) {
    const link = links.get(t.topic.slug);
    blocks.push(...sections(`*${escapeMrkdwn(t.topic.title)}*`, [...t.points.map((p) => ({ before: '• ', text: printedText(p, (text) => text), after: citationMarks(p.citations) })), ...t.figureChanges.map(differingFigureLine)]));
    blocks.push(...contexts([link ? mrkdwnLink(link, 'Full briefing') : `Full briefing: \`/brief ${escapeMrkdwn(t.topic.slug)}\``]));
  }
  blocks.push(divider, ...contexts(digest.sources.map(sourceElement)));
  const headlines = digest.topics.map((t) => `${t.topic.title}: ${t.points[0]?.text ?? t.figureChanges[0]?.counts ?? ''}`);
  return packMessages(blocks, title, fallbackText([`${title}.`, ...headlines]), SLACK_LIMITS.digestMessages);
}

/** Plain text, not Slack's own date markup: that starts like a mention, which a digest never sends. */
function slackDate(iso: string): string {
  return readableInstant(iso) ?? escapeMrkdwn(iso);
}
