import { describe, expect, it } from 'vitest';
import type { RawDocument } from '../../../src/core/ingest/document.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';
import { findTopic } from '../../../src/core/topics/find-topic.js';
import { readQuestion } from '../../../src/core/topics/read-query.js';
import { queryRelevance } from '../../../src/core/topics/relevance.js';
import { POOL_FLOOR } from '../../../src/core/topics/thin-pool.js';
import { indexOf } from '../index-of.js';

/**
 * Made-up wire copy: the best sentence restates the question, so the relative entry test keeps out the sentence that
 * answers it, which holds two of its words and says the asked thing (docs/quality.md, "Thirtieth round (issue 16pool3)").
 */
const story = {
  'wire-1.txt': [
    'Governor Ana Ruiz faces a runoff on Sunday in the northern province after falling short of a majority, the electoral court said.',
    'Her opponent in the runoff, Luis Brandt, is a former mayor of the province who promises lower taxes.',
    "The governor's office declined to comment.",
    'The electoral court will publish the results on Monday.',
  ].join('\n\n'),
  'wire-2.txt': ['Turnout in the first round was the lowest in a decade.', 'Brandt, 58, ran the capital for two terms and leads the polls.'].join('\n\n'),
  'wire-3.txt': 'Ruiz told supporters at a rally on Sunday that the province had never been safer.',
};
const index = indexOf(story);

const scoresIn = (idx: typeof index, query: string, asQuestion = true) => {
  const match = findTopic(idx, [], query);
  if (match.kind === 'none') throw new Error('no match');
  return queryRelevance(idx, match.topic, undefined, asQuestion ? readQuestion(query) : undefined);
};
const idOf = (idx: typeof index, needle: string) => idx.sentences.findIndex((s) => s.text.includes(needle));
const QUESTION = "who is challenging the governor of the northern province in sunday's runoff";

describe('a thin question pool', () => {
  it("takes in the sentence that answers with two of the question's words, below the bar", () => {
    const scores = scoresIn(index, QUESTION);
    const answer = idOf(index, 'Her opponent in the runoff, Luis Brandt');
    expect(scores.get(answer)).toBeGreaterThan(0);
  });

  it('ranks it below every sentence that passed the entry tests', () => {
    const scores = scoresIn(index, QUESTION);
    const best = idOf(index, 'Governor Ana Ruiz faces a runoff');
    const answer = idOf(index, 'Her opponent in the runoff, Luis Brandt');
    expect(scores.get(best)!).toBeGreaterThan(scores.get(answer)!);
  });

  it("leaves out a sentence that holds one of the question's words", () => {
    const scores = scoresIn(index, QUESTION);
    expect(scores.get(idOf(index, "governor's office declined"))).toBeUndefined();
  });

  it('is not filled where the bar already lets in the floor', () => {
    const restated = Object.fromEntries(Array.from({ length: POOL_FLOOR }, (_, i) => [`desk-${i}.txt`, `Governor Ana Ruiz faces a runoff on Sunday in the northern province, report ${i} said.`]));
    const full = indexOf({ ...story, ...restated });
    const scores = scoresIn(full, QUESTION);
    expect(scores.size).toBeGreaterThanOrEqual(POOL_FLOOR);
    expect(scores.get(idOf(full, 'Her opponent in the runoff, Luis Brandt'))).toBeUndefined();
  });

  it('does not change a query that is no question', () => {
    const scores = scoresIn(index, 'governor northern province sunday runoff', false);
    expect(scores.get(idOf(index, 'Her opponent in the runoff, Luis Brandt'))).toBeUndefined();
  });
});

/** Made-up wire copy for the briefing a reader sees: the reserve is shown, and a lead is chosen among the entrants. */
const NOW = new Date('2026-04-20T12:00:00Z');
const doc = (id: string, text: string): RawDocument => ({ id, meta: { title: id, published: '2026-04-10' }, addedAt: NOW.toISOString(), text });
const summaryOf = (docs: RawDocument[], question: string) => {
  const r = createLibrary('made-up', docs, { topics: [], now: () => NOW }).brief(question, { length: 'short', now: NOW });
  if (!r.ok) throw new Error(`no answer to ${question}`);
  return r.briefing.summary.map((p) => p.text);
};

describe("a thin pool's reserve in the briefing", () => {
  it('shows the figure that answers "how much" where the best sentence only restates the question', () => {
    const summary = summaryOf(
      [
        doc(
          'invest.txt',
          [
            'Overseas investors kept pouring money into Estavan factories in September despite the new capital controls, the central bank said on Tuesday.',
            'Foreign money invested in September reached 142 million dollars, up from 98 million in August, according to the bank.',
            'The controls were imposed on Sept. 1 to stop the currency from falling further.',
          ].join(' '),
        ),
        doc('markets.txt', ['Stocks in Estava rose for a third day on Wednesday.', 'Traders said the capital controls had calmed the market.'].join(' ')),
      ],
      'how much money did overseas investors put into estavan factories in september',
    );
    expect(summary.join(' ')).toMatch(/142 million dollars/);
  });

  it('does not lead with a reserve sentence over the entrant that answers', () => {
    const summary = summaryOf(
      [
        doc('arrest.txt', 'Peacekeepers in the north on Wednesday arrested a general who was charged with war crimes by the tribunal in a sealed indictment.'),
        doc(
          'varga.txt',
          [
            'General Tomas Varga was indicted in March, tribunal officials said, but the indictment against Varga was kept secret so there would be a better chance of an arrest.',
            'Varga commanded the army corps that shelled the town for three months.',
          ].join(' '),
        ),
        doc('court.txt', ['The tribunal will hear the case in the autumn.', 'Human rights groups welcomed the arrest.'].join(' ')),
      ],
      'why was the indictment against general varga kept secret',
    );
    expect(summary[0]).toMatch(/kept secret so there would be a better chance/);
  });

  it("does not stand for the question's verb: the briefing still says that no sentence states it", () => {
    const docs = [
      doc('runoff.txt', ['Governor Ana Ruiz faces a runoff on Sunday in the northern province after falling short of a majority, the electoral court said.', 'The electoral court will publish the results on Monday.'].join(' ')),
      doc('mayor.txt', "A former mayor said he would challenge the closure of the province's mines in court."),
      doc('turnout.txt', ['Turnout in the first round was the lowest in a decade.', 'Brandt, 58, ran the capital for two terms and leads the polls.'].join(' ')),
    ];
    const r = createLibrary('made-up', docs, { topics: [], now: () => NOW }).brief(QUESTION, { length: 'short', now: NOW });
    if (!r.ok) throw new Error('no answer');
    expect(r.briefing.unstated).toBe('challenging');
  });
});
