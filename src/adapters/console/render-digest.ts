import type { Citation, Digest } from '../../core/briefing.js';
import { printedText } from '../../core/compose/shown-once.js';
import { readableInstant } from '../../core/compose/source-details.js';
import { counted } from '../../core/counted.js';
import { quietLine } from '../../digest/quiet.js';
import { differingLines, sourceLine } from './render-briefing.js';
import { type Style, section } from './style.js';

export function renderDigest(d: Digest, style: Style): string {
  const out = [style.heading(`Digest: ${style.escape(d.set)}${d.late ? ' (late)' : ''}`)];
  const since = d.since ? (readableInstant(d.since) ?? d.since) : undefined;
  if (!d.topics.length) return [...out, quietLine(since)].join('\n');
  const news = counted(d.newDocuments.length, 'new document');
  out.push(`${since ? `What is new since ${since}` : 'The first digest for this channel'}: ${news}.`);
  const cite = (cs: readonly Citation[]) => [...new Set(cs.map((c) => c.source))].map((n) => `[${n}]`).join('');
  for (const t of d.topics) {
    out.push('', section(style.escape(t.topic.title), style));
    for (const p of t.points) out.push(`${style.bullet} ${printedText(p, style.escape)} ${cite(p.citations)}`);
    out.push(...t.figureChanges.flatMap((f) => differingLines(f, style)));
    out.push(`Full briefing: /brief ${t.topic.slug}`);
  }
  out.push('', section('Sources', style), d.sources.map((s) => sourceLine(s, style)).join('\n'));
  return out.join('\n');
}
