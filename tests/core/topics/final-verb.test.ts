import { describe, expect, it } from 'vitest';
import { createLibrary } from '../../../src/core/library/open-folder.js';
import { readQuestion } from '../../../src/core/topics/read-query.js';
import { stemsOf } from '../../../src/core/topics/relevance.js';

/** Made-up wire copy: a relay's start is told in the question's own words, its end more briefly. */
const ARTICLES = [
  'The Olympic torch relay in Leeds set off from the Town Hall on Monday morning, with the Olympic torch carried by a local swimmer past cheering crowds. Police closed roads in the city centre for the Olympic torch relay.',
  'Crowds lined the route of the torch relay in Leeds on Monday. The relay ended at the Civic Stadium in the evening, where a concert was held.',
  'The Olympic torch relay in Leeds was the first of three in Yorkshire this week. Organisers said the Olympic torch would travel to York on Tuesday.',
];
const library = createLibrary(
  'relay',
  ARTICLES.map((text, i) => ({ id: `${i}.txt`, text })),
);

describe('a verb written last, after a phrase of its subject (16read, R1)', () => {
  it('reads the verb as the asked event, not the setting', () => {
    const q = readQuestion('where did the Olympic torch relay in Leeds end')!;
    const [end] = stemsOf('end');
    expect(q.asked).toContain(end);
    expect(q.setting).not.toContain(end);
    expect(q.focus?.word).toBe('end');
    const built = readQuestion('when was the bridge over the river built')!;
    expect(built.focus?.word).toBe('built');
  });

  it('leaves a noun that ends the question in the setting', () => {
    const q = readQuestion('why did the court in Paris reject the appeal')!;
    expect(q.asked).not.toContain(stemsOf('appeal')[0]);
    const place = readQuestion('where did the talks with the rebels take place')!;
    expect(place.asked).not.toContain(stemsOf('place')[0]);
  });

  it('leads with where the relay ended, not where it set off', () => {
    const r = library.brief('where did the Olympic torch relay in Leeds end');
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.briefing.summary[0]!.text).toContain('ended at the Civic Stadium');
  });
});
