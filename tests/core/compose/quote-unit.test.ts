import { describe, expect, it } from 'vitest';
import { quoteUnitOf } from '../../../src/core/compose/quote-unit.js';
import { buildDocument } from '../../../src/core/index/build-document.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';
import { sectionUnitOf } from '../../../src/core/summary/passages.js';

/** Made-up wire copy: paragraphs of quotations whose words inside the marks open on "This" or carry "such a". */
const FESTIVAL = [
  'The harbour festival in Malmo drew thousands of visitors on Saturday, and protesters against the harbour bridge marched along the quay.',
  'Tove Lind, 30, a teacher carrying a banner against the harbour bridge, told reporters: "I think the bridge plan is a shame. If they cannot stop the bridge, nobody here will visit the harbour festival again."',
  '"This is a once-in-a-lifetime day for the harbour festival and for the city," said Karl Ek, a local resident. He and his son walked the length of the quay.',
  'Nils Dahl is a spokesman for the Malmo harbour office.',
  '"I am saddened that such a beautiful harbour festival has been attacked by a few protesters," said Ola Berg, the head of the harbour festival committee.',
].join('\n\n');

describe('who said what shows no quotation under its speaker with another voice or paragraph before it (docs/quality.md, "Twenty-fourth round (issue 16quotes)", rule Q3, amendment A3)', () => {
  const library = createLibrary('festival', [{ id: 'a.txt', text: FESTIVAL, meta: { published: '2026-06-06' } }]);
  const r = library.brief('harbour festival', { length: 'long' });
  if (!r.ok) throw new Error('no briefing');

  it("never prints Tove Lind's quotation under Karl Ek's name", () => {
    const { quotes } = r.briefing;
    expect(quotes.some((q) => q.speaker === 'Tove Lind')).toBe(true);
    expect(quotes.some((q) => q.speaker === 'Karl Ek' && q.text.includes('I think the bridge plan'))).toBe(false);
  });

  it("leaves out Ola Berg's quotation rather than print it after the sentence about Nils Dahl from the paragraph before", () => {
    const built = buildDocument({ id: 'a.txt', text: FESTIVAL, meta: { published: '2026-06-06' } });
    if (!('document' in built)) throw new Error('no document');
    const { sentences } = built.document;
    const sentencesOf = () => sentences;
    const berg = sentences.find((s) => s.text.includes('I am saddened'))!;
    const unit = sectionUnitOf(berg, sentencesOf, true)!;
    // The section unit leans on the sentence before for "such a" inside the marks.
    expect(unit.text).toContain('Nils Dahl');
    expect(berg.speech?.speaker).toBe('Ola Berg');
    expect(quoteUnitOf(berg, 'Ola Berg', unit, sentencesOf)).toBeNull();
    // Guard: a quotation whose speaker is "he" keeps the sentence before it that names him, even in another paragraph.
    const other = buildDocument({ id: 'b.txt', text: 'Ola Berg heads the harbour festival committee.\n\n"This is such a beautiful day for the harbour festival," he said.', meta: { published: '2026-06-06' } });
    if (!('document' in other)) throw new Error('no document');
    const said = other.document.sentences[1]!;
    const otherOf = () => other.document.sentences;
    const leaning = sectionUnitOf(said, otherOf, true)!;
    expect(leaning.text).toContain('Ola Berg heads');
    expect(quoteUnitOf(said, 'Ola Berg', leaning, otherOf)).toBe(leaning);
  });
});
