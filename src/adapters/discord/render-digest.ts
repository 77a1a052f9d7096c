import type { Digest, DigestTopic } from '../../core/briefing.js';
import { printedText } from '../../core/compose/shown-once.js';
import { counted } from '../../core/counted.js';
import { quietLine } from '../../digest/quiet.js';
import { escapeText, maskedLink } from './escape.js';
import { DISCORD_LIMITS as L, MAX_MESSAGES_PER_DIGEST } from './limits.js';
import { type DiscordMessage, packCard, type Section } from './pack-messages.js';
import { BRIEFING_COLOR, differingFigure, marker, sourceLine } from './render-briefing.js';
import { fitText } from './split-text.js';

/**
 * A digest as one card: per topic, its one or two new sentences, the figures its new documents
 * revise (values, dates, sources) and where to read the full briefing; the sources last. A quiet
 * day is one line. `links`: a topic's full briefing page by slug, when pages are served.
 */
export function renderDigest(digest: Digest, links: ReadonlyMap<string, string> = new Map()): DiscordMessage[] {
  const since = digest.since ? `<t:${Math.floor(Date.parse(digest.since) / 1000)}:f>` : undefined;
  const late = digest.late ? ' This digest is late: the bot was offline at its scheduled time.' : '';
  if (!digest.topics.length) {
    return packCard({ title: `Digest: ${escapeText(digest.set)}`, description: `${quietLine(since)}${late}`, sections: [], footer: `${digest.set} · digest`, color: BRIEFING_COLOR, timestamp: digest.generatedAt }, 1);
  }
  const news = counted(digest.newDocuments.length, 'new document');
  const sections: Section[] = digest.topics.map((t) => ({ name: escapeText(fitText(t.topic.title, 200)), lines: topicLines(t, links.get(t.topic.slug)) }));
  sections.push({ name: 'Sources', lines: digest.sources.map(sourceLine), keep: true });
  return packCard(
    {
      title: `Digest: ${escapeText(digest.set)}`,
      description: `${since ? `What is new since ${since}` : 'The first digest for this channel'}: ${news}.${late}`,
      sections,
      footer: `${digest.set} · digest · [n] = source number`,
      color: BRIEFING_COLOR,
      timestamp: digest.generatedAt,
    },
    MAX_MESSAGES_PER_DIGEST,
  );
}

function topicLines(t: DigestTopic, link: string | undefined): string[] {
  const points = t.points.map((p) => {
    const tail = ` ${marker(p.citations)}`;
    return `• ${fitText(printedText(p, escapeText), L.fieldValue - tail.length - 2)}${tail}`;
  });
  const full = link ? maskedLink('Full briefing', link) : `Full briefing: \`/brief ${t.topic.slug}\``;
  return [...points, ...t.figureChanges.map(differingFigure), full];
}
