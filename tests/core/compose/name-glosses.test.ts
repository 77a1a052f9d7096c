import { describe, expect, it } from 'vitest';
import { nameGlosses } from '../../../src/core/compose/name-glosses.js';
import { buildDocument } from '../../../src/core/index/build-document.js';
import type { Sentence } from '../../../src/core/ingest/document.js';

/** Made-up wire copy (docs/quality.md, "Twenty-third round (issue 16names)"). */
function doc(id: string, text: string): readonly Sentence[] {
  const built = buildDocument({ id, text });
  if (!('document' in built)) throw new Error(built.error.message);
  return built.document.sentences;
}

const FLOOD = doc(
  'flood.txt',
  'Regional governor Maria Kovacs ordered an evacuation of the lower town on Monday. Rescue teams reached three villages cut off by the water. Kovacs said on Wednesday that 1,200 people had left their homes. Kovacs later asked the army for more trucks.',
);
const docs = new Map<string, readonly Sentence[]>([['flood.txt', FLOOD]]);
const of = (id: string) => docs.get(id) ?? [];
const starting = (d: readonly Sentence[], words: string) => [d.find((s) => s.text.startsWith(words))!];

describe('a person named by one word is glossed with the full name and title the source gives', () => {
  it('glosses the first mention with the title written before the full name', () => {
    expect(nameGlosses([starting(FLOOD, 'Kovacs said')], of, ['flood.txt'])).toEqual([[{ name: 'Kovacs', full: 'Regional governor Maria Kovacs' }]]);
  });

  it('glosses a name once per briefing, at its first mention', () => {
    expect(nameGlosses([starting(FLOOD, 'Kovacs said'), starting(FLOOD, 'Kovacs later')], of, ['flood.txt'])).toEqual([[{ name: 'Kovacs', full: 'Regional governor Maria Kovacs' }], []]);
  });

  it('does not gloss a person an earlier point already names in full', () => {
    expect(nameGlosses([starting(FLOOD, 'Regional governor'), starting(FLOOD, 'Kovacs said')], of, ['flood.txt'])).toEqual([[], []]);
  });

  it('does not gloss a name two full names of the document end on', () => {
    const d = doc('vigil.txt', 'Dennis Shepard spoke at the vigil on Friday. His wife, Judy Shepard, thanked the town. Shepard asked the crowd to stay calm.');
    expect(nameGlosses([starting(d, 'Shepard asked')], () => d, ['vigil.txt'])).toEqual([[]]);
  });

  it('does not gloss a place or a body whose longer name ends on the word', () => {
    const d = doc('strike.txt', 'Air France cancelled 40 flights on Monday as pilots walked out. France sent two ministers to the talks on Tuesday.');
    expect(nameGlosses([starting(d, 'France sent')], () => d, ['strike.txt'])).toEqual([[]]);
  });

  it('does not gloss a city by the body named after it when a source writes the city as a place (rule GL)', () => {
    const city = (text: string) => doc('water.txt', `${text} The restrictions will remain until the reservoir recovers, Aqualis Brenhaven said in a statement. Brenhaven will ban garden sprinklers from Thursday.`);
    const speaking = (d: readonly Sentence[]) => Object.assign(d.find((s) => s.text.startsWith('The restrictions'))!, { speech: { speaker: 'Aqualis Brenhaven', named: true } });
    const placed = city('Water use in Brenhaven rose by a third in June.');
    speaking(placed);
    expect(nameGlosses([starting(placed, 'Brenhaven will')], () => placed, ['water.txt'])).toEqual([[]]);
    // Without a place written, nothing tells the city from the body named after it: the gloss stands.
    const unplaced = city('Water use rose by a third in June.');
    speaking(unplaced);
    expect(nameGlosses([starting(unplaced, 'Brenhaven will')], () => unplaced, ['water.txt'])).toEqual([[{ name: 'Brenhaven', full: 'Aqualis Brenhaven' }]]);
  });

  it('takes the full name from another source of the briefing when the point’s own document gives none (rule N3), not its title (A4)', () => {
    const a = doc('a.txt', 'Lebanese President Emile Lahoud opened the session in Beirut on Monday.');
    const b = doc('b.txt', 'Lahoud met the army chiefs on Tuesday to discuss the border.');
    const both = new Map([
      ['a.txt', a],
      ['b.txt', b],
    ]);
    expect(nameGlosses([starting(b, 'Lahoud met')], (id) => both.get(id) ?? [], ['a.txt', 'b.txt'])).toEqual([[{ name: 'Lahoud', full: 'Emile Lahoud' }]]);
  });

  describe('amendment A (written after measuring)', () => {
    /** A sentence whose speech the analysis gave to `speaker`: evidence of a person, as the stored reading would give it. */
    const spoken = (d: readonly Sentence[], words: string, speaker: string) => Object.assign(d.find((s) => s.text.startsWith(words))!, { speech: { speaker, named: true } });

    it('A1: does not gloss a people by its plural', () => {
      const d = doc('war.txt', 'Bosnian Serbs said on Monday they would keep the roads open. A Serb commander met the envoy on Tuesday. Serbs were the victims in two of the cases.');
      spoken(d, 'Bosnian Serbs said', 'Bosnian Serbs');
      expect(nameGlosses([starting(d, 'Serbs were')], () => d, ['war.txt'])).toEqual([[]]);
    });

    it('A2: does not gloss with a full name the source never writes whole', () => {
      const d = doc('vigil.txt', "Shepherd's father, Dennis, spoke to the crowd on Friday. Governor Jim Geringer called the attack a tragedy. Thousands condemned Shepherd's killing.");
      spoken(d, "Shepherd's father", 'Dennis Shepherd');
      expect(nameGlosses([starting(d, 'Thousands condemned')], () => d, ['vigil.txt'])).toEqual([[]]);
    });

    it('A3: does not gloss a name that modifies a noun after a determiner, a quotation mark before it', () => {
      const d = doc('prize.txt', 'Alfred Nobel left his fortune to the prizes in 1895. "The Nobel committee wanted to give the prize to all three," the secretary said.');
      spoken(d, 'Alfred Nobel left', 'Alfred Nobel');
      expect(nameGlosses([starting(d, '"The Nobel')], () => d, ['prize.txt'])).toEqual([[]]);
    });
  });

  describe('amendment A′ (written after measuring A)', () => {
    it('A1′: reads a people’s singular in any source of the briefing', () => {
      const a = doc('a.txt', 'A Serb commander met the envoy on Tuesday. Bosnian Serbs said on Monday they would keep the roads open.');
      Object.assign(a.find((s) => s.text.startsWith('Bosnian Serbs'))!, { speech: { speaker: 'Bosnian Serbs', named: true } });
      const b = doc('b.txt', 'Serbs were the victims in two of the cases heard this year.');
      const both = new Map([
        ['a.txt', a],
        ['b.txt', b],
      ]);
      expect(nameGlosses([starting(b, 'Serbs were')], (id) => both.get(id) ?? [], ['a.txt', 'b.txt'])).toEqual([[]]);
    });

    it('A5: does not take a title after a participle ("ousted"), and keeps "former" before one', () => {
      const d = doc('trial.txt', 'Police guarded the court for ousted deputy prime minister Anwar Ibrahim on Monday. Mr. Anwar denied every charge. Anwar said he would appeal.');
      expect(nameGlosses([starting(d, 'Anwar said')], () => d, ['trial.txt'])).toEqual([[{ name: 'Anwar', full: 'Anwar Ibrahim' }]]);
      const e = doc('talks.txt', 'Delegates in Bali heard former U.S. Vice President Al Gore on Thursday. Gore urged the delegates to agree on a plan.');
      expect(nameGlosses([starting(e, 'Gore urged')], () => e, ['talks.txt'])).toEqual([[{ name: 'Gore', full: 'former U.S. Vice President Al Gore' }]]);
    });
  });

  describe('16names3: what a briefing reads once is reused only where it gives the same answer', () => {
    it('still glosses a name at a later point whose own source names it, after an earlier point whose sources disagree', () => {
      const a = doc('a.txt', 'Lahoud met the army chiefs on Tuesday to discuss the border.');
      const b = doc('b.txt', 'Lebanese President Emile Lahoud opened the session in Beirut on Monday.');
      const c = doc('c.txt', 'Speaker Nabih Lahoud called the vote for Thursday. Lahoud said the deputies would meet again next week.');
      const all = new Map([
        ['a.txt', a],
        ['b.txt', b],
        ['c.txt', c],
      ]);
      // At a.txt's point the other sources give two full names (no gloss); at c.txt's point its own source gives one.
      expect(nameGlosses([starting(a, 'Lahoud met'), starting(c, 'Lahoud said')], (id) => all.get(id) ?? [], ['a.txt', 'b.txt', 'c.txt'])).toEqual([[], [{ name: 'Lahoud', full: 'Speaker Nabih Lahoud' }]]);
    });

    it('glosses the same from hundreds of wire copies as from one', () => {
      const own = doc('own.txt', 'Lahoud met the army chiefs on Tuesday to discuss the border.');
      const copies = Array.from({ length: 300 }, (_, i) => [`copy${i}.txt`, doc(`copy${i}.txt`, 'Lebanese President Emile Lahoud opened the session in Beirut on Monday. The lahoud family estate was not mentioned.')] as const);
      const all = new Map<string, readonly Sentence[]>([['own.txt', own], ...copies]);
      const units = [starting(own, 'Lahoud met'), starting(own, 'Lahoud met')];
      expect(nameGlosses(units, (id) => all.get(id) ?? [], [...all.keys()])).toEqual([[{ name: 'Lahoud', full: 'Emile Lahoud' }], []]);
    });
  });
});

describe('a relative or the calendar is not glossed with the full name the sources give (rule N4, lead, twenty-fourth round)', () => {
  const d = doc(
    'mayor.txt',
    'Mayor Lena Dorsey opened the new bridge on Monday. Mrs. Dorsey thanked the workers who built it. Jan Okafor, the city engineer, led the work. Traffic will cross from Jan. 5, the city said. Dorsey said the bridge cost $12 million. The engineer, whose son Jan helped, was not there.',
  );
  const glossOf = (words: string) => nameGlosses([starting(d, words)], () => d, ['mayor.txt'])[0];

  it('leaves "Mrs. Dorsey" and "Jan. 5" unglossed, and glosses the mayor herself', () => {
    expect(glossOf('Mrs. Dorsey')).toEqual([]);
    expect(glossOf('Traffic will cross')).toEqual([]);
    expect(glossOf('Dorsey said')).toEqual([{ name: 'Dorsey', full: 'Mayor Lena Dorsey' }]);
  });

  it('glosses "Ms." before a full name written with no office, which may be hers (N4′)', () => {
    const w = doc('wife.txt', 'His wife, Rosa Lindqvist, was not allowed into the court. Ms. Lindqvist said the trial was a sham.');
    expect(nameGlosses([starting(w, 'Ms. Lindqvist')], () => w, ['wife.txt'])[0]).toEqual([{ name: 'Lindqvist', full: 'Rosa Lindqvist' }]);
  });

  it('leaves a given name after a kinship noun unglossed', () => {
    expect(glossOf('The engineer, whose son')).toEqual([]);
  });
});
