/**
 * The strings of a batch of analyses as a worker hands them over (analyse-worker.ts): numbered
 * once for the worker's whole run, so the main thread makes no string twice.
 */
export interface HandedStrings {
  /** The worker numbered afresh from 0 before this batch: what it handed over before is dropped. */
  reset: boolean;
  /** Strings first met in this batch, in the order they were numbered after those before. */
  fresh: string[];
  /** Per analysis of the batch, each string of its table (in its order) as a number of the worker's. */
  tables: Uint32Array[];
}

/** Strings a worker numbers before it starts again: a set of many distinct phrases holds no unbounded map in either thread. */
export const MAX_HANDED_STRINGS = 200_000;

/** The strings a worker has handed over so far, and each analysis's table from them. */
export function handedStrings(): (batch: HandedStrings) => string[][] {
  let held: string[] = [];
  return ({ reset, fresh, tables }) => {
    if (reset) held = [];
    for (const s of fresh) held.push(s);
    return tables.map((table) => {
      const strings = new Array<string>(table.length);
      for (let k = 0; k < table.length; k++) {
        const s = held[table[k]!];
        if (s === undefined) throw new Error(`string ${table[k]} of ${held.length} handed over`);
        strings[k] = s;
      }
      return strings;
    });
  };
}
