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
});
