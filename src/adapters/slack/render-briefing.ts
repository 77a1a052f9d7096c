import { afterSummaryLine, type Briefing, type Citation, type DifferingFigure, differingValueNote, NOTHING_CITABLE_LINE, notesOf, type Point, quoteLabel, type Source, unsaidLine } from '../../core/briefing.js';
import { figureLabel } from '../../core/compose/figure-label.js';
import { printedText } from '../../core/compose/shown-once.js';
import { sourceDetails } from '../../core/compose/source-details.js';
import { contexts, divider, header, type Line, type SlackBlock, sections } from './blocks.js';
import { escapeMrkdwn, mrkdwnLink } from './escape.js';
import { SLACK_LIMITS } from './limits.js';
import { truncatePlain } from './split-text.js';

/** " [1][3]": the sources a sentence comes from, by their number in the sources list. */
export function citationMarks(citations: readonly Citation[]): string {
  const numbers = [...new Set(citations.map((c) => c.source))].sort((a, b) => a - b);
  return numbers.length ? ` ${numbers.map((n) => `[${n}]`).join('')}` : '';
}

const bullet = (text: string, citations: readonly Citation[], lead = ''): Line => ({
  before: `• ${lead}`,
  text,
  after: citationMarks(citations),
});

/** A point says who its one-word names are, and whose view it is when it comes from an opinion piece (`notesOf`). */
const withAttribution = (point: Point) => [point.text, ...notesOf(point).map((note) => `(${note})`)].join(' ');

/** A sentence printed once: a later section refers back to it. Its notes (who its one-word names are, whose view) after it. */
const once = (item: Parameters<typeof printedText>[0]) => printedText(item, (text) => text);
/** A quote's speaker after its words, unless its words open on the name (`quoteLabel`). */
const attributed = (label: string | undefined) => (label ? ` — _${escapeMrkdwn(label)}_` : '');

const bold = (raw: string) => `*${escapeMrkdwn(raw)}*`;

/** "• *people killed*: 67 (2024-05-04, revised) [3] · 65 (2024-05-03) [2]": values, dates and sources, latest first. */
export function differingFigureLine(d: DifferingFigure): Line {
  return {
    before: `• ${bold(truncatePlain(d.counts, 200))}: `,
    text: d.values.map((v) => `${escapeMrkdwn(v.value)} (${escapeMrkdwn(differingValueNote(v))})${citationMarks(v.citations)}`).join(' · '),
    after: '',
  };
}

/** Every block of a briefing, in reading order, before they are packed into messages. */
export function briefingBlocks(briefing: Briefing): SlackBlock[] {
  const blocks: SlackBlock[] = [header(`Briefing: ${briefing.topic.asked ?? briefing.topic.title}`)];
  const sourceCount = briefing.sources.length;
  const topic = briefing.topic.asked ? `topic: ${escapeMrkdwn(briefing.topic.title)} · ` : '';
  blocks.push(...contexts([`${topic}${escapeMrkdwn(briefing.set)} · ${sourceCount} ${sourceCount === 1 ? 'source' : 'sources'} · ${briefing.length}`]));
  if (briefing.unsaid) blocks.push(...contexts([`_${escapeMrkdwn(unsaidLine(briefing.unsaid))}_`]));

  const after = afterSummaryLine(briefing);
  const body: SlackBlock[][] = [
    [
      ...part(
        '*Summary*',
        briefing.summary.map((p) => pointLine(p, '')),
      ),
      ...(after ? contexts([`_${escapeMrkdwn(after)}_`]) : []),
    ],
    part(
      '*Key points*',
      briefing.keyPoints.map((p) => bullet(withAttribution(p), p.citations)),
    ),
    part(
      '*Quotes*',
      briefing.quotes.map((q) => ({ before: '> ', text: once(q), after: `${attributed(quoteLabel(q))}${citationMarks([q.citation])}` })),
    ),
    part(
      '*Figures*',
      briefing.figures.map((f) => bullet(once(f), [f.citation], `${bold(figureLabel(f))} — `)),
    ),
    part('*Figures that differ*', (briefing.figuresThatDiffer ?? []).map(differingFigureLine)),
    part(
      '*Timeline*',
      briefing.timeline.map((t) => bullet(once(t), [t.citation], `${bold(t.date === null ? t.when : `${t.date}${t.inferred ? ' (year inferred)' : ''}`)} — `)),
    ),
    part(
      '*Where sources differ*',
      briefing.differences.flatMap((d) => [{ before: '_', text: d.question, after: '_' }, ...d.sides.map((side) => bullet(once(side), side.citations))]),
    ),
  ].filter((blocksOfPart) => blocksOfPart.length > 0);

  if (body.length === 0) body.push(sections('', [{ before: '_', text: NOTHING_CITABLE_LINE, after: '_' }]));
  blocks.push(...body.flat());
  if (briefing.sources.length > 0) blocks.push(divider, ...contexts(briefing.sources.map(sourceElement)));
  return blocks;
}

function part(heading: string, lines: Line[]): SlackBlock[] {
  return lines.length ? sections(heading, lines) : [];
}

function pointLine(point: Point, before: string): Line {
  return { before, text: withAttribution(point), after: citationMarks(point.citations) };
}

/** "[2] <url|Title> · Outlet · 2025-08-18", short enough for one context element. */
export function sourceElement(source: Source): string {
  const title = truncatePlain(source.title, 300);
  const details = sourceDetails(source).map((d) => escapeMrkdwn(truncatePlain(d, 100)));
  const element = [`[${source.n}] ${mrkdwnLink(source.url, title)}`, ...details].join(' · ');
  return element.length <= SLACK_LIMITS.contextElementText ? element : `[${source.n}] ${escapeMrkdwn(title)}`;
}

/** The notification text: title and the first summary sentences. */
export function briefingFallback(briefing: Briefing): string[] {
  return [`Briefing: ${briefing.topic.title}.`, ...briefing.summary.map((p) => p.text)];
}
