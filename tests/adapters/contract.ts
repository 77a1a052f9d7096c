import { describe, expect, test } from 'vitest';
import type { Answer } from '../../src/commands/command.js';
import { type Briefing, type Digest, type Length, type Point, parseBriefing, parseDigest } from '../../src/core/briefing.js';

/**
 * The suite every renderer passes: each answer kind renders to messages the platform takes (its
 * documented limits, checked by `violations`), that say what the answer says; and a briefing whose
 * sections are one character over each of the platform's text limits still renders within them,
 * its sources kept. Made-up sentences only.
 */
export interface RendererUnderTest<M> {
  name: string;
  render(answer: Answer): readonly M[];
  /** What the platform would refuse in these messages; [] when it takes them all. */
  violations(messages: readonly M[]): string[];
  /** Every text a reader sees, escaped as the platform shows it. */
  texts(messages: readonly M[]): string[];
  /** The text limits, in characters, that one point or one section of points can overflow. */
  textLimits: readonly number[];
  /** The most messages one answer may take (a flood guard), when the adapter has one. */
  maxMessages?: number;
}

const cite = (source: number, paragraph = 0) => [{ source, paragraph, sentence: 0 }];
const SOURCES = [1, 2, 3].map((n) => ({ n, docId: `doc-${n}.txt`, title: `Report number ${n} from the valley`, outlet: 'Valley Courier', published: `2025-03-0${n}` }));

/** Plain words ending in a full stop, exactly `length` characters long. */
export function sentenceOf(length: number, seed = 0): string {
  const words: string[] = [];
  let total = 0;
  for (let i = seed; total < length; i++) {
    const word = ['River', 'levels', 'rose', 'again', 'near', 'the', 'old', 'bridge', 'overnight'][i % 9]!;
    words.push(word);
    total += word.length + 1;
  }
  const text = words
    .join(' ')
    .slice(0, length - 1)
    .replace(/ $/, 'x');
  return `${text}.`;
}

function briefing(length: Length, overrides: Partial<Briefing> = {}): Briefing {
  return parseBriefing({
    set: 'valley-floods',
    topic: { slug: 'river-levels', title: 'River levels', kind: 'curated' },
    length,
    generatedAt: '2025-03-04T07:00:00.000Z',
    summary: [
      { text: 'The river rose two metres overnight near the old bridge.', citations: cite(1) },
      { text: 'Crews closed the lower road before dawn.', citations: cite(2) },
    ],
    keyPoints: length === 'short' ? [] : [{ text: 'Pumps were brought in from the next town by noon.', citations: cite(3) }],
    quotes: length === 'short' ? [] : [{ speaker: 'Ana Ruiz', text: '“We have never seen it this high in March,” she said.', citation: cite(2, 1)[0]! }],
    figures: length === 'short' ? [] : [{ value: 'two metres', counts: 'rise of the river', text: 'The river rose two metres overnight near the old bridge.', citation: cite(1)[0]! }],
    timeline: length === 'short' ? [] : [{ date: '2025-03-03', when: 'on Monday', text: 'On Monday the first homes were cleared.', citation: cite(3, 1)[0]! }],
    differences: [],
    sources: SOURCES,
    ...overrides,
  });
}

function digest(quiet: boolean, points?: Point[]): Digest {
  const b = briefing('standard');
  return parseDigest({
    set: 'valley-floods',
    generatedAt: '2025-03-04T07:00:00.000Z',
    since: '2025-03-03T07:00:00.000Z',
    late: false,
    newDocuments: quiet ? [] : SOURCES.map((s) => ({ docId: s.docId, title: s.title })),
    wordBudget: 250,
    topics: quiet ? [] : [{ topic: b.topic, points: points ?? b.summary, figureChanges: [], newDocuments: 3 }],
    sources: quiet ? [] : SOURCES,
  });
}

/** Each answer kind, with words the rendering must show. */
const ANSWERS: { name: string; answer: Answer; shows: string[] }[] = [
  { name: 'short briefing', answer: { kind: 'briefing', briefing: briefing('short') }, shows: ['River levels', 'Crews closed the lower road before dawn', 'Report number 3 from the valley'] },
  { name: 'standard briefing', answer: { kind: 'briefing', briefing: briefing('standard') }, shows: ['River levels', 'Pumps were brought in from the next town by noon', 'Ana Ruiz', 'Report number 1 from the valley'] },
  {
    // A one-word name glossed (docs/quality.md, "Twenty-third round (issue 16names)"): the sentence as written, the full name after it.
    name: 'briefing with a name glossed',
    answer: {
      kind: 'briefing',
      briefing: briefing('standard', {
        summary: [{ text: 'Kovacs ordered the lower town cleared before dawn.', citations: cite(1), names: [{ name: 'Kovacs', full: 'Regional governor Maria Kovacs' }] }],
        keyPoints: [{ text: 'Crews closed the lower road before dawn.', citations: cite(2), names: [{ name: 'Orban', full: 'Mayor Lajos Orban' }], attribution: 'writes Ana Berg, in an opinion piece' }],
      }),
    },
    shows: ['Kovacs ordered the lower town cleared before dawn. (Kovacs: Regional governor Maria Kovacs)', 'Crews closed the lower road before dawn. (Orban: Mayor Lajos Orban) (writes Ana Berg, in an opinion piece)'],
  },
  {
    // Who said what, key figures, the timeline and a difference's side carry the same gloss as a point, printed the same way
    // (docs/quality.md, "Twenty-fourth round (issue 16names4)").
    name: 'briefing with secondary items glossed',
    answer: {
      kind: 'briefing',
      briefing: briefing('standard', {
        quotes: [{ speaker: 'Ana Ruiz', text: '“Kovacs moved fast,” she said.', citation: cite(2, 1)[0]!, names: [{ name: 'Kovacs', full: 'Regional governor Maria Kovacs' }] }],
        figures: [{ value: 'two metres', counts: 'rise of the river', text: 'Orban said the river rose two metres overnight.', citation: cite(1)[0]!, names: [{ name: 'Orban', full: 'Mayor Lajos Orban' }] }],
        timeline: [{ date: '2025-03-03', when: 'on Monday', text: 'On Monday Varga cleared the first homes.', citation: cite(3, 1)[0]!, names: [{ name: 'Varga', full: 'Fire chief Eva Varga' }] }],
        differences: [
          {
            question: 'how many homes were cleared',
            sides: [
              { text: 'Nagy counted 40 homes cleared.', citations: cite(1, 2), names: [{ name: 'Nagy', full: 'Police captain Peter Nagy' }] },
              { text: 'Crews cleared 60 homes.', citations: cite(2, 2) },
            ],
          },
        ],
      }),
    },
    shows: [
      '“Kovacs moved fast,” she said. (Kovacs: Regional governor Maria Kovacs)',
      'Orban said the river rose two metres overnight. (Orban: Mayor Lajos Orban)',
      'On Monday Varga cleared the first homes. (Varga: Fire chief Eva Varga)',
      'Nagy counted 40 homes cleared. (Nagy: Police captain Peter Nagy)',
    ],
  },
  {
    name: 'topics list',
    answer: {
      kind: 'topics',
      topics: {
        set: 'valley-floods',
        documents: 3,
        topics: [
          { slug: 'river-levels', title: 'River levels', kind: 'curated', sources: 3, aliases: [] },
          { slug: 'road-closures', title: 'Road closures', kind: 'discovered', sources: 1, aliases: [] },
        ],
      },
    },
    shows: ['River levels', 'Road closures'],
  },
  { name: 'digest', answer: { kind: 'digest', digest: digest(false) }, shows: ['River levels', 'Crews closed the lower road before dawn', 'Report number 2 from the valley'] },
  {
    // A digest's point glossed as a briefing's is (docs/quality.md, "Twenty-third round (issue 16names2)").
    name: 'digest with a name glossed',
    answer: { kind: 'digest', digest: digest(false, [{ text: 'Kovacs ordered the lower town cleared before dawn.', citations: cite(1), names: [{ name: 'Kovacs', full: 'Regional governor Maria Kovacs' }] }]) },
    shows: ['Kovacs ordered the lower town cleared before dawn. (Kovacs: Regional governor Maria Kovacs)'],
  },
  { name: 'quiet digest', answer: { kind: 'digest', digest: digest(true) }, shows: ['Nothing new since'] },
  { name: 'no match', answer: { kind: 'no-match', noMatch: { query: 'hail storms', set: 'valley-floods', suggestions: [{ slug: 'river-levels', title: 'River levels', kind: 'curated' }] } }, shows: ['hail storms', 'River levels'] },
  { name: 'error notice', answer: { kind: 'notice', tone: 'error', code: 'unavailable', text: 'That set is still being indexed; try again in a minute.' }, shows: ['still being indexed'] },
];

/** Briefings one character over `limit`, and a little under, as one point, as a section of points, and as many sections. */
function overLimit(limit: number): { name: string; briefing: Briefing }[] {
  const cases: { name: string; briefing: Briefing }[] = [];
  // Markup (bullets, markers, bold) adds a few characters: sweep the text length so the rendered text crosses the limit by one.
  for (const length of [limit - 24, limit - 12, limit - 6, limit - 3, limit - 1, limit, limit + 1]) {
    const point = (seed: number): Point => ({ text: sentenceOf(length, seed), citations: cite((seed % 3) + 1) });
    cases.push({ name: `one summary point of ${length}`, briefing: briefing('standard', { summary: [point(0)] }) });
    cases.push({ name: `one key point of ${length}`, briefing: briefing('standard', { keyPoints: [point(1)] }) });
  }
  // A section whose points add up to one over: ten points, the last one a character longer.
  const each = Math.floor(limit / 10);
  const section = Array.from({ length: 10 }, (_, i): Point => ({ text: sentenceOf(i === 9 ? limit - 9 * each + 1 : each, i), citations: cite((i % 3) + 1) }));
  cases.push({ name: `a key-points section of ${limit + 1}`, briefing: briefing('long', { keyPoints: section }) });
  cases.push({ name: `a summary of ${limit + 1}`, briefing: briefing('long', { summary: section }) });
  cases.push({
    name: `every section of ${limit + 1}`,
    briefing: briefing('long', { summary: section, keyPoints: section, timeline: section.map((p, i) => ({ date: `2025-03-0${(i % 9) + 1}`, when: 'that day', text: p.text, citation: p.citations[0]! })) }),
  });
  return cases;
}

export function rendererContract<M>(renderer: RendererUnderTest<M>): void {
  describe(`GIVEN the ${renderer.name} renderer`, () => {
    test.each(ANSWERS)('WHEN it renders a $name THEN the platform takes every message, and it shows what the answer says', ({ answer, shows }) => {
      const messages = renderer.render(answer);
      expect(renderer.violations(messages)).toEqual([]);
      if (renderer.maxMessages) expect(messages.length).toBeLessThanOrEqual(renderer.maxMessages);
      const seen = renderer.texts(messages).join('\n');
      for (const words of shows) expect(seen).toContain(words);
    });

    // A set of one article, with one topic: the counts read as English does ("1 document", not "1 documents").
    test('WHEN a topic list counts one document and one topic THEN each count takes the singular', () => {
      const one = { kind: 'topics' as const, topics: { set: 'harbour-strike', documents: 1, topics: [{ slug: 'pay-deal', title: 'Pay deal', kind: 'discovered' as const, sources: 1, aliases: [] }] } };
      const seen = renderer.texts(renderer.render(one)).join('\n');
      expect(seen).toMatch(/\b1 document\b/);
      expect(seen).not.toMatch(/\b1 (?:documents|topics|sources)\b/);
    });

    // Issue 16figs2, rule J: every renderer prints a key figure's label by one core function, hyphen and all.
    test('WHEN a briefing has a key figure written as a compound measure THEN it says what the figure counts, with the hyphen its sentence writes', () => {
      const figure = { value: '12', counts: 'metre flood wall', text: 'Crews finished a 12-metre flood wall near the old bridge.', citation: cite(1)[0]! };
      const seen = renderer.texts(renderer.render({ kind: 'briefing', briefing: briefing('standard', { figures: [figure] }) })).join('\n');
      // The label, bold or not, stands before the dash; the sentence after it says "a 12-metre flood wall near".
      expect(seen).toMatch(/12-metre flood wall\**\s—/);
      expect(seen).not.toContain('12 metre');
    });

    // A quote whose sentence opens on its speaker is printed without a label: the name once, not "Kent Page: Kent Page, …".
    test("WHEN a quote's words open on its speaker's name THEN the name is printed once, and another quote keeps its label", () => {
      const opens = { speaker: 'Lena Holt', text: 'Lena Holt, the harbour master, said the port would reopen "within days".', citation: cite(1)[0]! };
      const after = { speaker: 'Omar Reyes', text: '"We lost two boats," said Omar Reyes, a fisherman.', citation: cite(2)[0]! };
      const seen = renderer.texts(renderer.render({ kind: 'briefing', briefing: briefing('standard', { quotes: [opens, after] }) })).join('\n');
      expect(seen).toContain('Lena Holt, the harbour master');
      expect(seen).not.toMatch(/Lena Holt[^\n]*Lena Holt/);
      // The label, before the words or after them as the platform writes it, on the quote's own line.
      expect(seen).toMatch(/Omar Reyes[^\n]*Omar Reyes/);
    });

    // AP's wire copy sets the em dash as " _ ": the reader sees the dash, the stored sentence keeps the article's text.
    test("WHEN a sentence carries the wire's underscore dash THEN it is printed as a dash, in points and quotes alike", () => {
      const point = { text: 'The opposition _ claiming fraud at the polls _ has refused to join a coalition.', citations: cite(1) };
      const quote = { speaker: 'Lena Holt', text: '"The water came in fast _ faster than in 1998," said Lena Holt.', citation: cite(2)[0]! };
      const seen = renderer.texts(renderer.render({ kind: 'briefing', briefing: briefing('standard', { summary: [point], quotes: [quote] }) })).join('\n');
      expect(seen).toContain('The opposition \u2014 claiming fraud at the polls \u2014 has refused');
      expect(seen).toContain('came in fast \u2014 faster');
      expect(seen).not.toMatch(/ \\?_ /);
    });

    const cases = renderer.textLimits.flatMap((limit) => overLimit(limit).map((c) => ({ ...c, limit })));
    test.runIf(cases.length > 0).each(cases)('WHEN a briefing has $name (limit $limit) THEN every message stays within the limits and the sources are kept', ({ briefing }) => {
      const messages = renderer.render({ kind: 'briefing', briefing });
      expect(renderer.violations(messages)).toEqual([]);
      if (renderer.maxMessages) expect(messages.length).toBeLessThanOrEqual(renderer.maxMessages);
      const seen = renderer.texts(messages).join('\n');
      expect(seen).toContain('River levels');
      for (const source of SOURCES) expect(seen).toContain(source.title);
    });
  });
}
