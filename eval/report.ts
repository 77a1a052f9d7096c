import type { PairedDifference } from './paired.js';
import type { RougeScores, Score } from './rouge.js';
import type { TopicDiscoveryResult } from './topic-discovery.js';

/** Plain-text and markdown tables of what the harness measured. */

export const pct = (x: number) => (x * 100).toFixed(2);

/** Per system, its scores on each cluster, in the clusters' order. */
export type SystemScores = Map<string, RougeScores[]>;

export function meanScores(scores: readonly RougeScores[]): RougeScores {
  const mean = (pick: (r: RougeScores) => Score): Score => {
    const sum = { recall: 0, precision: 0, f1: 0 };
    for (const r of scores) {
      const s = pick(r);
      sum.recall += s.recall;
      sum.precision += s.precision;
      sum.f1 += s.f1;
    }
    const n = Math.max(scores.length, 1);
    return { recall: sum.recall / n, precision: sum.precision / n, f1: sum.f1 / n };
  };
  return { rouge1: mean((r) => r.rouge1), rouge2: mean((r) => r.rouge2), rougeL: mean((r) => r.rougeL) };
}

export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function markdownTable(header: string[], rows: string[][]): string {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

export function rougeRows(systems: SystemScores): { header: string[]; rows: string[][] } {
  const header = ['system', 'R-1 R', 'R-1 F', 'R-2 R', 'R-2 F', 'R-L R', 'R-L F'];
  const rows = [...systems].map(([system, scores]) => {
    const m = meanScores(scores);
    return [system, pct(m.rouge1.recall), pct(m.rouge1.f1), pct(m.rouge2.recall), pct(m.rouge2.f1), pct(m.rougeL.recall), pct(m.rougeL.f1)];
  });
  return { header, rows };
}

export function clusterRows(ids: readonly string[], systems: SystemScores): { header: string[]; rows: string[][] } {
  const names = [...systems.keys()];
  const header = ['cluster', ...names.flatMap((s) => [`${s} R-1`, `R-2`])];
  const rows = ids.map((id, c) => [id, ...names.flatMap((s) => [pct(systems.get(s)![c]!.rouge1.recall), pct(systems.get(s)![c]!.rouge2.recall)])]);
  return { header, rows };
}

const signed = (x: number) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(2)}`;
const interval = (d: PairedDifference) => `${signed(d.mean)} [${signed(d.low)}, ${signed(d.high)}]`;

/** One row per other system: the mean per-cluster difference with its bootstrap 95% interval, and wins/ties/losses, on recall. */
export function pairedRows(rows: readonly { other: string; r1: PairedDifference; r2: PairedDifference }[]): { header: string[]; rows: string[][] } {
  return {
    header: ['vs', 'R-1 diff [95% CI]', 'W/T/L', 'R-2 diff [95% CI]', 'W/T/L'],
    rows: rows.map(({ other, r1, r2 }) => [other, interval(r1), `${r1.wins}/${r1.ties}/${r1.losses}`, interval(r2), `${r2.wins}/${r2.ties}/${r2.losses}`]),
  };
}

export function topicRows(result: TopicDiscoveryResult): { header: string[]; rows: string[][] } {
  const header = ['topic', 'title', 'docs', 'majority story', 'of which'];
  const rows = result.topics.map((t) => [t.slug, t.title, String(t.documents), t.majority, String(t.majorityCount)]);
  return { header, rows };
}

export interface TopicBar {
  countWithin: boolean;
  purity: boolean;
  assigned: boolean;
}

/** What the topic bars read: true stories, topics found, articles in none, of how many, and purity. */
export interface TopicCounts {
  stories: number;
  topics: number;
  unassigned: number;
  documents: number;
  purity: number;
}

/** Issue 16's bars: topics within ±15% of the number of stories, purity at least 0.95, at least 95% of articles in a topic. */
export function checkTopicBar(result: TopicCounts): TopicBar {
  return {
    countWithin: Math.abs(result.topics - result.stories) <= 0.15 * result.stories,
    purity: result.purity >= 0.95,
    assigned: result.unassigned <= 0.05 * result.documents,
  };
}

export function meetsTopicBar(result: TopicCounts): boolean {
  const bar = checkTopicBar(result);
  return bar.countWithin && bar.purity && bar.assigned;
}
