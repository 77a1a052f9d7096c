import { describe, expect, it } from 'vitest';
import { renderText } from '../../../src/adapters/console/render.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';
import { isQuestion, queryStems, readQuestion } from '../../../src/core/topics/read-query.js';
import { stemsOf } from '../../../src/core/topics/relevance.js';

/** Made-up wire copy in the style of 1998 newswire. */
const ARTICLES = [
  'Cambodian opposition leaders refused on Monday to attend talks in Phnom Penh. The opposition demanded that the talks be held abroad. King Sihanouk offered to host the talks at his palace.',
  'Hun Sen rejected the opposition demand for talks abroad on Tuesday. The king said the palace would be open to both sides. Opposition leaders said they feared for their safety in the capital.',
  'The opposition and Hun Sen agreed on Friday to meet at the royal palace next week. Diplomats welcomed the agreement as a step toward a coalition government.',
];
const library = createLibrary(
  'cambodia',
  ARTICLES.map((text, i) => ({ id: `${i}.txt`, text })),
  {
    topics: [{ slug: 'coalition-talks', title: 'Coalition talks', aliases: ['palace talks'], terms: ['coalition government'] }],
  },
);

describe('a query read as a question', () => {
  it('drops the question’s frame and keeps what it asks about', () => {
    expect(isQuestion('what did the opposition demand')).toBe(true);
    expect(isQuestion('Hun Sen coalition')).toBe(false);
    expect(queryStems('what did the opposition demand')).toEqual(stemsOf('opposition demand'));
    expect(queryStems('What happened at the royal palace on Friday?')).toEqual(stemsOf('royal palace Friday'));
    expect(queryStems('how many talks were held')).toEqual(stemsOf('talks held'));
    expect(queryStems('Hun Sen coalition')).toEqual(stemsOf('Hun Sen coalition'));
  });

  it('answers a question whose frame the set never uses, with the answer-bearing sentence first', () => {
    const r = library.brief('What happened at the royal palace on Friday?');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.briefing.summary[0]!.text).toContain('agreed on Friday to meet at the royal palace');
    const when = library.brief('why did Hun Sen meet the opposition');
    expect(when.ok).toBe(true);
    if (!when.ok) return;
    expect(when.briefing.summary[0]!.text).toContain('agreed on Friday to meet');
    // No article says why: after the lead, the story's other facts ("Hun Sen rejected the opposition demand") are no cause (16items).
    expect(when.briefing.summary.slice(1)).toEqual([]);
  });

  it('answers a long question that no sentence holds whole with the sentences that hold most of it', () => {
    const r = library.brief('what did the king offer the opposition in the capital');
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.briefing.summary.map((p) => p.text).join(' ')).toContain('King Sihanouk offered to host the talks');
  });

  it('lets an unknown word lower a match instead of voiding it, and still says so when nothing matches', () => {
    const r = library.brief('opposition demand zqxjv');
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.briefing.summary.some((p) => /demand/.test(p.text))).toBe(true);
    const none = library.brief('zqxjv wvkkp');
    expect(none.ok).toBe(false);
    if (!none.ok) expect(none.noMatch.suggestions.length).toBeGreaterThan(0);
  });

  it('keeps the reader’s wording when a word names a topic, and says which topic answered', () => {
    const r = library.brief('palace talks');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.briefing.topic).toMatchObject({ slug: 'coalition-talks', asked: 'palace talks' });
    const text = renderText({ kind: 'briefing', briefing: r.briefing });
    expect(text).toMatch(/^Briefing: palace talks\n/);
    expect(text).toContain('topic: Coalition talks');
    const bySlug = library.brief('coalition-talks');
    expect(bySlug.ok && bySlug.briefing.topic.asked).toBeUndefined();
  });

  it('resolves the day a question names and matches the sentences dated to it in other words', () => {
    const dated = createLibrary('cambodia-dated', [
      { id: 'a.txt', text: 'Hun Sen and the opposition met at the royal palace on June 5 and agreed to form a coalition.', meta: { published: '1998-06-08' } },
      { id: 'b.txt', text: 'Diplomats gathered at the royal palace on Tuesday to prepare the talks.', meta: { published: '1998-06-03' } },
    ]);
    const r = dated.brief('What happened at the palace on Friday?');
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.briefing.summary[0]!.text).toContain('on June 5');
  });
});

describe('a level asked for now (docs/quality.md, "Session 74", rules HA and NW)', () => {
  const water = createLibrary('water', [
    {
      id: 'a.txt',
      text: 'The reservoir that supplies the city stood at 27 percent of capacity on Monday, the utility said. Residents who challenge the fines in court are wrong on the law but right on the principle, the columnist wrote.',
    },
    { id: 'b.txt', text: 'Farmers asked for compensation on Tuesday. The utility said it would publish a repair plan by July 31.' },
  ]);

  it('reads "how full" as asking for a figure and "right now" as no word an answer must hold', () => {
    expect(readQuestion('how full is the reservoir right now')).toMatchObject({ kind: 'amount', asked: [stemsOf('reservoir')[0]] });
    expect(readQuestion('how many people have been fined so far')?.asked).not.toContain(stemsOf('far')[0]);
    const r = water.brief('how full is the reservoir right now?', { length: 'short' });
    if (!r.ok) throw new Error('no answer');
    expect(r.briefing.summary[0]?.text).toMatch(/27 percent/);
  });
});

describe('a question framed "is it true that …" (docs/quality.md, "Session 75", rule CH)', () => {
  it('asks what follows the frame, so an answer need not say "true"', () => {
    expect(readQuestion('is it true that the mayor resigned?')).toMatchObject({ focus: { lemma: 'resign' } });
    expect(readQuestion('Is it the case that the bridge will reopen in May?')?.asked).not.toContain(stemsOf('case')[0]);
    const pier = createLibrary('pier', [
      { id: 'a.txt', text: 'The pier at Tarvik was closed on Monday after engineers found cracks in its steel frame. The port authority said the cracks were already present when the pier was inspected in 2023.' },
      { id: 'b.txt', text: 'Ferries were moved to the north quay on Tuesday. The inspection firm denied that the cracks were present two years ago.' },
    ]);
    const r = pier.brief('is it true the cracks were already there in 2023?', { length: 'short' });
    if (!r.ok) throw new Error('no answer');
    expect(r.briefing.summary.map((p) => p.text).join(' ')).toMatch(/already present when the pier was inspected in 2023/);
    // No "No sentence says “true” …" after the points that answer it.
    expect(r.briefing.unstated).toBeUndefined();
  });
});

describe('the adjective of "how big" (docs/quality.md, "Session 75", rule AJ)', () => {
  it('reads "how big", "how strong" as the kind of figure asked for, so "a big crowd" does not answer how big the fine was', () => {
    expect(readQuestion('how strong was the earthquake?')?.asked).toEqual([stemsOf('earthquake')[0]]);
    const fine = createLibrary('fine', [
      { id: 'a.txt', text: 'A big crowd of 300 villagers protested against the fine outside the ministry on Monday.', meta: { published: '2025-03-11' } },
      { id: 'b.txt', text: 'The ministry fined the mining company 48 million lassars on Monday, the largest fine in its history.', meta: { published: '2025-03-10' } },
    ]);
    const r = fine.brief('how big was the fine?', { length: 'short', now: new Date('2025-03-20T00:00:00Z') });
    if (!r.ok) throw new Error('no answer');
    expect(r.briefing.summary[0]?.text).toMatch(/48 million lassars/);
  });
});

describe('"do we know yet" (docs/quality.md, "Session 76", rule YK)', () => {
  it('asks what the question asks, whether or not the reader adds "do we know", so an answer need not say "know"', () => {
    expect(readQuestion('what caused the outbreak, do we know yet?')).toMatchObject({ kind: 'reason', asked: [stemsOf('outbreak')[0]] });
    expect(readQuestion('do we know who set the fire?')).toMatchObject({ kind: 'person' });
    expect(readQuestion('is it known why the dam burst?')?.asked).not.toContain(stemsOf('known')[0]);
    // Knowing as the asked event stays asked.
    expect(readQuestion('who knew about the cracks?')?.asked).toContain(stemsOf('knew')[0]);
  });
});

describe('a condition in a question (docs/quality.md, "Session 74", rule IF)', () => {
  const fines = createLibrary('fines', [
    { id: 'a.txt', text: 'Households caught breaking the water rules face a fine of 250 kestars for a first offence. The city used 121,000 cubic metres of water on Monday.' },
    { id: 'b.txt', text: 'The number of fines issued rose to 612 by Tuesday. The reservoir supplies 85 percent of the city’s drinking water.' },
    { id: 'c.txt', text: 'Water use fell by a fifth after the rules took effect. Inspectors issued 140 fines in the first two days.' },
  ]);

  it('reads "if I get caught watering" as the case the fine is for, so figures of water are not taken for the fine', () => {
    expect(readQuestion('how much is the fine if I get caught watering with a hose')?.asked).toEqual([stemsOf('fine')[0]]);
    // "if" after a verb that takes "whether" is still asked.
    expect(readQuestion('who asked if the plant would close')?.asked).toContain(stemsOf('plant')[0]);
    // Amendment IF′: "what would happen if …" asks about the condition.
    expect(readQuestion('what would happen if Milosevic did not comply')?.asked).toContain(stemsOf('comply')[0]);
    const r = fines.brief('how much is the fine if I get caught watering with a hose?', { length: 'standard' });
    if (!r.ok) throw new Error('no answer');
    expect(r.briefing.figures.map((f) => f.text).filter((t) => /water/.test(t) && !/fine/.test(t))).toEqual([]);
  });
});
