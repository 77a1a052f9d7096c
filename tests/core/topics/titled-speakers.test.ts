import { describe, expect, it } from 'vitest';
import { createLibrary } from '../../../src/core/library/open-folder.js';

/** Made-up wire copy: a judge and a prime minister titled once, then quoted by surname in sentences that write neither title. */
const trial = [
  {
    id: 'sentence.txt',
    text: [
      'Former mayor Daniel Osei was sentenced to six years in prison on Tuesday for taking bribes.',
      'Judge Ruth Adeyemi also ordered Osei to repay $310,000.',
      '"Public office is a trust, and you broke it," Adeyemi told Osei.',
      'Deputy Prime Minister Ana Kovac visited the city hall on Wednesday.',
      'Prime Minister Ivo Brandt spoke to reporters in the capital.',
      '"No mayor is above the law," Brandt said.',
    ].join(' '),
    meta: { published: '2026-05-26' },
  },
  { id: 'verdict.txt', text: 'A jury found Osei guilty of bribery on May 12. His lawyer said he would appeal.', meta: { published: '2026-05-12' } },
];
const now = new Date('2026-06-01T00:00:00Z');

function shownText(question: string, length: 'short' | 'standard' = 'short'): string[] {
  const r = createLibrary('trial', trial).brief(question, { length, now });
  expect(r.ok).toBe(true);
  if (!r.ok) return [];
  return r.briefing.summary.map((p) => p.text);
}

describe('rule SQ: a question asking for the words of someone named by a title takes in their quotations', () => {
  it('leads "what did the judge say" with the words the set attributes to the one it titles "Judge"', () => {
    // Shown with the sentences that introduce the names it uses by surname.
    expect(shownText('what did the judge say')[0]).toContain('"Public office is a trust, and you broke it," Adeyemi told Osei.');
  });

  it('takes no one of a shorter title: the deputy prime minister is not the prime minister (amendment SQ′)', () => {
    expect(shownText('what did the prime minister say', 'standard')[0]).toContain('"No mayor is above the law," Brandt said.');
    expect(shownText('what did the deputy prime minister say', 'standard').join(' ')).not.toContain('No mayor is above the law');
  });
});

/** Made-up business copy: an analyst named once with her role in apposition, and an adviser whose role holds another's name. */
const takeover = [
  {
    id: 'deal.txt',
    text: [
      'Brenner Mills agreed on Monday to buy its rival Tarn Foods for $2 billion.',
      'Some analysts questioned the price.',
      '"They are paying for growth that Tarn has not shown in years," said Mia Lund, an analyst at Oster Securities.',
      '"This is a fair deal," said Karl Vos, a former Brenner board adviser.',
      'Brenner chief executive Eva Holm said on a call with analysts that the deal would save $90 million a year.',
    ].join(' '),
    meta: { published: '2026-02-09' },
  },
  {
    id: 'review.txt',
    text: 'The competition authority said on Wednesday it would review the Brenner takeover of Tarn Foods. Holm told analysts the deal was "on track" and that analysts would see savings by 2028.',
    meta: { published: '2026-02-11' },
  },
];

describe('rule AR: a speaker asked by a common noun is matched to the role written in apposition after a name', () => {
  const lead = (question: string) => {
    const r = createLibrary('takeover', takeover).brief(question, { length: 'short', now });
    expect(r.ok).toBe(true);
    return r.ok ? (r.briefing.summary[0]?.text ?? '') : '';
  };

  it('leads "what did the analysts say" with the analyst’s words', () => {
    expect(lead('what did the analysts say')).toContain('They are paying for growth');
  });

  it('does not give a role’s modifier the role’s words: an adviser to Brenner is not Brenner', () => {
    expect(lead('what did Brenner say')).not.toContain('This is a fair deal');
  });
});

/** Made-up copy: a governor titled by the abbreviation, then quoted by surname; a spokesman speaks for her office. */
const grant = [
  {
    id: 'grant.txt',
    text: [
      'Gov. Elena Ortiz on Friday offered Harwick Mills a $4 million grant to keep its Dorran plant open.',
      '"This is not a bailout," Ortiz said at a news conference.',
      'State Sen. Tom Hale said the offer was too small.',
      "The governor's office released the terms on Saturday.",
    ].join(' '),
    meta: { published: '2026-03-06' },
  },
  { id: 'mill.txt', text: 'A spokesman for the governor said the offer was still under review. Harwick Mills said it would study the proposal.', meta: { published: '2026-03-09' } },
];

describe('rule GV: "Gov. Elena Ortiz" is the governor asked of (docs/quality.md, "Session 64")', () => {
  it('answers "what did the governor say" with her words, and never says no sentence gives them', () => {
    const r = createLibrary('grant', grant).brief('what did the governor say', { length: 'standard', now });
    if (!r.ok) throw new Error('no answer');
    expect(r.briefing.unsaid).toBeUndefined();
    expect(r.briefing.summary.map((p) => p.text).join(' ')).toContain('"This is not a bailout," Ortiz said');
  });
});

describe('rule NQ: "what did Greta Lindahl say" takes in her words written by surname (docs/quality.md, "Session 65")', () => {
  const riders = [
    {
      id: 'a.md',
      text: [
        '# Ferry fares to rise as council backs plan',
        'The council voted on Tuesday to raise ferry fares by 12 percent from June, after a long debate over the harbour budget.',
        'Greta Lindahl, a founder of the Harbour Riders Union, said her group plans to bring hundreds of riders to the next meeting. She said the rise was being used to cover a budget hole it would not close.',
        '"Fares should be frozen for a year while the council finds the money elsewhere," Lindahl said.',
        'The harbour master said the fares had not risen in six years.',
      ].join('\n\n'),
    },
    {
      id: 'b.md',
      text: [
        '# Riders plan protest over ferry fares',
        'Greta Lindahl, whose two children take the ferry to school, is a founder of the Harbour Riders Union, a group that has lobbied against higher fares.',
        'Lindahl said the group had collected more than 600 signatures on a petition asking the council to reverse the rise. The council is scheduled to meet Monday.',
      ].join('\n\n'),
    },
  ];

  it('answers with the quotation that writes only her surname', () => {
    const r = createLibrary('riders', riders).brief('what did Greta Lindahl say', { length: 'standard', now });
    if (!r.ok) throw new Error('no answer');
    const shown = [...r.briefing.summary, ...r.briefing.keyPoints, ...r.briefing.quotes].map((p) => p.text).join(' ');
    expect(shown).toContain('"Fares should be frozen for a year while the council finds the money elsewhere," Lindahl said.');
  });
});
