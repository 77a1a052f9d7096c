import type { Tokens } from 'wink-nlp';
import { its } from '../nlp.js';

/** What wink says of a token that depends on its text alone. */
export interface LexemeReading {
  /** As written. */
  value: string;
  type: string;
  normal: string;
  stop: boolean;
}

/** Lexemes kept a worker (about 100 bytes each), past which the rest are read each time (wink's lexicon itself grows without bound). */
const MAX_LEXEMES = 500_000;

/**
 * A reader of a sentence's tokens that works out `make` once per lexeme (wink's number for a
 * token's text) for the life of the thread, not once per token: wink unpacks a token's type,
 * normal and stop-word flag from its lexicon on every read, and a set spells the same few tens of
 * thousands of words millions of times. A lexeme's properties never change once wink has it. The
 * parts of a contraction ("do" and "n't" of "don't") carry their own normal, so they are read and
 * made each time.
 */
export function lexemeReader<T>(make: (lexeme: LexemeReading) => T): (tokens: Tokens) => T[] {
  let slots = new Int32Array(1 << 16);
  const made: T[] = [];
  return (tokens) => {
    const ids = tokens.out(its.uniqueId) as number[];
    const contracted = tokens.out(its.contractionFlag) as boolean[];
    const out = new Array<T>(ids.length);
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      if (contracted[i]) {
        out[i] = make(readAt(tokens, i));
        continue;
      }
      const slot = id < slots.length ? slots[id]! : 0;
      if (slot) {
        out[i] = made[slot - 1]!;
        continue;
      }
      const one = make(readAt(tokens, i));
      out[i] = one;
      if (made.length >= MAX_LEXEMES) continue;
      if (id >= slots.length) slots = grown(slots, id);
      made.push(one);
      slots[id] = made.length;
    }
    return out;
  };
}

function readAt(tokens: Tokens, i: number): LexemeReading {
  const token = tokens.itemAt(i);
  return { value: token.out() as string, type: token.out(its.type) as string, normal: token.out(its.normal) as string, stop: token.out(its.stopWordFlag) as unknown as boolean };
}

function grown(slots: Int32Array, id: number): Int32Array<ArrayBuffer> {
  let size = slots.length;
  while (size <= id) size *= 2;
  const out = new Int32Array(size);
  out.set(slots);
  return out;
}
