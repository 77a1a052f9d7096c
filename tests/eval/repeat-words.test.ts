import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../src/core/ingest/document.js';
import { type SelectionParams, selectSummary } from '../../src/core/summary/select-summary.js';
import { floodLeads, sentence } from './made-up-cluster.js';

/**
 * A made-up flood story: every article opens on the flood in the valley town of Marlow. Further
 * down, one sentence names the town, the flood and the valley again with a detail no other article
 * gives; two others share a side detail (the rail line, the school) that no opening mentions.
 */
const sentences: Sentence[] = [
  ...floodLeads,
  sentence('a', 3, 'Marlow flood damage in the valley was the worst in years.'),
  sentence('a', 4, 'The rail line was closed for the rest of the week, and the school was shut.'),
  sentence('b', 3, 'The rail line stayed closed and the school stayed shut.'),
];
const documents = new Map(['a', 'b', 'c'].map((id) => [id, { sentenceCount: 5 }]));

/** Made up, in the shape of a fit: the more documents and leads state a word and the more often, the likelier a summary says it twice. */
const repeatModel = [-5, -0.4, -0.6, 1.3, 0.5, 1.0, 0.1, 0, 1.7];

const secondSentence = (params: Partial<SelectionParams>) => selectSummary({ sentences, documents, maxSentences: 2, params: { sentenceQuality: null, ...params } })[1]?.text;

describe('a word said again (repeat model)', () => {
  it("counting each word once, adds the side detail; crediting the story's key words said again, the sentence that repeats them", () => {
    expect(secondSentence({ repeatModel: null })).toBe('The rail line stayed closed and the school stayed shut.');
    expect(secondSentence({ repeatModel })).toBe('Marlow flood damage in the valley was the worst in years.');
  });

  it('needs single words as concepts: with words off, the repeat model changes nothing', () => {
    expect(secondSentence({ repeatModel, wordWeight: 0 })).toBe(secondSentence({ repeatModel: null, wordWeight: 0 }));
  });
});
