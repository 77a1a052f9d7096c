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

  it('takes the full name from another source of the briefing when the point’s own document gives none (rule N3)', () => {
    const a = doc('a.txt', 'Lebanese President Emile Lahoud opened the session in Beirut on Monday.');
    const b = doc('b.txt', 'Lahoud met the army chiefs on Tuesday to discuss the border.');
    const both = new Map([
      ['a.txt', a],
      ['b.txt', b],
    ]);
    expect(nameGlosses([starting(b, 'Lahoud met')], (id) => both.get(id) ?? [], ['a.txt', 'b.txt'])).toEqual([[{ name: 'Lahoud', full: 'Lebanese President Emile Lahoud' }]]);
  });
});
