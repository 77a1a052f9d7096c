import { describe, expect, it } from 'vitest';
import type { RawDocument, Sentence } from '../../../src/core/ingest/document.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';
import { askedFullNames } from '../../../src/core/summary/asked-full-names.js';
import { readQuestion } from '../../../src/core/topics/read-query.js';

/** Made-up wire copy: a dissident named in full in the lead, by his family name alone where his prison years are told. */
const NOW = new Date('1998-12-10T12:00:00Z');
const doc = (id: string, published: string, text: string): RawDocument => ({ id, meta: { title: id, published }, addedAt: NOW.toISOString(), text });

const ARREST = doc(
  'arrest.txt',
  '1998-12-01',
  [
    'Police in the northern city of Harbin detained the veteran dissident Lin Weiguo on Monday, his wife said.',
    'Lin Weiguo could face years in prison if he is charged with subversion, his lawyer said.',
    'The party he helped found has been banned since its first congress.',
    'Lin spent 11 years in prison after the arrest of 1981, much of it in solitary confinement.',
  ].join(' '),
);
function leadOf(docs: RawDocument[], question: string): string | undefined {
  const library = createLibrary('made-up', docs, { topics: [], now: () => NOW });
  const r = library.brief(question, { length: 'short', now: NOW });
  return r.ok ? (r.briefing.summary[0]?.text ?? undefined) : undefined;
}

describe("one part of the asked full name stands for it in a question's lead (16lead8 B2)", () => {
  it('leads "how many years did Lin Weiguo spend in prison before this arrest" with the sentence that names him "Lin" and gives the years', () => {
    expect(leadOf([ARREST], 'how many years did Lin Weiguo spend in prison before this arrest')).toBe('Lin spent 11 years in prison after the arrest of 1981, much of it in solitary confinement.');
  });

  it("reads a full name from the set's capitals, whether or not the question writes them", () => {
    const unit = { text: 'Lin Weiguo was taken from his home.' } as Sentence;
    const question = readQuestion('how many years did lin weiguo spend in prison')!;
    expect(askedFullNames(question, [unit]).map((n) => n.join(' '))).toEqual(['lin weiguo']);
    expect(askedFullNames(readQuestion('how many years did the lin family spend in prison')!, [unit])).toEqual([]);
  });
});
