import { describe, expect, it } from 'vitest';
import { createLibrary } from '../../../src/core/library/open-folder.js';

/**
 * Made-up wire copy in the style of the DUC and TAC sets. A question's answer shows, besides its lead,
 * only what is about the question (docs/quality.md, "only what answers"): not a neighbouring story of
 * the same set, not a sentence that holds the question's words in a passing mention, and no filler.
 */
function answer(articles: string[], query: string) {
  const library = createLibrary(
    'made-up',
    articles.map((text, i) => ({ id: `${i}.txt`, text })),
  );
  const r = library.brief(query, { length: 'short', now: new Date('2026-11-29T00:00:00Z') });
  if (!r.ok) throw new Error(`no answer to ${query}`);
  return { items: [...r.briefing.summary, ...r.briefing.keyPoints].map((p) => p.text), stories: library.topics().topics.map((t) => t.slug) };
}

describe('an answer to a question', () => {
  it('in a set of two stories shows nothing from the story its lead is not from', () => {
    const { items, stories } = answer(
      [
        'Ferry workers in Port Halden walked off the job on Monday, stranding thousands of island commuters. The Halden ferry union wants a raise of eight percent for ferry crews. Island schools closed because teachers could not reach them.',
        'The Port Halden ferry strike entered its third day as union leaders and the ferry company met for talks. The union wants the company to hire twenty more deckhands. Commuters crowded the few private boats still running.',
        'Talks between the Halden ferry union and the ferry company broke down late Wednesday. The union wants a raise of eight percent and shorter shifts, its leader told island radio. Island shops ran short of bread and milk.',
        'Divers searched Lake Varna on Tuesday after an overloaded ferry capsized near the village of Osk, and eleven passengers are missing. Police questioned the owner of the capsized ferry about the overloading.',
        'The ferry that capsized on Lake Varna carried twice its licensed load, the Osk harbour master said. Rescue boats pulled nine survivors from the cold lake. The boatmen of Lake Varna say their union wants inspections of every ferry on the lake.',
        'Families of the missing Lake Varna passengers gathered at the Osk pier as divers resumed the search on Wednesday. Police questioned the ferry owner about the overloading.',
      ],
      'what does the ferry union want',
    );
    // Topic discovery finds the strike and the capsizing as two stories.
    expect(stories.length).toBeGreaterThanOrEqual(2);
    expect(items[0]).toContain('Halden ferry union wants a raise');
    expect(items.filter((t) => /Varna|Osk|capsized/.test(t))).toEqual([]);
  });

  it('does not show a sentence that holds the question’s words only in a passing mention', () => {
    const { items } = answer(
      [
        'Fire swept through a crowded dance hall in the port city of Kalmar late on Friday, killing 14 young people, police said. The fire started in a storeroom next to the stage, firefighters said.',
        'Investigators said on Saturday that the fire in the Kalmar dance hall was probably caused by faulty wiring in the storeroom. Police have not ruled out arson.',
        'Mourners laid flowers outside the burned dance hall on Sunday. The city council met in an emergency session, and the mayor promised an inquiry into the fire.',
        'Kalmar hospitals treated 40 people for burns and smoke, doctors said. Survivors said the hall had only one working exit.',
        'Faulty wiring caused the fire, the chief investigator told reporters on Monday, after tests on the storeroom cables.',
        'Schools in Kalmar held a minute of silence on Monday, while teachers talked with pupils about what caused the fire and how to escape one.',
      ],
      'what caused the fire',
    );
    expect(items[0]).toContain('Faulty wiring caused the fire');
    expect(items.some((t) => t.includes('probably caused by faulty wiring'))).toBe(true);
    expect(items.filter((t) => t.includes('minute of silence'))).toEqual([]);
  });
});
