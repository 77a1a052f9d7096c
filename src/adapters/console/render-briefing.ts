import { afterSummaryLine, type Briefing, type Citation, type DifferingFigure, differingValueNote, notesOf, type Point, quoteLabel, type Source, unsaidLine } from '../../core/briefing.js';
import { figureLabel } from '../../core/compose/figure-label.js';
import { printedText } from '../../core/compose/shown-once.js';
import { sourceDetails } from '../../core/compose/source-details.js';
import { counted } from '../../core/counted.js';
import { httpUrl } from '../../core/ingest/meta-values.js';
import { MARKDOWN, type Style, section, TEXT } from './style.js';

export function renderBriefing(b: Briefing, style: Style): string {
  const out: string[] = [];
  const cite = (cs: readonly Citation[]) => cs.map((c) => `[${c.source}]`).join('');
  // A sentence printed once: a later section refers back to it. Its notes (who its one-word names are, whose view) after it.
  const text = (item: Parameters<typeof printedText>[0]) => printedText(item, style.escape);
  const said = (p: Point) =>
    `${style.escape(p.text)}${notesOf(p)
      .map((note) => ` (${style.escape(note)})`)
      .join('')} ${cite(p.citations)}`;
  const labelled = (label: string | undefined) => (label ? `${style.escape(label)}: ` : '');
  const points = (ps: readonly Point[]) => ps.map((p) => `${style.bullet} ${said(p)}`).join('\n');
  out.push(style.heading(`Briefing: ${style.escape(b.topic.asked ?? b.topic.title)}`));
  out.push(`${b.topic.asked ? `topic: ${style.escape(b.topic.title)} · ` : ''}${counted(b.sources.length, 'source')} · ${b.set} · ${b.length}`);
  if (b.unsaid) out.push('', style.escape(unsaidLine(b.unsaid)));
  if (b.summary.length) out.push('', b.summary.map(said).join(' '));
  const after = afterSummaryLine(b);
  if (after) out.push('', style.escape(after));
  if (b.keyPoints.length) out.push('', section('Key points', style), points(b.keyPoints));
  if (b.quotes.length) out.push('', section('Who said what', style), b.quotes.map((q) => `${style.bullet} ${labelled(quoteLabel(q))}${text(q)} ${cite([q.citation])}`).join('\n'));
  if (b.figures.length) out.push('', section('Key figures', style), b.figures.map((f) => `${style.bullet} ${style.escape(figureLabel(f))} — ${text(f)} ${cite([f.citation])}`).join('\n'));
  const differing = b.figuresThatDiffer ?? [];
  if (differing.length) {
    out.push('', section('Figures that differ', style));
    for (const d of differing) out.push(...differingLines(d, style));
  }
  if (b.timeline.length)
    out.push(
      '',
      section('Timeline', style),
      b.timeline.map((e) => `${style.bullet} ${e.date === null ? `undated (“${style.escape(e.when)}”)` : `${e.date}${e.inferred ? ' (year inferred)' : ''}`}: ${text(e)} ${cite([e.citation])}`).join('\n'),
    );
  if (b.differences.length) {
    out.push('', section('Where sources differ', style));
    for (const d of b.differences) {
      out.push(`${style.bullet} On ${style.escape(d.question)}:`);
      for (const side of d.sides) out.push(`    ${cite(side.citations)} ${text(side)}`);
    }
  }
  out.push('', section('Sources', style), b.sources.map((s) => sourceLine(s, style)).join('\n'));
  return out.join('\n');
}

export function sourceLine(s: Source, style: Style = TEXT): string {
  const parts = [s.title, ...sourceDetails(s)].map(style.escape);
  // Only http(s) is shown, as the parsed URL (percent-encoded: no spaces, brackets or control characters left).
  const url = httpUrl(s.url);
  const link = url ? (style === MARKDOWN ? ` <${url}>` : ` ${url}`) : '';
  return `[${s.n}] ${parts.join(' — ')}${link} (${style.escape(s.docId)})`;
}

/** A quantity the sources give different values for: what it counts, then each value with its date and sources. */
export function differingLines(d: DifferingFigure, style: Style): string[] {
  const cite = (cs: readonly Citation[]) => cs.map((c) => `[${c.source}]`).join('');
  return [`${style.bullet} ${style.escape(d.counts)}:`, ...d.values.map((v) => `    ${style.escape(v.value)} (${style.escape(differingValueNote(v))}) ${cite(v.citations)}`)];
}
