import { stemmer } from 'stemmer';
import type { Sentence } from '../../src/core/ingest/document.js';

const STOP = new Set(['the', 'a', 'an', 'of', 'in', 'on', 'to', 'and', 'was', 'is', 'at', 'for', 'by', 'with', 'it', 'its', 'after', 'from', 'that', 'has', 'have', 'said']);

/** A sentence shaped as the core makes them, from made-up text. */
export function sentence(docId: string, position: number, text: string): Sentence {
  const words = text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  return { docId, paragraph: 0, index: position, position, text, words, stems: words.filter((w) => !STOP.has(w)).map((w) => stemmer(w)), phrases: [] };
}

/** Three short articles on one made-up story, a harbour fire, plus a stray sentence on the weather. */
export const harbourFire = {
  published: new Map([
    ['a', '2024-03-01'],
    ['b', '2024-03-02'],
    ['c', '2024-03-03'],
  ]),
  sentences: [
    sentence('a', 0, 'A fire destroyed three warehouses at the harbour on Friday night.'),
    sentence('a', 1, 'Firefighters fought the harbour fire for six hours before it was out.'),
    sentence('a', 2, 'The weather was mild and dry all week.'),
    sentence('b', 0, 'Investigators are looking into the cause of the harbour fire that destroyed three warehouses.'),
    sentence('b', 1, 'The port authority said shipping would resume on Monday.'),
    sentence('c', 0, 'Police arrested a night guard over the harbour fire on Sunday.'),
    sentence('c', 1, 'The guard is accused of starting the fire that destroyed the warehouses.'),
    sentence('c', 2, 'Shipping resumed at the harbour on Monday, the port authority said.'),
  ],
};

/** Three articles opening on one made-up story, a flood in the valley town of Marlow, each in its own words. */
export const floodLeads: Sentence[] = [
  sentence('a', 0, 'A flood swept through the valley town of Marlow on Tuesday.'),
  sentence('b', 0, 'Flood waters filled the streets of Marlow, a town in the valley.'),
  sentence('c', 0, 'Marlow was under water on Tuesday after the flood hit the valley town.'),
];

/**
 * Made-up wire copy in one paragraph on dock workers after a merger: the last quotation ("But I better shut up…") is the
 * crane operator's, by way of the voices between, and he is named nine sentences before it.
 */
export const dockWorkersQuoted = [
  'Dock workers at the harbour fear for their jobs after the merger of the two biggest shipping companies.',
  '"They are the biggest," said Karl Ek, a crane operator at the harbour, referring to the buyer.',
  'He was coming, early on Sunday morning, through a harbour gate painted white.',
  '"So they go buy the second biggest.',
  "That's one way to get rid of the competition.",
  'I just hope it is not like the 80s, buying companies and scrapping them."',
  'Or something like the shipping barons a century before, said Holm, another operator.',
  '"Did the teachers not teach us that the old shipping company would never come back?',
  'Remember that?"',
  'he said, looking to his friend for agreement.',
  '"But I better shut up.',
  'I still work for Norvik."',
];
