import { describe, expect, it } from 'vitest';
import type { Briefing } from '../../../src/core/briefing.js';
import { analyse } from '../../../src/core/index/analysis.js';
import { createGrowingLibrary } from '../../../src/core/library/create-library.js';

/**
 * docs/quality.md, "Issue 17, thirty-sixth session (adhoc)": each document's full names are read while the set is prepared,
 * ahead of the surname gloss that asks for them; answers are the same as when the first answer reads them. Made-up articles:
 * the governor named in full before or after her surname, by surname only, and a second Kovacs only in a dropped list item.
 */
const ARTICLES = [
  { id: 'a.txt', text: 'Regional governor Maria Kovacs ordered an evacuation of the lower town on Monday as the river rose. Police closed the old bridge.' },
  { id: 'b.txt', text: 'Kovacs asked the army for more trucks on Tuesday as flood water reached the lower town. Rescue teams reached three villages. Maria Kovacs, 52, has led the county since 2019.' },
  { id: 'c.txt', text: 'The river fell on Wednesday. Kovacs said the evacuation of the lower town would end on Friday. Schools stay shut.' },
  { id: 'd.txt', text: 'Volunteers filled sandbags in the lower town.\n\nThe team included:\n\n• Peter Kovacs\n\nKovacs thanked the volunteers.' },
];
const NOW = new Date('2026-12-03T00:00:00Z');
const QUERIES = ['lower town evacuation', 'army trucks', 'Kovacs volunteers', 'what did Kovacs say'];

async function answers(prepare: boolean): Promise<(Briefing | string)[]> {
  const growing = createGrowingLibrary({ set: 'flood', curated: [], now: () => NOW, prepare });
  for (const raw of ARTICLES) growing.add(analyse(raw));
  growing.finish();
  await growing.prepared();
  return QUERIES.map((q) => {
    const r = growing.library.brief(q, { now: NOW });
    return r.ok ? r.briefing : `no match: ${q}`;
  });
}

describe('full names read while the set is prepared', () => {
  it('glosses a surname in an ad-hoc answer as an unprepared set does', async () => {
    const prepared = await answers(true);
    const unprepared = await answers(false);
    expect(prepared).toEqual(unprepared);
    // The check above means something only if an answer glosses the surname from another article's full name.
    const glossed = prepared.flatMap((b) => (typeof b === 'string' ? [] : (JSON.stringify(b).match(/"full":"[^"]*"/g) ?? [])));
    expect(glossed).toContain('"full":"Maria Kovacs"');
  });
});
