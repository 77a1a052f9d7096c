import { describe, expect, it } from 'vitest';
import { createLibrary } from '../../src/core/library/open-folder.js';

/** A briefing on the one story these paragraphs tell, from a document dated 1998-12-09. */
function briefOn(paragraphs: string[]) {
  const text = ['Telecom engineers kidnapped in the mountains.', ...paragraphs].join('\n\n');
  const r = createLibrary('t', [{ id: 'a.md', text, meta: { published: '1998-12-09' } }]).brief('telecom engineers');
  if (!r.ok) throw new Error('no briefing');
  return r.briefing;
}

describe('who said what, figures and dates in a briefing', () => {
  it('quotes the person named between commas, not the organisation before them', () => {
    const b = briefOn([
      'The chief executive of Granger Telecom, Ray Verth, said the rescue of the telecom engineers went "tragically wrong from the start" on Monday night.',
      'Putin, Russia\'s president, said the kidnapping of the telecom engineers was "a crime against all of us" and promised a search.',
    ]);
    expect(b.quotes.map((q) => q.speaker).sort()).toEqual(['Putin', 'Ray Verth']);
  });

  it('does not name a conjunction as part of a speaker', () => {
    const b = briefOn(['Although Verth vowed to keep the telecom engineers\' project going, he called the search "a nightmare for every family".']);
    expect(b.quotes.map((q) => q.speaker)).toEqual(['Verth']);
  });

  it('counts a figure once when the text restates it in other units', () => {
    const b = briefOn(['The telecom engineers were held about 40 kilometers (25 miles) west of the capital, where 300,000 telephone lines were planned.']);
    const figures = b.figures.map((f) => `${f.value} ${f.counts}`);
    // What a figure counts may go on to the verb that reports it ("300,000 telephone lines were planned").
    expect(figures).toContain('40 kilometers');
    expect(figures.some((f) => f.startsWith('300,000 telephone lines'))).toBe(true);
    expect(figures.filter((f) => f.startsWith('25'))).toEqual([]);
  });

  it('says what a share counts, and shows no age as a figure', () => {
    const b = briefOn(["The 75-year-old governor said the telecom engineers' union won 64 of the 122 seats on the works council."]);
    const figures = b.figures.map((f) => `${f.value} ${f.counts}`);
    expect(figures.some((f) => f.startsWith('64 of the 122 seats'))).toBe(true);
    expect(figures.some((f) => f.startsWith('75'))).toBe(false);
  });

  it('counts the same number of the same thing once, however two sources word it', () => {
    const text = (seats: string) => `Telecom engineers vote.\n\nThe telecom engineers' union won 64 of the 122 ${seats} in the election.`;
    const r = createLibrary('t', [
      { id: 'a.md', text: text('seats'), meta: { published: '1998-12-09' } },
      { id: 'b.md', text: text('council seats'), meta: { published: '1998-12-09' } },
    ]).brief('telecom engineers');
    if (!r.ok) throw new Error('no briefing');
    expect(r.briefing.figures.filter((f) => f.value === '64')).toHaveLength(1);
  });

  it('dates "last year" to a year, not to a made-up day', () => {
    const b = briefOn(['The telecom engineers arrived last year to rebuild the network, officials said.']);
    expect(b.timeline.find((e) => e.when.includes('last year'))?.date).toBe('1997');
  });
});

describe('who said what', () => {
  it('gives each voice a turn before a second quote of the same one', () => {
    const text = [
      'Telecom engineers kidnapped in the mountains.',
      '"The search for the telecom engineers will go on day and night," Maskhadov said on Monday.',
      '"We will find the telecom engineers and punish the kidnappers," Maskhadov told reporters later.',
      '"Our telecom engineers went to Chechnya to build a phone network, not to fight," Ray Verth said.',
    ].join('\n\n');
    const r = createLibrary('t', [{ id: 'a.md', text }]).brief('telecom engineers', { length: 'short' });
    if (!r.ok) throw new Error('no briefing');
    // A short briefing has room for two quotes: one each, not Maskhadov twice.
    expect(r.briefing.quotes.map((q) => q.speaker).sort()).toEqual(['Maskhadov', 'Ray Verth']);
  });
});
