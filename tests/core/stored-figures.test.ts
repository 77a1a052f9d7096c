import { describe, expect, it, vi } from 'vitest';
import { buildDocument } from '../../src/core/build-document.js';
import type { Sentence } from '../../src/core/document.js';
import { findFigures } from '../../src/core/figures.js';

// Every wink-nlp call goes through nlp.ts's readDoc: counting it tells whether an answer tags text again.
const nlpCalls = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/core/nlp.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/core/nlp.js')>();
  return {
    ...original,
    readDoc: (text: string) => {
      nlpCalls.count++;
      return original.readDoc(text);
    },
  };
});

const TEXT = [
  'A fire at the Port Halden docks killed at least 12 people on Monday, and about 40 were taken to hospitals.',
  'The harbour company said 3 percent of its cranes were damaged. "We will rebuild," its chief said.',
  'Crews fought the blaze for six hours. Two weeks ago inspectors had visited the warehouse near Pier 9.',
].join('\n\n');

const shown = (sentences: readonly Sentence[]) => findFigures(sentences).map((f) => `${f.sentence.position}: ${f.value} | ${f.counts}`);

describe('figures kept in the analysis', () => {
  it('a briefing reads the figures an analysed document stores: no sentence is tagged again, and they are the ones tagging finds', () => {
    const built = buildDocument({ id: 'docks.txt', text: TEXT });
    if (!('document' in built)) throw new Error('expected a document');
    const { sentences } = built.document;
    expect(sentences.every((s) => Array.isArray(s.figures))).toBe(true);

    nlpCalls.count = 0;
    const stored = shown(sentences);
    expect(nlpCalls.count).toBe(0);

    // The same sentences without what the analysis stored are tagged one by one, as a sentence made elsewhere is.
    const bare = sentences.map(({ figures: _figures, ...rest }) => ({ ...rest }));
    expect(shown(bare)).toEqual(stored);
    expect(nlpCalls.count).toBeGreaterThan(0);
    expect(stored).toEqual(['0: 12 | people killed', '0: 40 | were taken to hospitals', '1: 3 percent | of its cranes were damaged', '3: six | hours']);
  });
});
