/**
 * Strings read back from stored analyses, one copy each for the process: a set's documents
 * spell the same few thousand words millions of times. They are looked up straight from the
 * stored UTF-8 bytes, so a restart makes a string only for a word it has not seen yet, not one
 * per word per document to be thrown away (that garbage was a third of a restart's time).
 */
const MAX_STRINGS = 2_000_000;

let mask = (1 << 16) - 1;
/** Open addressing: entry number + 1 by slot, 0 free. */
let slots = new Int32Array(mask + 1);
const strings: string[] = [];
let hashes: Int32Array<ArrayBuffer> = new Int32Array(1024);
let starts: Int32Array<ArrayBuffer> = new Int32Array(1024);
let lengths: Int32Array<ArrayBuffer> = new Int32Array(1024);
/** The UTF-8 bytes of every string held, one after the other. */
let arena = new Uint8Array(1 << 16);
let arenaUsed = 0;
const decoder = new TextDecoder();

/** The process's copy of the string whose UTF-8 bytes are bytes[start, end). */
export function stringAt(bytes: Uint8Array, start: number, end: number): string {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  let slot = h & mask;
  for (let e = slots[slot]!; e !== 0; e = slots[(slot = (slot + 1) & mask)]!) {
    if (hashes[e - 1] === h && sameBytes(bytes, start, end, starts[e - 1]!, lengths[e - 1]!)) return strings[e - 1]!;
  }
  const s = decoder.decode(bytes.subarray(start, end));
  if (strings.length < MAX_STRINGS) hold(s, h, bytes, start, end, slot);
  return s;
}

function sameBytes(bytes: Uint8Array, start: number, end: number, at: number, length: number): boolean {
  if (end - start !== length) return false;
  for (let i = 0; i < length; i++) if (arena[at + i] !== bytes[start + i]) return false;
  return true;
}

function hold(s: string, h: number, bytes: Uint8Array, start: number, end: number, slot: number): void {
  const n = strings.length;
  if (n === hashes.length) {
    hashes = grown(hashes, n * 2);
    starts = grown(starts, n * 2);
    lengths = grown(lengths, n * 2);
  }
  if (arenaUsed + end - start > arena.length) {
    const bigger = new Uint8Array(Math.max(arena.length * 2, arenaUsed + end - start));
    bigger.set(arena.subarray(0, arenaUsed));
    arena = bigger;
  }
  arena.set(bytes.subarray(start, end), arenaUsed);
  strings.push(s);
  hashes[n] = h;
  starts[n] = arenaUsed;
  lengths[n] = end - start;
  arenaUsed += end - start;
  slots[slot] = n + 1;
  if ((n + 1) * 2 > mask) rehash();
}

function grown(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const out = new Int32Array(size);
  out.set(a);
  return out;
}

function rehash(): void {
  mask = mask * 2 + 1;
  slots = new Int32Array(mask + 1);
  for (let n = 0; n < strings.length; n++) {
    let slot = hashes[n]! & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = n + 1;
  }
}

/** A list of strings as UTF-8 bytes and each one's length in bytes, the form stringAt reads. */
export function stringsAsBytes(list: readonly string[]): { bytes: Uint8Array; lengths: Uint32Array } {
  const joined = list.join('');
  const bytes = encoder.encode(joined);
  // As many bytes as UTF-16 units only when every character is ASCII (any other takes more bytes than units): each string's length is then its length in bytes.
  const ascii = bytes.length === joined.length;
  const lengths = new Uint32Array(list.length);
  for (let i = 0; i < list.length; i++) lengths[i] = ascii ? list[i]!.length : Buffer.byteLength(list[i]!);
  return { bytes, lengths };
}
const encoder = new TextEncoder();
