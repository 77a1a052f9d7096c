import { describe, expect, it } from 'vitest';
import { createLibrary } from '../../../src/core/library/open-folder.js';
import { readQuestion } from '../../../src/core/topics/read-query.js';

/** Made-up wire copy for two readings of a question's lead (docs/quality.md, "Answer first, session 34 (16lead14)"). */
const libraryOf = (set: string, docs: Array<{ id: string; published: string; text: string }>) =>
  createLibrary(
    set,
    docs.map(({ id, text, published }) => ({ id, text, meta: { published } })),
  );
const leadOf = (library: ReturnType<typeof createLibrary>, query: string) => {
  const r = library.brief(query, { length: 'short' });
  expect(r.ok).toBe(true);
  return r.ok ? r.briefing.summary[0]!.text : '';
};

const rally = libraryOf('rally', [
  {
    id: 'a.txt',
    published: '2031-06-02',
    text: 'Ostia is preparing for the start of the 2031 Ostia Rally. Fans lined the harbour road to watch the cars pass. Organisers expect record crowds this year.',
  },
  {
    id: 'b.txt',
    published: '2031-06-03',
    text: 'Over the decades the Ostia Rally has seen 40 Freedonian racers; the first being Piet Moss and Jan Vey in 1962. This year three of them take part.',
  },
]);

describe('rule F: a time question on the first instance asks for the earliest time', () => {
  it('leads with the year it first happened, not the story of this year', () => {
    expect(leadOf(rally, 'in what year did drivers from Freedonia first race the Ostia Rally')).toContain('1962');
  });
});

const nato = libraryOf('warning', [
  {
    id: 'a.txt',
    published: '2031-03-04',
    text: 'Ruritania and Freedonia are raising the pressure on the rebels, warning that NATO strikes are certain unless they act soon to end the siege. The envoys met in Brussels on Monday.',
  },
  {
    id: 'b.txt',
    published: '2031-03-05',
    text: 'In Bonn, Freedonian Gen. Otto Brandt told state radio that NATO action could come "within days." Freedonian officials declined to comment further.',
  },
]);

describe('rule S: "how soon" is a question\'s frame, as "how long"', () => {
  it('reads no "soon" among the asked words', () => {
    expect(readQuestion('how soon did the Freedonian general say NATO could strike')?.asked).not.toContain('soon');
    expect(readQuestion('how quickly did the rebels retake the town')?.asked).not.toContain('quickli');
  });

  it('leads with the general\'s words, not a sentence that only says "soon"', () => {
    expect(leadOf(nato, 'how soon did the Freedonian general say NATO could strike')).toContain('within days');
  });
});
