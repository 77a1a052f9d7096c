import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/core/index/build-document.js';
import { addToIndex } from '../../../src/core/index/term-index.js';
import { nameStory } from '../../../src/core/topics/name-story.js';
import { indexOf } from '../index-of.js';
import { article, STORIES } from '../made-up-stories.js';

const stories = Object.fromEntries((Object.keys(STORIES) as (keyof typeof STORIES)[]).flatMap((story) => Array.from({ length: 6 }, (_, n) => [`${story}-${n}.txt`, article(story, n)])));
const index = indexOf(stories);
const docsOf = (story: string) => Object.keys(stories).filter((id) => id.startsWith(`${story}-`));

describe('naming a story as a newsroom slugs it', () => {
  it('names it by two words of its leads that no other story uses, in the order the text has them', () => {
    for (const story of Object.keys(STORIES)) {
      const { slug, title } = nameStory(index, docsOf(story), new Set());
      expect(slug).toMatch(/^[a-z]+-[a-z]+$/);
      const [first, second] = slug.split('-') as [string, string];
      const own = docsOf(story).map((id) => stories[id]!.toLowerCase());
      const others = Object.keys(stories)
        .filter((id) => !id.startsWith(`${story}-`))
        .map((id) => stories[id]!.toLowerCase());
      for (const word of [first, second]) {
        expect(own.some((t) => t.includes(word))).toBe(true);
        expect(others.some((t) => new RegExp(`\\b${word}`).test(t))).toBe(false);
      }
      expect(own.some((t) => new RegExp(`\\b${first}\\b.*\\b${second}`).test(t))).toBe(true);
      expect(slug).toBe(title.toLowerCase().replace(/ /g, '-'));
    }
  });

  /** A second story in the set, so the first one's words are distinctive. */
  const ANOTHER_STORY = {
    'd.txt': 'A storm flooded farms along the coast on Monday, and the army sent boats. Farmers said the flood was the worst in years.',
    'e.txt': 'Flood water drained from the coast farms on Tuesday as the storm moved out to sea. Boats of the army stayed.',
  };

  it('names a story by its actor, a name of several words kept whole, and what happened', () => {
    const leads = {
      'a.txt': 'Rebel leader Karim bin Tahir surrendered to the army on Tuesday, ending the siege of Qalat. The surrender was quiet.',
      'b.txt': 'Karim bin Tahir, the rebel leader, will stand trial for the siege of Qalat, prosecutors said on Wednesday. His lawyers asked for time.',
      'c.txt': 'Supporters of Karim bin Tahir marched through Qalat on Thursday, a week after the siege ended. Police watched the march.',
      ...ANOTHER_STORY,
    };
    const named = nameStory(indexOf(leads), ['a.txt', 'b.txt', 'c.txt'], new Set());
    expect(named.slug).toMatch(/^karim-bin-tahir-[a-z]+$/);
    expect(named.title).toMatch(/^Karim bin Tahir [a-z]+$/);
    // His title, before or after his name, is who he is, not what happened.
    expect(named.slug).not.toContain('rebel');
    expect(named.slug).not.toContain('leader');
  });

  it('reads a name every lead opens on by how the set writes it (rule SN)', () => {
    const leads = {
      'a.txt': 'Velmora Mills said on Wednesday that its profit fell 18 percent as grain costs rose. Grain rose for a year. Shares in Velmora fell.',
      'b.txt': 'Velmora Mills will close two flour plants and cut 650 jobs, the company said on Thursday. Both plants are old. The union said Velmora was wrong.',
      'c.txt': 'Velmora Mills told investors that grain costs were to blame for the fall in profit. Investors were calm. Analysts at a bank doubted Velmora.',
      ...ANOTHER_STORY,
    };
    const named = nameStory(indexOf(leads), ['a.txt', 'b.txt', 'c.txt'], new Set());
    expect(named.title).toMatch(/^Velmora Mills\b/);
  });

  it('does not name a story by the epithet its leads give the actor', () => {
    const leads = {
      'a.txt': 'Strongman Arun Veda rejected the opposition demand for coalition talks abroad on Monday. Talks stalled.',
      'b.txt': 'Opposition parties said on Tuesday they would join coalition talks with strongman Arun Veda in the capital. Few expected much.',
      'c.txt': 'Strongman Arun Veda promised safety to rivals returning home on Friday. Many stayed abroad.',
      ...ANOTHER_STORY,
    };
    const named = nameStory(indexOf(leads), ['a.txt', 'b.txt', 'c.txt'], new Set());
    expect(named.slug).toMatch(/^arun-veda/);
    expect(named.slug).not.toContain('strongman');
  });

  it('puts first the name the leads state most: the story’s place or person', () => {
    for (const story of Object.keys(STORIES)) {
      const { title } = nameStory(index, docsOf(story), new Set());
      const leads = docsOf(story).map((id) =>
        stories[id]!.split(/(?<=\.) /)
          .slice(0, 2)
          .join(' '),
      );
      const names = leads.flatMap((l) => [...l.matchAll(/(?<=\S )\p{Lu}\p{L}+/gu)].map((m) => m[0]));
      const counts = new Map<string, number>();
      for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
      const top = Math.max(...counts.values());
      expect(
        [...counts].filter(([, c]) => c === top).map(([n]) => n),
        title,
      ).toContain(title.split(' ')[0]);
    }
  });

  it('calls a person by the surname the leads use alone, and never ends a name on a particle', () => {
    const leads = {
      'a.txt': 'Senator Maria de Soto resigned on Tuesday after the funding scandal spread to her office. The resignation surprised her party.',
      'b.txt': 'De Soto, who led the budget committee, denied any part in the funding scandal. Her resignation takes effect in May.',
      'c.txt': 'Prosecutors will question de Soto about the funding scandal next week, her lawyer said. The resignation leaves a seat open.',
      ...ANOTHER_STORY,
    };
    const named = nameStory(indexOf(leads), ['a.txt', 'b.txt', 'c.txt'], new Set());
    expect(named.slug).toMatch(/^(de-)?soto-[a-z]+(-[a-z]+)?$/);
    expect(named.slug).not.toMatch(/-de$|^maria/);
  });

  it('never names a story by reporting verbs, calendar words or vague collectives that every lead has', () => {
    const generic = Object.fromEntries(Object.entries(stories).map(([id, text]) => [id, `Government officials said on Friday in December that ${text.charAt(0).toLowerCase()}${text.slice(1)}`]));
    const generalIndex = indexOf(generic);
    for (const story of Object.keys(STORIES)) {
      const { slug } = nameStory(generalIndex, docsOf(story), new Set());
      for (const word of slug.split('-')) expect(['government', 'officials', 'said', 'friday', 'december']).not.toContain(word);
    }
  });

  it('gives a story a name no other topic has', () => {
    const first = nameStory(index, docsOf('volcano'), new Set());
    const second = nameStory(index, docsOf('volcano'), new Set([first.slug]));
    expect(second.slug).not.toBe(first.slug);
    expect(second.slug).toMatch(/^[a-z0-9-]+$/);
  });

  it('reads how the set writes a name afresh once the set has grown (capitalisedInside keeps its answers by index)', () => {
    const leads = {
      'a.txt': 'Velmora Mills said on Wednesday that its profit fell 18 percent as grain costs rose. Grain rose for a year. Shares in Velmora fell.',
      'b.txt': 'Velmora Mills will close two flour plants and cut 650 jobs, the company said on Thursday. Both plants are old. The union said Velmora was wrong.',
      'c.txt': 'Velmora Mills told investors that grain costs were to blame for the fall in profit. Investors were calm. Analysts at a bank doubted Velmora.',
      ...ANOTHER_STORY,
    };
    // Later articles write the word in lower case inside their sentences, more often than the first ones capitalise it.
    const later = {
      'f.txt': 'Bakers in the north said the velmora flour was cheap. They bought velmora sacks. Few liked velmora bread.',
      'g.txt': 'Shoppers said velmora loaves were stale. A baker said velmora prices rose. Others said velmora was fine.',
    };
    const index = indexOf(leads);
    const before = nameStory(index, ['a.txt', 'b.txt', 'c.txt'], new Set());
    for (const [id, text] of Object.entries(later)) {
      const built = buildDocument({ id, text }, index.surfaces);
      if ('document' in built) addToIndex(index, built.document);
    }
    const grown = nameStory(index, ['a.txt', 'b.txt', 'c.txt'], new Set());
    expect(grown).toEqual(nameStory(indexOf({ ...leads, ...later }), ['a.txt', 'b.txt', 'c.txt'], new Set()));
    expect(grown.title).not.toBe(before.title);
    // Asked again of the same index, the same answer.
    expect(nameStory(index, ['a.txt', 'b.txt', 'c.txt'], new Set())).toEqual(grown);
  });
});
