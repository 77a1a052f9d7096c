import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/adapters/console/render.js';
import type { Digest } from '../../src/core/briefing.js';
import type { RawDocument } from '../../src/core/ingest/document.js';
import { createLibrary } from '../../src/core/library/open-folder.js';
import { DAY2, LAST_DIGEST, NEW_FERRY, NOW, TOPICS, YESTERDAY } from '../fixtures/digest-days.js';

/**
 * What a morning digest says, from made-up articles on two stories: day one's articles were in
 * yesterday's digest; today's are new.
 */

function digestOf(docs: RawDocument[], options: { topics?: string[]; maxWords?: number } = {}): Digest {
  const library = createLibrary('made-up', docs, { topics: TOPICS, now: () => NOW });
  return library.digest({ since: LAST_DIGEST, now: NOW, ...options });
}

const pointTexts = (d: Digest) => d.topics.flatMap((t) => t.points.map((p) => p.text));

describe('a morning digest: what changed since the last one', () => {
  it('GIVEN no document since the last digest THEN it reports nothing and says so in one line', () => {
    const digest = digestOf(YESTERDAY);
    expect(digest.newDocuments).toEqual([]);
    expect(digest.topics).toEqual([]);
    expect(renderText({ kind: 'digest', digest })).toBe('Digest: made-up\n───────────────\nNothing new since 3 Mar 2026 06:00 UTC.');
  });

  it('GIVEN one new article that only repeats what was known THEN there is nothing to report', () => {
    const repeat: RawDocument = {
      id: 'bridge-2.txt',
      meta: { title: 'Marlow bridge collapse: what we know', published: '2026-03-03' },
      addedAt: DAY2,
      text: 'The old Marlow river bridge collapsed before dawn on Sunday, dropping two trucks into the river. Engineers had warned for years that the old Marlow bridge was rusting.',
    };
    const digest = digestOf([...YESTERDAY, repeat]);
    expect(digest.newDocuments.map((d) => d.docId)).toEqual(['bridge-2.txt']);
    expect(digest.topics).toEqual([]);
  });

  it('GIVEN a new article with news THEN the digest leads with its sentences that add something, verbatim and cited, never an earlier one', () => {
    const digest = digestOf([...YESTERDAY, NEW_FERRY]);
    expect(digest.topics.map((t) => t.topic.slug)).toEqual(['ferry-strike']);
    const points = digest.topics[0]!.points;
    expect(points.length).toBeGreaterThan(0);
    expect(points.length).toBeLessThanOrEqual(2);
    for (const p of points) {
      expect(NEW_FERRY.text).toContain(p.text);
      expect(digest.sources[p.citations[0]!.source - 1]!.docId).toBe('ferry-2.txt');
    }
    for (const old of YESTERDAY.flatMap((d) => d.text.split(/(?<=\.) /))) expect(pointTexts(digest)).not.toContain(old);
  });

  it('GIVEN a new article that revises a figure THEN the digest shows both values with their sources and dates, not a composed sentence', () => {
    const revised: RawDocument = {
      id: 'bridge-3.txt',
      meta: { title: 'More hurt in Marlow bridge collapse', published: '2026-03-03' },
      addedAt: DAY2,
      text: 'Officials said 15 people were injured when the Marlow bridge collapsed, revising the earlier count. Divers searched the river near the bridge through the night.',
    };
    const digest = digestOf([...YESTERDAY, revised]);
    const bridge = digest.topics.find((t) => t.topic.slug === 'bridge-collapse')!;
    expect(bridge.figureChanges).toHaveLength(1);
    const [change] = bridge.figureChanges;
    expect(change!.values.map((v) => [v.value, v.published, digest.sources[v.citations[0]!.source - 1]!.docId, v.revised])).toEqual([
      ['15', '2026-03-03', 'bridge-3.txt', true],
      ['12', '2026-03-02', 'bridge-1.txt', false],
    ]);
    const text = renderText({ kind: 'digest', digest });
    expect(text).toMatch(/15 \(2026-03-03, revised\) \[\d\]/);
    expect(text).toMatch(/12 \(2026-03-02\) \[\d\]/);
  });

  it('GIVEN a subscription that names its topics THEN only those are reported, in its order, even when another topic has more news', () => {
    const bridgeNews: RawDocument = {
      id: 'bridge-4.txt',
      meta: { title: 'Temporary bridge planned', published: '2026-03-03' },
      addedAt: DAY2,
      text: 'Marlow officials said a temporary bridge over the river could open within six weeks of the collapse. Inspectors blamed rusted steel cables for the bridge failure, according to a report released Tuesday. Drivers now take a detour of forty minutes around the broken bridge.',
    };
    const unnamed = digestOf([...YESTERDAY, NEW_FERRY, bridgeNews]);
    expect(unnamed.topics.map((t) => t.topic.slug)).toEqual(expect.arrayContaining(['bridge-collapse', 'ferry-strike']));
    const named = digestOf([...YESTERDAY, NEW_FERRY, bridgeNews], { topics: ['ferry-strike'] });
    expect(named.topics.map((t) => t.topic.slug)).toEqual(['ferry-strike']);
  });

  it('GIVEN a word budget THEN the sentences, titles and figures it shows stay under it', () => {
    const many = [
      ...YESTERDAY,
      NEW_FERRY,
      {
        id: 'bridge-5.txt',
        meta: { title: 'Bridge inquiry', published: '2026-03-03' },
        addedAt: DAY2,
        text: 'A public inquiry into the Marlow bridge collapse will open in April, the transport minister announced. The minister said every bridge of the same design would be inspected before summer.',
      },
    ];
    const words = (d: Digest) => d.topics.reduce((s, t) => s + t.topic.title.split(' ').length + t.points.reduce((n, p) => n + p.text.split(/\s+/).length, 0), 0);
    const roomy = digestOf(many, { maxWords: 250 });
    const tight = digestOf(many, { maxWords: 40 });
    expect(words(roomy)).toBeGreaterThan(40);
    expect(words(tight)).toBeLessThanOrEqual(40);
    expect(tight.topics.length).toBeGreaterThan(0);
  });
});

describe('a digest prefers the facts a reader lacks', () => {
  // Both new sentences are as new in their words; only one states a figure no earlier article gave.
  const bridgeNews: RawDocument = {
    id: 'bridge-3.txt',
    meta: { title: 'Marlow bridge: divers search the river', published: '2026-03-03' },
    addedAt: DAY2,
    text: 'Police divers searched the cold brown water below the Marlow bridge through the whole night. Officials said 4 people were missing after the Marlow bridge collapsed.',
  };
  const restatesKnownFigure: RawDocument = {
    ...bridgeNews,
    text: 'Police divers searched the cold brown water below the Marlow bridge through the whole night. Officials said 12 people were injured after the Marlow bridge fell.',
  };

  it('GIVEN room for one sentence THEN it is the one stating a figure no earlier article gave', () => {
    const library = createLibrary('made-up', [...YESTERDAY, bridgeNews], { topics: TOPICS, now: () => NOW });
    const digest = library.digest({ since: LAST_DIGEST, now: NOW, maxWords: 50, topics: ['bridge-collapse'] });
    expect(pointTexts(digest)).toEqual(['Officials said 4 people were missing after the Marlow bridge collapsed.']);
  });

  it('GIVEN the figure is one an earlier article gave THEN it earns that sentence nothing', () => {
    const library = createLibrary('made-up', [...YESTERDAY, restatesKnownFigure], { topics: TOPICS, now: () => NOW });
    const digest = library.digest({ since: LAST_DIGEST, now: NOW, maxWords: 50, topics: ['bridge-collapse'] });
    expect(pointTexts(digest)).toEqual(['Police divers searched the cold brown water below the Marlow bridge through the whole night.']);
  });
});
