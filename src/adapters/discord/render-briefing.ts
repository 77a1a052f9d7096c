import { afterSummaryLine, type Briefing, type Citation, type DifferingFigure, differingValueNote, NOTHING_CITABLE_LINE, notesOf, type Point, quoteLabel, type Source, unsaidLine } from '../../core/briefing.js';
import { figureLabel } from '../../core/compose/figure-label.js';
import { printedText } from '../../core/compose/shown-once.js';
import { sourceDetails } from '../../core/compose/source-details.js';
import { escapeText, maskedLink } from './escape.js';
import { DISCORD_LIMITS as L } from './limits.js';
import type { Card, Section } from './pack-messages.js';
import { fitText, joinWhole } from './split-text.js';

export const BRIEFING_COLOR = 0x2b6cb0;

/** A briefing as one card: summary in the description, one field group per part, sources last. */
export function briefingCard(briefing: Briefing): Card {
  const summary = briefing.summary.map((point) => `${escapeText(withAttribution(point))} ${marker(point.citations)}`);
  const sections: Section[] = [
    { name: 'Key points', lines: briefing.keyPoints.map((p) => bullet('', withAttribution(p), p.citations)) },
    { name: 'Quotes', lines: briefing.quotes.map((q) => bullet(labelled(quoteLabel(q)), once(q), [q.citation])) },
    { name: 'Figures', lines: briefing.figures.map((f) => bullet(`**${escapeText(figureLabel(f))}** — `, once(f), [f.citation])) },
    { name: 'Figures that differ', lines: (briefing.figuresThatDiffer ?? []).map(differingFigure) },
    {
      name: 'Timeline',
      lines: briefing.timeline.map((t) => bullet(`**${escapeText(t.date === null ? t.when : `${t.date}${t.inferred ? ' (year inferred)' : ''}`)}** — `, once(t), [t.citation])),
    },
    { name: 'Where sources differ', lines: briefing.differences.map((d) => difference(d.question, d.sides)) },
    { name: 'Sources', lines: briefing.sources.map(sourceLine), keep: true },
  ].filter((section) => section.lines.length > 0);
  const count = briefing.sources.length;
  return {
    title: `Briefing: ${escapeText(briefing.topic.asked ?? briefing.topic.title)}`,
    description: withUnstated(briefing, joinWhole(summary, L.embedDescription - UNSTATED_ROOM)),
    sections,
    footer: `${briefing.topic.asked ? `topic: ${briefing.topic.title} · ` : ''}${briefing.set} · ${count} ${count === 1 ? 'source' : 'sources'} · ${briefing.length} briefing · [n] = source number`,
    color: BRIEFING_COLOR,
    timestamp: briefing.generatedAt,
  };
}

/** A quote's speaker before its words, unless its words open on the name (`quoteLabel`). */
const labelled = (label: string | undefined) => (label ? `**${escapeText(label)}**: ` : '');

/** A point says who its one-word names are, and whose view it is when it comes from an opinion piece (`notesOf`). */
function withAttribution(point: Point): string {
  return [point.text, ...notesOf(point).map((note) => `(${note})`)].join(' ');
}

/** A sentence printed once: a later section refers back to it. Its notes (who its one-word names are, whose view) after it. */
function once(item: Parameters<typeof printedText>[0]): string {
  return printedText(item, (text) => text);
}

/** "[1]" or "[1, 3]": the distinct sources a point rests on, in order. */
export function marker(citations: readonly Citation[]): string {
  const sources = [...new Set(citations.map((c) => c.source))].sort((a, b) => a - b);
  return `[${sources.join(', ')}]`;
}

/** One bulleted, cited line that fits a field value on its own; only the document text is shortened. */
function bullet(prefix: string, text: string, citations: readonly Citation[], max: number = L.fieldValue, dot = '•'): string {
  const tail = ` ${marker(citations)}`;
  const head = `${dot} ${prefix}`;
  return `${head}${fitText(escapeText(text), max - head.length - tail.length)}${tail}`;
}

/** The question, then each side on its own line; the sides share one field value fairly. */
function difference(question: string, sides: readonly Point[]): string {
  const head = `**${fitText(escapeText(question), 200)}**`;
  const share = Math.floor((L.fieldValue - head.length) / sides.length) - 1;
  return [head, ...sides.map((side) => bullet('', once(side), side.citations, share, '◦'))].join('\n');
}

/** "• **people killed**: 67 (2024-05-04, revised) [3] · 65 (2024-05-03) [2]": latest value first, as many as fit one field value. */
export function differingFigure(d: DifferingFigure): string {
  let line = `• **${fitText(escapeText(d.counts), 200)}**:`;
  d.values.forEach((v, i) => {
    const value = `${i ? ' ·' : ''} ${fitText(escapeText(v.value), 60)} (${escapeText(differingValueNote(v))}) ${marker(v.citations)}`;
    if (line.length + value.length <= L.fieldValue) line += value;
  });
  return line;
}

export function sourceLine(source: Source): string {
  const details = sourceDetails(source).map(escapeText);
  const title = maskedLink(escapeText(source.title), source.url);
  const line = `**[${source.n}]** ${title}${details.length ? ` — ${details.join(', ')}` : ''}`;
  return line.length <= L.fieldValue ? line : `**[${source.n}]** ${fitText(escapeText(source.title), L.fieldValue - 12)}`;
}

/** Room kept in the description for the line said after an answer that could not match the question's own verb. */
const UNSTATED_ROOM = 200;

function withUnstated(briefing: Briefing, summary: string): string {
  const after = afterSummaryLine(briefing);
  return [briefing.unsaid && `*${escapeText(unsaidLine(briefing.unsaid))}*`, summary, after && `*${escapeText(after)}*`].filter(Boolean).join('\n\n') || `*${NOTHING_CITABLE_LINE}*`;
}
