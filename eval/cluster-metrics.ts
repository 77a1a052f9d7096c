/**
 * Scores for a clustering against true classes (Manning, Raghavan & Schütze, ch. 16):
 * purity, and NMI normalised by the mean of the two entropies.
 * Both take one predicted and one true label per item, in the same order.
 */

function contingency(predicted: readonly string[], truth: readonly string[]): Map<string, Map<string, number>> {
  if (predicted.length !== truth.length) throw new Error('predicted and true labels differ in length');
  const table = new Map<string, Map<string, number>>();
  predicted.forEach((p, i) => {
    const row = table.get(p) ?? new Map<string, number>();
    row.set(truth[i]!, (row.get(truth[i]!) ?? 0) + 1);
    table.set(p, row);
  });
  return table;
}

export function purity(predicted: readonly string[], truth: readonly string[]): number {
  if (predicted.length === 0) return 0;
  let correct = 0;
  for (const row of contingency(predicted, truth).values()) correct += Math.max(...row.values());
  return correct / predicted.length;
}

function entropy(labels: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
  let h = 0;
  for (const c of counts.values()) {
    const p = c / labels.length;
    h -= p * Math.log(p);
  }
  return h;
}

export function nmi(predicted: readonly string[], truth: readonly string[]): number {
  const n = predicted.length;
  if (n === 0) return 0;
  const table = contingency(predicted, truth);
  const classSize = new Map<string, number>();
  for (const t of truth) classSize.set(t, (classSize.get(t) ?? 0) + 1);
  let mutual = 0;
  for (const row of table.values()) {
    const clusterSize = [...row.values()].reduce((a, b) => a + b, 0);
    for (const [cls, both] of row) mutual += (both / n) * Math.log((n * both) / (clusterSize * classSize.get(cls)!));
  }
  const denominator = (entropy(predicted) + entropy(truth)) / 2;
  // Both sides a single cluster: they agree perfectly.
  return denominator === 0 ? 1 : mutual / denominator;
}
