import { describe, expect, it } from 'vitest';
import { createLibrary } from '../../../src/core/library/open-folder.js';

/**
 * Made-up wire copy: a wire desk's note ("Portable radar, 9th graf pvs") is a fragment, no key point, by the summary's
 * own fragment test (docs/quality.md, "Twenty-second round (issue 16tidy4)", rule K1).
 */
function briefOn(articles: string[], query: string, length: 'short' | 'standard') {
  const library = createLibrary(
    'made-up',
    articles.map((text, i) => ({ id: `${i}.txt`, text })),
  );
  const r = library.brief(query, { length, now: new Date('2026-11-29T00:00:00Z') });
  if (!r.ok) throw new Error(`no briefing for ${query}`);
  return r.briefing;
}

const ARTICLES = [
  'The new airport at Rafah opened on Tuesday. The first planes were guided to a safe landing by a portable radar installed in a truck.',
  'The control tower at Rafah is not finished, officials said on Tuesday. Six more flights are expected this week from Cairo and Amman. Customs officers said some equipment was still being held at the port. Portable radar, 9th graf pvs',
  'Airlines from Jordan and Egypt have asked for landing rights at Rafah, the transport minister said.',
];

describe('key points', () => {
  it('never show a wire desk’s note as a key point', () => {
    for (const length of ['short', 'standard'] as const) {
      const briefing = briefOn(ARTICLES, 'portable radar', length);
      expect(briefing.summary.map((p) => p.text).join(' ')).toContain('portable radar installed in a truck');
      expect(briefing.keyPoints.map((p) => p.text)).not.toContain('Portable radar, 9th graf pvs');
    }
  });
});
