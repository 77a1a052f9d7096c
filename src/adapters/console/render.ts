import type { Briefing, Citation, DifferingFigure, Digest, Point, ShownAt, Source, TopicList } from '../../core/briefing.js';
import { quietLine } from '../../digest/quiet.js';
import { seeAlso } from '../../core/shown-once.js';
import { readableInstant, sourceDetails } from '../../core/source-details.js';
import type { SubscriptionView } from '../../digest/digests.js';
import type { Answer } from '../../commands/command.js';
import { describeReport, NO_REPORTS } from '../../share/items.js';
import { httpUrl } from '../../core/meta-values.js';

/**
 * Answer → terminal text or Markdown, pure. Both read the same Briefing; Markdown adds headings
 * and escapes the document text so it cannot restyle itself.
 */
export type TextFormat = 'text' | 'markdown';

interface Style {
  heading(text: string): string;
  escape(text: string): string;
  bullet: string;
}

const TEXT: Style = { heading: (t) => `${t}\n${'─'.repeat(Math.min(60, t.length))}`, escape: stripControls, bullet: '•' };
const MARKDOWN: Style = { heading: (t) => `## ${escapeMarkdown(t)}`, escape: (t) => escapeMarkdown(stripControls(t)), bullet: '-' };

export function renderText(answer: Answer, format: TextFormat = 'text'): string {
  const style = format === 'markdown' ? MARKDOWN : TEXT;
  switch (answer.kind) {
    case 'briefing':
      return renderBriefing(answer.briefing, style);
    case 'topics':
      return renderTopics(answer.topics, style);
    case 'no-match': {
      const { query, suggestions, set } = answer.noMatch;
      const list = suggestions.map((s) => `${style.bullet} ${s.slug} — ${style.escape(s.title)}`).join('\n');
      return `Nothing in ${set ? style.escape(set) : 'the set'} matches "${style.escape(query)}".${list ? `\nDid you mean:\n${list}` : ''}`;
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

function renderBriefing(b: Briefing, style: Style): string {
  const out: string[] = [];
  const cite = (cs: readonly Citation[]) => cs.map((c) => `[${c.source}]`).join('');
  // A sentence printed once: a later section refers back to it.
  const text = (item: { text: string; shownAt?: ShownAt }) => (item.shownAt ? `(${seeAlso(item.shownAt)})` : style.escape(item.text));
  const said = (p: Point) => `${style.escape(p.text)}${p.attribution ? ` (${style.escape(p.attribution)})` : ''} ${cite(p.citations)}`;
  const points = (ps: readonly Point[]) => ps.map((p) => `${style.bullet} ${said(p)}`).join('\n');
  out.push(style.heading(`Briefing: ${style.escape(b.topic.asked ?? b.topic.title)}`));
  out.push(`${b.topic.asked ? `topic: ${style.escape(b.topic.title)} · ` : ''}${b.sources.length} source${b.sources.length === 1 ? '' : 's'} · ${b.set} · ${b.length}`);
  if (b.summary.length) out.push('', b.summary.map(said).join(' '));
  if (b.keyPoints.length) out.push('', section('Key points', style), points(b.keyPoints));
  if (b.quotes.length) out.push('', section('Who said what', style), b.quotes.map((q) => `${style.bullet} ${style.escape(q.speaker)}: ${text(q)} ${cite([q.citation])}`).join('\n'));
  if (b.figures.length) out.push('', section('Key figures', style), b.figures.map((f) => `${style.bullet} ${style.escape(f.value)} ${style.escape(f.counts)} — ${text(f)} ${cite([f.citation])}`).join('\n'));
  const differing = b.figuresThatDiffer ?? [];
  if (differing.length) {
    out.push('', section('Figures that differ', style));
    for (const d of differing) out.push(...differingLines(d, style));
  }
  if (b.timeline.length) out.push('', section('Timeline', style), b.timeline.map((e) => `${style.bullet} ${e.date === null ? `undated (“${style.escape(e.when)}”)` : `${e.date}${e.inferred ? ' (year inferred)' : ''}`}: ${text(e)} ${cite([e.citation])}`).join('\n'));
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

function section(title: string, style: Style): string {
  return style === MARKDOWN ? `### ${title}` : `${title}:`;
}

export function sourceLine(s: Source, style: Style = TEXT): string {
  const parts = [s.title, ...sourceDetails(s)].map(style.escape);
  // Only http(s) is shown, as the parsed URL (percent-encoded: no spaces, brackets or control characters left).
  const url = httpUrl(s.url);
  const link = url ? (style === MARKDOWN ? ` <${url}>` : ` ${url}`) : '';
  return `[${s.n}] ${parts.join(' — ')}${link} (${style.escape(s.docId)})`;
}

function renderTopics(t: TopicList, style: Style): string {
  const width = Math.max(4, ...t.topics.map((x) => x.slug.length));
  const lines = t.topics.map((x) => `${style.bullet} ${x.slug.padEnd(width)}  ${String(x.sources).padStart(2)} source${x.sources === 1 ? ' ' : 's'}  ${style.escape(x.title)}${x.kind === 'curated' ? '' : ' (found in the text)'}`);
  return [style.heading(`Topics in ${t.set}`), `${t.documents} documents`, '', ...lines, '', 'Brief on one with /brief <topic>, or ask anything: /brief <words>.'].join('\n');
}

function renderDigest(d: Digest, style: Style): string {
  const out = [style.heading(`Digest: ${style.escape(d.set)}${d.late ? ' (late)' : ''}`)];
  const since = d.since ? (readableInstant(d.since) ?? d.since) : undefined;
  if (!d.topics.length) return [...out, quietLine(since)].join('\n');
  const news = `${d.newDocuments.length} new ${d.newDocuments.length === 1 ? 'document' : 'documents'}`;
  out.push(`${since ? `What is new since ${since}` : 'The first digest for this channel'}: ${news}.`);
  const cite = (cs: readonly Citation[]) => [...new Set(cs.map((c) => c.source))].map((n) => `[${n}]`).join('');
  for (const t of d.topics) {
    out.push('', section(style.escape(t.topic.title), style));
    for (const p of t.points) out.push(`${style.bullet} ${style.escape(p.text)} ${cite(p.citations)}`);
    out.push(...t.figureChanges.flatMap((f) => differingLines(f, style)));
    out.push(`Full briefing: /brief ${t.topic.slug}`);
  }
  out.push('', section('Sources', style), d.sources.map((s) => sourceLine(s, style)).join('\n'));
  return out.join('\n');
}

/** A quantity the sources give different values for: what it counts, then each value with its date and sources. */
function differingLines(d: DifferingFigure, style: Style): string[] {
  const cite = (cs: readonly Citation[]) => cs.map((c) => `[${c.source}]`).join('');
  return [`${style.bullet} ${style.escape(d.counts)}:`, ...d.values.map((v) => `    ${style.escape(v.value)} (${v.published ?? 'undated'}${v.revised ? ', revised' : ''}) ${cite(v.citations)}`)];
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

/** Terminal escape sequences and control characters in a document must not drive the terminal. */
export function stripControls(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g, '');
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_{}[\]()#+!|<>~]|^-|^\d+\.)/gm, '\\$1');
}
