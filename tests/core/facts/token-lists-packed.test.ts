import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/core/facts/quotes.js';
import { needsOf } from '../../../src/core/index/introduced.js';
import type { Sentence } from '../../../src/core/ingest/document.js';
import { sentence } from '../../eval/made-up-cluster.js';

// Who said what's token lists, the full-name table's lists and the passage readings' names are made by Array.from, not
// map, so they are packed in every tier (docs/quality.md, "Issue 17, twenty-eighth round (17index3)"). The answers must
// not depend on whether V8 has optimised the readers yet: each case is asked once cold and again after many documents.

const docOf = (id: string, texts: readonly string[]): Sentence[] => texts.map((text, k) => ({ ...sentence(id, k, text), paragraph: k, index: 0 }));

function who(id: string, ...texts: string[]): string[] {
  const doc = docOf(id, texts);
  return findQuotes(doc, () => doc).map((q) => q.speaker);
}

const HOLT = ['Lena Holt, the harbour master, opened the port on Monday.', 'Ships waited in the bay for a week.', '"We will rebuild every warehouse," Holt said.'];
const SHEPARD = ['Dennis Shepard and Judy Shepard spoke to reporters.', '"It was a long night," Shepard said.'];
const MCKINNEY = ["McKinney's father, Bill, drove to the court.", '"I never doubted him," McKinney said.'];
const PASSAGE = ['Lena Holt opened the port on Monday.', 'Crowds gathered at the gates.', 'Holt spoke after noon.'];

function answers(round: number) {
  return {
    holt: who(`holt${round}`, ...HOLT),
    shepard: who(`shepard${round}`, ...SHEPARD),
    mckinney: who(`mckinney${round}`, ...MCKINNEY),
    passage: needsOf(docOf(`passage${round}`, PASSAGE)).map((n) => n.name),
  };
}

describe('who said what and the passage readings, cold and after many documents', () => {
  it('gives a one-word speaker the one full name the document gives, and the same answers once the readers are optimised', () => {
    const cold = answers(0);
    expect(cold.holt).toEqual(['Lena Holt']);
    // Two full names end on the word: it stays as written.
    expect(cold.shepard).toEqual(['Shepard']);
    // A relative named after the surname's possessive ("McKinney's father, Bill,") is the one full name ending on the word.
    expect(cold.mckinney).toEqual(['Bill McKinney']);
    // The short form "Holt" needs the sentence that writes "Lena Holt".
    expect(cold.passage).toEqual([undefined, undefined, 0]);
    for (let round = 1; round <= 300; round++) answers(round);
    expect(answers(301)).toEqual(cold);
  });
});
