import type { ClusterResult, SystemName } from './summaries.js';
import { SYSTEMS } from './summaries.js';
import type { RougeScores, Score } from './rouge.js';
import type { TopicDiscoveryResult } from './topic-discovery.js';

/** Plain-text and markdown tables of what the harness measured. */

const pct = (x: number) => (x * 100).toFixed(2);

export function meanScores(results: readonly ClusterResult[], system: SystemName): RougeScores {
  const mean = (pick: (r: RougeScores) => Score): Score => {
    const sum = { recall: 0, precision: 0, f1: 0 };
    for (const r of results) {
      const s = pick(r.scores[system]);
      sum.recall += s.recall;
      sum.precision += s.precision;
      sum.f1 += s.f1;
    }
    const n = Math.max(results.length, 1);
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

export function rougeRows(results: readonly ClusterResult[]): { header: string[]; rows: string[][] } {
  const header = ['system', 'R-1 R', 'R-1 F', 'R-2 R', 'R-2 F', 'R-L R', 'R-L F'];
  const rows = SYSTEMS.map((system) => {
    const m = meanScores(results, system);
    return [system, pct(m.rouge1.recall), pct(m.rouge1.f1), pct(m.rouge2.recall), pct(m.rouge2.f1), pct(m.rougeL.recall), pct(m.rougeL.f1)];
  });
  return { header, rows };
}

export function clusterRows(results: readonly ClusterResult[]): { header: string[]; rows: string[][] } {
  const header = ['cluster', ...SYSTEMS.flatMap((s) => [`${s} R-1`, `${s} R-2`]), 'faithful', 'ms'];
  const rows = results.map((r) => [
    r.id,
    ...SYSTEMS.flatMap((s) => [pct(r.scores[s].rouge1.recall), pct(r.scores[s].rouge2.recall)]),
    `${r.faithful}/${r.sentences}`,
    r.ms.toFixed(0),
  ]);
  return { header, rows };
}

export interface BarCheck {
  rouge2Above: boolean;
  rouge1AtLeast: boolean;
  faithful: boolean;
  /** Clusters where briefbot's ROUGE-2 recall beats, ties and loses to TextRank's. */
  wins: number;
  ties: number;
  losses: number;
}

export function checkBar(results: readonly ClusterResult[]): BarCheck {
  const bb = meanScores(results, 'briefbot');
  const tr = meanScores(results, 'TextRank');
  let wins = 0;
  let ties = 0;
  for (const r of results) {
    const d = r.scores.briefbot.rouge2.recall - r.scores.TextRank.rouge2.recall;
    if (Math.abs(d) < 1e-9) ties++;
    else if (d > 0) wins++;
  }
  return {
    rouge2Above: bb.rouge2.recall > tr.rouge2.recall,
    rouge1AtLeast: bb.rouge1.recall >= tr.rouge1.recall,
    faithful: results.every((r) => r.faithful === r.sentences),
    wins,
    ties,
    losses: results.length - wins - ties,
  };
}

export function topicRows(result: TopicDiscoveryResult): { header: string[]; rows: string[][] } {
  const header = ['topic', 'docs', 'majority story', 'of which'];
  const rows = result.topics.map((t) => [t.slug, String(t.documents), t.majority, String(t.majorityCount)]);
  return { header, rows };
}

export interface TopicBar {
  countWithin: boolean;
  purity: boolean;
}

/** Topics within ±30% of the number of stories, and purity at least 0.8. */
export function checkTopicBar(result: TopicDiscoveryResult): TopicBar {
  const found = result.topics.length;
  return { countWithin: Math.abs(found - result.stories) <= 0.3 * result.stories, purity: result.purity >= 0.8 };
}

export { pct };
