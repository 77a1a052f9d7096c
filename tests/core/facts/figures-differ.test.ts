import { afterEach, describe, expect, it } from 'vitest';
import { differingValueNote } from '../../../src/core/briefing.js';
import { findFigures } from '../../../src/core/facts/figures.js';
import { findDifferingFigures, unitOf, valuesExclude } from '../../../src/core/facts/figures-differ.js';
import { buildDocument } from '../../../src/core/index/build-document.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';
import { sentence } from '../../eval/made-up-cluster.js';

/** Figures that differ across made-up documents, one sentence each, all published the same day. */
function differing(texts: string[]) {
  return differingOn(texts.map((t) => ['2024-03-01', t]));
}

describe('why a disagreement is missed (eval/conflict-diagnosis.ts)', () => {
  it('tells two lower bounds that may both hold from values that cannot ("more than 250,000" and "more than 275,000" against "roughly 250,000")', () => {
    const [over250] = findFigures([sentence('doc-1.md', 1, 'The offensive has created more than 250,000 refugees in the province.')]);
    const [over275] = findFigures([sentence('doc-2.md', 1, 'The offensive has left more than 275,000 refugees in the province.')]);
    const [about250] = findFigures([sentence('doc-3.md', 1, 'Aid groups fed the roughly 250,000 refugees in the province.')]);
    expect(valuesExclude(over250!, over275!)).toBe(false);
    expect(valuesExclude(about250!, over275!)).toBe(true);
  });
});

describe('figures that differ count the same thing', () => {
  it('reads "puts the number … at 3.1 million" as the number itself, against "affected 3.4 million people" (rule VA)', () => {
    const found = differingOn([
      ['2024-03-01', 'The theft of patient data affected about 3.4 million people, the state data office said on Tuesday.'],
      ['2024-03-20', "The hospital group now puts the number of people affected at 3.1 million, below the office's count."],
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]!.values.map((v) => v.value).sort()).toEqual(['3.1 million', '3.4 million']);
    // "at" that says where is still no valuing: shootings at 40 schools do not count the schools that closed.
    expect(differing(['Police counted shootings at 40 schools in the county last year.', 'Officials said 55 schools in the county closed last year.'])).toEqual([]);
  });

  it('does not show two measures that say only their unit ("35 kilometers" / "7 kilometers") as one quantity, but does a named one', () => {
    expect(
      differing([
        'The survey office said the tremor struck at a depth of 35 kilometers off the northern coast, waking the port towns.',
        'The survey office said the tremor struck at a depth of 7 kilometers off the northern coast, waking the port towns.',
      ]),
    ).toEqual([]);
    expect(
      differing(['The survey office said the tremor had a magnitude of 5.6 off the northern coast, waking the port towns.', 'The survey office said the tremor had a magnitude of 5.8 off the northern coast, waking the port towns.']),
    ).toHaveLength(1);
  });

  it('does not show two spans told only in units of time ("two days a week" / "three days a week") as one quantity (docs/quality.md, "Session 75", rule TU)', () => {
    expect(differing(['She said her employer had agreed to let her work from home two days a week until the bridge reopens.', 'She said she now makes the trip three days a week instead of five.'])).toEqual([]);
    // What the span measures, named, is still compared.
    expect(differing(['The strike at the harbour lasted 12 days, the union said.', 'The strike at the harbour lasted 15 days, the port authority said.'])).toHaveLength(1);
  });

  it('takes a number that labels a noun (stage 13, Flight 800) for part of a name: no figure, no difference', () => {
    const found = differing(['Marco Lenz of Austria won stage 13 of the mountain race on Saturday.', 'Marco Lenz of Austria won stage 15 of the mountain race on Monday.']);
    expect(found).toEqual([]);
    const labels = findFigures([sentence('doc-9.md', 1, 'Investigators said Flight 800 crashed after a fuel tank exploded, killing 230 people.')]);
    expect(labels.map((f) => f.value)).toEqual(['230']);
  });

  it('reads a number written as a word and the same number in digits as one value ("fifteen" and "15" sailors)', () => {
    const found = differing([
      'Border guards detained fifteen sailors from the patrol boat near the river mouth on Friday.',
      'Border guards detained 15 sailors from the patrol boat near the river mouth on Friday.',
      'Border guards detained 16 sailors from the patrol boat near the river mouth on Friday.',
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]!.values.map((v) => v.sentences.length).sort()).toEqual([1, 2]);
  });

  it('reads one amount written two ways as one value ("a dozen" and 12, "two million" and "2,000,000", "around sixty" and 60)', () => {
    const told = (a: string, b: string) =>
      differing([`Rescue crews pulled ${a} miners from the flooded shaft near Oskarby on Tuesday, officials said.`, `Rescue crews pulled ${b} miners from the flooded shaft near Oskarby on Tuesday, officials said.`]);
    expect(told('a dozen', '12')).toEqual([]);
    expect(told('around sixty', '60')).toEqual([]);
    expect(told('two dozen', '24')).toEqual([]);
    const paid = (a: string, b: string) => differing([`The province paid ${a} for the new bridge over the Varna river, the audit office said.`, `The province paid ${b} for the new bridge over the Varna river, the audit office said.`]);
    expect(paid('$2 million', '$2,000,000')).toEqual([]);
    expect(paid('half a million dollars', '$500,000')).toEqual([]);
    // Still a disagreement when the amounts differ.
    expect(told('a dozen', '14').map((d) => d.values.map((v) => v.value).sort())).toEqual([['14', 'a dozen']]);
  });

  it('shows values that cannot both be true, not a bound and a value inside it ("more than 20 languages" and "30")', () => {
    const told = (a: string, b: string) =>
      differing([`The ferry fire in the port of Tarvik killed ${a} people, the coastguard said.`, `The ferry fire in the port of Tarvik killed ${b} people, the coastguard said.`]).map((d) => d.values.map((v) => v.value).sort());
    expect(told('more than 200', '213')).toEqual([]);
    expect(told('nearly 200', '190')).toEqual([]);
    expect(told('nearly 200', '213')).toEqual([['200', '213']]);
    expect(told('200', '213')).toEqual([['200', '213']]);
    // One plain statement of a value is enough to dispute another: "at least 60" beside "60" against "65".
    expect(
      differing(['The ferry fire in Tarvik killed at least 60 people, the coastguard said.', 'The ferry fire in Tarvik killed 60 people, the coastguard said.', 'The ferry fire in Tarvik killed 65 people, the coastguard said.']),
    ).toHaveLength(1);
  });

  it('shows one quantity reported with two values', () => {
    const found = differing(['The flood in the river valley forced 300 families from their homes, officials said.', 'The flood in the river valley forced 450 families from their homes, officials said.']);
    expect(found.map((d) => d.values.map((v) => v.value).sort())).toEqual([['300', '450']]);
  });

  it('reads the scale word as part of the value ("$2.5 billion" and "$2.5 million" differ)', () => {
    const found = differing([
      'Last spring, Harbor Foods announced a deal to buy Meadow Dairy for $2.5 billion, creating the largest grocer in the region.',
      'Last spring, Harbor Foods announced a deal to buy Meadow Dairy for $2.5 million, creating the largest grocer in the region.',
    ]);
    expect(found.map((d) => d.values.map((v) => v.value).sort())).toEqual([['$2.5 billion', '$2.5 million']]);
  });

  it('keeps apart distances measured from two places (two quakes, not one disputed distance)', () => {
    const found = differing(['The earthquake struck at sea about 150 kilometers southwest of Tarvik, the geological survey said.', 'The earthquake struck at sea about 300 kilometers southwest of Molde, the geological survey said.']);
    expect(found).toEqual([]);
  });

  it('reads the measuring point past a common noun before the name ("from the port city Molde")', () => {
    const found = differing(['The quake struck at sea about 150 kilometers southwest of Tarvik, the geological survey said.', 'The quake struck at sea about 300 kilometers from the port city Molde, the geological survey said.']);
    expect(found).toEqual([]);
  });

  it("keeps apart what the latest of several events measured from what the story's event measured", () => {
    const found = differing([
      'The survey said the latest tremor had a magnitude of 5.8 and was centered 40 kilometres from the coastal town of Tarvik.',
      'The survey said the quake had a magnitude of 7.1 and was centered 12 kilometres from the coastal town of Tarvik.',
    ]);
    expect(found).toEqual([]);
  });

  it('reads British and American spellings of a unit as one unit ("kilometres", "kilometers")', () => {
    const found = differing(['The survey said the quake was centered 12 kilometres from the coastal town of Tarvik.', 'The survey said the quake was centered 14 kilometers from the coastal town of Tarvik.']);
    expect(found.map((d) => d.values.map((v) => v.value).sort())).toEqual([['12', '14']]);
  });

  it('reads a toll told as deaths and as people killed as one quantity, as the guide counts it', () => {
    const found = differing(['The flood killed 31 people in the valley, officials said.', 'The flood left 35 deaths in the valley, officials said.']);
    expect(found.map((d) => d.values.map((v) => v.value).sort())).toEqual([['31', '35']]);
  });

  it('reads one toll told in other words in sentences that say little else alike, but not a part of a count ("20 of them")', () => {
    const found = differing([
      'As reported by the relief agency, the March 3 Tarvik flood left exactly 1,204 deaths, 9,000 homeless and 310 missing.',
      'Officials estimate the Tarvik flood killed about 1,000 people and affected half a million.',
    ]);
    expect(found.map((d) => d.values.map((v) => v.value).sort())).toEqual([['1,000', '1,204']]);
    expect(differing(['Of the 40 people who suffered injuries in the ferry blast on the river, 12 remain in hospital.', 'Police said another 52 people were injured, 20 of them severely, in the ferry blast on the river.'])).toEqual([]);
  });

  it('does not read a part of a whole ("three of the critically injured") as the whole\'s count, but reads two shares of one whole (rule PT)', () => {
    expect(
      differing([
        'The ferry capsized on the river on Tuesday evening, killing at least nine people and injuring 48, officials said.',
        'The ferry toll on the river has risen to 12, after three of the critically injured died in hospital, officials said.',
      ]).map((d) => d.counts),
    ).not.toContainEqual(expect.stringContaining('injured'));
    const shares = differing(['The river party won 52 percent of the vote in the ferry towns, officials said.', 'The river party won 48 percent of the vote in the ferry towns, officials said.']);
    expect(shares.map((d) => d.values.map((v) => v.value).sort())).toEqual([['48 percent', '52 percent']]);
  });

  it('shows a toll told as it rises ("has risen to 12", "now stands at 13") as one count, named without its verb (rule TK)', () => {
    const found = differingOn([
      ['2026-10-14', 'A ferry capsized on the river near Harstad on Tuesday evening, killing at least nine people, officials said.'],
      ['2026-10-16', 'The number of people killed in the ferry disaster near Harstad has risen to 12, police said on Thursday.'],
      ['2026-10-17', 'The toll now stands at 13 after a woman died in hospital near Harstad, police said.'],
    ]);
    expect(found.map((d) => [d.counts, d.values.map((v) => v.value)])).toEqual([['toll', ['13', '12', 'nine']]]);
  });

  it('pairs one description in sentences that say little else alike, but not a count from another year', () => {
    const found = differing(['About 14 were in intensive care, officials at the county hospital said.', 'Of the injured, 11 were in intensive care, a spokeswoman for the regional health board told reporters.']);
    expect(found.map((d) => d.values.map((v) => v.value).sort())).toEqual([['11', '14']]);
    expect(differing(['The landslide above the mining town killed 31 people, rescue teams said.', 'In 2009, a landslide near the town killed 12 people, records show.'])).toEqual([]);
  });

  it('keeps apart a count added to another one ("another 12 provinces")', () => {
    const found = differing(['Eight provinces across the north have banned the pesticide outright.', 'Another 12 provinces across the north have banned the pesticide for orchards only.']);
    expect(found).toEqual([]);
  });

  it('keeps apart a count of what is not so from a count of what is', () => {
    const found = differing(['Nine airlines flying from the capital have not raised their fares this winter.', 'Fourteen airlines flying from the capital have raised their fares this winter.']);
    expect(found).toEqual([]);
  });

  it('keeps apart the counted subject and a place the number only locates ("clinics in 30 towns")', () => {
    const found = differing(['Vaccine clinics operating in 30 towns have run short of doses, health officials said.', 'Twelve towns have run short of vaccine doses at their clinics, health officials said.']);
    expect(found).toEqual([]);
  });
});

describe('an auxiliary or a modal names nothing a figure counts (rule AX, docs/quality.md "Session 64")', () => {
  it('keeps what a temporary bridge would cost apart from what the repairs would cost, and pairs two costs of the repair', () => {
    expect(differing(['The state says a temporary bridge would cost $14 million and is not worth it.', 'The committee heard that repairs would cost $52 million.'])).toEqual([]);
    const repair = differing(['Engineers estimate the repair will cost $38 million.', 'The committee heard that repairs would cost $52 million.']);
    expect(repair.map((d) => d.values.map((v) => v.value).sort())).toEqual([['$38 million', '$52 million']]);
  });
});

describe('a limit is compared only with limits (rule LM, docs/quality.md "Session 64")', () => {
  it('keeps the hours a directive sets as its limit apart from the hours an engine had flown', () => {
    const found = differing([
      'The directive requires airlines to inspect the blades before the engine reaches 1,500 flight hours since its last inspection.',
      'The failed engine had accumulated 1,640 flight hours since its last inspection, the report said.',
    ]);
    expect(found).toEqual([]);
    // Two counts of the hours flown still differ.
    const counts = differing(['The failed engine had flown 1,850 flight hours since its last inspection.', 'The failed engine had accumulated 1,640 flight hours since its last inspection, the report said.']);
    expect(counts.map((d) => d.values.map((v) => v.value).sort())).toEqual([['1,640', '1,850']]);
  });
});

describe('figures that differ, the other value from elsewhere in the set', () => {
  const at = (texts: string[], from: number) => texts.map((t, i) => ({ ...sentence(`doc-${from + i}.md`, 1, t), position: i }));
  const differingWith = (topic: string[], elsewhere: string[]) =>
    findDifferingFigures(
      findFigures(at(topic, 0)),
      () => '2024-03-01',
      (id) => Number(/\d+/.exec(id)![0]),
      5,
      { elsewhere: findFigures(at(elsewhere, 10)) },
    );

  it("takes another value of the topic's quantity from an article outside the topic, told in the same words", () => {
    const found = differingWith(['Of the injured, 57 were in intensive care at the county hospital, a spokesman said.'], ['Of the injured, 20 were in intensive care at the county hospital, officials said.']);
    expect(found.map((d) => d.values.map((v) => v.value).sort())).toEqual([['20', '57']]);
  });

  it("never makes a quantity of the rest of the set's own, nor joins a count of another day's event", () => {
    expect(differingWith(['The ferry company said its fleet would grow next spring.'], ['Of the injured, 20 were in intensive care at the county hospital.', 'Of the injured, 57 were in intensive care at the county hospital.'])).toEqual([]);
    expect(differingWith(['On May 7 a ferry fire near the port of Oskarby killed 213 people, the police said.'], ['On May 20 a bus crash near the port of Oskarby killed 26 people, the police said.'])).toEqual([]);
  });
});

describe('figures that differ in a briefing', () => {
  it('compares the rest of the articles the topic draws on, not only the sentences its terms reach', () => {
    const article = (n: number) =>
      [
        'Dam break floods the Orra valley.',
        `The dam above the Orra valley broke before dawn, and the dam break flooded four villages, officials said.`,
        'Engineers had warned about cracks in the dam for years, the regional water board said.',
        `Hospital staff said ${n} were in intensive care on Thursday evening.`,
      ].join('\n\n');
    const library = createLibrary('orra', [
      { id: 'a.md', text: article(14), meta: { published: '2024-04-11' } },
      { id: 'b.md', text: article(9), meta: { published: '2024-04-12' } },
    ]);
    const r = library.brief('dam break');
    if (!r.ok) throw new Error('no briefing');
    expect(r.briefing.figuresThatDiffer?.map((d) => d.values.map((v) => v.value))).toContainEqual(['9', '14']);
  });
});

describe("figures that differ, the topic's own first (issue 16cf)", () => {
  it('shows the disagreement whose sentence is most relevant to the topic before a larger one', () => {
    const texts = [
      'The blaze at the warehouse killed 12 workers, the fire brigade said on Friday.',
      'The blaze at the warehouse killed 14 workers, the fire brigade said on Friday.',
      'The blaze at the warehouse killed 15 workers, the fire brigade said on Friday.',
      'The first fire engines reached the warehouse four minutes after the alarm, the brigade chief said.',
      'The first fire engines reached the warehouse nine minutes after the alarm, the brigade chief said.',
    ];
    const sentences = texts.map((t, i) => ({ ...sentence(`doc-${i}.md`, 1, t), position: i }));
    const figures = findFigures(sentences);
    const run = (rankOf?: (s: (typeof sentences)[number]) => number) =>
      findDifferingFigures(
        figures,
        () => '2024-03-01',
        (id) => Number(/\d+/.exec(id)![0]),
        1,
        rankOf ? { rankOf } : {},
      );
    expect(run()[0]!.counts).toMatch(/workers/);
    // A topic on the brigade's response ranks the engines' sentences first: its own disagreement takes the one place.
    const place = new Map([sentences[3], sentences[4], sentences[0], sentences[1], sentences[2]].map((s, i) => [s!, i]));
    expect(run((s) => place.get(s) ?? Number.POSITIVE_INFINITY)[0]!.counts).toMatch(/minutes/);
  });
});

describe("figures that differ in a briefing, the topic's own first (issue 16cf)", () => {
  it("shows the asked topic's disagreement when a larger one of the set would take the only place", () => {
    const article = (killed: number, minutes?: string) =>
      [
        'Fire guts the Linden warehouse.',
        `A fire at the Linden warehouse killed ${killed} workers on Tuesday night, the regional fire brigade said.`,
        'The warehouse stored paint and solvents, and the roof collapsed within an hour.',
        ...(minutes ? [`The first fire engines reached the warehouse ${minutes} minutes after the alarm, the brigade chief said.`] : []),
      ].join('\n\n');
    const library = createLibrary('linden', [
      { id: 'a.md', text: article(12, 'four'), meta: { published: '2024-05-02' } },
      { id: 'b.md', text: article(14, 'nine'), meta: { published: '2024-05-03' } },
      { id: 'c.md', text: article(15), meta: { published: '2024-05-04' } },
    ]);
    const r = library.brief('fire engines alarm', { length: 'short' });
    if (!r.ok) throw new Error('no briefing');
    expect(r.briefing.figuresThatDiffer?.map((d) => d.values.map((v) => v.value).sort())).toEqual([['four', 'nine']]);
  });
});

describe('figures that differ, true disagreements only (issue 16cf2)', () => {
  it('keeps apart the tolls of two events told in the same words ("killed 140 people" by a blast, "killing 31 people" by a strike in reply)', () => {
    // Only one sentence names its day, so the day test cannot tell them apart: the sentences must.
    expect(differing(['The blast at the ministry building in the old quarter of Tarvik killed 140 people and injured 900.', 'On May 20 the army retaliated by shelling rebel camps in the northern hills, killing 31 people.'])).toEqual([]);
    // The same toll, in sentences that name the same event, is still one quantity told two ways.
    const found = differing(['The blast at the ministry building in Tarvik killed 140 people, officials said.', 'The blast at the ministry building in Tarvik killed 152 people, police said.']);
    expect(found.map((d) => d.values.map((v) => v.value).sort())).toEqual([['140', '152']]);
  });

  it('shows no disagreement between two counts whose difference an article of the group states as added ("three new members")', () => {
    const differingIn = (texts: [string, string][]) =>
      findDifferingFigures(
        findFigures(texts.map(([doc, text], i) => ({ ...sentence(doc, i, text), position: i }))),
        (id) => (id === 'doc-1.md' ? '2024-03-20' : '2024-03-01'),
        (id) => Number(/\d+/.exec(id)![0]),
        5,
      );
    const earlier: [string, string] = ['doc-0.md', 'Trade ministers will meet in Lisbon next month as the 15-nation Atlantic Fisheries Council prepares for its spring summit.'];
    const later: [string, string] = ['doc-1.md', 'Catch quotas are likely to dominate talks at next week’s summit in Lisbon of ministers from the 12-nation Atlantic Fisheries Council.'];
    // Without the article's word on the change, the two counts disagree.
    expect(differingIn([earlier, later]).map((d) => d.values.map((v) => v.value).sort())).toEqual([['12', '15']]);
    const added: [string, string] = ['doc-0.md', 'At the Lisbon summit the council will also take in three new members: Iceland, Greenland and the Faroes.'];
    expect(differingIn([earlier, added, later])).toEqual([]);
    // Decimal amounts: the difference is read as the amount it is, not as the sum a computer makes of it (41.7 − 38.4).
    const share = (doc: string, value: string): [string, string] => [doc, `The ruling party won ${value} percent of the vote in the northern provinces, the election board said.`];
    expect(differingIn([share('doc-0.md', '41.7'), share('doc-1.md', '38.4')])).toHaveLength(1);
    expect(differingIn([share('doc-0.md', '41.7'), ['doc-0.md', 'Late ballots from the coast gave the ruling party another 3.3 percent.'], share('doc-1.md', '38.4')])).toEqual([]);
  });
});

describe('a quantity a sentence gives as another thing\'s (docs/quality.md, "Sixteenth round (issue 16fix2)", rule 6)', () => {
  it('does not pair "the aftershock\'s magnitude" with the magnitude of a tremor the other sentence names otherwise', () => {
    expect(
      differing([
        'The first shaking took place at 00:37 local time, which according to the Northern Seismology Service had a 4.7 magnitude on the Richter scale.',
        "The Northern Seismology Service measured the aftershock's magnitude as 6.6.",
      ]),
    ).toEqual([]);
  });

  it('still pairs two magnitudes of the thing both sentences name', () => {
    expect(differing(["The Northern Seismology Service measured the aftershock's magnitude as 6.6.", 'The aftershock, which according to the Northern Seismology Service had a 6.9 magnitude, shook the coast.'])).toHaveLength(1);
  });
});

/** Figures that differ across made-up documents, one sentence each, each published on the date given with it. */
function differingOn(docs: [published: string, text: string][]) {
  const sentences = docs.map(([, t], i) => ({ ...sentence(`doc-${i}.md`, 1, t), position: i }));
  return findDifferingFigures(
    findFigures(sentences),
    (id) => docs[Number(/\d+/.exec(id)![0])]![0],
    (id) => Number(/\d+/.exec(id)![0]),
    5,
  );
}

describe('figures of two events are no disagreement (docs/quality.md, seventeenth round, 16facts3)', () => {
  const may = 'The quake struck 28 kilometers south of Tarvik at a shallow depth, the survey office said.';
  const november = 'The quake struck 32 kilometers south of Tarvik at a shallow depth, the survey office said.';

  it('does not read two quakes measured from one town a season apart as one distance told two ways', () => {
    expect(
      differingOn([
        ['2024-05-21', may],
        ['2024-11-28', november],
      ]),
    ).toEqual([]);
    // Two days apart, the same measure told two ways is still a difference.
    expect(
      differingOn([
        ['2024-05-21', may],
        ['2024-05-23', november],
      ]),
    ).toHaveLength(1);
  });

  it('does not read two quakes a fortnight apart, each labelled by its magnitude and its noun, as one magnitude told two ways', () => {
    const first = 'A magnitude 6.9 earthquake struck the coast of Norland on Thursday, the survey office said.';
    const second = 'An 8.8 magnitude earthquake was recorded off the coast of Norland, the survey office said.';
    expect(
      differingOn([
        ['2024-03-13', first],
        ['2024-02-27', second],
      ]),
    ).toEqual([]);
    // The same day, two magnitudes of one quake still differ.
    expect(
      differingOn([
        ['2024-02-27', first],
        ['2024-02-27', second],
      ]),
    ).toHaveLength(1);
  });

  it('does not read a toll reported before the day the other sentence names as that day’s toll', () => {
    const before = 'A landslide in the hills killed 14 people, the regional governor said.';
    const after = 'On June 10 a landslide in the hills killed 30 people, the regional governor said.';
    expect(
      differingOn([
        ['2024-05-02', before],
        ['2024-06-12', after],
      ]),
    ).toEqual([]);
    // A later report of the same day's toll still differs from it.
    expect(
      differingOn([
        ['2024-06-14', before],
        ['2024-06-12', after],
      ]),
    ).toHaveLength(1);
  });
});

describe('two things said of one counted noun are two quantities (docs/quality.md, seventeenth round, 16facts3, rule 4)', () => {
  it('does not read "people killed" and "people displaced" in like sentences as one quantity told two ways', () => {
    expect(differing(['Officials said the flood in the valley killed 200 people on Tuesday, and more rain was expected.', 'Officials said the flood in the valley displaced 1,500 people on Tuesday, and more rain was expected.'])).toEqual(
      [],
    );
  });
});

const NativeRegExp = RegExp;
/** Counts the patterns built whose source opens with one of `starts`, each costly to compile. */
function countPatternsOpening(...starts: string[]): { built: number } {
  const count = { built: 0 };
  globalThis.RegExp = new Proxy(NativeRegExp, {
    construct(target, args) {
      if (starts.some((start) => String(args[0]).startsWith(start))) count.built++;
      return Reflect.construct(target, args);
    },
  });
  return count;
}
/** The owner patterns built (the counted word between two `\p{L}+` groups). */
const countOwnerPatterns = () => countPatternsOpening("(?:(\\p{L}+)['’]s");
/** The owner tests built (the cheap one asked first of each counted word), each a case-insensitive Unicode pattern to compile. */
const OWNER_TEST = "['’]s\\s+\\b";
afterEach(() => {
  globalThis.RegExp = NativeRegExp;
});

describe("whose figure a counted word is (a possessive before it, an 'of the' after it)", () => {
  // The owner tests too: docs/quality.md, Issue 17, eighteenth round (17answer), rule 4.
  it('builds no owner pattern, nor the test of each word before it, for figures whose sentences have neither', () => {
    const count = countPatternsOpening("(?:(\\p{L}+)['’]s", OWNER_TEST);
    const found = differing(['Border guards detained 15 sailors from the patrol boat near the river mouth on Friday.', 'Border guards detained 16 sailors from the patrol boat near the river mouth on Friday.']);
    expect(found).toHaveLength(1);
    expect(count.built).toBe(0);
  });

  it("still reads the owner where one is written: two owners' figures are kept apart, one owner's differ", () => {
    const count = countOwnerPatterns();
    expect(differing(["The aftershock's magnitude was 5.6, the survey office said.", "The mainshock's magnitude was 5.8, the survey office said."])).toEqual([]);
    expect(differing(['Rescuers freed 40 workers of the mine on Tuesday near Oskarby.', 'Rescuers freed 45 workers of the factory on Tuesday near Oskarby.'])).toEqual([]);
    expect(count.built).toBeGreaterThan(0);
    expect(differing(["The aftershock's magnitude was 5.6, the survey office said.", "The aftershock's magnitude was 5.8, the survey office said."])).toHaveLength(1);
    expect(differing(['Rescuers freed 40 workers of the mine on Tuesday near Oskarby.', 'Rescuers freed 45 workers of the mine on Tuesday near Oskarby.'])).toHaveLength(1);
  });
});

describe("a figure's owner is looked for at no more cost than it needs (docs/quality.md, Issue 17, eighteenth round (17answer), rule 4)", () => {
  it("compiles a counted word's owner test once, however many answers read it, and keeps two owners apart", () => {
    const count = countPatternsOpening(OWNER_TEST);
    const mines = ['Rescuers brought up 40 colliers of the north pit on Tuesday near Oskarby.', 'Rescuers brought up 45 colliers of the south pit on Tuesday near Oskarby.'];
    expect(differing(mines)).toEqual([]);
    expect(differing(mines)).toEqual([]);
    expect(differing(['Rescuers brought up 40 colliers of the north pit on Tuesday near Oskarby.', 'Rescuers brought up 45 colliers of the north pit on Tuesday near Oskarby.'])).toHaveLength(1);
    expect(count.built).toBe(1);
  });
});

describe("a counted word's owner test is built only where the word can stand by an owner (docs/quality.md, issue 17, twenty-second round, 17adhoc3, rule 4)", () => {
  it("builds none when the sentence's possessive and 'of the' stand away from the counted word, and finds the same values", () => {
    const count = countPatternsOpening(OWNER_TEST);
    const found = differing(["The governor's office said 15 sailors were detained on Friday, in the north of the country.", "The governor's office said 16 sailors were detained on Friday, in the north of the country."]);
    expect(found).toHaveLength(1);
    expect(count.built).toBe(0);
  });
});

describe('an offset between two events is not a plain duration (docs/quality.md, twenty-third round, 16figs, rule G)', () => {
  it('shows "four minutes later" against "six minutes after the call" though one source also says a task "took three minutes"', () => {
    const texts: [string, number, string][] = [
      ['doc-0.md', 1, 'Harbour officials were alerted at 9:12 p.m. Friday and had a fire tug at the burning pier four minutes later, dock workers said.'],
      ['doc-1.md', 1, 'The first fire tugs and rescue boats were at the burning pier six minutes after the call was received, the harbour chief said.'],
      ['doc-1.md', 2, 'The harbour chief said the call was so hard to understand that it took three minutes for dock workers to figure out where to send the fire tugs.'],
    ];
    const sentences = texts.map(([doc, n, t], i) => ({ ...sentence(doc, n, t), position: i }));
    const found = findDifferingFigures(
      findFigures(sentences),
      () => '2024-03-01',
      (id) => Number(/\d+/.exec(id)![0]),
      5,
    );
    expect(found.map((d) => d.values.map((v) => v.value).sort())).toEqual([['four', 'six']]);
  });
});
describe('a time before one event and a time after another are two quantities (docs/quality.md, session 52, rule DU′)', () => {
  it('does not show "sank about two hours later" against "three hours before the barge left the quay"', () => {
    expect(
      differing([
        'The barge Ostrava left the quay at Lindholm at 5 p.m. on Sunday and sank about two hours later, nine kilometres from the lock.',
        'Forecasters had issued a storm warning for the lake at 2 p.m. on Sunday, three hours before the barge left the quay.',
      ]),
    ).toEqual([]);
    // Two times after: one interval told two ways still differs.
    expect(
      differing([
        'The barge Ostrava left the quay at Lindholm at 5 p.m. on Sunday and sank about two hours later, nine kilometres from the lock.',
        'The barge Ostrava left the quay at Lindholm at 5 p.m. on Sunday and sank about three hours later, nine kilometres from the lock.',
      ]),
    ).toHaveLength(1);
  });
});

describe('a sentence that states two values of what it counts tells them apart (docs/quality.md, session 52, rule BV′)', () => {
  const capacity = 'The harbour master said the barge was licensed to carry 120 passengers.';
  it('does not show a count against a capacity the later sentence also states ("150 passengers …, above its capacity of 120 passengers")', () => {
    expect(
      differingOn([
        ['2024-03-01', capacity],
        ['2024-03-03', "The harbour master said 150 passengers and nine crew had been on board, well above the barge's licensed capacity of 120 passengers."],
      ]),
    ).toEqual([]);
    // Without the capacity in the later sentence, the two counts are still compared.
    expect(
      differingOn([
        ['2024-03-01', capacity],
        ['2024-03-03', 'The police said 150 passengers and nine crew had been on board, well above what the harbour master said the barge was licensed to carry.'],
      ]),
    ).toHaveLength(1);
  });
});

describe('a sentence that compares its figure with another tells the two apart (docs/quality.md, "Session 71", rule VB)', () => {
  const usual = 'The ferry company says it carries about 1,800 passengers a day on the island route.';
  it('does not show the replacement boats\' riders against the ferry\'s ("well below the 1,800 the company says …")', () => {
    expect(
      differingOn([
        ['2024-03-01', usual],
        ['2024-03-12', 'The chartered boats are carrying about 1,100 passengers a day, well below the 1,800 the company says normally use the ferry.'],
      ]),
    ).toEqual([]);
    expect(
      differingOn([
        ['2024-03-01', usual],
        ['2024-03-12', 'The chartered boats are carrying about 1,100 passengers a day, compared with 1,800 before the ferry broke down.'],
      ]),
    ).toEqual([]);
  });

  it('still shows the two counts where the later sentence compares with nothing, or bounds its own value ("more than 1,800")', () => {
    expect(
      differingOn([
        ['2024-03-01', usual],
        ['2024-03-12', 'The island council says the ferry carries about 1,100 passengers a day on the island route.'],
      ]),
    ).toHaveLength(1);
    expect(
      differingOn([
        ['2024-03-01', 'The ferry company says it carries about 1,100 passengers a day on the island route.'],
        ['2024-03-12', 'The island council says the ferry carries more than 1,800 passengers a day on the island route.'],
      ]),
    ).toHaveLength(1);
  });
});

describe('a running count told in other words (docs/quality.md, nineteenth round, issue 16conf2, rule R)', () => {
  // Made-up wire copy: three articles on one day count the flood's evacuees, each around other news.
  const told = [
    'Army trucks carried the roughly 9,000 Veltrian evacuees who have been forced from their villages to schools in the capital.',
    'The flood has killed dozens _ most of them Veltrian farmers _ and left more than 14,000 evacuees.',
    'The flood has killed dozens _ most of them Veltrian farmers _ and left more than 14,000 evacuees.',
  ];

  it('shows two values of one running count, though the sentences tell different things around it', () => {
    const found = differing(told);
    expect(found).toHaveLength(1);
    expect(found[0]!.values.map((v) => v.value).sort()).toEqual(['14,000', '9,000']);
  });

  it('keeps apart a count told days apart (it may have risen), and one whose sentences share no name', () => {
    expect(
      differingOn([
        ['2024-03-01', told[0]!],
        ['2024-03-05', told[1]!],
        ['2024-03-05', told[2]!],
      ]),
    ).toEqual([]);
    const unnamed = told.map((t) => t.replace(/Veltrian /g, ''));
    expect(differing(unnamed)).toEqual([]);
  });

  it('does not read a noun that counts several things in one article as a running count', () => {
    const several = [...told, 'Officials counted 3,000 evacuees in Veltrian tents and 11,000 evacuees with relatives.'];
    expect(differing(several)).toEqual([]);
  });
});

describe('a threshold and a result one sentence states are no disagreement (docs/quality.md, "Session 52", rules EN and BV′)', () => {
  it('does not show "needs 51 votes" against "won 49 votes, two short of the 51 needed"', () => {
    expect(
      differingOn([
        ['2024-03-01', 'The opposition needs 51 votes to pass the bill in the Varna assembly.'],
        ['2024-03-05', 'The bill won 49 votes in the Varna assembly, two short of the 51 needed to pass it.'],
      ]),
    ).toEqual([]);
  });
});

// docs/quality.md, "Session 55", rule YC.
describe('a year in another clause of the sentence does not place a figure in another event', () => {
  const day = 'The fire has destroyed 212 homes in the valley, the forestry service said.';
  const later = 'The fire destroyed 240 homes in the valley, officials said, the most in the county since 1994, when a fire destroyed 310 homes in the valley.';
  it("shows the story's own count against the later one, and never the count of the year the clause names", () => {
    const found = differingOn([
      ['2026-08-05', day],
      ['2026-08-07', later],
    ]);
    expect(found.map((d) => d.values.map((v) => v.value).sort())).toEqual([['212', '240']]);
  });
  it('still keeps apart a figure dated by a year of its own clause', () => {
    const found = differingOn([
      ['2026-08-05', day],
      ['2026-08-07', 'In 1994 a fire destroyed 310 homes in the valley, officials said.'],
    ]);
    expect(found).toEqual([]);
  });
});

// docs/quality.md, "Session 55", rule PR.
describe('an offer or a demand is not the value agreed', () => {
  const offer = 'The union said members would stay out until the government improved its offer of a 3 percent raise over two years.';
  const deal = 'Under the deal, nurses will receive a 7 percent raise over two years, backdated to January.';
  it("does not set a side's offer against the settled raise", () => {
    expect(
      differingOn([
        ['2026-03-10', offer],
        ['2026-03-14', deal],
      ]),
    ).toEqual([]);
  });
  it('still sets one report of the settled raise against another', () => {
    const found = differingOn([
      ['2026-03-10', deal],
      ['2026-03-14', deal.replace('7 percent', '8 percent')],
    ]);
    expect(found.map((d) => d.values.map((v) => v.value).sort())).toEqual([['7 percent', '8 percent']]);
  });
});

// docs/quality.md, "Session 56", rule CX.
describe('a correction names the value it replaces', () => {
  const first = 'The ferry operator said the ship had 212 passengers on board when it ran aground off Halden.';
  const correction = 'The coast guard said the ship had 236 passengers on board, not 212 as the operator first said, and that all had been rescued.';
  it("sets a follow-up's corrected value against the first report's, latest first and marked revised", () => {
    const found = differingOn([
      ['2026-04-02', first],
      ['2026-04-04', correction],
    ]);
    expect(found.map((d) => d.values.map((v) => [v.value, v.revised]))).toEqual([
      [
        ['236', true],
        ['212', false],
      ],
    ]);
  });
  it('shows a dispute between tellers, not marked revised ("not 340 as the board has said")', () => {
    const found = differingOn([
      ['2026-09-22', 'The election board rejected 340 provisional ballots after the count, officials said.'],
      ['2026-09-25', 'The lawsuit says the election board rejected 412 provisional ballots, not 340 as the board has said.'],
    ]);
    expect(found.map((d) => d.values.map((v) => [v.value, v.revised]))).toEqual([
      [
        ['412', false],
        ['340', false],
      ],
    ]);
  });
  // Amendment CX″.
  it('sets the correction against the report it names, though that report tells its value under a preposition', () => {
    const found = differingOn([
      ['2026-03-03', 'Hackers stole the names and account numbers of 2.1 million customers from a payments contractor, the bank said.'],
      ['2026-03-10', 'The bank said the breach affected 2.6 million customers, not 2.1 million as it first reported.'],
    ]);
    expect(found.map((d) => d.values.map((v) => v.value))).toEqual([['2.6 million', '2.1 million']]);
    // Without the correction, the two are not said to be one quantity.
    expect(
      differingOn([
        ['2026-03-03', 'Hackers stole the names and account numbers of 2.1 million customers from a payments contractor, the bank said.'],
        ['2026-03-10', 'The bank said the breach affected 2.6 million customers after a review of its records.'],
      ]),
    ).toEqual([]);
  });
  it('still reads "not" before a value that corrects nothing as a denial', () => {
    expect(
      differingOn([
        ['2026-04-02', first],
        ['2026-04-04', 'The coast guard said the ship did not have 236 passengers on board when it ran aground off Halden.'],
      ]),
    ).toEqual([]);
  });
});

describe('a count of what was added is no value of the count (docs/quality.md, "Session 62", rule NX)', () => {
  it('does not set "seven new measles cases" against a total of 19', () => {
    const found = differingOn([
      ['2025-04-08', 'The number of measles cases in the county has risen to 19, the health department said on Tuesday.'],
      ['2025-04-11', 'Health officials in the county reported seven new measles cases on Friday, the health department said.'],
    ]);
    expect(found).toEqual([]);
    // Two totals still differ.
    expect(
      differingOn([
        ['2025-04-08', 'The number of measles cases in the county has risen to 19, the health department said on Tuesday.'],
        ['2025-04-08', 'The number of measles cases in the county has risen to 23, the health department said on Tuesday.'],
      ]),
    ).toHaveLength(1);
  });
});

describe('a count its own article says grew from another report is no disagreement (rule RU, docs/quality.md "Session 65")', () => {
  it('drops the earlier report a later article grows from, and keeps a value no article reconciles', () => {
    const grown = differingOn([
      ['2026-02-03', 'The health department confirmed 41 measles cases in three counties.'],
      ['2026-02-10', 'The outbreak has grown to 52 confirmed measles cases, up from 41 reported last week, officials said.'],
    ]);
    expect(grown).toEqual([]);
    const later = differingOn([
      ['2026-02-03', 'The health department confirmed 41 measles cases in three counties.'],
      ['2026-02-10', 'The outbreak has grown to 52 confirmed measles cases, up from 41 reported last week, officials said.'],
      ['2026-02-08', 'The state said it had confirmed 58 measles cases in three counties.'],
    ]);
    expect(later.map((d) => d.values.map((v) => v.value))).toEqual([['52', '58']]);
  });
});

describe('a unit of change alone names no quantity (rule PQ, docs/quality.md "Session 65")', () => {
  it('does not pair a mortgage rate’s rise with the currency’s effect on inflation, both "percentage point"', () => {
    expect(differing(['Tessaly Savings Bank increased its rate by 0.4 percentage point to 7.30%.', 'The Committee estimates that the depreciation has raised consumer price inflation by about 1 percentage point.'])).toEqual([]);
  });
});

describe('rule TW: one article, two sources (docs/quality.md, "Session 67")', () => {
  /** Figures that differ in one article's sentences, in order, and maybe a second article's: each read as the index reads it. */
  const inArticles = (...articles: string[][]) => {
    const sentences = articles.flatMap((texts, d) => {
      const built = buildDocument({ id: `doc-${d}.md`, text: texts.join(' ') });
      if (!('document' in built)) throw new Error('expected a document');
      return built.document.sentences;
    });
    return findDifferingFigures(
      findFigures(sentences),
      () => '2025-03-03',
      (id) => Number(/\d+/.exec(id)![0]),
      5,
    );
  };

  it('shows two numbers one article gives, each as its own source’s, with who gives which', () => {
    const found = inArticles(['Dock workers walked off the job at both ports on Monday.', 'The port authority said 3,100 workers had stopped work.', 'The union put the number at 4,200.']);
    expect(found).toHaveLength(1);
    expect(found[0]!.values.map((v) => [v.value, v.by]).sort()).toEqual([
      ['3,100', 'port authority'],
      ['4,200', 'union'],
    ]);
  });

  it('reads "…, police said" and "according to" as who gives a number, and the same source twice as no disagreement', () => {
    const found = inArticles(['Some 31 people died in the fire, police said.', 'According to the regional hospital, 45 people died in the fire.']);
    expect(found.map((d) => d.values.map((v) => v.by).sort())).toEqual([['police', 'regional hospital']]);
    expect(inArticles(['Police said 31 people died in the fire.', 'The Tesk police said 45 people died in the fire.'])).toEqual([]);
  });

  it('leaves apart an update, a pronoun, and two sources sentences apart', () => {
    expect(inArticles(['Police said 31 people died in the fire.', 'The hospital now says 45 people died in the fire.'])).toEqual([]);
    expect(inArticles(['Police said 31 people died in the fire.', 'She said 45 people died in the fire.'])).toEqual([]);
    // Amendment TW′: a number the sentence says was brought to a new level is an update, whatever the verb of change ("cut to").
    expect(
      inArticles([
        'Outflow peaked at about 118,000 cfs on Sunday, according to the operator.',
        'The State Dam Safety Office estimated the peak at closer to 141,000 cfs.',
        'By Monday afternoon releases had been cut to roughly 70,000 cfs, the company said.',
      ]).map((d) => d.values.map((v) => v.value)),
    ).not.toContainEqual(['141,000', '70,000']);
    const between = ['The fire began in a kitchen.', 'Crews fought it for hours.', 'Roads were closed.'];
    expect(inArticles(['Police said 31 people died in the fire.', ...between, 'The hospital said 45 people died in the fire.'])).toEqual([]);
  });

  it('shows who gives a value in every renderer’s brackets', () => {
    expect(differingValueNote({ value: '4,200', text: 'The union put the number at 4,200.', citations: [{ source: 1, paragraph: 0, sentence: 2 }], published: '2025-03-03', revised: false, by: 'union' })).toBe('union, 2025-03-03');
    expect(differingValueNote({ value: '4,200', text: 'x', citations: [{ source: 1, paragraph: 0, sentence: 2 }], revised: true })).toBe('undated, revised');
  });
});

describe('amendment RU′: "down from 1,350 the night before" (docs/quality.md, "Session 67")', () => {
  it('drops the earlier night’s count a later article says its count fell from, and keeps a count no article reconciles', () => {
    const fell = differingOn([
      ['2026-03-09', 'The Red Cross said 1,350 people stayed in its shelters on Sunday night.'],
      ['2026-03-10', 'The Red Cross said 1,120 people stayed in its three shelters Monday night, down from 1,350 the night before.'],
    ]);
    expect(fell).toEqual([]);
    const other = differingOn([
      ['2026-03-09', 'The Red Cross said 1,350 people stayed in its shelters on Sunday night.'],
      ['2026-03-10', 'The Red Cross said 1,120 people stayed in its three shelters Monday night, down from 1,350 the night before.'],
      ['2026-03-10', 'County officials said 1,600 people stayed in the shelters on Monday night.'],
    ]);
    expect(other.map((d) => d.values.map((v) => v.value).sort())).toEqual([['1,120', '1,600']]);
  });
});

describe('rule UW: a count an article says rose is told in steps (docs/quality.md, "Session 70")', () => {
  const first = 'Port authority data showed 14 container ships waiting at anchor on Monday.';
  const second = 'Port authority data showed 19 container ships waiting at anchor on Tuesday.';
  const rise = 'Port authority data showed 52 container ships waiting at anchor on Friday, up from 14 when the strike began.';

  it('shows no disagreement between the counts of a rise the latest article tells, from its start to its end', () => {
    expect(
      differingOn([
        ['2026-03-02', first],
        ['2026-03-03', second],
        ['2026-03-06', rise],
      ]),
    ).toEqual([]);
  });

  it('keeps a value outside the rise, and one told after the article that tells it', () => {
    const values = (docs: [string, string][]) => differingOn(docs).map((d) => d.values.map((v) => v.value).sort());
    const beyond = 'Port authority data showed 60 container ships waiting at anchor on Tuesday.';
    expect(
      values([
        ['2026-03-02', first],
        ['2026-03-03', beyond],
        ['2026-03-06', rise],
      ]),
    ).toEqual([['52', '60']]);
    expect(
      values([
        ['2026-03-02', first],
        ['2026-03-09', second],
        ['2026-03-06', rise],
      ]),
    ).toEqual([['19', '52']]);
  });
});

describe('a running count told in five articles (docs/quality.md, "Session 71", amendments RU‴ and UW″)', () => {
  const values = (docs: [string, string][]) => differingOn(docs).map((d) => d.values.map((v) => v.value).sort());
  const first = 'The ferry line said it had cancelled 166 sailings since the strike began.';
  const second = 'The ferry line said on Monday that it had cancelled 376 sailings since the union called the strike last Tuesday, up from 166 on Thursday.';
  const third = 'In all, 1,002 sailings were cancelled during the strike, the ferry line said.';

  it('reads a rise told across its clause ("376 sailings since … last Tuesday, up from 166"), and a later count past it as the count going on', () => {
    expect(
      values([
        ['2025-03-06', first],
        ['2025-03-10', second],
      ]),
    ).toEqual([]);
    expect(
      values([
        ['2025-03-06', first],
        ['2025-03-10', second],
        ['2025-03-24', third],
      ]),
    ).toEqual([]);
  });

  it("keeps a later count below the rise's end, or a larger one from an article no later, as a side", () => {
    expect(
      values([
        ['2025-03-10', second],
        ['2025-03-24', third.replace('1,002', '290')],
      ]),
    ).toEqual([['290', '376']]);
    expect(
      values([
        ['2025-03-08', third],
        ['2025-03-10', second],
      ]),
    ).toEqual([['1,002', '376']]);
  });
});

/** The values of each figure that differs across made-up articles, built as an article is, so "the figure" takes up the count before it (rule NA). */
const values = (docs: [string, string][]) =>
  findDifferingFigures(
    findFigures(
      docs.flatMap(([, text], i) => {
        const built = buildDocument({ id: `doc-${i}.md`, text });
        if (!('document' in built)) throw new Error(built.error.message);
        return built.document.sentences;
      }),
    ),
    (id) => docs[Number(/\d+/.exec(id)![0])]![0],
    (id) => Number(/\d+/.exec(id)![0]),
    5,
  ).map((d) => d.values.map((v) => v.value).sort());

describe('two sources\' counts in the clauses of one sentence (docs/quality.md, "Session 71", amendments NA″ and TW″)', () => {
  it('shows "The Pilots\' Association says 240 …; the airline puts the figure at 170" as a disagreement', () => {
    expect(values([['2025-03-13', "The Harbour Pilots' Association says 240 employees have been stood down; the airline puts the figure at 170."]])).toEqual([['170', '240']]);
    // Police and a police force are one giver; two values in one clause are a range.
    expect(values([['2025-03-13', 'Tesk Provincial Police say 40 people were hurt; police later put the figure at 55.']])).toEqual([]);
    expect(values([['2025-03-13', 'The union says 240 or 250 employees have been stood down.']])).toEqual([]);
  });
});

describe('a forecast and its outcome (docs/quality.md, "Session 74", rule PM)', () => {
  it('does not set a temperature possibly reached against the one recorded, and still sets two recorded ones apart', () => {
    const forecast = 'The weather office said temperatures in the city area were possibly reaching 40 degrees Celsius on Tuesday.';
    const recorded = 'The weather station at the airport recorded 41.3 degrees Celsius on Tuesday, the weather office said.';
    expect(
      differingOn([
        ['2025-07-11', forecast],
        ['2025-07-16', recorded],
      ]),
    ).toEqual([]);
    const other = 'The weather station at the airport recorded 41.6 degrees Celsius on Tuesday, the weather office said.';
    expect(
      differingOn([
        ['2025-07-16', recorded],
        ['2025-07-17', other],
      ]),
    ).toHaveLength(1);
  });
});

describe('"the project" is no forecast (docs/quality.md, "Session 78", amendment PM′)', () => {
  it('sets two counts of a petition apart when one sentence names the project the petition is about', () => {
    expect(
      values([
        ['2025-09-10', 'The petition calling for an inquiry into the project had 6,200 signatures on Wednesday, the residents said.'],
        ['2025-09-10', 'The petition calling for an inquiry had 9,100 signatures on Wednesday, the council said.'],
      ]),
    ).toEqual([['6,200', '9,100']]);
  });
});

describe('a fraction in words is a share (docs/quality.md, "Session 78", rule QF)', () => {
  it('reads "about half the health service\'s figure" as a share, compared with shares only, and "half a million" as a count', () => {
    // The screening set's story briefing set "half" against a count of 11 health services: a share is no value of a count.
    expect(unitOf('half')).toBe(unitOf('50 percent'));
    expect(unitOf('two-thirds')).toBe(unitOf('50 percent'));
    expect(unitOf('half')).not.toBe(unitOf('11'));
    expect(unitOf('half a million')).toBe(unitOf('11'));
    expect(unitOf('three and a half')).toBe(unitOf('11'));
  });
});

describe('a volume two sources give differently (docs/quality.md, "Session 76", rules NB, CB, NA‴, MW and VS)', () => {
  it('reads "Pond No. 3" as a number, no denial: the two volumes differ (rule NB)', () => {
    expect(
      values([
        ['2025-03-04', 'The company said about 180,000 cubic metres of tailings left Pond No. 3 on Tuesday.'],
        ['2025-03-06', 'The inspectorate said about 640,000 cubic metres of tailings left the pond on Tuesday.'],
      ]),
    ).toEqual([['180,000', '640,000']]);
  });

  it('ends what a figure counts before a clause that "before" opens, and keeps a phrase it opens (rule CB)', () => {
    const counts = (text: string) => findFigures([sentence('doc-1.md', 1, text)]).map((f) => f.counts);
    expect(counts('Kelvet said about 180,000 cubic metres of tailings had escaped before engineers closed the gap on Tuesday.')).toEqual(['cubic metres of tailings had escaped']);
    expect(counts('About 300 people were evacuated before the storm hit the coast.')).toEqual(['people were evacuated']);
    expect(counts('About 300 people were evacuated before the storm.')).toEqual(['people were evacuated before the storm']);
    // Amendment CB′: nor is "when" an adverb of the verb; the injured and the missing stay two quantities.
    expect(counts('Officials said 12 people were injured when the Marlow bridge collapsed.')).toEqual(['people were injured']);
    expect(
      values([
        ['2026-03-02', 'Officials said 12 people were injured when the Marlow bridge collapsed.'],
        ['2026-03-03', 'Officials said 4 people were missing after the Marlow bridge collapsed.'],
      ]),
    ).toEqual([]);
  });

  it("shows the volume one article sets out as two sources' against its restatements, and not the size of the pond (rules NA‴, MW, VS)", () => {
    const pond = 'Pond No. 3, built in 2011, held about 4.5 million cubic metres of waste before the breach, the company said.';
    const compared = 'It said on Wednesday evening that about 640,000 cubic metres of tailings and water had left Pond No. 3, more than three times the 180,000 cubic metres the company had reported the day before.';
    const setOut = 'Kelvet says about 180,000 cubic metres of tailings left the pond; the inspectorate puts the figure at about 640,000 cubic metres.';
    expect(
      values([
        ['2025-03-04', pond],
        ['2025-03-06', compared],
        ['2025-03-08', setOut],
      ]),
    ).toEqual([['180,000', '640,000']]);
    // Without an article that sets them out as two sources', the comparison still tells the values apart (rule VB).
    expect(
      values([
        ['2025-03-04', pond],
        ['2025-03-06', compared],
      ]),
    ).toEqual([]);
  });
});

describe('a span counted from one event against a span counted from another (docs/quality.md, "Session 77", rule OA)', () => {
  it('keeps "four weeks after the freeze" apart from "two weeks later than the March 31 date", and compares spans from one event', () => {
    expect(
      values([
        ['2025-03-06', 'The anger has grown since the State Deposit Guarantee Fund said on Wednesday that the first payouts to Brenmark customers would be made on March 31, four weeks after the bank froze withdrawals.'],
        [
          '2025-03-14',
          "Marta Ekwell, director of the State Deposit Guarantee Fund, told the National Assembly's finance committee that the first payments would now be made on April 14, two weeks later than the March 31 date announced last week.",
        ],
      ]),
    ).toEqual([]);
    expect(
      values([
        ['2025-03-06', 'Rescuers pulled the last survivor from the rubble four days after the earthquake, officials said.'],
        ['2025-03-07', 'Rescuers pulled the last survivor from the rubble six days after the earthquake, the army said.'],
      ]),
    ).toEqual([['four', 'six']]);
  });
});

describe('a span measured to no event of its own, and an adverb between auxiliaries (docs/quality.md, "Session 77", amendment OA′, rule AA)', () => {
  it('keeps "That was 18 minutes after the first call" apart from "the alert went out …, 51 minutes after the first call" (OA′)', () => {
    expect(
      values([
        ['2025-08-08', 'Hollin said its line tripped at 2:58 p.m. That was 18 minutes after the first emergency call reporting the fire.'],
        ['2025-08-11', 'The mayor said the first warning to mobile phones went out at 3:31 p.m. on the day the fire started, 51 minutes after the first emergency call.'],
      ]),
    ).toEqual([]);
  });

  it('reads "had now been destroyed" whole, so the fire service and the council give one count differently (AA)', () => {
    const counts = (text: string) => findFigures([sentence('doc-1.md', 1, text)]).map((f) => f.counts);
    expect(counts('The fire service said 58 homes had now been destroyed.')).toEqual(['homes had now been destroyed']);
    expect(counts('At least 40 people have already been killed, officials said.')).toEqual(['people have already been killed']);
    expect(
      values([
        ['2025-08-08', 'The area burned rose to 9,300 hectares, and the fire service said 58 homes had now been destroyed.'],
        ['2025-08-11', 'Ardwen Hills District Council said on Monday that 71 homes had been destroyed.'],
      ]),
    ).toEqual([['58', '71']]);
  });
});

describe('amendment TK′: a count told as doubled or revised (docs/quality.md, "Session 79", with rule NU)', () => {
  it('shows "has more than doubled to" and "has been revised down to" as the level of one count, named without its verb', () => {
    const found = differingOn([
      ['2026-10-13', 'The number of people displaced by the flood in Vellby rose to 1,500 on Monday, the council said.'],
      ['2026-10-15', 'The number of people displaced by the flood in Vellby has more than doubled to 3,100, the council said.'],
      ['2026-10-21', 'The number of people displaced by the flood in Vellby has been revised down to 2,750, the council said.'],
    ]);
    expect(found.map((d) => d.values.map((v) => v.value))).toEqual([['2,750', '3,100', '1,500']]);
    expect(found[0]!.counts).not.toMatch(/doubled|revised|more than/);
  });
});

describe('a count past a threshold of duration is its own quantity (docs/quality.md, "Session 80", rule DQ)', () => {
  it('does not set "without power for more than six hours" against "still without power" as one count told two ways', () => {
    expect(
      differingOn([
        ['2025-07-15', 'Across the city, the grid operator said 23,400 customers were still without power at 6pm.'],
        ['2025-07-21', 'The grid operator said about 151,000 customers were without power for more than six hours.'],
      ]),
    ).toEqual([]);
  });

  it('still sets two counts past the same threshold against each other, and a perfect’s span is no threshold', () => {
    const same = differingOn([
      ['2025-07-20', 'The grid operator said 151,000 customers were without power for more than six hours.'],
      ['2025-07-21', 'A consumer group said 170,000 customers were without power for more than six hours.'],
    ]);
    expect(same.map((d) => d.values.map((v) => v.value).sort())).toEqual([['151,000', '170,000']]);
    const standing = differingOn([
      ['2025-07-20', 'The grid operator said 4,000 homes have been without power for more than a week.'],
      ['2025-07-21', 'A consumer group said 6,500 homes have been without power for more than a week.'],
    ]);
    expect(standing).toHaveLength(1);
  });
});
