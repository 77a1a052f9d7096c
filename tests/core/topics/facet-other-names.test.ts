import { describe, expect, it } from 'vitest';
import { createLibrary } from '../../../src/core/library/open-folder.js';

/** Made-up wire copy: three articles on one outbreak, "cholera" in every one, "health ministry" in two, quoted officials. */
const outbreak = [
  {
    id: '1.md',
    meta: { published: '2026-09-03' },
    text: [
      'A cholera outbreak in northern Marovia has killed 14 people and sickened more than 300 since late August, the health ministry said on Wednesday.',
      'Most of the cases are in the river town of Sella, where floods last month contaminated the main water supply.',
      'Health Minister Joana Pires said the government had sent 20 doctors and 5,000 doses of oral vaccine to the region. "We are doing everything we can to contain this," Pires said.',
      'The World Health Organization said it was monitoring the situation closely.',
    ].join('\n\n'),
  },
  {
    id: '2.md',
    meta: { published: '2026-09-08' },
    text: [
      'The number of people killed by cholera in northern Marovia has risen to 31, the health ministry said on Monday, as aid groups warned that the true toll was likely much higher.',
      "Doctors Without Borders said its clinics in Sella alone had treated more than 900 patients, nearly three times the ministry's count of cases.",
      '"Many people are dying at home and are never counted," said Ines Kamara, the group\'s coordinator in Sella.',
      "The ministry said it had confirmed 612 cases. Health Minister Joana Pires rejected the charity's figures, saying they included people with ordinary diarrhoea.",
      'A vaccination campaign is due to begin on Thursday.',
    ].join('\n\n'),
  },
  {
    id: '3.md',
    meta: { published: '2026-09-11' },
    text: [
      'Marovia began vaccinating 200,000 people against cholera on Thursday, in a campaign the government hopes will halt an outbreak that has killed 38 people.',
      'The vaccines were donated by the World Health Organization and will be given in two doses, two weeks apart, officials said.',
      'Pires said new cases had fallen for three days in a row. "The worst is behind us," she said.',
      'But Doctors Without Borders said it was still admitting 60 patients a day in Sella and warned that the rainy season, which starts in October, could bring a second wave.',
    ].join('\n\n'),
  },
];

describe('rule TA: a facet is named otherwise only by a phrase written where the facet is', () => {
  const library = createLibrary('outbreak', outbreak);

  it("names no facet by the story's own word, which every article writes", () => {
    const facets = library.topics().topics;
    expect(facets.flatMap((t) => t.aliases.map((a) => a.toLowerCase()))).not.toContain('cholera');
  });

  it('briefs "cholera" on the whole story, from every article that writes it', () => {
    const r = library.brief('cholera', { now: new Date('2026-09-12T00:00:00Z') });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.briefing.topic.kind).toBe('query');
    expect(r.briefing.sources.map((s) => s.docId).sort()).toEqual(['1.md', '2.md', '3.md']);
  });
});
