import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../../src/core/ingest/document.js';
import { readQuotations } from '../../../src/core/ingest/quotation.js';
import { sentence } from '../../eval/made-up-cluster.js';

/** One made-up paragraph: which of its sentences open inside a quotation, and what the writer says in their own words. */
function read(...texts: string[]): { inside: boolean[]; own: string[] } {
  const doc: Sentence[] = texts.map((t, i) => sentence('a', i, t));
  const quoted = readQuotations(doc);
  return { inside: quoted.map((q) => q.opensInside), own: quoted.map((q) => q.own.replace(/\s+/g, ' ').trim()) };
}

describe('quotation marks paired whatever the typewriter', () => {
  it("reads typewriter `` and '' as opening and closing quotation marks", () => {
    const r = read("``We will rebuild every pier,'' Tove Lind said.", 'The harbour reopened on Friday.');
    expect(r.own[0]).toBe('Tove Lind said.');
    expect(r.inside).toEqual([false, false]);
  });

  it("closes a quotation that ends on a single mark after its punctuation, so the paragraph after it is the writer's", () => {
    const r = read('"We will rebuild every pier,\' Tove Lind said.', 'The harbour reopened on Friday.');
    expect(r.own[0]).toBe('Tove Lind said.');
    expect(r.inside).toEqual([false, false]);
  });

  it('keeps an inner quotation inside the outer one, and an apostrophe is no mark', () => {
    const r = read('"He told us, `Leave the workers\' boats alone,\' and we did," Lind said.', 'The harbour reopened on Friday.');
    expect(r.own[0]).toBe('Lind said.');
    expect(r.inside).toEqual([false, false]);
  });

  it('opens nothing with a stray mark after a closed quotation', () => {
    expect(read('"We will rebuild every pier," Tove Lind said.\'``', 'The harbour reopened on Friday.').inside).toEqual([false, false]);
    const r = read('"We will rebuild every pier," Tove Lind said."', 'The harbour reopened on Friday.');
    expect(r.inside).toEqual([false, false]);
  });

  it("tells a typewriter pair from a lone mark wherever it stands: after a possessive, at a sentence's end (17first, Q1)", () => {
    // A straight single mark after a possessive inside the quotation is no pair; the '' after it closes the quotation.
    const r = read("``The town's pier will be rebuilt,'' Tove Lind said of the workers' boats.", 'The harbour reopened on Friday.');
    expect(r.own[0]).toBe("Tove Lind said of the workers' boats.");
    expect(r.inside).toEqual([false, false]);
    // A pair written straight after a word, with no punctuation before it, closes the quotation as well.
    expect(read("``We will rebuild every pier'' Tove Lind said.", 'The harbour reopened on Friday.').own[0]).toBe('Tove Lind said.');
    // A pair that is the sentence's last two characters closes a quotation carried in from the sentence before.
    expect(read('``We need tents.', "We need water.''", 'The harbour reopened on Friday.').inside).toEqual([false, true, false]);
  });

  it('still carries a quotation that runs on over the sentences of a paragraph', () => {
    expect(read('"We need tents.', 'We need water," Lind said.', 'The harbour reopened on Friday.').inside).toEqual([false, true, false]);
  });
});

describe("a document's quotation reading, made once for its readers", () => {
  it('hands the second reader of the same sentences the first reading, and reads other sentences afresh', () => {
    const doc: Sentence[] = ['"We will rebuild every pier," Tove Lind said.', 'The harbour reopened on Friday.'].map((t, i) => sentence('a', i, t));
    const first = readQuotations(doc);
    // Opinion and the passage readings both read a document at analysis: the second is not read again.
    expect(readQuotations(doc)).toBe(first);
    const other: Sentence[] = ['The harbour reopened on Friday.'].map((t, i) => sentence('b', i, t));
    expect(readQuotations(other).map((q) => q.own)).toEqual(['The harbour reopened on Friday.']);
    expect(readQuotations(doc)).toEqual(first);
  });
});
