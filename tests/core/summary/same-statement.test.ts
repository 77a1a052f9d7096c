import { describe, expect, it } from 'vitest';
import { sameFact } from '../../../src/core/summary/same-fact.js';
import { selectSummary } from '../../../src/core/summary/select-summary.js';
import { sentence } from '../../eval/made-up-cluster.js';

// Made-up wire copy: one official's forecast told twice in one article, once by office and once by name.
const byOffice = 'The head of the regional water board, meanwhile, says that full repair of the dam could take several years.';
const byName = "Karin Olsen, the head of the regional water board, told reporters on a visit to the flooded valley that it could take years to fully repair the dam, and that farms, roads and the town's new reservoir had been lost.";

describe('one fact, said once in other words (docs/quality.md, seventeenth round, 16facts3)', () => {
  it('reads the same subject stating the same thing in other words as one fact', () => {
    expect(sameFact(sentence('a', 2, byOffice), sentence('a', 7, byName))).toBe(true);
  });

  it('keeps apart another statement, a negated one, and another subject', () => {
    const closed = 'The head of the regional water board said the dam would be closed to traffic until the spring.';
    const negated = 'The head of the regional water board said full repair of the dam would not take years.';
    const mayor = 'The mayor of the town says that full repair of the dam could take several years.';
    for (const other of [closed, negated, mayor]) expect(sameFact(sentence('b', 1, other), sentence('a', 7, byName))).toBe(false);
  });

  it('shows the forecast once in a summary, and the sentence that says something else', () => {
    const rain = 'Heavy rain in the hills had raised the water level behind the dam for a week before the wall gave way.';
    const sentences = [sentence('a', 2, byOffice), sentence('a', 7, byName), sentence('b', 0, rain)];
    const chosen = selectSummary({ sentences, documents: new Map(), maxSentences: 3, maxWords: 200 }).map((s) => s.text);
    // The two wordings share too few words for the near-duplicate test; only what they state makes them one point.
    expect(chosen).toHaveLength(2);
    expect(chosen).toContain(rain);
  });
});
