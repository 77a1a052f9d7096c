import { describe, expect, it } from 'vitest';
import { sharedStems } from '../../../src/core/index/similarity.js';
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

describe("a statement's first test counts shared stems only as far as it needs (docs/quality.md, Issue 17, eighteenth round (17answer), rule 1)", () => {
  it('counts each stem two sentences share once, however often either says it, and stops at the bound asked', () => {
    const dam = sentence('a', 1, 'The dam, the old dam above the town, burst after the rain filled the dam.');
    const repair = sentence('b', 1, 'Repair of the dam above the town will take years, the board said of the dam.');
    // Shared: "dam" (three times in one, twice in the other), "above", "town"; stop words are no stems.
    expect(sharedStems(dam, repair)).toBe(3);
    expect(sharedStems(dam, repair, 2)).toBe(2);
    expect(sharedStems(dam, sentence('c', 1, 'Farmers sold their sheep at the market.'))).toBe(0);
  });
});
