import { expect, it } from 'vitest';
import { findQuotes, isAttributed } from '../../../src/core/facts/quotes.js';
import { sameTextIn } from '../../../src/core/index/same-text.js';
import type { TermIndex } from '../../../src/core/index/term-index.js';
import { backgroundPreparation } from '../../../src/core/library/prepare-set.js';
import { indexOf } from '../index-of.js';

/** Made-up wire copy: a one-word speaker whose full name the article gives earlier, quotations past the first stretch of eight sentences. */
const WIRE = {
  pilots: [
    'Harbor pilots in Port Halden stopped work on Friday, leaving six ferries at their berths.',
    'Ana Ruiz, who leads the pilots, met port officials for three hours on Thursday.',
    '"We will not sail until the harbor is safe," Ruiz said after the meeting.',
    'The port authority said it had hired two more inspectors this year.',
    'Ferry operators said about 4,000 passengers a day were affected.',
    'Talks are due to resume on Monday.',
    'The strike is the first at the port since 2019.',
    'Shops near the terminal said trade had fallen by half.',
    'Port director Lena Holt said the authority would "listen to every concern the pilots raise."',
    '"Nobody wants the ferries tied up for a week," Holt told reporters.',
  ].join(' '),
  union: ["The pilots' union said on Saturday that the strike would go on.", '"The inspectors came too late," union secretary Tom Berg said.', 'He added that the pilots had warned the port twice last year.'].join(' '),
};

const quotesOf = (index: TermIndex) => findQuotes(index.sentences, (docId) => index.documents.get(docId)?.sentences ?? [], sameTextIn(index)).map((q) => [q.sentence.docId, q.speaker, q.sentence.text]);

it("the set's preparation reads who says what in every document, and answers find the speakers they would have read themselves", async () => {
  const prepared = indexOf(WIRE);
  const preparation = backgroundPreparation(() => prepared);
  preparation.resume();
  // Preparation runs in slices that never hold the process open; this test's own timer does.
  const alive = setInterval(() => undefined, 1000);
  await preparation.prepared();
  clearInterval(alive);
  expect(prepared.sentences.every(isAttributed)).toBe(true);

  const unprepared = indexOf(WIRE);
  expect(unprepared.sentences.some(isAttributed)).toBe(false);
  const speakers = quotesOf(prepared);
  expect(speakers).toEqual(quotesOf(unprepared));
  expect(speakers.map(([, speaker]) => speaker)).toEqual(expect.arrayContaining(['Ana Ruiz', 'Lena Holt', 'Tom Berg']));
});
