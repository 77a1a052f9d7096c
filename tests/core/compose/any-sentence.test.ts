import { describe, expect, it } from 'vitest';
import { anySentence } from '../../../src/core/compose/any-sentence.js';
import { nameGlosses } from '../../../src/core/compose/name-glosses.js';
import { buildDocument } from '../../../src/core/index/build-document.js';
import type { Sentence } from '../../../src/core/ingest/document.js';

/** Made-up wire copy: one story's sentences reprinted across many documents, as an archive of agency copy holds them. */
function doc(id: string, text: string): Sentence[] {
  const built = buildDocument({ id, text });
  if (!('document' in built)) throw new Error(built.error.message);
  return built.document.sentences;
}
const spokenBy = (s: Sentence, speaker: string): Sentence => ({ ...s, speech: { speaker, named: true } });

const STORY = 'Rescue teams reached three villages cut off by the water. The river fell by a metre overnight. Kovacs said the worst was over.';

describe('a test over the sentences of many copies reads each distinct sentence once (17adhoc8, rule C1)', () => {
  it('tests a text reprinted in a hundred documents once, and still answers no', () => {
    const copies = Array.from({ length: 100 }, (_, i) => doc(`copy-${i}.txt`, STORY));
    const read: string[] = [];
    expect(anySentence(copies, (s) => (read.push(s.text), false))).toBe(false);
    expect(read).toHaveLength(3);
  });

  it('finds the one sentence that passes even when it is in the last copy only', () => {
    const copies = Array.from({ length: 50 }, (_, i) => doc(`copy-${i}.txt`, STORY));
    copies.push(doc('late.txt', `${STORY} Governor Maria Kovacs toured the town.`));
    expect(anySentence(copies, (s) => s.text.includes('Governor Maria Kovacs'))).toBe(true);
  });

  it('tests a copy again when it reports another speaker, where the speaker is read', () => {
    const copies = Array.from({ length: 20 }, (_, i) => doc(`copy-${i}.txt`, STORY));
    const last = copies.at(-1)!;
    copies[copies.length - 1] = last.map((s) => (s.text.startsWith('Kovacs said') ? spokenBy(s, 'Maria Kovacs') : s));
    const byMaria = (s: Sentence) => s.speech?.speaker === 'Maria Kovacs';
    expect(anySentence(copies, byMaria, true)).toBe(true);
    // Read by text alone, the copy is the same sentence: a test that reads only the text gives the first copy's verdict.
    expect(anySentence(copies, byMaria)).toBe(false);
  });
});

describe('the surname gloss over a briefing that cites many copies (17adhoc8)', () => {
  it('glosses a name whose only evidence of a person is a speech in the last cited copy', () => {
    const point = doc('point.txt', 'Maria Kovacs visited the lower town on Monday. Kovacs said the worst was over.');
    const copies = Array.from({ length: 60 }, (_, i) => doc(`copy-${i}.txt`, STORY));
    const sources = new Map<string, readonly Sentence[]>([['point.txt', point], ...copies.map((d, i) => [`copy-${i}.txt`, d] as const)]);
    const of = (id: string) => sources.get(id) ?? [];
    const unit = [point.find((s) => s.text.startsWith('Kovacs said'))!];
    const ids = [...sources.keys()];
    // No copy writes her as a person's name: not glossed.
    expect(nameGlosses([unit], of, ids)).toEqual([[]]);
    // The last copy reports the sentence as her speech: that is evidence of a person, found past the copies before it.
    const last = `copy-${copies.length - 1}.txt`;
    sources.set(
      last,
      of(last).map((s) => (s.text.startsWith('Kovacs said') ? spokenBy(s, 'Maria Kovacs') : s)),
    );
    expect(nameGlosses([unit], of, ids)).toEqual([[{ name: 'Kovacs', full: 'Maria Kovacs' }]]);
  });
});
