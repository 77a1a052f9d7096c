import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/core/index/build-document.js';
import { cosine, stemCounts } from '../../../src/core/index/similarity.js';
import type { Sentence } from '../../../src/core/ingest/document.js';
import { partsOf, passageRoles, unitsOf } from '../../../src/core/summary/passages.js';
import { selectSummary } from '../../../src/core/summary/select-summary.js';

/** Made-up wire copy in the style of 1998 newswire: two wires on one verdict. */
function doc(id: string, text: string) {
  const built = buildDocument({ id, text, meta: { published: '1998-11-16' } });
  if (!('document' in built)) throw new Error(built.error.message);
  return built.document;
}

describe('one fact is one point, read sentence by sentence (issue 15pass)', () => {
  const first = doc('a', 'The war crimes tribunal on Monday acquitted a Muslim commander of war crimes against Serb prisoners in 1992. ' + 'Three guards at the prison camp were convicted and sentenced to between seven and twenty years.');
  const second = doc(
    'b',
    'Relatives of the Serb prisoners waited outside the court in The Hague for the verdicts. ' +
      'The war crimes tribunal cleared Bosnian army commander Zejnil Vukic of war crimes against Serb prisoners at a camp near Konjic. ' +
      'He told reporters outside the courtroom that he would fly home to Sarajevo on Saturday, rebuild his trucking business near Mostar and spend the winter with his wife, mother and three young daughters.',
  );
  const docs = new Map([first, second].map((d) => [d.id, d.sentences]));
  const sentencesOf = (docId: string) => docs.get(docId) ?? [];
  const sentences = [...first.sentences, ...second.sentences];
  const documents = new Map([first, second].map((d) => [d.id, { published: '1998-11-16', sentenceCount: d.sentences.length }]));

  it('does not show a passage whose first sentence says again what a chosen lead says, though its leaning sentence dilutes the joined text', () => {
    const { units } = unitsOf(
      sentences,
      sentences.map(() => 1),
      sentencesOf,
    );
    const passage = units.find((u) => partsOf(u).length === 2)!;
    const lead = first.sentences[0]!;
    // The case: the passage's first sentence alone repeats the lead; joined with the sentence that leans on it, it would not.
    expect(cosine(stemCounts(lead), stemCounts(partsOf(passage)[0]!))).toBeGreaterThan(0.5);
    expect(cosine(stemCounts(lead), stemCounts(passage))).toBeLessThanOrEqual(0.5);
    const shown = selectSummary({ sentences: units, documents, ...passageRoles(true, sentencesOf), maxBytes: 2000 });
    const texts = shown.flatMap((u) => partsOf(u).map((p: Sentence) => p.text));
    // The lead is shown; the passage, which states the acquittal again, is not.
    expect(texts).toContain(lead.text);
    expect(texts.filter((t) => t.startsWith('The war crimes tribunal'))).toHaveLength(1);
  });
});
