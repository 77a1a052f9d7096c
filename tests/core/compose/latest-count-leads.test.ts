import { describe, expect, it } from 'vitest';
import type { Briefing } from '../../../src/core/briefing.js';
import { setNotices } from '../../../src/core/compose/set-notices.js';
import type { RawDocument } from '../../../src/core/ingest/document.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';
import { replacedReports } from '../../../src/core/summary/replaced-reports.js';
import { indexOfDocuments } from '../index-of.js';
import { leadOf, reportsOn } from '../made-up-reports.js';

/** Made-up reports (docs/quality.md, "Session 59", rule LT): a toll revised as reports come in. */
const NOW = new Date('2026-10-25T12:00:00Z');
const doc = reportsOn(NOW);

/** Every topic's briefing of a made-up set at standard length, by slug. */
function topicBriefings(name: string, docs: RawDocument[]): Array<[string, Briefing]> {
  const library = createLibrary(name, docs);
  return library.topics().topics.flatMap((t) => {
    const result = library.brief(t.slug, { length: 'standard', now: NOW });
    return result.ok ? [[t.slug, result.briefing] as [string, Briefing]] : [];
  });
}
/** A briefing's summary and key points as one text. */
const pointsOf = (b: Briefing) => [...b.summary, ...b.keyPoints].map((p) => p.text).join(' ');

const DOCS = [
  doc('first.txt', '2026-10-03', 'A road bridge over the Velna river collapsed on Friday evening, sending six cars into the water and killing at least nine people, the fire service said. Divers searched the river through the night.'),
  doc('later.txt', '2026-10-20', 'The death toll stands at 16 after the two people missing since the collapse were found. An inquiry into the collapse opened on Monday.'),
  doc('other.txt', '2026-10-10', 'Engineers said the bridge had not been inspected since 2019. The city closed two other bridges for checks.'),
];

describe('of counts that answer alike, the latest report leads (rule LT)', () => {
  it('leads "how many people died" with the latest toll, not the first report', () => {
    expect(leadOf(DOCS, 'how many people died', NOW)).toBe('The death toll stands at 16 after the two people missing since the collapse were found.');
  });
});

describe('a sentence that takes up an earlier year is background to a question that names none (docs/quality.md, "Session 71", rule TY)', () => {
  const QUAY = [
    doc(
      'surge.txt',
      '2026-10-06',
      'A storm surge flooded the old quay at Marsaxlokk on Tuesday, closing the fish market. In November 2019, a smaller surge flooded the same quay for two days. Repairs that year cost 400,000 euros and were paid by the harbour board.',
    ),
    doc('estimate.txt', '2026-10-14', 'Engineers for the council said repairing the quay would cost an estimated 1.2 million euros. Work could start in the spring.'),
  ];

  it('leads "how much will the repairs cost" with this year\'s estimate, not the 2019 bill told "that year"', () => {
    expect(leadOf(QUAY, 'how much will the repairs cost', NOW)).toBe('Engineers for the council said repairing the quay would cost an estimated 1.2 million euros.');
  });
});

describe('a value a correction notice withdraws does not lead (docs/quality.md, "Session 71", rule KN)', () => {
  const PUMP = (notice: string) => [
    doc('first.txt', '2026-10-06', 'Investigators removed the failed pump from the Velna water works on Monday. The pump had run 4,200 hours since its last service, the water board said.'),
    doc('later.txt', '2026-10-20', `The water works reopened on Friday after new pumps were fitted. ${notice}`),
  ];

  it('leads "how many hours had the pump run since its last service" without the withdrawn 4,200', () => {
    const lead = leadOf(
      PUMP('CORRECTION: A story on October 6 said the failed pump at the Velna water works had run 4,200 hours since its last service. The correct figure, given by the water board, is 2,400 hours.'),
      'how many hours had the pump run since its last service',
      NOW,
    );
    expect(lead).not.toMatch(/4,200/);
    expect(lead).toMatch(/2,400 hours/);
  });

  it('leaves the value standing where no mark says the notice corrects it', () => {
    const lead = leadOf(
      PUMP('A story on October 6 said the failed pump at the Velna water works had run 4,200 hours since its last service. The correct figure for a new pump, the board said, is 2,400 hours.'),
      'how many hours had the pump run since its last service',
      NOW,
    );
    expect(lead).toMatch(/4,200/);
  });
});

describe('a withdrawn value is no key figure and no dated event (docs/quality.md, "Session 71", amendment KN′)', () => {
  it("keeps the notice's withdrawn 4,200 hours out of a topic briefing's figures and timeline", () => {
    const docs = [
      doc('first.txt', '2026-10-06', 'Investigators removed the failed pump from the Velna water works on Monday. The pump had run 4,200 hours since its last service, the water board said.'),
      doc(
        'later.txt',
        '2026-10-20',
        'The Velna water works reopened on Friday after new pumps were fitted.\n\nCORRECTION: A story on October 6 said the failed pump at the Velna water works had run 4,200 hours since its last service. The correct figure, given by the water board, is 2,400 hours.',
      ),
    ];
    for (const [slug, { figures, timeline }] of topicBriefings('pumps', docs)) {
      expect(figures.map((f) => f.text).join(' '), slug).not.toMatch(/4,200/);
      expect(timeline.map((e) => e.text).join(' '), slug).not.toMatch(/4,200/);
    }
  });
});

describe('"how many" asks a count, not a sum of money (docs/quality.md, "Session 71", rule HM)', () => {
  const docs = [
    doc('fares.txt', '2026-10-08', 'The ferry company has refused to pay compensation of 90 euros per cancelled sailing, saying the strike was not its fault.'),
    doc('count.txt', '2026-10-12', 'The company said 214 sailings had been cancelled since the strike began. Talks resume on Monday.'),
  ];

  it('leads "how many sailings were cancelled" with the count, and "how many euros" with the sum', () => {
    expect(leadOf(docs, 'how many sailings were cancelled', NOW)).toBe('The company said 214 sailings had been cancelled since the strike began.');
    expect(leadOf(docs, 'how many euros per cancelled sailing will the company pay', NOW)).toMatch(/90 euros/);
  });
});

describe('a withdrawn value is no summary point or key point (docs/quality.md, "Session 72", rule KW)', () => {
  it("keeps the fund's withdrawn 2.5 million out of every topic's summary and key points, and the right one in", () => {
    const docs = [
      doc(
        'fund.txt',
        '2026-10-06',
        "The Velna city council on Monday approved an emergency fund of 2.5 million euros for market traders left without work by last week's fire. Grants are capped at 15,000 euros per trader, the deputy mayor said.",
      ),
      doc('cause.txt', '2026-10-08', 'Fire investigators said on Wednesday the market fire started in an overloaded fuse board. The city confirmed that the emergency fund for the traders totals 2.8 million euros.'),
      doc(
        'later.txt',
        '2026-10-20',
        'The fire-damaged market will partly reopen in December, the city said on Monday.\n\nCorrection: An earlier version of this article said the emergency fund for market traders approved by the Velna city council totalled 2.5 million euros. The correct figure is 2.8 million euros.',
      ),
    ];
    const briefings = topicBriefings('market', docs);
    for (const [slug, b] of briefings) expect(pointsOf(b), slug).not.toMatch(/2\.5 million/);
    expect(briefings.map(([, b]) => pointsOf(b)).join(' ')).toMatch(/fund/);
  });
});

describe('a notice at an article\'s foot withdraws its value for any question (docs/quality.md, "Session 72", amendment KN″)', () => {
  it('marks the withdrawn sentence though the notice is not among the weighed units, and matches a sum by its amount and unit', () => {
    const index = indexOfDocuments([
      { id: 'fund.txt', meta: { published: '2026-10-06' }, text: 'The Velna council on Monday approved an emergency fund of 2.5 million euros for traders, as loss adjusters put the damage to the market hall at about 18 million euros.' },
      {
        id: 'later.txt',
        meta: { published: '2026-10-20' },
        text: 'The estimated cost of repairing the market hall has risen to 23 million euros, the loss adjusters said on Monday.\n\nCorrection: An earlier version of this article said the emergency fund approved by the Velna council on October 5 totalled 2.5 million euros. The correct figure is 2.8 million euros.',
      },
    ]);
    const withdrawnSentence = index.documents.get('fund.txt')!.sentences[0]!;
    const published = (id: string) => index.documents.get(id)?.meta.published;
    const ofDocument = (id: string) => index.documents.get(id)?.sentences ?? [];
    expect(replacedReports([withdrawnSentence], published, ofDocument, true, setNotices(index))(withdrawnSentence)).toBe(true);
    // The value the notice gives as right is not withdrawn.
    const right = index.documents.get('later.txt')!.sentences.at(-1)!;
    expect(replacedReports([right], published, ofDocument, true, setNotices(index))(right)).toBe(false);
  });
});

describe('a notice that says what was wrongly reported (docs/quality.md, "Session 72", amendment KN‴)', () => {
  it('keeps the wrongly reported 312 passengers out of every summary, key point and key figure, and shows the 297', () => {
    const docs = [
      doc('first.txt', '2026-10-06', 'A passenger ferry carrying 312 passengers ran aground on a reef off Velna late on Saturday, officials said. Nineteen people were injured.'),
      doc(
        'later.txt',
        '2026-10-11',
        'The ferry was towed off the reef on Friday.\n\nCorrection: A report issued on October 6 incorrectly said that 312 passengers were aboard the ferry. The final manifest shows that 297 passengers were aboard.',
      ),
    ];
    const briefings = topicBriefings('ferry', docs);
    for (const [slug, b] of briefings) {
      expect(pointsOf(b), slug).not.toMatch(/312/);
      expect(b.figures.map((f) => f.text).join(' '), slug).not.toMatch(/312/);
    }
    expect(briefings.map(([, b]) => pointsOf(b)).join(' ')).toMatch(/297 passengers/);
  });
});

describe('a running count\'s latest value answers "how many" (docs/quality.md, "Session 78", rule RN)', () => {
  const FERRY = (update: string) => [
    doc('first.txt', '2026-10-05', 'A passenger ferry sank in a storm off the port of Velna late on Saturday, killing at least nine people who died in the cold water, the coast guard said on Sunday.'),
    doc('second.txt', '2026-10-08', 'Divers recovered eight bodies from the hull of the ferry on Tuesday. The number of people killed in the sinking rose to 17, the coast guard said.'),
    doc('third.txt', '2026-10-15', `The government banned ferries of the same class from carrying passengers. ${update}`),
  ];

  it('leads "how many people died when the ferry sank" with the toll its latest article says rose, not the first report', () => {
    const lead = leadOf(FERRY('The number of people killed in the ferry sinking off Velna now stands at 23 after divers found six more bodies, the coast guard said.'), 'how many people died when the ferry sank off Velna', NOW);
    expect(lead).toMatch(/\b23\b/);
  });

  it('keeps the first report leading where no later article says its count was revised', () => {
    const lead = leadOf(FERRY('Officials said 23 people were killed when a bus crashed on the coast road near Velna the same night.'), 'how many people died when the ferry sank off Velna', NOW);
    expect(lead).not.toMatch(/\b23\b/);
  });
});

describe('a sum in a currency the set invents answers "how much money" (docs/quality.md, "Session 78", rule IC)', () => {
  it('leads with the 40,000 valens paid to each family, not with a sentence that only names money', () => {
    const docs = [
      doc('pay.txt', '2026-10-12', 'The ferry operator said on Wednesday that it would pay 40,000 valens to the family of each person who died, as an advance. The captain was released on bail of 250,000 valens.'),
      doc('mourn.txt', '2026-10-16', 'Thousands of people mourned the victims at the harbour on Sunday. One mother said her family had been offered the money but wanted answers instead.'),
    ];
    expect(leadOf(docs, 'how much money are the families getting', NOW)).toMatch(/40,000 valens/);
  });
});

describe('the latest level the articles tell answers "how many … now", however each words the count (docs/quality.md, "Session 80", amendment RN′)', () => {
  const OUTBREAK = [
    doc('monday.txt', '2026-10-05', 'Health officials in Tarvik said on Monday that the measles outbreak had grown to 17 confirmed cases. Three schools told unvaccinated pupils to stay home.'),
    doc('thursday.txt', '2026-10-08', 'Health officials in Tarvik on Thursday lowered the city’s measles case count to 20 from 21, saying one child had reacted to a recent vaccination. The agency said the child was recovering at home.'),
    doc('next-monday.txt', '2026-10-12', 'Tarvik’s measles outbreak has spread to a fourth school, and the total number of cases has risen to 26, the health agency said on Monday.'),
  ];

  it('leads with the last article’s 26, not an earlier article’s 20', () => {
    expect(leadOf(OUTBREAK, 'how many measles cases are there in tarvik now', NOW)).toMatch(/risen to 26/);
  });

  it('leaves the lead as it ranks when the latest article tells no level of the count', () => {
    const told = OUTBREAK.slice(0, 2).concat(doc('later.txt', '2026-10-12', 'Parents in Tarvik queued at a clinic for measles jabs on Monday, a nurse said.'));
    expect(leadOf(told, 'how many measles cases are there in tarvik now', NOW)).toMatch(/to 20 from 21/);
  });
});
