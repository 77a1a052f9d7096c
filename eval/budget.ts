/**
 * Whole sentences in order until the budget is reached; the sentence that crosses it is kept,
 * since DUC's scorer cuts the summary at the byte limit itself.
 */
export function fillBudget<T>(ranked: Iterable<T>, textOf: (item: T) => string, maxBytes: number, accept: (item: T, chosen: readonly T[]) => boolean = () => true): T[] {
  const chosen: T[] = [];
  let used = 0;
  for (const item of ranked) {
    if (used >= maxBytes) break;
    if (!accept(item, chosen)) continue;
    chosen.push(item);
    used += Buffer.byteLength(textOf(item), 'utf8') + (chosen.length > 1 ? 1 : 0);
  }
  return chosen;
}
