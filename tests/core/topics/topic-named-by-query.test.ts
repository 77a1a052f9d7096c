import { describe, expect, it } from 'vitest';
import { renderText } from '../../../src/adapters/console/render.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';

/** Made-up copy on a war's talks: "aid" and "front lines" are never in one sentence. */
const ARTICLES = [
  'Western allies pledged new military aid to Eastland on Monday, including air defence systems. The aid package was the largest this year. Troops on the front lines dug new trenches as winter set in.',
  'Eastland asked its allies to speed up military aid before winter. Officials said the package included artillery shells. A ceasefire proposal was rejected by both sides.',
  'Shelling continued along the front lines overnight, the army said. Negotiators met again to discuss a ceasefire. Diplomats said the talks were slow.',
];
const library = createLibrary(
  'eastland',
  ARTICLES.map((text, i) => ({ id: `${i}.txt`, text })),
  { topics: [{ slug: 'military-aid', title: 'Military aid', aliases: [], terms: ['military aid'] }] },
);

describe('a question whose words meet in no sentence', () => {
  it('is answered by the topic one of its words names, under the reader’s wording', () => {
    const r = library.brief('what aid was sent to the front lines');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.briefing.topic).toMatchObject({ slug: 'military-aid', asked: 'what aid was sent to the front lines' });
    expect(r.briefing.summary.every((p) => /aid/.test(p.text))).toBe(true);
    const text = renderText({ kind: 'briefing', briefing: r.briefing });
    expect(text).toMatch(/^Briefing: what aid was sent to the front lines\n/);
    expect(text).toContain('topic: Military aid');
  });

  it('still says nothing matches when no topic is named by its words', () => {
    const r = library.brief('which ceasefire held at the front lines');
    expect(r.ok).toBe(false);
  });
});
