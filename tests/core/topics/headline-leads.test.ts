import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/core/index/build-document.js';
import { headlineLeads } from '../../../src/core/index/headline-leads.js';
import { addToIndex } from '../../../src/core/index/term-index.js';
import type { RawDocument } from '../../../src/core/ingest/document.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';
import { indexOfDocuments } from '../index-of.js';

/**
 * Made-up articles on a central bank (docs/quality.md, "Session 51: a story's headline says what its lead is about", rule HL):
 * the article that revises the inflation figure never writes "inflation" in its text, only in its headline.
 */
const DOCS: RawDocument[] = [
  {
    id: 'rates.md',
    meta: { title: 'Central bank raises rates to 4.5 percent', published: '2026-10-07' },
    text: 'The Bank of Valmar raised its main interest rate to 4.5 percent on Wednesday, as inflation climbed to 6.8 percent in September.\n\nGovernor Tomas Ekberg said the bank would bring inflation back to its 2 percent target.',
  },
  {
    id: 'revision.md',
    meta: { title: 'Inflation revised down as fuel prices ease', published: '2026-10-15' },
    text: 'Consumer prices rose 6.1 percent in the year to September, the statistics office said on Thursday, revising down its first estimate after correcting an error in fuel prices.\n\nFood prices rose 9 percent over the year.',
  },
  {
    id: 'unions.txt',
    text: 'Unions in Valmar asked for higher wages on Friday, citing rising rents and food prices.\n\nThe largest union said its members had lost ground to inflation for two years.',
  },
];

const citedFiles = (query: string) => {
  const result = createLibrary('made-up', DOCS).brief(query, { length: 'standard' });
  if (!result.ok) throw new Error(`no briefing for ${query}`);
  return result.briefing.sources.map((s) => s.docId);
};

describe("a query's word in a story's headline", () => {
  it('brings in the lead of the article whose headline holds it', () => {
    expect(citedFiles('inflation')).toContain('revision.md');
  });
});

const LATER: RawDocument = {
  id: 'outlook.md',
  meta: { title: 'Inflation to stay high into spring, bank warns', published: '2026-10-20' },
  text: 'The Bank of Valmar said on Monday that prices would keep rising faster than its target until April.\n\nThe bank meets again in December.',
};

describe('the headlines a query word is looked up in', () => {
  it('finds, once the set has grown, the leads a fresh index finds (the headline index keeps its documents by index)', () => {
    const index = indexOfDocuments(DOCS);
    const before = headlineLeads(index, 'inflat');
    expect(before.map((id) => index.sentences[id]!.docId)).toEqual(['revision.md']);
    const built = buildDocument(LATER, index.surfaces);
    if ('document' in built) addToIndex(index, built.document);
    const grown = headlineLeads(index, 'inflat');
    expect(grown.map((id) => index.sentences[id]!.docId)).toEqual(['revision.md', 'outlook.md']);
    expect(grown).toEqual(headlineLeads(indexOfDocuments([...DOCS, LATER]), 'inflat'));
  });
});
