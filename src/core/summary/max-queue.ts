/** A binary max-heap of scored items; ties go to the item pushed first, so results are stable. */
export class MaxQueue<T> {
  private readonly heap: { score: number; order: number; item: T }[] = [];
  private pushed = 0;

  push(score: number, item: T): void {
    this.heap.push({ score, order: this.pushed++, item });
    let i = this.heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.above(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  pop(): { score: number; item: T } | undefined {
    const top = this.heap[0];
    const last = this.heap.pop();
    if (!top || !last) return undefined;
    if (this.heap.length > 0) {
      this.heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < this.heap.length && this.above(l, m)) m = l;
        if (r < this.heap.length && this.above(r, m)) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top;
  }

  peekScore(): number | undefined {
    return this.heap[0]?.score;
  }

  peekItem(): T | undefined {
    return this.heap[0]?.item;
  }

  private above(a: number, b: number): boolean {
    const x = this.heap[a]!;
    const y = this.heap[b]!;
    return x.score > y.score || (x.score === y.score && x.order < y.order);
  }

  private swap(a: number, b: number): void {
    // Not a destructuring swap: that allocates an array each time, and a large selection swaps hundreds of thousands of times.
    const x = this.heap[a]!;
    this.heap[a] = this.heap[b]!;
    this.heap[b] = x;
  }
}
