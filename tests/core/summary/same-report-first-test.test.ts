import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/core/index/sentences.js';
import { mayShareThreeTokens, sameReport } from '../../../src/core/summary/same-fact.js';

/** Made-up wire copy, read by the index as a document's sentences are: same reports, near misses and plain other statements. */
const paragraphs = [
  'Mayor Anna Berg announced that the council has agreed to close the old river bridge, ending a year of dispute over its repair.',
  'Berg revealed that the council had "agreed that the city would close the old river bridge," though she stressed that the state would pay for the new one.',
  'Mayor Anna Berg announced that the council has agreed to close the central market on Sundays.',
  'The governor of the state announced that the province has agreed to close the old river bridge.',
  'Berg said the bridge was unsafe.',
  'Berg said the repairs would cost too much.',
  'President Clinton nominated Hillary Clinton to lead the panel.',
  'Clinton nominated Clinton, the White House said.',
  'Engineers found cracks in two of the old bridge piers last spring.',
  'Police arrested the suspect in Lyon on Tuesday, officials said.',
  'French police arrested the suspect near Lyon.',
  'The storm killed 12 people in the 1990s-era shelters.',
  'Rescuers pulled survivors from the rubble of the collapsed school.',
  'Rescue workers in Ankara pulled more survivors from the rubble.',
  'Turkish officials said rescuers had pulled survivors from the rubble in Ankara.',
  'The minister visited the flooded villages and promised new aid.',
];

describe('the same report is tested cheaply first (docs/quality.md, "Issue 17, twentieth round (17first)")', () => {
  const sentences = splitSentences('wire', paragraphs);

  it('never says no where the full test says yes, over every pair', () => {
    let cut = 0;
    for (const a of sentences)
      for (const b of sentences) {
        if (a === b) continue;
        const may = mayShareThreeTokens(a, b);
        if (!may) cut++;
        if (sameReport(a, b)) expect(may).toBe(true);
      }
    // The test answers for most pairs here without a tagger's reading.
    expect(cut).toBeGreaterThan(sentences.length);
  });

  it('lets through a paraphrase and its quotation, and stops two sentences that share two words', () => {
    const [paraphrase, quotation] = sentences;
    expect(mayShareThreeTokens(paraphrase!, quotation!)).toBe(true);
    expect(sameReport(paraphrase!, quotation!)).toBe(true);
    const unsafe = sentences.find((s) => s.text.startsWith('Berg said the bridge'))!;
    const cracks = sentences.find((s) => s.text.startsWith('Engineers'))!;
    expect(mayShareThreeTokens(unsafe, cracks)).toBe(false);
  });

  it('leaves untested a sentence whose text may hold tokens the index does not keep as words, or one made elsewhere', () => {
    const storm = sentences.find((s) => s.text.includes('1990s'))!;
    const cracks = sentences.find((s) => s.text.startsWith('Engineers'))!;
    expect(mayShareThreeTokens(storm, cracks)).toBe(true);
    expect(mayShareThreeTokens({ ...cracks, phrases: [] }, sentences[4]!)).toBe(true);
  });
});
