import { describe, expect, it } from 'vitest';
import { glossedNamesIntroduced } from '../../../src/core/compose/empty-summary.js';
import type { Sentence } from '../../../src/core/ingest/document.js';
import { introduces } from '../../../src/core/summary/passages.js';
import { selectSummary } from '../../../src/core/summary/select-summary.js';
import { sentence } from '../../eval/made-up-cluster.js';

/** docs/quality.md, "Twenty-fifth round (issue 16empty)": a topic's summary is not left empty while a unit may be shown. */

const documents = new Map([
  ['a', { published: '2024-03-01', sentenceCount: 3 }],
  ['b', { published: '2024-03-02', sentenceCount: 3 }],
]);
// A short sentence that stands alone but is held back (shown only within its passage), and a passage of more words than a
// summary sentence may have (55): the passage is prose to a reader, and the only unit that may be chosen.
const held = sentence('a', 1, 'The dam on the Kessel river was closed to traffic on Tuesday after engineers found cracks.');
const passage: Sentence = {
  ...sentence(
    'b',
    0,
    'Engineers closed the dam on the Kessel river to all traffic on Tuesday after an inspection found deep cracks in its northern wall, the regional water authority said. ' +
      'The authority said the dam would stay closed for at least three weeks while divers examined the foundations and a team from the capital tested the concrete in the cracked wall for signs of erosion.',
  ),
};

describe('rule S1′: a unit of any length that stands alone, when nothing of the first tier may be chosen', () => {
  const input = {
    sentences: [held, passage],
    documents,
    maxWords: 120,
    maxSentences: 4,
    mentionOnly: (s: Sentence) => s === held,
  };

  it('leaves the summary empty without the fallback (the passage is not in the stands-alone tier)', () => {
    expect(selectSummary(input)).toEqual([]);
  });

  it('chooses the long passage with it', () => {
    expect(selectSummary({ ...input, fallBack: true })).toEqual([passage]);
  });

  it('never falls back to a unit that does not stand alone (amendment A)', () => {
    const quoted = { ...passage, text: `"We closed it because the cracks were deep," ${passage.text.charAt(0).toLowerCase()}${passage.text.slice(1)}` };
    expect(selectSummary({ ...input, sentences: [held, quoted], fallBack: true })).toEqual([]);
  });

  it('never falls back to a fragment', () => {
    const heading = sentence('b', 0, 'KESSEL DAM CLOSED AFTER ENGINEERS FIND CRACKS IN THE NORTHERN WALL OF THE DAM ON TUESDAY');
    expect(selectSummary({ ...input, sentences: [held, heading], fallBack: true })).toEqual([]);
  });
});

describe('rule S2: a name its document gives in full is introduced by the gloss', () => {
  const doc = [
    sentence('a', 0, 'Prime Minister Rafik Hariri said Monday he was bowing out as premier after a dispute with the new president.'),
    sentence('a', 1, 'Hariri is credited with restoring economic confidence and stabilizing the national currency.'),
    sentence('a', 2, 'Mikati, a rival, said the crisis would pass.'),
  ];
  const ofDocument = () => doc;
  const by = { needs: (s: Sentence) => (s === doc[1] ? ['Hariri'] : s === doc[2] ? ['Mikati'] : null), introduces };

  it('no longer waits for "Hariri", whom the document names in full', () => {
    expect(glossedNamesIntroduced(by, ofDocument, []).needs(doc[1]!)).toBeNull();
  });

  it('still waits for a name the document never gives in full', () => {
    expect(glossedNamesIntroduced(by, ofDocument, []).needs(doc[2]!)).toEqual(['Mikati']);
  });
});
