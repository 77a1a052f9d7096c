import { describe, expect, it } from 'vitest';
import { createLibrary } from '../../../src/core/library/open-folder.js';
import { angleRelevance, discoverAngles } from '../../../src/core/topics/news-angles.js';
import { indexOf } from '../index-of.js';

const DAYS = ['Thursday', 'Friday', 'Saturday', 'Sunday'];
/** Made-up copy of one port strike by four outlets, each with its own figures and days. */
const docs = Object.fromEntries(
  Array.from({ length: 4 }, (_, n) => [
    `strike-${n}.txt`,
    [
      `Dock workers at the port of Varne walked out on Monday, and ${300 + n} ships waited offshore.`,
      `Union leaders will meet the port authority on ${DAYS[n]}, and a vote on the offer is expected next week.`,
      `The strike began a day earlier than planned, after talks broke down on ${n + 2} points.`,
      `Police arrested ${4 + n} pickets after a scuffle at the main gate, and prosecutors charged two of them.`,
      `Shipping firms condemned the walkout on ${DAYS[n]}, and the mayor said she welcomed the talks.`,
    ].join(' '),
  ]),
);
const index = indexOf(docs);
const texts = (ids: Iterable<number>) => [...ids].map((id) => index.sentences[id]!.text);

describe("a one-story set's reader's angles", () => {
  const angles = new Map(discoverAngles(index).map((a) => [a.topic.ref.slug, a]));

  it('finds the angles the set speaks to, and not those it does not', () => {
    expect([...angles.keys()]).toEqual(expect.arrayContaining(['investigation', 'reactions', 'what-next']));
    expect(angles.has('toll')).toBe(false);
    expect(angles.has('damage')).toBe(false);
  });

  it('tells what happens next by a future construction, not by a time word of the story’s own days', () => {
    const next = texts(angleRelevance(index, angles.get('what-next')!.topic.angle!).keys());
    expect(next.some((t) => t.startsWith('Union leaders will meet'))).toBe(true);
    expect(next.some((t) => t.startsWith('The strike began a day earlier than planned'))).toBe(false);
  });

  it('puts arrests and charges under the investigation, and only those', () => {
    const found = texts(angleRelevance(index, angles.get('investigation')!.topic.angle!).keys());
    expect(found.length).toBeGreaterThan(0);
    for (const t of found) expect(t, t).toMatch(/arrested|charged/);
  });
});

/** Made-up copy of one budget fight by four outlets: "help" and "aid" each in one sentence in passing. */
const budget = indexOf(
  Object.fromEntries(
    Array.from({ length: 4 }, (_, n) => [
      `budget-${n}.txt`,
      [
        `Ministers from the two governing parties met in Varne on ${DAYS[n]} to settle the budget, and the talks ran past ${n + 10} p.m.`,
        n < 2
          ? `The finance minister said the deal would help the government pass its spending plan before the summer recess, ${n + 3} weeks away.`
          : `The budget keeps foreign aid at ${n + 1} percent of spending, and adds funds for roads and schools in the north.`,
        `Opposition leaders said the proposal gave too much to the northern provinces and too little to the ${n + 5} farming districts.`,
        `The coalition holds ${80 + n} of the 150 seats in parliament, a majority it won at the last election.`,
        `Party officials said a vote on the budget was likely on ${DAYS[(n + 1) % 4]}, though no date was set.`,
        `The junior partner wants a tax cut of ${n + 2} percent for small firms, which the finance ministry opposes.`,
        `Economists at the central bank said the deficit would reach ${n + 4} percent of output under the draft.`,
        `The prime minister told reporters the two sides were close, and that ${n + 1} issues remained open.`,
        `Trade unions, which back the opposition, said the plan cut pensions for ${n + 200} thousand retirees.`,
        `The speaker of parliament said the debate would last ${n + 2} days, with every party given time.`,
        `Markets barely moved, and the currency closed ${n + 1} cents higher against the dollar on ${DAYS[n]}.`,
        `Both parties said the coalition would hold whatever the outcome of the vote on the ${n + 6} disputed lines.`,
      ].join(' '),
    ]),
  ),
);

/** Made-up copy of one flood by four outlets, told through its rescue and relief. */
const flood = indexOf(
  Object.fromEntries(
    Array.from({ length: 4 }, (_, n) => [
      `flood-${n}.txt`,
      [
        `The river Ost burst its banks on ${DAYS[n]}, flooding ${n + 12} villages in the valley.`,
        `Rescuers in boats pulled ${n + 40} survivors from rooftops, and helicopters joined the rescue at dawn.`,
        `About ${n + 900} people were evacuated to schools on higher ground, where relief workers handed out food and blankets.`,
        `${n + 7} people with injuries were taken to hospital in Sarn, which declared an emergency.`,
        `Relief agencies appealed for donations, and the army sent ${n + 3} trucks of aid to the valley.`,
        `Water levels began to fall on ${DAYS[(n + 1) % 4]}, officials said.`,
      ].join(' '),
    ]),
  ),
);

describe('an angle is shown only when the story is told from it', () => {
  const slugs = (i: typeof index) => discoverAngles(i).map((a) => a.topic.ref.slug);

  it('gives a political story that uses "help" and "aid" in passing no rescue-and-aid angle', () => {
    // The words are there, in a sentence of every outlet: only their rate says they are in passing.
    const passing = budget.sentences.filter((s) => /\b(?:help|aid)\b/.test(s.text));
    expect(new Set(passing.map((s) => s.docId)).size).toBe(4);
    expect(slugs(budget)).not.toContain('rescue-and-aid');
  });

  it('gives a disaster story with rescuers, survivors and relief its rescue-and-aid angle', () => {
    expect(slugs(flood)).toContain('rescue-and-aid');
  });
});

/**
 * Made-up copy of one killing by four outlets (rule TC): the victim's death and the crowds that mourned him are told in the
 * same sentences, and no count of dead or hurt; a second set, of a blast, counts its dead.
 */
describe('the toll angle: a count of the dead and hurt, not a crowd beside them', () => {
  it('does not make crowds at a victim’s funeral and rallies a toll', () => {
    const killing = indexOf(
      Object.fromEntries(
        Array.from({ length: 4 }, (_, n) => [
          `killing-${n}.txt`,
          [
            `Arlen Vosk, the student who was beaten and left to die near Tarvik, was mourned at his funeral on ${DAYS[n]} by ${900 + n} people.`,
            `About ${400 + n} marchers, many carrying signs for the student who died of head injuries, walked through Tarvik.`,
            `Police arrested ${2 + n} men in the killing, and prosecutors charged them with murder.`,
            `Vosk's death drew condolences from the mayor, who condemned the attack on ${DAYS[n]}.`,
          ].join(' '),
        ]),
      ),
    );
    expect(discoverAngles(killing).map((a) => a.topic.ref.slug)).not.toContain('toll');
  });

  it('keeps a toll told with its count, in a phrase of its own or after a comma', () => {
    const blast = indexOf(
      Object.fromEntries(
        Array.from({ length: 4 }, (_, n) => [
          `blast-${n}.txt`,
          [
            `A gas blast tore through a market in Tarvik on ${DAYS[n]}, killing at least ${30 + n} people and injuring ${100 + n}.`,
            `Rescuers searched the rubble through the night, and ${n + 5} people were still missing.`,
            `Police said the blast was an accident, and the mayor condemned the market's owners.`,
          ].join(' '),
        ]),
      ),
    );
    const toll = discoverAngles(blast).find((a) => a.topic.ref.slug === 'toll');
    expect(toll).toBeDefined();
    const told = [...angleRelevance(blast, toll!.topic.angle!).keys()].map((id) => blast.sentences[id]!.text);
    expect(told.some((t) => t.includes('killing at least'))).toBe(true);
    expect(told.some((t) => t.startsWith('Police said the blast'))).toBe(false);
  });
});

describe('an angle a reader names that /topics does not list (docs/quality.md, "Session 74", rule ON)', () => {
  it('answers "what happens next?" with what the set says is still to come', () => {
    const water = createLibrary('water', [
      { id: 'a.txt', text: 'The city banned garden sprinklers on Monday after the reservoir fell to 31 percent. Farmers said they had lost half a season.' },
      { id: 'b.txt', text: 'The residents’ challenge to the fines will have its first hearing at the city court on Tuesday. The reservoir stood at 27 percent.' },
      { id: 'c.txt', text: 'The council will vote next month on a relief fund for farmers. Water use fell by a fifth.' },
    ]);
    expect(water.topics().topics.some((t) => t.slug === 'what-next')).toBe(false);
    const r = water.brief('what happens next?', { length: 'short' });
    if (!r.ok) throw new Error('no answer to "what happens next?"');
    expect(r.briefing.topic.title).toBe('What happens next');
    expect(r.briefing.summary.map((p) => p.text).join(' ')).toMatch(/will have its first hearing|will vote next month/);
  });

  it('leaves out what an earlier article put ahead and a later one finds past (amendment ON′)', () => {
    const water = createLibrary('water', [
      { id: 'a.txt', text: 'The city will ban garden sprinklers from Thursday, the utility said on Monday. Farmers said they had lost half a season.', meta: { published: '2025-07-07' } },
      { id: 'b.txt', text: 'The residents’ challenge to the fines will have its first hearing at the city court on Tuesday. The reservoir stood at 27 percent.', meta: { published: '2025-07-18' } },
      { id: 'c.txt', text: 'The council will vote next month on a relief fund for farmers. Water use fell by a fifth.', meta: { published: '2025-07-16' } },
    ]);
    const r = water.brief('what happens next?', { length: 'standard' });
    if (!r.ok) throw new Error('no answer to "what happens next?"');
    const shown = [...r.briefing.summary, ...r.briefing.keyPoints].map((p) => p.text).join(' ');
    expect(shown).toMatch(/first hearing/);
    expect(shown).not.toMatch(/from Thursday/);
  });
});
