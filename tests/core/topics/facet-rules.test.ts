import { describe, expect, it } from 'vitest';
import { createLibrary } from '../../../src/core/library/open-folder.js';

/** One story (a ferry fire) told by six made-up wire articles, TAC-style; the fire is also called "the deadly blaze". */
const ferry = [
  'A fire swept through the ferry Marisol off Calveth on Sunday, killing four people. The Marisol was 12 nautical miles from port when the fire began on the second deck. The coast guard sent two cutters.',
  'The fire on the Marisol started in a cabin on the second deck, survivors said. Stranded passengers waited on the stern for hours. Coast guard boats arrived at dawn.',
  'Investigators said the deadly blaze on the Marisol began near the engine room. The ferry drifted 9 nautical miles before tugs reached it. Many passengers had no life jackets.',
  'The deadly blaze on the Marisol was the worst ferry fire in a decade, officials said. Stranded travellers were flown to Calveth by helicopter. Deckhands handed out life jackets.',
  'Smoke filled the second deck of the Marisol within minutes, a deckhand said. The coast guard towed the ferry 15 nautical miles to Calveth. Stranded passengers were given blankets.',
  'Families of the dead demanded an inquiry into the deadly blaze on the Marisol. Stranded travellers said the deckhands were calm. The ferry operator said life jackets were on every deck.',
].map((text, n) => ({ id: `ferry-${n}.txt`, text }));

/** One story (a cycling race) whose articles repeat the leader's margin and "the subsequent descent". */
const race = [
  'Anders Rolvik won the ninth stage of the Tour of Varenia on Tuesday and took the overall lead by two minutes. Rolvik attacked on the last climb. His team rode hard on the subsequent descent.',
  'Anders Rolvik kept the overall lead of the Tour of Varenia after the time trial, finishing 40 seconds ahead. Rolvik lost three minutes to no rival. Doping tests were run on the first five riders.',
  'The Tour of Varenia leader Anders Rolvik faced questions about doping tests on Thursday. Rolvik said the tests were clean. He leads by four minutes with two stages left.',
  'Anders Rolvik gained two more minutes on the mountain stage of the Tour of Varenia. Rolvik now leads the race by six minutes. Police searched a team hotel for doping products.',
  'Rolvik’s lead in the Tour of Varenia grew to eight minutes after a crash on the subsequent descent. Anders Rolvik rode safely. Police questioned two team doctors about doping products.',
  'Anders Rolvik won the Tour of Varenia on Sunday by nine minutes. Rolvik thanked his team. The doping tests of the race will be published next month.',
].map((text, n) => ({ id: `race-${n}.txt`, text }));

/** The facets' titles: a one-story set lists its story first (rule WS), then its facets. */
const titlesOf = (name: string, docs: { id: string; text: string }[]) =>
  createLibrary(name, docs)
    .topics()
    .topics.slice(1)
    .map((t) => t.title.toLowerCase());

// docs/quality.md, "Session 53", rule WS.
describe('a one-story set lists its story first', () => {
  it('names the story, counts every document and briefs the story across them', () => {
    const library = createLibrary('one-ferry', ferry);
    const [story, ...facets] = library.topics().topics;
    expect(story!.title.toLowerCase()).toContain('marisol');
    expect(story!.sources).toBe(ferry.length);
    expect(facets.map((f) => f.slug)).not.toContain(story!.slug);
    const r = library.brief(story!.slug);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.briefing.sources.length).toBeGreaterThanOrEqual(4);
  });

  it('lists no story entry for a set of several stories', () => {
    const library = createLibrary('two', [...ferry, ...race]);
    expect(library.topics().topics.filter((t) => t.sources === ferry.length + race.length)).toEqual([]);
  });
});

describe('facets a desk would name', () => {
  it('does not give the story’s own event again as a facet under another word', () => {
    const titles = titlesOf('one-ferry', ferry);
    expect(titles).toContain('passengers');
    for (const title of titles) expect(title).not.toMatch(/\b(?:blaze|fire)$/);
  });

  it('names no facet by a generic head ("lead") or by a word that only orders ("subsequent")', () => {
    const titles = titlesOf('one-race', race);
    expect(titles).toContain('tests');
    for (const title of titles) {
      expect(title).not.toMatch(/\blead$/);
      expect(title).not.toMatch(/^subsequent\b/);
    }
  });
});

// docs/quality.md, "Session 57", rule HE.
describe('a one-story set whose headlines say what happened', () => {
  const merger = [
    {
      id: 'a.md',
      meta: { title: 'Regulator blocks Fresco-Panier supermarket merger', published: '2026-11-18' },
      text: 'The Competition Authority on Wednesday blocked the planned merger of supermarket chains Fresco and Panier, saying the deal would raise grocery prices.\n\nThe deal would have created the largest grocer with about 1,900 stores and a market share of 38 percent.\n\nFresco said it was disappointed.',
    },
    {
      id: 'b.md',
      meta: { title: 'Fresco to appeal merger ruling as unions welcome decision', published: '2026-11-20' },
      text: 'Fresco will appeal the Competition Authority\'s decision to block its takeover of Panier, its chief executive said on Friday.\n\n"The authority has misread the market," he told reporters.\n\nThe retail workers\' union welcomed the ruling.',
    },
  ];

  it('names the story by the event both headlines state beside its actor, where one lead words it otherwise', () => {
    const [story] = createLibrary('merger', merger).topics().topics;
    expect(story!.title).toBe('Fresco merger');
  });
});

// docs/quality.md, "Session 57", rule AD.
describe('a one-story set whose leads state two events alike', () => {
  const docs = [
    {
      id: 'a.md',
      meta: { title: 'Fire forces evacuation', published: '2026-07-01' },
      text: 'Residents of Pine Hollow fled on Monday as a wildfire swept through the hills above the town.\n\nCrews fought the flames through the night.',
    },
    {
      id: 'b.md',
      meta: { title: 'Toll rises', published: '2026-07-03' },
      text: 'The Pine Hollow wildfire has killed four people, and residents were told they could not return before Friday.\n\nInvestigators were looking at power lines.',
    },
  ];

  it('names the story by the event the leads write right after the actor', () => {
    const [story] = createLibrary('wildfire', docs).topics().topics;
    expect(story!.title).toBe('Pine Hollow wildfire');
  });
});
