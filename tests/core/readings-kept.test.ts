import { describe, expect, it } from 'vitest';
import { its, readDoc } from '../../src/core/nlp.js';

const tagsOf = (text: string) => {
  const tokens = readDoc(text).tokens();
  return { words: tokens.out() as string[], tags: tokens.out(its.pos) as string[] };
};

describe("wink's readings kept for the next reader of the same text (docs/quality.md, issue 17, session 43, rule RD)", () => {
  it('hands a sentence read a moment ago to the next reader instead of tagging it again', () => {
    const text = 'Harbour officials in Tolland said on Monday that 42 warehouses burned overnight.';
    const first = readDoc(text);
    readDoc('Another sentence read in between, as the next point of an answer.');
    expect(readDoc(text)).toBe(first);
  });

  it('tags a kept sentence exactly as a fresh reading would, whatever was read in between', () => {
    const text = "Tolland's mayor, Ms. Quarrington, said the fire crews' ladders reached the fourth floor.";
    const first = readDoc(text);
    const kept = tagsOf(text);
    // Enough other texts, with words of their own, that the reading is no longer kept: it is read afresh.
    for (let i = 0; i < 80; i++) readDoc(`Reader ${i} met Quarringtonian${i} and Tolland's ferry${i} at dawn.`);
    expect(readDoc(text)).not.toBe(first);
    expect(tagsOf(text)).toEqual(kept);
  });

  it('does not keep a paragraph longer than a sentence', () => {
    const paragraph = Array.from({ length: 30 }, (_, i) => `The council met for the ${i + 1}th time on the harbour fire and heard the chief's report.`).join(' ');
    expect(paragraph.length).toBeGreaterThan(1_000);
    expect(readDoc(paragraph)).not.toBe(readDoc(paragraph));
  });
});
