import { describe, expect, it } from 'vitest';
import { renderText } from '../../../src/adapters/console/render.js';
import type { RawDocument } from '../../../src/core/ingest/document.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';
import { dockWorkersQuoted } from '../../eval/made-up-cluster.js';

const OPERATORS = dockWorkersQuoted.join(' ');

const DOCS: RawDocument[] = [
  { id: 'operators', text: OPERATORS, meta: { title: 'Harbour workers fear the merger', published: '2024-03-02' } },
  {
    id: 'merger',
    text: 'Norvik agreed on Friday to buy Baltline, the second biggest shipping company, for 2 billion dollars. The merger makes Norvik the biggest shipping company in the region. Regulators will review the merger of the shipping companies. Norvik said no harbour jobs would be cut.',
    meta: { title: 'Norvik buys Baltline', published: '2024-03-01' },
  },
];

/** The answers to the questions, asked in this order of one new library. */
function answers(questions: readonly string[]): Map<string, string> {
  const library = createLibrary('made-up', DOCS, { now: () => new Date('2024-03-05T00:00:00Z') });
  return new Map(
    questions.map((q) => {
      const result = library.brief(q, { length: 'short' });
      return [q, renderText(result.ok ? { kind: 'briefing', briefing: result.briefing } : { kind: 'no-match', noMatch: result.noMatch }, 'text')];
    }),
  );
}

describe('an answer does not depend on what was asked before it', () => {
  it('gives the same answers to two questions asked in either order', () => {
    // Was: asked first, "who still works for Norvik?" read the last quotation alone, found no speaker for it and kept
    // that; asked after the crane operator's words, which had read it with the sentences before it, it showed Karl Ek.
    const questions = ['who still works for Norvik?', 'what did the crane operator say?'];
    const forward = answers(questions);
    const backward = answers([...questions].reverse());
    for (const q of questions) expect(backward.get(q)).toBe(forward.get(q));
  });
});
