import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/core/index/build-document.js';
import { factsOf } from '../../../src/core/summary/summary-facts.js';

/** The facts summary selection reads of one made-up sentence, read after a first one as in an article. */
function proseOf(text: string): boolean {
  const built = buildDocument({ id: 'made-up', text: `Police closed the harbour on Friday. ${text}` });
  if (!('document' in built)) throw new Error(built.error.message);
  const sentence = built.document.sentences[1]!;
  expect(sentence.text).toBe(text);
  return factsOf(sentence).prose;
}

describe('a summary point is whole prose (22nd round, 16tidy3, rule B2)', () => {
  it('takes a sentence that opens on "With" and never reaches a main clause for a fragment', () => {
    expect(proseOf('With the harbour pilot guiding the damaged ferry into the dock in 8 minutes 50 seconds.')).toBe(false);
    expect(proseOf('Without the new crane working on the north pier during the night shift of the strike.')).toBe(false);
  });

  it('keeps one whose "With" phrase is set off from its main clause', () => {
    expect(proseOf('With protesters chanting outside the port office, the board voted to reopen the harbour.')).toBe(true);
    expect(proseOf('Without the new law, dockers would have waited until 2006 to claim their pensions.')).toBe(true);
    expect(proseOf('The board voted with the union to reopen the harbour on Monday.')).toBe(true);
  });
});

describe('a subheading its source glued to a sentence is no summary point (24th round, 16alone2, rule H1)', () => {
  it('takes a sentence opening on three or more words in capitals, then prose, for a fragment', () => {
    expect(proseOf('HARBOUR WORKS AND THE BUDGET On a grey morning in March, the council met to vote on the new dock.')).toBe(false);
    expect(proseOf('A CITY ADRIFT, A PLAN ASTRAY The council admits the harbour plan has many faults this year.')).toBe(false);
  });

  it('keeps a two-word dateline and capitalised acronyms inside prose', () => {
    expect(proseOf('PORT LOUIS The council voted on Monday to rebuild the north dock by 2028.')).toBe(true);
    expect(proseOf('The U.S. and NATO sent engineers to rebuild the north dock by 2028.')).toBe(true);
  });
});
