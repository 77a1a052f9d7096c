import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAME_POINT, sameNumbers, samePolarity, sentenceSimilarity } from '../../../src/core/index/similarity.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';
import { nearDuplicateFinder } from '../../../src/core/summary/near-duplicates.js';
import { indexOf } from '../index-of.js';

const SEED = 'briefings/ukraine-peace-talks';
const seed = indexOf(
  Object.fromEntries(
    readdirSync(SEED)
      .filter((f) => /\.(md|txt)$/.test(f))
      .map((f) => [f, readFileSync(join(SEED, f), 'utf8')]),
  ),
);

/** Every other sentence of the pool compared with this one: what the finder must agree with. */
function bruteForce(id: number, inPool: (id: number) => boolean): number[] {
  const s = seed.sentences[id]!;
  return seed.sentences.flatMap((other, j) => (j !== id && inPool(j) && sentenceSimilarity(s, other) >= SAME_POINT && sameNumbers(s, other) && samePolarity(s, other) ? [j] : []));
}

describe('finding near-duplicate sentences through the index', () => {
  it('finds exactly what comparing with every sentence finds, on the seed set', () => {
    const all = () => true;
    const near = nearDuplicateFinder(seed, all);
    let pairs = 0;
    seed.sentences.forEach((s, id) => {
      const found = near(s).map((t) => seed.sentences.indexOf(t));
      expect(found, s.text).toEqual(bruteForce(id, all));
      pairs += found.length;
    });
    expect(pairs).toBeGreaterThan(0);
  });

  it('only looks among the pool it is given', () => {
    const even = (id: number) => id % 2 === 0;
    const near = nearDuplicateFinder(seed, even);
    seed.sentences.forEach((s, id) => expect(near(s).map((t) => seed.sentences.indexOf(t))).toEqual(bruteForce(id, even)));
  });

  it('finds every copy of a sentence that several documents print word for word', () => {
    const wire = 'The harbour authority said the new ferry terminal would open to passengers in the spring.';
    const index = indexOf({ 'a.txt': `${wire} Crews were testing the ramps.`, 'b.txt': `Work went on all winter. ${wire}`, 'c.txt': wire, 'd.txt': 'A different story about the city budget and its deficit this year.' });
    const near = nearDuplicateFinder(index, () => true);
    expect(near(index.sentences[0]!).map((s) => s.docId)).toEqual(['b.txt', 'c.txt']);
    // Each copy, found from what its text matched before, lists the others and not itself.
    const copyIn = (docId: string) => index.sentences.find((s) => s.docId === docId && s.text === wire)!;
    expect(near(copyIn('b.txt')).map((s) => s.docId)).toEqual(['a.txt', 'c.txt']);
    expect(near(copyIn('c.txt')).map((s) => s.docId)).toEqual(['a.txt', 'b.txt']);
  });
});

// docs/quality.md, "Session 53", rule NG.
describe('a denial and what it denies', () => {
  const night = 'The challenger did not concede. Counting went on past midnight in the harbour wards.';
  const later = 'The challenger conceded on Friday afternoon. The county board confirmed the result of the recount.';

  it('are not one point, while the same words with the same polarity are', () => {
    const index = indexOf({ 'night.txt': night, 'later.txt': later, 'copy.txt': 'The challenger conceded on Friday.' });
    const near = nearDuplicateFinder(index, () => true);
    const denial = index.sentences.find((s) => s.text.startsWith('The challenger did not'))!;
    expect(near(denial)).toEqual([]);
    const conceded = index.sentences.find((s) => s.text === 'The challenger conceded on Friday afternoon.')!;
    expect(near(conceded).map((s) => s.docId)).toEqual(['copy.txt']);
  });

  it('a briefing cites no source for what that source denies', () => {
    const library = createLibrary('vote', [
      { id: 'night.txt', text: night, meta: { published: '2026-11-04' } },
      { id: 'later.txt', text: later, meta: { published: '2026-11-21' } },
    ]);
    const r = library.brief('challenger concede');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const denied = [...r.briefing.summary, ...r.briefing.keyPoints].find((p) => p.text.startsWith('The challenger conceded'));
    expect(denied).toBeDefined();
    const nightSource = r.briefing.sources.find((s) => s.docId === 'night.txt');
    expect(denied!.citations.map((c) => c.source)).not.toContain(nightSource?.n);
  });
});

// docs/quality.md, "Session 55", rule CS.
describe('a point cites beside its own source only the sources that state the same', () => {
  const docs = [
    'A wildfire forced 6,000 residents to flee on Sunday. Sheriff Tom Brandt said deputies were still searching for eight people reported missing near the ridge.',
    'Residents returned to the town on Friday. All eight people reported missing near the ridge have been accounted for, the sheriff said.',
    'The fire was contained on Friday. All eight people reported missing near the ridge have now been accounted for, the sheriff said on Friday.',
  ].map((text, i) => ({ id: `fire-${i}.txt`, text, meta: { published: `2026-08-0${3 + i}` } }));
  it('does not cite a report that the missing are still sought for the news that they are found, but cites the other report that they are', () => {
    const r = createLibrary('fire', docs).brief('missing people', { length: 'standard' });
    if (!r.ok) throw new Error('no match');
    const points = [...r.briefing.summary, ...r.briefing.keyPoints];
    const found = points.find((p) => p.text.startsWith('All eight people reported missing'))!;
    const cited = found.citations.map((c) => r.briefing.sources.find((s) => s.n === c.source)!.docId).sort();
    expect(cited).toEqual(['fire-1.txt', 'fire-2.txt']);
  });
});

describe('a state told with a linking verb is the same only where its complement is (docs/quality.md, "Session 72", amendment CS′)', () => {
  const docs = [
    "A fire swept through the old market on Thursday night. The market's night watchman, Bertil Nyqvist, remained in critical condition.",
    "Investigators entered the market on Tuesday. The market's night watchman, Bertil Nyqvist, remains in a serious but stable condition.",
    "The fire was out by Friday. The market's night watchman, Bertil Nyqvist, remained in critical condition on Friday.",
  ].map((text, i) => ({ id: `market-${i}.txt`, text, meta: { published: `2026-08-0${3 + i}` } }));
  it('cites the copy that says "critical condition" again, not the report of a stable condition', () => {
    const r = createLibrary('market', docs).brief('night watchman', { length: 'standard' });
    if (!r.ok) throw new Error('no match');
    const points = [...r.briefing.summary, ...r.briefing.keyPoints];
    const critical = points.find((p) => p.text.includes('remained in critical condition'))!;
    const cited = critical.citations.map((c) => r.briefing.sources.find((s) => s.n === c.source)!.docId).sort();
    expect(cited).not.toContain('market-1.txt');
  });
});
