import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/core/index/build-document.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';
import { partsOf, sectionUnitOf, unitOf } from '../../../src/core/summary/passages.js';

/**
 * Rule C1 (docs/quality.md, "Twenty-fifth round (issue 16conj)"): a sentence opening on a conjunct set off by its comma ("In
 * fact, …", "Of course, …") leans on the sentence before. Every section shows it after that sentence or not at all (amendment A2).
 */

/** Made-up harbour copy: each document's third sentence opens on a conjunct and leans on the second. */
const CONJUNCTS = ['In fact', 'Of course', 'More important', 'In particular', 'In comparison', 'After all', 'Rather', 'In short'];
const STATEMENTS = [
  'the Porto Novo harbour handled more freight in the storm week than in any week of the year',
  'the Porto Novo harbour wall would need 12 million euros of repairs before the winter storms',
  'fishermen at Porto Novo harbour lost more boats in the storm than in the last ten years',
  'the Porto Novo harbour authority said the north wall could fail within weeks',
];
const OPENERS = [
  'Storm waves cracked the north wall of Porto Novo harbour on Monday.',
  'Porto Novo harbour lost two cranes in the storm on Monday.',
  'Engineers inspected the Porto Novo harbour wall on Tuesday after the storm.',
  'Insurers put the Porto Novo harbour storm damage at 12 million euros.',
];
const SECONDS = [
  'The harbour master said the port would stay open through the week.',
  'Repairs to the Porto Novo harbour cranes will take six months, officials said.',
  'Shipping lines moved their Porto Novo sailings to the south basin of the harbour.',
  'The city council met on Wednesday to discuss the Porto Novo harbour repairs.',
];

const capital = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const conjunctSentence = (c: string, s: string) => `${c}, ${s}.`;
const opensOnC1 = (text: string) => CONJUNCTS.some((c) => text.startsWith(`${c},`));

function doc(id: string, text: string) {
  const built = buildDocument({ id, text });
  if (!('document' in built)) throw new Error(built.error.message);
  return built.document;
}

describe('a sentence opening on a conjunct set off by its comma (rule C1)', () => {
  it('is shown in a summary or key point only after the sentence it leans on', () => {
    const d = doc('a', `${OPENERS[0]} ${SECONDS[0]} ${conjunctSentence('In fact', STATEMENTS[0]!)} ${capital(STATEMENTS[1]!)}.`);
    const of = () => d.sentences;
    const leaning = d.sentences[2]!;
    expect(partsOf(unitOf(leaning, of)!).map((s) => s.text)).toEqual([SECONDS[0], leaning.text]);
  });

  it('is shown nowhere when it opens its document: no section prints it without the sentence it leans on (amendment A2)', () => {
    const d = doc('b', `${conjunctSentence('In particular', STATEMENTS[2]!)} ${OPENERS[1]}`);
    const of = () => d.sentences;
    const first = d.sentences[0]!;
    expect(unitOf(first, of)).toBeNull();
    expect(sectionUnitOf(first, of, true)).toBeNull();
  });

  it('property: no summary point or key point opens on such a conjunct without the sentence it leans on', () => {
    const article = fc.record({
      opener: fc.constantFrom(...OPENERS),
      second: fc.constantFrom(...SECONDS),
      conjunct: fc.constantFrom(...CONJUNCTS),
      statement: fc.constantFrom(...STATEMENTS),
      // Sometimes the conjunct sentence opens its document, where it leans on nothing that can be shown.
      conjunctFirst: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(article, { minLength: 2, maxLength: 4 }), fc.constantFrom('short', 'standard', 'long' as const), (articles, length) => {
        const docs = articles.map((a, i) => {
          const c = conjunctSentence(a.conjunct, a.statement);
          const text = a.conjunctFirst ? `${c} ${a.opener} ${a.second}` : `${a.opener} ${a.second} ${c}`;
          return { id: `${i}.txt`, text, meta: { published: '2026-03-06' } };
        });
        const library = createLibrary('harbour', docs);
        const r = library.brief('Porto Novo harbour storm', { length: length as 'short' | 'standard' | 'long' });
        if (!r.ok) return;
        for (const point of [...r.briefing.summary, ...r.briefing.keyPoints]) {
          const printed = point.parts ?? [point.text];
          expect(opensOnC1(printed[0]!), printed[0]).toBe(false);
          // Within a passage, a conjunct sentence follows the sentence its document puts before it.
          for (let k = 1; k < printed.length; k++) if (opensOnC1(printed[k]!)) expect(docs.some((d) => d.text.includes(`${printed[k - 1]} ${printed[k]}`))).toBe(true);
        }
      }),
      { numRuns: 40, seed: 16 },
    );
  });
});
