import { describe, expect, it, vi } from 'vitest';
import { speechOf } from '../../../src/core/facts/quotes.js';
import type { Sentence } from '../../../src/core/ingest/document.js';
import { sentence } from '../../eval/made-up-cluster.js';

// Every wink-nlp call goes through nlp.ts's readDoc: the texts it is asked tell how often attribution tags a sentence.
const nlpCalls = vi.hoisted(() => ({ texts: [] as string[] }));
vi.mock('../../../src/core/nlp.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/core/nlp.js')>();
  return {
    ...original,
    readDoc: (text: string) => {
      nlpCalls.texts.push(text);
      return original.readDoc(text);
    },
  };
});

/** A made-up article of 24 sentences in one paragraph: filler around the few sentences that matter. */
function article(at: Record<number, string>): Sentence[] {
  return Array.from({ length: 24 }, (_, i) => sentence('a', i, at[i] ?? `The harbour board met for the ${i + 1}th time this year to discuss repairs.`));
}

describe('who said what in a whole document (docs/quality.md, sixteenth round, issue 17idx)', () => {
  it('tags a sentence that opens on a person once, though three stretches of the document read it', () => {
    const opensOnPerson = 'Holt learned of the award on Friday.';
    const document = article({
      2: 'The prize went to the writer Lena Holt on Monday.',
      10: opensOnPerson,
      12: '"We will rebuild the library," Holt said.',
    });
    nlpCalls.texts.length = 0;
    const speech = speechOf(document);
    expect(speech[12]).toEqual({ speaker: 'Lena Holt', named: true });
    expect(speech.filter(Boolean)).toHaveLength(1);
    // Positions 8–15 are its stretch, and the stretches before and after read it as their context: one reading serves all three.
    expect(nlpCalls.texts.filter((text) => text === opensOnPerson)).toHaveLength(1);
  });

  it('still reads the context after a stretch while a quotation of the stretch goes on, so a speaker named later is kept', () => {
    const document = article({
      6: '"The fire started in the old warehouse.',
      7: 'Nobody could stop it.',
      8: 'We lost everything," said harbour master Tove Lind.',
    });
    const speech = speechOf(document);
    expect([speech[6], speech[7], speech[8]]).toEqual([
      { speaker: 'Tove Lind', named: true },
      { speaker: 'Tove Lind', named: true },
      { speaker: 'Tove Lind', named: true },
    ]);
  });
});
