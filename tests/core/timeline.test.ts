import { describe, expect, it } from 'vitest';
import { createLibrary } from '../../src/core/pipeline.js';

const STORY = [
  'Harbor strike enters its eighth month.',
  '',
  'Dock workers began the harbor strike in late February over the dredging contract, union leader Ana Ruiz said on Monday.',
  '',
  'Talks to end the harbor strike will resume in March, Ruiz said.',
  '',
  '"We are not ending this harbor strike without a contract," Ruiz told reporters at the harbor gate.',
].join('\n');

function briefOn(docs: { id: string; text: string; published: string }[]) {
  const library = createLibrary('harbor', docs.map((d) => ({ id: d.id, text: d.text, meta: { published: d.published } })));
  const r = library.brief('harbor strike');
  if (!r.ok) throw new Error('no briefing');
  return r.briefing;
}

describe('the timeline of a briefing', () => {
  it('dates a month named without its year to the one just past, unless the sentence looks ahead', () => {
    const b = briefOn([{ id: 'a.md', text: STORY, published: '1998-10-05' }]);
    expect(b.timeline.find((e) => e.when.includes('February'))?.date).toBe('1998-02');
    expect(b.timeline.find((e) => e.when.includes('March'))?.date).toBe('1999-03');
  });

  it('shows a sentence that two wire updates repeat once, in the timeline and in who said what', () => {
    const b = briefOn([
      { id: 'update-1.md', text: STORY, published: '1998-10-05' },
      { id: 'update-2.md', text: STORY.replace('eighth month', 'eighth month as talks near'), published: '1998-10-05' },
    ]);
    const texts = b.timeline.map((e) => e.text);
    expect(new Set(texts).size).toBe(texts.length);
    const quotes = b.quotes.map((q) => q.text);
    expect(new Set(quotes).size).toBe(quotes.length);
    expect(quotes.length).toBeGreaterThan(0);
  });
});
