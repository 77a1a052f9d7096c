/**
 * k-fold cross-validation of the selection's parameters over clusters: every setting of a grid is
 * scored on every cluster once; then for each fold the setting with the best mean on the other
 * folds is chosen, and the fold's clusters are scored with it. Each cluster's cross-validated
 * score comes from a setting chosen without it.
 */

export interface CrossValidation<P> {
  /** Per cluster, the score of the setting chosen without its fold. */
  scores: number[][];
  /** Per cluster, the index (into the grid) of that setting. */
  chosen: number[];
  /** The setting with the best mean over all clusters: what the product ships. */
  best: P;
}

/** Every combination of the listed values. */
export function gridOf<P extends object>(space: { [K in keyof P]: readonly number[] }): P[] {
  let out: Record<string, number>[] = [{}];
  for (const [key, values] of Object.entries(space) as [string, readonly number[]][]) {
    out = out.flatMap((partial) => values.map((v) => ({ ...partial, [key]: v })));
  }
  return out as unknown as P[];
}

/** Cluster i is in fold i mod k: deterministic, and folds mix the clusters' order. */
export function foldOf(cluster: number, folds: number): number {
  return cluster % folds;
}

/**
 * `table[g][c]` holds the measures (e.g.) of grid setting g on cluster c; a setting is
 * chosen by `objective` of its mean measures.
 */
export function crossValidate<P>(grid: readonly P[], table: readonly (readonly (readonly number[])[])[], folds: number, objective: (means: readonly number[]) => number): CrossValidation<P> {
  const clusters = table[0]?.length ?? 0;
  const bestOn = (include: (c: number) => boolean): number => {
    let best = 0;
    let bestValue = -Infinity;
    table.forEach((rows, g) => {
      const kept = rows.filter((_, c) => include(c));
      const means = kept[0]!.map((_, m) => kept.reduce((s, r) => s + r[m]!, 0) / kept.length);
      const value = objective(means);
      // Ties go to the earlier setting of the grid.
      if (value > bestValue + 1e-12) {
        best = g;
        bestValue = value;
      }
    });
    return best;
  };
  const k = Math.min(folds, clusters);
  const chosen = new Array<number>(clusters).fill(0);
  for (let f = 0; f < k; f++) {
    const g = bestOn((c) => foldOf(c, k) !== f);
    for (let c = 0; c < clusters; c++) if (foldOf(c, k) === f) chosen[c] = g;
  }
  return { scores: chosen.map((g, c) => [...table[g]![c]!]), chosen, best: grid[bestOn(() => true)]! };
}
