import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lexiconByFrequency, relatedStems, relatedStemsOfEach } from '../../../src/core/index/related-words.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';
import { stem } from '../../../src/core/nlp.js';

/** Made-up wire copy: the set says "killed" and "wounded", never "casualties". */
const ARTICLES = [
  'Rebel shelling of the border town continued on Monday. Eleven soldiers were killed and forty were wounded when shells hit the barracks.',
  'The foreign minister flew to the capital on Tuesday for talks on the border. Talks on a truce are expected to resume next week.',
  'Farmers in the valley said the harvest was the best in a decade. Grain prices fell for a third month.',
];
const library = createLibrary(
  'border',
  ARTICLES.map((text, i) => ({ id: `${i}.txt`, text })),
);

describe('related words', () => {
  it('finds words of related meaning that a set uses, closest first, and none for a word it does not know', () => {
    const related = relatedStems('casualties', () => true).map((r) => r.stem);
    expect(related).toContain(stem('killed'));
    expect(related).toContain(stem('wounded'));
    expect(relatedStems('zqxjv', () => true)).toEqual([]);
    expect(relatedStems('casualties', (s) => s === stem('killed')).map((r) => r.stem)).toEqual([stem('killed')]);
  });

  it('answers a word the set never uses with the sentences that say it in related words', () => {
    const r = library.brief('casualties');
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.briefing.summary[0]!.text).toContain('Eleven soldiers were killed');
  });

  it('lets an exact word outrank related ones, and still says when nothing matches', () => {
    const withWord = createLibrary(
      'border2',
      [...ARTICLES, 'Casualties among the rebels were light, a spokesman said on Friday.'].map((text, i) => ({ id: `${i}.txt`, text })),
    );
    const r = withWord.brief('what were the casualties');
    expect(r.ok && r.briefing.summary[0]!.text).toContain('Casualties among the rebels were light');
    const none = library.brief('zqxjv wvkkp');
    expect(none.ok).toBe(false);
  });

  it('gives each word the neighbours a plain cosine over the lexicon gives, in the same order, alone or several at once', () => {
    // The reference: the lexicon read row by row, each word's cosine with every other, the closest 25 above 0.55, stemmed.
    const words = readFileSync(new URL('../../../lexicon/related-words.txt', import.meta.url), 'utf8')
      .split('\n')
      .filter(Boolean);
    const raw = readFileSync(new URL('../../../lexicon/related-words.i8', import.meta.url));
    const vectors = new Int8Array(raw.buffer, raw.byteOffset, raw.byteLength);
    // Norms are kept as 32-bit floats.
    const norm = (k: number) => Math.fround(Math.sqrt(vectors.subarray(k * 100, k * 100 + 100).reduce((a, x) => a + x * x, 0)) || 1);
    const reference = (word: string) => {
      const k = words.indexOf(word);
      const near: { j: number; similarity: number }[] = [];
      for (let j = 0; j < words.length; j++) {
        if (j === k) continue;
        let dot = 0;
        for (let d = 0; d < 100; d++) dot += vectors[k * 100 + d]! * vectors[j * 100 + d]!;
        const similarity = dot / (norm(k) * norm(j));
        if (similarity >= 0.55) near.push({ j, similarity });
      }
      near.sort((a, b) => b.similarity - a.similarity);
      const stems = new Map<string, number>();
      for (const { j, similarity } of near.slice(0, 25)) if (stem(words[j]!) !== stem(word) && !stems.has(stem(words[j]!))) stems.set(stem(words[j]!), similarity);
      return [...stems].map(([s, similarity]) => ({ stem: s, similarity }));
    };
    const asked = ['dismissed', 'elected', 'protest', 'harbour'].filter((w) => words.includes(w));
    expect(asked.length).toBeGreaterThan(2);
    const together = relatedStemsOfEach(asked, () => true);
    for (const word of asked) {
      const expected = reference(word);
      expect(expected.length).toBeGreaterThan(0);
      expect(relatedStems(word, () => true)).toEqual(expected);
      expect(together.get(word)).toEqual(expected);
    }
  });
});

describe("the lexicon's words of a stem, found by first letter (docs/quality.md, issue 17, twenty-second round, 17adhoc3, rule 1)", () => {
  it("holds no word whose stem opens otherwise than the word: a stem's words are all under its first letter", () => {
    const words = lexiconByFrequency() ?? [];
    expect(words.length).toBeGreaterThan(0);
    expect(words.filter((w) => stem(w).slice(0, 1) !== w.toLowerCase().slice(0, 1))).toEqual([]);
  });
});
