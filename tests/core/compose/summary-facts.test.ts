import { describe, expect, it } from 'vitest';
import type { RawDocument } from '../../../src/core/ingest/document.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';

/**
 * Made-up articles on a supermarket chain's data breach (docs/quality.md, "Session 51: a fact pool holds the sentence its
 * sentences lean on", rule LP as amended): a topic's summary opens on a passage whose first sentence holds no word of the
 * topic; the count that sentence gives is the story's, and a key figure.
 */
const DOCS: RawDocument[] = [
  {
    id: '01.md',
    meta: { title: 'Hackers steal customer data from Norland Foods', published: '2026-09-14' },
    text:
      'Hackers stole the names, addresses and card details of about two million customers of Norland Foods, the supermarket chain said on Monday.\n\n' +
      'The company said the attack began on September 2 and was discovered eight days later, when a bank reported unusual payments on cards used at its stores.\n\n' +
      '"We are deeply sorry. We are working with the police and with outside experts to find out exactly what was taken," chief executive Ilse Marten said in a statement.\n\n' +
      'Norland Foods runs 340 stores in three countries and employs about 18,000 people. Its shares fell 7 percent in Monday trading.\n\n' +
      "The data protection authority said it had opened an inquiry. Under the country's privacy law, a company can be fined up to 4 percent of its annual turnover.",
  },
  {
    id: '02.md',
    meta: { title: 'Norland breach far larger than first reported', published: '2026-09-21' },
    text:
      'The theft of customer data from Norland Foods affected 5.6 million people, nearly three times the number the company first gave, Norland said on Sunday.\n\n' +
      'The chain said a second server, holding records of its loyalty programme, had also been breached. The records include dates of birth and shopping histories but not card numbers, it said.\n\n' +
      'Chief executive Ilse Marten said the company had underestimated the attack. "Our first figure was wrong, and I take responsibility for that," she said.\n\n' +
      'Consumer groups criticised the delay. "Customers should have been told in days, not weeks," said Paul Henning, director of the Consumer Council. He said at least 1,200 customers had reported fraudulent payments.\n\n' +
      'Norland shares fell another 11 percent on Monday morning.',
  },
  {
    id: '03.txt',
    text:
      'Regulator to question Norland board\n\n' +
      'The head of the data protection authority, Sara Lind, said on Thursday that Norland Foods had failed to encrypt the loyalty records that hackers stole.\n\n' +
      "Lind told lawmakers that the company had been warned about weaknesses in its systems in 2024 and had not fixed them. The authority will question the company's board next week, she said.\n\n" +
      'Norland disputed the account. A company spokesman said the loyalty records were encrypted, but that the attackers had also stolen the keys.\n\n' +
      'Police in Tallinn arrested two men on Wednesday in connection with the attack, prosecutors said. The men, aged 24 and 31, are suspected of selling the stolen data on an online forum.',
  },
  {
    id: '04.txt',
    text:
      'The real scandal at Norland is how little it cost them\n\n' +
      'By Erik Saar\n\n' +
      'I have shopped at Norland for twenty years, and like millions of others I learned from a newspaper, not from the company, that my details were for sale.\n\n' +
      'The breach itself is bad enough. What I find harder to forgive is the silence. Norland knew on September 10 and said nothing for four days, then gave a figure that turned out to be a third of the truth.\n\n' +
      'Companies will keep treating our data carelessly as long as the fines are smaller than the savings. I believe the regulator should use the full penalty the law allows.\n\n' +
      'Erik Saar is a consumer rights lawyer in Tallinn.',
  },
];

describe("a topic's key figures", () => {
  it('include the count of a summary sentence that is shown only as what another sentence leans on', () => {
    const library = createLibrary('made-up', DOCS);
    const briefings = library.topics().topics.flatMap((t) => {
      const result = library.brief(t.slug, { length: 'standard' });
      return result.ok ? [result.briefing] : [];
    });
    // The topic whose summary opens on the story's lead, shown before the sentence about the attack that leans on it.
    const opened = briefings.filter((b) => b.summary[0]?.parts?.[0]?.startsWith('Hackers stole'));
    expect(opened.length).toBeGreaterThan(0);
    for (const b of opened) expect(b.figures.map((f) => f.value)).toContain('two million');
  });
});
