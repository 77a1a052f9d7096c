import type { Briefing } from '../core/briefing.js';
import { printedText } from '../core/printed-text.js';

/** One thing in a briefing a reader can flag: its key (what a report stores) and a label to pick it by. */
export interface BriefingItem {
  key: string;
  label: string;
}

/** Every sentence shown, in reading order: "summary-1", "key-point-2", … */
export function briefingItems(briefing: Briefing): BriefingItem[] {
  const parts: [string, string, string[]][] = [
    ['summary', 'Summary', briefing.summary.map((p) => p.text)],
    ['key-point', 'Key point', briefing.keyPoints.map((p) => p.text)],
    ['quote', 'Quote', briefing.quotes.map((q) => q.text)],
    ['figure', 'Figure', briefing.figures.map((f) => f.text)],
    ['timeline', 'Timeline', briefing.timeline.map((t) => t.text)],
    ['difference', 'Where sources differ', briefing.differences.map((d) => d.question)],
  ];
  return parts.flatMap(([key, name, texts]) => texts.map((text, i) => ({ key: `${key}-${i + 1}`, label: `${name} ${i + 1}: ${printedText(text)}` })));
}

/** A report as one line of plain text for an admin: when, on which briefing, what, by whom. */
export function describeReport(report: { createdAt: string; topic: string; item: string; userId: string; channel: { id: string } }): string {
  return `${report.createdAt.slice(0, 16).replace('T', ' ')} UTC · ${report.topic} · ${report.item} · reported by ${report.userId} in ${report.channel.id}`;
}

export const NO_REPORTS = 'No errors have been reported in this workspace.';
