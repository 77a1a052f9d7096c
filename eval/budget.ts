/** A summary's budget as the task states it: UTF-8 bytes (DUC, 665) or words (TAC, 250). */
export type Budget = { bytes: number } | { words: number };

const sizeOf = (text: string, budget: Budget) => ('bytes' in budget ? Buffer.byteLength(text, 'utf8') : text.split(/\s+/).filter(Boolean).length);

/**
 * Whole sentences in order until the budget is reached; the sentence that crosses it is kept,
 * since the scorer cuts the summary at the limit itself.
 */
export function fillBudget<T>(ranked: Iterable<T>, textOf: (item: T) => string, budget: Budget, accept: (item: T, chosen: readonly T[]) => boolean = () => true): T[] {
  const limit = 'bytes' in budget ? budget.bytes : budget.words;
  const chosen: T[] = [];
  let used = 0;
  for (const item of ranked) {
    if (used >= limit) break;
    if (!accept(item, chosen)) continue;
    chosen.push(item);
    used += sizeOf(textOf(item), budget) + ('bytes' in budget && chosen.length > 1 ? 1 : 0);
  }
  return chosen;
}
