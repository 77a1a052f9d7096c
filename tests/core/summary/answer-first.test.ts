import { describe, expect, it } from 'vitest';
import { createLibrary } from '../../../src/core/library/open-folder.js';
import { readQuestion } from '../../../src/core/topics/read-query.js';

/** Made-up wire copy in the style of 1998 newswire: each question's answer shares few of its words. */
const ARTICLES = [
  {
    id: 'a.txt',
    published: '1998-10-12',
    text: 'Two local men, Ronald Tiller and Gary Fenwick, were charged with attempted murder on Monday. The attack on the student shocked the small college town. Students held a vigil for the student outside the library.',
  },
  {
    id: 'b.txt',
    published: '1998-10-13',
    text: 'The attack on the student was condemned by the university president. In 1985, 12 people died in a fire at a dormitory in the same town. Hundreds of students marched against the attack on the student on Tuesday.',
  },
  { id: 'c.txt', published: '1998-10-14', text: 'Fire officials said 14 people died in the warehouse fire near the campus. The warehouse fire started in a storeroom. Students said the warehouse fire could be seen for miles.' },
  {
    id: 'd.txt',
    published: '1998-10-15',
    text: 'The mayor said the town would demand answers from the warehouse owner. The governor demanded a full inquiry into the warehouse fire. Governor demands were read aloud at the council meeting.',
  },
];
const library = createLibrary(
  'town',
  ARTICLES.map(({ id, text, published }) => ({ id, text, meta: { published } })),
);
const lead = (query: string) => {
  const r = library.brief(query, { length: 'short' });
  expect(r.ok).toBe(true);
  return r.ok ? r.briefing.summary[0]!.text : '';
};

describe('a question answered with the answer first', () => {
  it('reads what a question asks for, what about, and in what setting', () => {
    expect(readQuestion('who was charged in the attack on the student')).toMatchObject({ kind: 'person', asked: ['charg'] });
    expect(readQuestion('how many died in the warehouse fire')).toMatchObject({ kind: 'amount', asked: ['di'] });
    expect(readQuestion('what did the governor demand')).toMatchObject({ kind: 'speech', verb: 'demand', speaker: { words: 'the governor' } });
    expect(readQuestion('what was agreed at the meeting')?.kind).toBeUndefined();
    expect(readQuestion('warehouse fire')).toBeUndefined();
  });

  it('leads with the names for "who", though the sentence repeats few of the question’s words', () => {
    expect(lead('who was charged in the attack on the student')).toContain('Ronald Tiller and Gary Fenwick');
  });

  it('leads with the figure for "how many", the story’s own event rather than one years before', () => {
    expect(lead('how many died in the warehouse fire')).toContain('14 people died');
  });

  it('leads with what was demanded, not a sentence that only names the demands', () => {
    expect(lead('what did the governor demand')).toContain('demanded a full inquiry');
  });

  it('answers a question that ends on a preposition with the sentence that gives its object', () => {
    expect(readQuestion('what was Fenwick found guilty of')).toMatchObject({ kind: 'object', verb: 'guilti', particle: 'of' });
    const court = createLibrary('court', [
      { id: 'a.txt', text: 'The jury sentenced Gary Fenwick to eight years in prison on Friday. The judge found Fenwick guilty in a trial that lasted a week.' },
      { id: 'b.txt', text: 'Gary Fenwick was found guilty of attempted murder and arson. His lawyer said he would appeal.' },
      { id: 'c.txt', text: 'The trial of Gary Fenwick drew crowds to the courthouse. Fenwick was found guilty after a week of testimony.' },
    ]);
    const r = court.brief('what was Fenwick found guilty of', { length: 'short' });
    expect(r.ok && r.briefing.summary[0]!.text).toContain('guilty of attempted murder');
  });
});

describe('an opinion as an answer', () => {
  const OPINION = 'I believe the plan is wrong. I have long argued that a force of about 9,000 troops would be deployed far from the front. I think the allies will regret it.';
  const REPORTED = 'The allies met in the capital on Tuesday to discuss the troops. Officials said the troops would stay far from the front.';
  it('leads with an attributed opinion when only it gives what the question asks for, and with a reported fact that does', () => {
    const only = createLibrary('opinion', [
      { id: 'op.txt', text: OPINION },
      { id: 'news.txt', text: REPORTED },
    ]);
    const r = only.brief('how many troops will be deployed', { length: 'short' });
    expect(r.ok && r.briefing.summary[0]!.text).toContain('about 9,000 troops');
    expect(r.ok && r.briefing.summary[0]!.attribution).toBeTruthy();
    const both = createLibrary('opinion2', [
      { id: 'op.txt', text: OPINION },
      { id: 'news.txt', text: `${REPORTED} A force of about 8,000 troops would be deployed next month, officials said.` },
    ]);
    const b = both.brief('how many troops will be deployed', { length: 'short' });
    expect(b.ok && b.briefing.summary[0]!.text).toContain('about 8,000 troops');
  });
});
