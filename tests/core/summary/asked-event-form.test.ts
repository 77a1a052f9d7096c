import { describe, expect, it } from 'vitest';
import type { RawDocument } from '../../../src/core/ingest/document.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';

/**
 * Rule C1 (docs/quality.md, "Twenty-seventh round (issue 16lead8)"): a question asks "did X spend", news writes "X spent".
 * Made-up wire copy: the answer tells the asked event in the past of an irregular verb, another sentence repeats the
 * question's own verb about another time.
 */
const NOW = new Date('1998-12-10T12:00:00Z');
const doc = (id: string, published: string, text: string): RawDocument => ({ id, meta: { title: id, published }, addedAt: NOW.toISOString(), text });

const ARREST = doc(
  'arrest.txt',
  '1998-12-01',
  [
    'Police in the northern city of Harbin detained the veteran dissident Lin Weiguo on Monday, his wife said.',
    'Lin Weiguo could spend 10 years in prison if convicted of subversion, his lawyer said.',
    'The party he helped found has been banned since its first congress.',
    'Lin Weiguo spent 11 years in prison before his arrest on Monday, much of it in solitary confinement.',
  ].join(' '),
);

function leadOf(docs: RawDocument[], question: string): string | undefined {
  const library = createLibrary('made-up', docs, { topics: [], now: () => NOW });
  const r = library.brief(question, { length: 'short', now: NOW });
  return r.ok ? (r.briefing.summary[0]?.text ?? undefined) : undefined;
}

describe('the asked event in another form of its verb answers the question (16lead8 C1)', () => {
  it('leads "how many years did Lin Weiguo spend in prison before his arrest" with the sentence that says he spent them', () => {
    expect(leadOf([ARREST], 'how many years did Lin Weiguo spend in prison before his arrest')).toBe('Lin Weiguo spent 11 years in prison before his arrest on Monday, much of it in solitary confinement.');
  });
});
