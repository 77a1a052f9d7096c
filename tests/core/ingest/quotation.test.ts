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

  it('still carries a quotation that runs on over the sentences of a paragraph', () => {
    expect(read('"We need tents.', 'We need water," Lind said.', 'The harbour reopened on Friday.').inside).toEqual([false, true, false]);
  });
});
