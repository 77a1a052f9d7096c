import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/adapters/console/render.js';
import { renderAnswer as renderDiscord } from '../../src/adapters/discord/render.js';
import { renderAnswer as renderSlack } from '../../src/adapters/slack/render.js';
import type { Answer } from '../../src/commands/command.js';
import { BriefingSchema, DigestSchema, TopicListSchema } from '../../src/core/briefing.js';
import type { RawDocument } from '../../src/core/ingest/document.js';
import { createLibrary } from '../../src/core/library/open-folder.js';
import { documents, oneMegabyteLine, queryText, RUNS } from './arbitraries.js';
import { consoleProblems, discordProblems, slackProblems, unfaithfulSentences } from './checks.js';

const NOW = new Date('2025-08-20T06:00:00Z');

/** Builds the library and every answer a user could get from it; collects what is wrong. */
function problemsFor(docs: RawDocument[], query: string): string[] {
  const library = createLibrary('fuzz', docs, { topics: [], now: () => NOW });
  const problems: string[] = [];
  const answers: Answer[] = [];

  const topics = TopicListSchema.parse(library.topics());
  answers.push({ kind: 'topics', topics });
  library.suggest(query, 5);
  for (const q of [query, ...topics.topics.slice(0, 2).map((t) => t.slug)]) {
    for (const length of ['short', 'standard'] as const) {
      const result = library.brief(q, { length, now: NOW });
      if (result.ok) {
        const briefing = BriefingSchema.parse(result.briefing);
        problems.push(...unfaithfulSentences(briefing, docs).map((s) => `brief ${JSON.stringify(q)}: not verbatim: ${s}`));
        answers.push({ kind: 'briefing', briefing });
      } else {
        answers.push({ kind: 'no-match', noMatch: result.noMatch });
      }
    }
  }
  const digest = DigestSchema.parse(library.digest({ since: null, now: NOW }));
  for (const t of digest.topics)
    problems.push(
      ...unfaithfulSentences(
        { set: digest.set, topic: t.topic, length: 'short', generatedAt: digest.generatedAt, summary: t.points, keyPoints: [], quotes: [], figures: [], timeline: [], differences: [], sources: digest.sources },
        docs,
      ).map((s) => `digest: not verbatim: ${s}`),
    );
  answers.push({ kind: 'digest', digest });

  for (const answer of answers) {
    problems.push(...consoleProblems(renderText(answer)).map((p) => `${answer.kind} console: ${p}`));
    problems.push(...consoleProblems(renderText(answer, 'markdown')).map((p) => `${answer.kind} markdown: ${p}`));
    problems.push(...discordProblems(renderDiscord(answer)).map((p) => `${answer.kind}: ${p}`));
    problems.push(...slackProblems(renderSlack(answer)).map((p) => `${answer.kind}: ${p}`));
  }
  return problems;
}

describe('fuzz: arbitrary documents through the core and every renderer', () => {
  it(`never throws, stays within every platform's limits, lets no document markup act, and shows only verbatim sentences (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(documents, queryText, (docs, query) => {
        expect(problemsFor(docs, query)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
    // 500 arbitrary sets through the whole core take ~30 s on a quiet 2-core machine and more on a shared one: the bound
    // is for a hang, not a speed goal (speed is `npm run bench`'s).
  }, 180_000);

  // Cases the property has found before, kept so they are checked on every run, not only when drawn again.
  it.each([
    {
      found: 'a masked link after an escaped bracket stayed live on Discord',
      docs: [
        {
          id: 'doc-0.txt',
          text: '\u001b[31mred\u001b[0m Ukraine… [click here](https://evil.example) Ukraine.\n\nUkraine. Ukraine Ukraine \u0000. Ukraine Ukraine Ukraine Ukraine @everyone \u0000. ! Ukraine @everyone # Heading Ukraine Ukraine Ukraine ! Ukraine @everyone.\n\n. Ukraine Ukraine Ukraine Ukraine land Ukraine. Ukraine Ukraine Ukraine Ukraine Ukraine Ukraine . Ukraine Ukraine Ukraine @everyone land @everyone Ukraine.\n\nUkraine.',
        },
      ],
      query: '',
    },
    {
      found: 'a control character in a free-text query reached the console heading',
      docs: [{ id: 'doc-0.txt', text: 'Sanctions would hurt Russia. The sanctions would stay, the minister said.' }],
      query: '\u0000 sanctions would',
    },
    {
      found: "a document's own bare address (ending on a full stop) became a source link, which the checks read as document markup",
      docs: [
        { id: 'doc-0.txt', text: 'https://bare.example/path?q=1.\n\nUkraine “quoted”.' },
        { id: 'doc-1.txt', text: 'said border.\n\n<!here> <@!123456789012345678> —. would Ukraine.' },
      ],
      query: '',
    },
    {
      found: 'a key figure shown with the sentences it leans on (issue 16tl) was checked as one sentence, so it seemed not verbatim',
      docs: [
        { id: 'doc-0.txt', text: '`code` Ukraine. Ukraine 5 percent… > quoted @everyone.\n\nUkraine.\n\n<:emoji:12345678901> Ukraine. “quoted” Ukraine.' },
        { id: 'doc-1.txt', text: 'Ukraine agreement <:emoji:12345678901> agreement minister and. >>> all quoted Ukraine. Ukraine.' },
      ],
      query: 'emoji',
    },
    {
      found: 'a vertical tab the cleaning drops was read by the check as a space, so a shown sentence seemed not verbatim',
      docs: [
        { id: 'doc-0.txt', text: '"\u000b" Ukraine… land. said Ukraine. Ukraine.' },
        { id: 'doc-1.txt', text: '“quoted”. land Ukraine. .\n\nwould . @everyone.\n\nUkraine.' },
      ],
      query: '',
    },
  ])('GIVEN a case found before ($found) THEN the same holds', ({ docs, query }) => {
    expect(problemsFor(docs, query)).toEqual([]);
  });

  it('GIVEN a document that is one 1 MiB line full of mentions and markup THEN the same holds', () => {
    const docs: RawDocument[] = [
      { id: 'huge.txt', text: oneMegabyteLine() },
      { id: 'small.txt', text: 'Ukraine said the ceasefire talks would resume on Monday. Russia said the talks would not.' },
    ];
    expect(problemsFor(docs, 'ceasefire talks')).toEqual([]);
  });
});
