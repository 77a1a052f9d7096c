import { describe, expect, it } from 'vitest';
import { analyse, decodeAnalysis, decodePlain, encodeAnalysis, encodePlain } from '../../../src/core/index/analysis.js';
import { mergeSurfaces } from '../../../src/core/index/pack-analysis.js';
import type { RawDocument } from '../../../src/core/ingest/document.js';

const raw: RawDocument = {
  id: 'harbour.md',
  meta: { title: 'Harbour fire', published: '2024-03-02' },
  text: ['A fire at the Port Halden docks killed at least 12 people on Monday.  The harbour company said 3 percent of its cranes were damaged.', '"We will rebuild the docks," the harbour chief said. The docks reopen next week.'].join(
    '\n\n',
  ),
};

describe('stored analysis form', () => {
  it('reads back exactly the analysis that was made: sentences, their words, figures and places, and the phrase forms', () => {
    const made = analyse(raw);
    const back = decodeAnalysis(encodeAnalysis(made), raw);
    if (!('analysis' in back)) throw new Error(back.corrupt);
    expect(back.analysis.built).toEqual(made.built);
    const surfaces = new Map();
    mergeSurfaces(surfaces, back.analysis.surfaces);
    expect(surfaces).toEqual(made.surfaces);
    if (!('document' in back.analysis.built)) throw new Error('expected a document');
    const [first] = back.analysis.built.document.sentences;
    expect(first!.figures).toEqual([{ value: '12', counts: 'people killed' }]);
    expect(first!.text).toBe('A fire at the Port Halden docks killed at least 12 people on Monday.');
  });

  it('an entry that is well framed but does not add up is reported as unusable, not thrown', () => {
    const decoded = decodePlain(encodeAnalysis(analyse(raw)));
    if (!('value' in decoded)) throw new Error(decoded.corrupt);
    const packed = decoded.value as { built: { document: { tokens: Uint32Array } } };
    packed.built.document.tokens = packed.built.document.tokens.subarray(0, 5);
    const back = decodeAnalysis(encodePlain(packed), raw);
    expect(back).toEqual({ corrupt: expect.stringMatching(/does not describe this document/) });
  });

  it('reads back numbers too large for 16 bits and a sentence not found in its paragraph', () => {
    const made = analyse(raw);
    if (!('document' in made.built)) throw new Error('expected a document');
    const [first, ...others] = made.built.document.sentences;
    // A sentence whose text was re-joined (not verbatim in the paragraph), and a phrase form counted 70,000 times.
    const rejoined = { ...first!, text: 'A fire at the Port Halden docks killed at least 12 people.' };
    const built = { document: { ...made.built.document, sentences: [rejoined, ...others] } };
    const surfaces = new Map([['harbour fire', new Map([['harbour fire', 70_000]])]]);
    const back = decodeAnalysis(encodeAnalysis({ built, surfaces }), raw);
    if (!('analysis' in back)) throw new Error(back.corrupt);
    expect(back.analysis.built).toEqual(built);
    const merged = new Map();
    mergeSurfaces(merged, back.analysis.surfaces);
    expect(merged).toEqual(surfaces);
  });
});
