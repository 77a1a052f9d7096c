import { beforeAll, describe, expect, it } from 'vitest';
import type { Briefing } from '../../src/core/briefing.js';
import type { Library } from '../../src/core/library/library.js';
import { openLibrary } from '../../src/core/library/open-folder.js';

const words = (b: Briefing) => b.summary.reduce((n, p) => n + p.text.split(/\s+/).length, 0);
const shown = (b: Briefing) => b.summary.length + b.keyPoints.length + b.quotes.length + b.figures.length + b.timeline.length + b.differences.length;

describe('the long length (Longer on a standard briefing)', () => {
  let library: Library;
  beforeAll(async () => {
    library = await openLibrary('briefings/ukraine-peace-talks', { topicsFile: 'config/topics.yaml' });
  });

  it('says at least as much as standard, its summary within about 600 words', () => {
    for (const topic of library.topics().topics.slice(0, 3)) {
      const standard = library.brief(topic.slug, { length: 'standard' });
      const long = library.brief(topic.slug, { length: 'long' });
      if (!standard.ok || !long.ok) throw new Error(`no briefing on ${topic.slug}`);
      expect(long.briefing.length).toBe('long');
      expect(shown(long.briefing), topic.slug).toBeGreaterThanOrEqual(shown(standard.briefing));
      expect(words(long.briefing), topic.slug).toBeGreaterThanOrEqual(words(standard.briefing));
      expect(words(long.briefing), topic.slug).toBeLessThanOrEqual(600);
    }
  });

  it('gives the text of every cited document, sentence by sentence, where the citations point', () => {
    const result = library.brief(library.topics().topics[0]!.slug, { length: 'long' });
    if (!result.ok) throw new Error('no briefing');
    const articles = library.articles!(result.briefing.sources.map((s) => s.docId));
    expect(articles.map((a) => a.docId)).toEqual(result.briefing.sources.map((s) => s.docId));
    for (const point of result.briefing.summary) {
      const c = point.citations[0]!;
      const docId = result.briefing.sources.find((s) => s.n === c.source)!.docId;
      // A passage point cites its first sentence; the sentences after it follow in the article.
      expect(articles.find((a) => a.docId === docId)!.paragraphs[c.paragraph]![c.sentence]).toBe(point.parts?.[0] ?? point.text);
    }
    expect(library.articles!(['no-such-document.txt'])).toEqual([]);
  });
});
