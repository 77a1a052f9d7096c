import { describe, expect, it } from 'vitest';
import { createLibrary } from '../../src/core/library/open-folder.js';

/** Two reports of one strike: one opens a sentence on the number word, the other writes it mid-sentence. */
const first = [
  'Dockers at the port of Marlow walked out on Monday over a pay offer.',
  'Three days of the strike have left 40 ships waiting outside the harbour.',
  'The union said the dockers would not return before the offer was raised.',
].join('\n\n');
const second = [
  'The strike at the port of Marlow closed the harbour to cargo ships.',
  'After three days of the strike, 40 ships were waiting outside the harbour, the port said.',
  'Shipping firms moved 12 vessels to other ports.',
  'Twelve vessels were moved to other ports during the strike.',
].join('\n\n');

describe('key figures', () => {
  it('shows one figure once, however its number word is capitalised', () => {
    const library = createLibrary('t', [
      { id: 'a.md', text: first, meta: { published: '2021-05-03' } },
      { id: 'b.md', text: second, meta: { published: '2021-05-04' } },
    ]);
    const r = library.brief('strike');
    if (!r.ok) throw new Error('no briefing');
    const days = r.briefing.figures.filter((f) => /^three$/i.test(f.value) && /days/.test(f.counts));
    expect(days).toHaveLength(1);
    expect(r.briefing.figures.map((f) => f.value)).toContain('40');
    // "12 vessels" and "Twelve vessels were moved to other ports": one count told twice.
    expect(r.briefing.figures.filter((f) => /^(?:12|twelve)$/i.test(f.value))).toHaveLength(1);
  });

  it('shows one count once when one copy is described by a word of the noun phrase the other opens ("fifteen Danish captured navy personnel", "15 personnel")', () => {
    const library = createLibrary('t', [
      {
        id: 'a.md',
        text: ['The president of Tarvia announced that the fifteen Danish captured navy personnel detained by the coastguard would be freed.', 'The coastguard of Tarvia had held the navy personnel for two weeks near the reef.'].join(
          '\n\n',
        ),
        meta: { published: '2021-05-03' },
      },
      {
        id: 'b.md',
        text: [
          'He asked Tarvia not to put these 15 personnel on trial, the navy said.',
          'A 15-page protest note from the navy was delivered to the Tarvia embassy on Tuesday.',
          'The navy personnel were flown home from Tarvia on Thursday.',
        ].join('\n\n'),
        meta: { published: '2021-05-04' },
      },
    ]);
    const r = library.brief('navy personnel Tarvia');
    if (!r.ok) throw new Error('no briefing');
    const fifteen = r.briefing.figures.filter((f) => /^(?:15|fifteen)$/i.test(f.value));
    // One count of personnel, and the note's pages, which count something else.
    expect(fifteen.filter((f) => !/page/.test(f.counts))).toHaveLength(1);
    expect(fifteen.filter((f) => /page/.test(f.counts))).toHaveLength(1);
  });
});
