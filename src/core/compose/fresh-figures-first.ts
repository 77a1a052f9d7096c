/**
 * A topic's own key figure that will print its own sentence takes the slot of a fill figure before it (rule W,
 * docs/quality.md "Twenty-sixth round (issue 16ontopic3)"): the fill (figures its documents' other sentences lend) is about
 * half off topic, the topic's own figures nearly all on it. Only the fresh figures move, and only into slots fill figures
 * held: every other item keeps its index, so a figure that only refers back to the summary never moves up (what sank
 * 16ontopic2's amendment D).
 */
export function freshIntoFillSlots<T>(items: readonly T[], isFill: (item: T) => boolean, isFresh: (item: T) => boolean): T[] {
  const slots: number[] = [];
  items.forEach((item, i) => {
    if (isFill(item) || isFresh(item)) slots.push(i);
  });
  const movable = slots.map((i) => items[i]!);
  let last = -1;
  movable.forEach((item, i) => {
    if (isFresh(item)) last = i;
  });
  const head = movable.slice(0, last + 1);
  const refilled = [...head.filter(isFresh), ...head.filter((item) => !isFresh(item)), ...movable.slice(last + 1)];
  const out = [...items];
  slots.forEach((slot, i) => {
    out[slot] = refilled[i]!;
  });
  return out;
}
