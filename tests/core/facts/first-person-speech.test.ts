import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { unsaidSpeaker } from '../../../src/core/facts/first-person-speech.js';
import type { Sentence } from '../../../src/core/ingest/document.js';
import { sentence } from '../../eval/made-up-cluster.js';

// Made-up wire copy: a quotation that opens in one sentence and goes on in the next, and a pull quote without its marks.
const article = [
  sentence('a', 0, 'Floods swept through the valley on Sunday, cutting off three villages.'),
  sentence('a', 1, '"We lost the whole harvest in one night.'),
  sentence('a', 2, 'Our children have nowhere to sleep," said Maria Olsen, a farmer in Brekka.'),
  sentence('a', 3, 'We will rebuild the bridge by spring.'),
];
const counted = () => {
  const asked = { times: 0 };
  const ofDocument = (docId: string): readonly Sentence[] => {
    asked.times++;
    return docId === 'a' ? article : [];
  };
  return { asked, ofDocument };
};

describe('first-person words are read once a sentence (docs/quality.md, Issue 17, eighteenth round (17answer), rule 2)', () => {
  it('names the speaker a quotation needs and finds a pull quote nobody is given for, the same when asked again, without reading the paragraph again', () => {
    const first = counted();
    const quoted = unsaidSpeaker([article[1]!, article[2]!], `${article[1]!.text} ${article[2]!.text}`, first.ofDocument);
    const pull = unsaidSpeaker([article[3]!], article[3]!.text, first.ofDocument);
    expect(quoted).toBeUndefined();
    expect(pull).toEqual({ speaker: null });
    const again = counted();
    expect(unsaidSpeaker([article[1]!, article[2]!], `${article[1]!.text} ${article[2]!.text}`, again.ofDocument)).toEqual(quoted);
    expect(unsaidSpeaker([article[3]!], article[3]!.text, again.ofDocument)).toEqual(pull);
    expect(unsaidSpeaker([article[2]!], 'Our children have nowhere to sleep.', again.ofDocument)).toEqual({ speaker: 'Maria Olsen' });
    expect(again.asked.times).toBe(0);
  });
});

describe('first-person words kept once a sentence stay small (docs/quality.md, Issue 17, eighteenth round (17mem), rule 1)', () => {
  it('holds about the sentences’ own length, not tens of bytes a character, for 2,000 sentences read once each', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    // Made-up wire copy: a sentence of about 250 characters in the writer's own words, no quotation in it.
    const text =
      'Floods swept through the valley on Sunday, cutting off three villages, taking the fences, the barns and the road to the market town, and leaving farmers who have worked the same fields along the valley floor for decades without a harvest.';
    const articles = Array.from({ length: 2000 }, (_, i) => sentence(`d${i}`, 0, `${text} ${i}`));
    gc();
    const before = process.memoryUsage().heapUsed;
    for (const s of articles) unsaidSpeaker([s], s.text, () => [s]);
    gc();
    const held = process.memoryUsage().heapUsed - before;
    // Two strings of ~300 one-byte characters and an entry a sentence: ~1.5 MB; built a character at a time, ~20 MB.
    expect(held).toBeLessThan(5 * 2 ** 20);
    expect(articles.length).toBe(2000);
  });
});

// Rule PA with amendment PA′ (docs/quality.md, "Session 70"): a quotation credited to "he" or "she" names its speaker as "I" does.
describe('rule PA: a quotation credited to a pronoun', () => {
  const doc = [
    sentence('b', 0, 'Dr. Kasimir Lund, a security researcher at Northgale, said the leaked files were the worst kind.'),
    sentence('b', 1, '"Names and dates of birth are bad.'),
    sentence('b', 2, 'A letter from a doctor is much worse," he said.'),
    sentence('b', 3, 'One senior official, speaking on condition of anonymity, said the deficit could reach $300 billion, a figure that he said "will certainly cut into growth."'),
  ];
  const ofDocument = (docId: string): readonly Sentence[] => (docId === 'b' ? doc : []);

  it('says whose words a point prints when its own words credit them to "he"', () => {
    expect(unsaidSpeaker([doc[1]!, doc[2]!], `${doc[1]!.text} ${doc[2]!.text}`, ofDocument)).toEqual({ speaker: 'Kasimir Lund' });
  });

  it('leaves a pronoun whose person the sentence itself writes', () => {
    expect(unsaidSpeaker([doc[3]!], doc[3]!.text, ofDocument)).toBeUndefined();
  });
});
