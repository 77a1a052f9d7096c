import { describe, expect, it } from 'vitest';
import { parseTopicsFile } from '../../../src/core/ingest/topics-file.js';
import { openLibrary, TopicsFileError } from '../../../src/core/library/open-folder.js';

describe('config/topics.yaml', () => {
  it('accepts the shipped file', async () => {
    const library = await openLibrary('briefings/ukraine-peace-talks', { topicsFile: 'config/topics.yaml' });
    expect(library.topics().topics.filter((t) => t.kind === 'curated').length).toBeGreaterThan(0);
  });

  it('refuses a bad field with file, line and field', () => {
    const text = 'sets:\n  news:\n    - slug: ok-topic\n      title: OK\n    - slug: Not A Slug\n      title: Bad\n';
    const r = parseTopicsFile(text, 'config/topics.yaml', 'news');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ file: 'config/topics.yaml', line: 5, field: 'sets.news.1.slug' });
  });

  it('refuses invalid YAML and a duplicate slug, and a start with a bad file fails loudly', async () => {
    expect(parseTopicsFile('sets: [\n', 'f.yaml', 'x').ok).toBe(false);
    const dup = parseTopicsFile('sets:\n  x:\n    - {slug: a, title: A}\n    - {slug: a, title: B}\n', 'f.yaml', 'x');
    expect(!dup.ok && dup.error.message).toMatch(/used twice/);
    await expect(openLibrary('briefings/ukraine-peace-talks', { topicsFile: 'tests/fixtures/bad-topics.yaml' })).rejects.toThrow(TopicsFileError);
  });
});
