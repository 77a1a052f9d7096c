import { describe, expect, it, vi } from 'vitest';
import { nameGlosses } from '../../../src/core/compose/name-glosses.js';
import { buildDocument } from '../../../src/core/index/build-document.js';
import type { Sentence } from '../../../src/core/ingest/document.js';

// Every full name a gloss reads goes through quotes.ts's fullNameIn: the documents it is asked about tell what an answer reads.
const reads = vi.hoisted(() => ({ fullName: [] as (readonly unknown[])[] }));
vi.mock('../../../src/core/facts/quotes.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/core/facts/quotes.js')>();
  return {
    ...original,
    fullNameIn: (word: string, document: readonly Sentence[]) => {
      reads.fullName.push(document);
      return original.fullNameIn(word, document);
    },
  };
});

/** Made-up wire copy (docs/quality.md, "Twenty-third round (issue 16names)"). */
function doc(id: string, text: string): readonly Sentence[] {
  const built = buildDocument({ id, text });
  if (!('document' in built)) throw new Error(built.error.message);
  return built.document.sentences;
}
const starting = (d: readonly Sentence[], words: string) => [d.find((s) => s.text.startsWith(words))!];

describe('a document’s gloss readings are kept between answers (docs/quality.md, "17adhoc5", rule G2)', () => {
  it('a second answer citing the same wire copies glosses the same and reads none of them again', () => {
    const own = doc('own.txt', 'Lahoud met the army chiefs on Tuesday to discuss the border.');
    const copies = Array.from({ length: 50 }, (_, i) => [`copy${i}.txt`, doc(`copy${i}.txt`, 'Lebanese President Emile Lahoud opened the session in Beirut on Monday.')] as const);
    const all = new Map<string, readonly Sentence[]>([['own.txt', own], ...copies]);
    const answer = () => nameGlosses([starting(own, 'Lahoud met')], (id) => all.get(id) ?? [], [...all.keys()]);
    reads.fullName.length = 0;
    expect(answer()).toEqual([[{ name: 'Lahoud', full: 'Emile Lahoud' }]]);
    expect(reads.fullName.length).toBeGreaterThan(0);
    reads.fullName.length = 0;
    expect(answer()).toEqual([[{ name: 'Lahoud', full: 'Emile Lahoud' }]]);
    expect(reads.fullName).toEqual([]);
  });

  it('reads a refreshed file afresh: the same name, a new text, a new full name', () => {
    const before = doc('session.txt', 'Lebanese President Emile Lahoud opened the session in Beirut on Monday. Lahoud said the deputies would meet again.');
    const after = doc('session.txt', 'Speaker Nabih Lahoud opened the session in Beirut on Monday. Lahoud said the deputies would meet again.');
    expect(nameGlosses([starting(before, 'Lahoud said')], () => before, ['session.txt'])).toEqual([[{ name: 'Lahoud', full: 'Lebanese President Emile Lahoud' }]]);
    expect(nameGlosses([starting(after, 'Lahoud said')], () => after, ['session.txt'])).toEqual([[{ name: 'Lahoud', full: 'Speaker Nabih Lahoud' }]]);
  });
});
