import { addScores, EXTRACTORS, type Extractor, ratio, type Score } from './gold.js';
import { type GoldResult, STANDARD } from './gold-run.js';

/** Precision and recall per extractor per gold set, pooled over the sets, and how full the sections were. */
export function goldRows(results: readonly GoldResult[]): { header: string[]; rows: string[][] } {
  const header = ['set', 'briefings', ...EXTRACTORS.flatMap((e) => [`${e} P`, e === 'differences' ? 'conflicts shown' : `${e} R`]), 'shown/briefing q f t d'];
  const row = (id: string, rs: readonly GoldResult[]) => {
    const sum = (pick: (r: GoldResult) => Score) => rs.reduce((s, r) => addScores(s, pick(r)), { right: 0, total: 0 });
    const briefings = rs.reduce((n, r) => n + r.briefings, 0);
    const full = EXTRACTORS.map((e: Extractor) => (briefings ? rs.reduce((n, r) => n + r.shown[e], 0) / briefings : 0).toFixed(1)).join(' ');
    return [
      id,
      String(briefings),
      ...EXTRACTORS.flatMap((e) => {
        const p = sum((r) => r.precision[e]);
        const r = sum((x) => x.recall[e]);
        return [`${ratio(p)} (${p.right}/${p.total})`, `${ratio(r)} (${r.right}/${r.total})`];
      }),
      full,
    ];
  };
  return { header, rows: [...results.map((r) => row(r.id, [r])), row('pooled', results)] };
}

/**
 * How full the sections were against what a `standard` briefing promises (4 quotes, 6 figures, 8
 * timeline entries, 3 differences): items shown per briefing, and the briefings whose section
 * reached that count or held all that the topic's documents have (differences: the set's gold conflicts).
 */
export function fullnessRows(results: readonly GoldResult[]): { header: string[]; rows: string[][] } {
  const header = ['set', 'briefings', ...EXTRACTORS.map((e) => `${e} shown/briefing (standard ${STANDARD[e]}), at standard`)];
  const row = (id: string, rs: readonly GoldResult[]) => {
    const briefings = rs.reduce((n, r) => n + r.briefings, 0);
    return [
      id,
      String(briefings),
      ...EXTRACTORS.map((e) => {
        const shown = rs.reduce((n, r) => n + r.shown[e], 0);
        const full = rs.reduce((n, r) => n + r.atStandard[e], 0);
        return `${(briefings ? shown / briefings : 0).toFixed(1)}, ${full}/${briefings}`;
      }),
    ];
  };
  return { header, rows: [...results.map((r) => row(r.id, [r])), row('pooled', results)] };
}
