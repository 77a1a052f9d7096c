import { describe, expect, it } from 'vitest';
import { createLibrary } from '../../../src/core/library/open-folder.js';
import { givesWordsOf } from '../../../src/core/summary/spoken-by.js';

/** Made-up wire copy of a climate conference: two bodies' climate chiefs speak of the mood. */
const ARTICLES = [
  {
    id: 'a.txt',
    published: '2007-12-08',
    text: 'The European Union’s climate chief, Anna Lindqvist, says the mood at the Bali talks is tense and delegates remain far apart on emission targets. Ministers arrive in Bali next week.',
  },
  {
    id: 'b.txt',
    published: '2007-12-08',
    text: 'Jon Halvorsen, the United Nations’ climate chief, told reporters on Friday that the mood at the negotiations has been positive. Delegates worked late into the night.',
  },
  { id: 'c.txt', published: '2007-12-09', text: 'Protesters marched outside the conference centre on Saturday. Police said the march was peaceful.' },
];
const library = createLibrary(
  'bali',
  ARTICLES.map(({ id, text, published }) => ({ id, text, meta: { published } })),
);
const asked = (words: string) => ({ words, questionWords: new Set(words.toLowerCase().split(' ')) });

describe('an organisation named by its initials or written out, where the asked speaker is matched (16read, R2)', () => {
  it('takes the written-out name for the initials, and another body’s chief for another speaker', () => {
    expect(givesWordsOf('Jon Halvorsen, the United Nations’ climate chief, told reporters the mood was good.', asked('the UN climate chief'))).toBe(true);
    expect(givesWordsOf('The European Union’s climate chief, Anna Lindqvist, says the mood is tense.', asked('the UN climate chief'))).toBe(false);
    expect(givesWordsOf('The EU climate chief said the mood was tense.', asked('the UN climate chief'))).toBe(false);
    expect(givesWordsOf('The American Civil Liberties Union said the law was unfair.', asked('the ACLU'))).toBe(true);
  });

  it('answers with the asked body’s chief, not another’s who speaks of more of the question', () => {
    const r = library.brief('what did the UN climate chief say about the mood at the Bali talks', { length: 'short' });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.briefing.summary[0]!.text).toContain('Jon Halvorsen');
  });
});
