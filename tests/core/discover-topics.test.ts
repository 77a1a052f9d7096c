import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLibrary } from '../../src/core/pipeline.js';
import type { RawDocument } from '../../src/core/document.js';

/** The files of a bundled or fixture set as raw documents, no curated topics. */
function rawSet(dir: string): RawDocument[] {
  return readdirSync(dir)
    .filter((f) => /\.(txt|md)$/.test(f))
    .map((f) => ({ id: f, text: readFileSync(join(dir, f), 'utf8') }));
}

const slugsOf = (docs: RawDocument[]) => createLibrary('set', docs).topics().topics.map((t) => t.slug);

describe('topics found in a set about one story', () => {
  it('finds the same facets when every article is one long paragraph, as wire copy often is', () => {
    const docs = rawSet('briefings/ukraine-peace-talks');
    const flat = docs.map((d) => ({ ...d, text: d.text.replace(/\s*\n\s*/g, ' ') }));
    const withParagraphs = slugsOf(docs);
    const asOneParagraph = slugsOf(flat);
    const shared = asOneParagraph.filter((s) => withParagraphs.includes(s));
    expect(shared.length).toBeGreaterThanOrEqual(Math.ceil(withParagraphs.length / 2));
    // Facets ranked by what they are, not by the alphabet.
    expect(asOneParagraph).not.toEqual([...asOneParagraph].sort());
  });

  it('names no facet by a lone word that only two documents share', () => {
    const library = createLibrary('city-news', rawSet('tests/fixtures/sets/city-news'));
    for (const topic of library.topics().topics.filter((t) => !t.slug.includes('-'))) {
      expect(topic.sources, topic.slug).toBeGreaterThanOrEqual(3);
    }
  });

  it('titles a facet as the text writes it', () => {
    const titles = createLibrary('set', rawSet('briefings/ukraine-peace-talks')).topics().topics.map((t) => t.title);
    expect(titles).toContain('NATO members');
  });

  it('names no facet by who or where, nor by a fragment ending on a particle', () => {
    const docs = Array.from({ length: 6 }, (_, n) => ({
      id: `fire-${n}.txt`,
      text: [
        'Fire swept through a dance hall in Port Mara on Saturday night, and rescue crews searched the second floor for hours.',
        `The news agency Mara TT said poisonous gases filled the hall, and the rescue crews found ${20 + n} people dead on the second floor.`,
        'Police in Port Mara opened an investigation into the cause of the fire, questioning the owners of the dance hall.',
        `Mourners gathered at the Casa del Mar hotel, where ${n + 2} families waited for news, and city council members called for new fire rules.`,
      ].join(' '),
    }));
    const topics = createLibrary('one-fire', docs).topics().topics;
    expect(topics.length).toBeGreaterThan(0);
    for (const t of topics) {
      const words = t.title.split(' ');
      const last = words.at(-1)!;
      // A one-word title is capitalised as a title; its word is a name when the text capitalises it mid-sentence.
      if (words.length > 1) expect(last, t.title).not.toMatch(/^\p{Lu}/u);
      else expect(docs.some((d) => d.text.includes(` ${last}`)), t.title).toBe(false);
      expect(['del', 'de', 'al', 'of', 'the'], t.title).not.toContain(last.toLowerCase());
    }
  });
});
