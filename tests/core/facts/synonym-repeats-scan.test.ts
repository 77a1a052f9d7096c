import { describe, expect, it, vi } from 'vitest';
import { findFigures } from '../../../src/core/facts/figures.js';
import { withoutSynonymRepeats } from '../../../src/core/facts/same-figure.js';
import { sentence } from '../../eval/made-up-cluster.js';

// A pass over the lexicon's vectors is made for the words given to relatedStemsOfEach: the words it is asked tell how often one is made.
const scans = vi.hoisted(() => ({ words: [] as string[] }));
vi.mock('../../../src/core/index/related-words.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/core/index/related-words.js')>();
  return {
    ...original,
    relatedStemsOfEach: (words: readonly string[], has: (stem: string) => boolean) => {
      scans.words.push(...words);
      return original.relatedStemsOfEach(words, has);
    },
  };
});

const kept = (texts: string[]) => withoutSynonymRepeats(findFigures(texts.map((text, i) => sentence(String.fromCharCode(97 + i), 0, text)))).map((f) => `${f.value} ${f.sentence.docId}`);

describe('key figures of one amount that count unrelated things (docs/quality.md, issue 17, twenty-second round, 17adhoc3)', () => {
  it('keeps both without a pass over the lexicon', () => {
    scans.words.length = 0;
    expect(kept(['Rebels seized 250 rifles from the harbour depot overnight.', 'The port authority hired 250 teachers for its night school.'])).toEqual(['250 a', '250 b']);
    expect(scans.words).toEqual([]);
  });

  it('still reads the neighbours of a head another head of the amount may mean, and keeps one figure', () => {
    scans.words.length = 0;
    expect(kept(['Delegates from about 190 nations are meeting at the harbour conference.', 'Delegates from about 190 countries are negotiating a plan for port emissions.'])).toEqual(['190 a']);
    expect(scans.words.length).toBeGreaterThan(0);
  });
});
