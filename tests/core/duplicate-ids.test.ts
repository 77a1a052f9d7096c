import { describe, expect, it } from 'vitest';
import { inspectLibrary } from '../../src/core/library/library.js';
import { createLibrary } from '../../src/core/library/open-folder.js';
import { article } from './made-up-stories.js';

describe('a second document with an id already taken', () => {
  const documents = [
    { id: 'ferry-1.md', text: article('ferry', 0), meta: { title: 'Ferry strike strands commuters' } },
    { id: 'bridge-1.md', text: article('bridge', 0) },
    { id: 'ferry-1.md', text: article('volcano', 0), meta: { title: 'Mount Kesra erupts' } },
  ];

  it('is skipped and reported, naming both documents; the rest of the set is served', () => {
    const library = createLibrary('news', documents);
    const problems = library.problems().filter((p) => p.code === 'duplicate-id');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toBe('ferry-1.md');
    expect(problems[0]!.message).toContain('document 3 ("Mount Kesra erupts")');
    expect(problems[0]!.message).toContain('document 1 ("Ferry strike strands commuters")');
    const headline = inspectLibrary(library)
      .headline({ maxWords: 200 })
      .map((p) => p.text)
      .join(' ');
    expect(headline).not.toMatch(/Kesra/);
    expect(headline).toMatch(/ferry|bridge/i);
    expect(library.topics().documents).toBe(2);
  });

  it('is indexed once, so a set with a repeated document summarises as the set without it', () => {
    const once = inspectLibrary(createLibrary('news', documents.slice(0, 2)))
      .headline({ maxBytes: 665 })
      .map((p) => p.text);
    const twice = inspectLibrary(createLibrary('news', [...documents.slice(0, 2), documents[0]!]))
      .headline({ maxBytes: 665 })
      .map((p) => p.text);
    expect(twice).toEqual(once);
  });
});
