import { describe, expect, it } from 'vitest';
import type { RawDocument } from '../../../src/core/ingest/document.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';

/** Made-up wire copy: three agencies carry the same sentence on a president's swearing-in, one of them after another sentence. */
const NOW = new Date('2026-05-10T12:00:00Z');
const doc = (id: string, published: string, text: string): RawDocument => ({ id, meta: { title: id, published }, addedAt: NOW.toISOString(), text });
const SWORN = 'is to be sworn';

const DOCS = [
  doc(
    'elected.txt',
    '2026-04-16',
    [
      "The national assembly on Thursday formally elected Gen. Tomas Varga, the popular army commander, as the country's next president.",
      'All the 97 deputies present at the session cast votes in his favor.',
      'Varga is to be sworn for a five-year term on May 12, the day President Ilse Brandt leaves office.',
    ].join(' '),
  ),
  doc(
    'amendment.txt',
    '2026-04-14',
    [
      'The national assembly on Tuesday ratified a constitutional amendment to clear the way for the election of the army commander, Gen. Tomas Varga, as president.',
      'Varga is to be sworn in for a five-year term on May 12, the day President Ilse Brandt leaves office.',
      'The assembly is expected to meet Thursday to elect Varga.',
    ].join(' '),
  ),
  doc(
    'cabinet.txt',
    '2026-04-20',
    [
      'Prime Minister Olek Strand hopes to keep his post under the new president, Gen. Tomas Varga.',
      'Varga is to be sworn in for a five-year term on May 12, the day President Ilse Brandt leaves office, aides said.',
      'Strand met deputies on Monday.',
    ].join(' '),
  ),
];

/** The sentences the answer's summary shows, a passage's one by one. */
function summarySentences(question: string): string[] {
  const library = createLibrary('made-up', DOCS, { topics: [], now: () => NOW });
  const r = library.brief(question, { length: 'short', now: NOW });
  if (!r.ok) throw new Error(`no answer to ${question}`);
  return r.briefing.summary.flatMap((p) => p.parts ?? [p.text]);
}

describe("a point after a question's lead does not repeat the lead (issue 16e)", () => {
  it('shows the swearing-in once when the lead is a sentence another agency carries too', () => {
    const shown = summarySentences('when is Varga to be sworn in for a five-year term');
    expect(shown[0]).toContain(SWORN);
    expect(shown.filter((t) => t.includes(SWORN))).toHaveLength(1);
  });

  it('shows it once when the lead is a passage that holds it', () => {
    const shown = summarySentences('when will Gen. Tomas Varga be sworn in');
    expect(shown.filter((t) => t.includes(SWORN))).toHaveLength(1);
  });
});
