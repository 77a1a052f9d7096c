import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DISCORD_LIMITS as L, MAX_MESSAGES_PER_ANSWER } from '../../../src/adapters/discord/limits.js';
import { renderAnswer } from '../../../src/adapters/discord/render.js';
import { renderDigest } from '../../../src/adapters/discord/render-digest.js';
import type { Briefing } from '../../../src/core/briefing.js';
import { digestFrom } from '../../fixtures/digest-of.js';
import { HOSTILE, oversizedBriefing, SECURITY_GUARANTEES, TOPICS } from '../../fixtures/discord/briefing.js';
import { limitViolations } from '../platform-limits.js';

const ZWSP = '\u200b';

const briefing = (b: Briefing) => renderAnswer({ kind: 'briefing', briefing: b });

describe('GIVEN a briefing', () => {
  test('THEN it is one message: summary in the description, a field per part, sources with links, no mentions', () => {
    expect(briefing(SECURITY_GUARANTEES)).toEqual([
      {
        allowedMentions: { parse: [] },
        embeds: [
          {
            title: 'Briefing: Security guarantees',
            color: 0x2b6cb0,
            timestamp: '2025-08-20T07:00:00.000Z',
            description:
              'President Donald Trump announced that Vladimir Putin has agreed to accept security guarantees for Ukraine, setting the stage for potential direct negotiations between the Russian and Ukrainian leaders that could reshape the three-year conflict. [3] However, there are two major obstacles to a peace agreement—territory swaps and security guarantees—that will require creative diplomacy by President Trump and his foreign policy team to resolve. [1, 3]',
            fields: [
              {
                name: 'Key points',
                value: '• Brokering a cease-fire—let alone a lasting peace that deters Russia from invading Ukraine again—will be an even greater diplomatic challenge than Trump has faced so far. [2]',
              },
              { name: 'Quotes', value: '• **Donald Trump**: Trump’s campaign had been built on the promise that he could negotiate peace “in a day.” [5]' },
              { name: 'Figures', value: '• **three-year conflict** — setting the stage for potential direct negotiations that could reshape the three-year conflict. [3]' },
              {
                name: 'Timeline',
                value: '• **2025-08-15** — President Trump made significant strides in moving Putin to agree to a deal to end the war during a summit meeting in Alaska on August 15. [1]',
              },
              {
                name: 'Where sources differ',
                value:
                  '**Did the Alaska summit change the prospects of the negotiations?**\n◦ Trump called the summit a success, saying Putin showed sufficient willingness to pursue peace. [1]\n◦ In reality, however, the long-term prospects of the negotiations have not really changed. [4]',
              },
              {
                name: 'Sources',
                value: [
                  '**[1]** Trump’s peace push — Fox News, 2025-08-18',
                  '**[2]** [Now comes the hard part](https://www.wsj.com/world/now-comes-the-hard-part) — The Wall Street Journal, 2025-08-19',
                  '**[3]** Trump Brokers Ukraine Peace Talks as Putin Signals Willingness for Security Deal',
                  '**[4]** The summit in Alaska — Carnegie',
                  '**[5]** Ukraine-Russia: the most stubborn conflict',
                ].join('\n'),
              },
            ],
            footer: { text: 'ukraine-peace-talks · 5 sources · standard briefing · [n] = source number' },
          },
        ],
      },
    ]);
  });

  test('WITH @everyone, mentions and markdown in a document THEN nothing pings, links, or restyles', () => {
    const [message] = briefing(HOSTILE);
    const embed = message!.embeds[0]!;
    expect(message!.allowedMentions).toEqual({ parse: [] });
    expect(embed.title).toBe('Briefing: Hostile \\*\\*document\\*\\*');
    expect(embed.description).toBe(`@${ZWSP}everyone look: <${ZWSP}@123456789012345678> and <${ZWSP}@&223456789012345678> said \\|\\|secret\\|\\| \\*\\*bold\\*\\* in <${ZWSP}#323456789012345678>. [1]`);
    expect(embed.fields).toEqual([
      { name: 'Key points', value: `• @${ZWSP}here \\[click me](https://evil.example/x) > quoted \\\`code\\\` \\_italic\\_ \\~\\~gone\\~\\~ # Heading [1]` },
      // A javascript: URL is never made a link.
      { name: 'Sources', value: `**[1]** Read \\[this](javascript:alert(1)) @${ZWSP}everyone` },
    ]);
    expect(JSON.stringify(message)).not.toMatch(/@(everyone|here)|<[@#]/);
  });

  test('WITH a document sentence that starts like a heading, quote or list THEN it is shown as text', () => {
    const lines = ['# Big', '> quoted', '-# small', '1. first', '- item'].map((text, i) => ({ text, citations: [{ source: 1, paragraph: 0, sentence: i }] }));
    const [message] = briefing({ ...SECURITY_GUARANTEES, summary: lines.slice(0, 1), keyPoints: lines });
    expect(message!.embeds[0]!.description).toBe('\\# Big [1]');
    expect(message!.embeds[0]!.fields![0]!.value).toBe(['• \\# Big [1]', '• \\> quoted [1]', '• \\-# small [1]', '• 1\\. first [1]', '• \\- item [1]'].join('\n'));
  });
});

describe('GIVEN an answer to "what did X say" where X never speaks', () => {
  test('THEN the description says so first, escaped, and the summary follows', () => {
    const [message] = briefing({ ...SECURITY_GUARANTEES, unsaid: '@everyone' });
    const description = message!.embeds[0]!.description!;
    expect(description).toMatch(/^\*No sentence gives /);
    expect(description).not.toContain('@everyone');
    expect(description).toContain(SECURITY_GUARANTEES.summary[0]!.text);
  });
});

describe('GIVEN an answer to a question whose verb the set never uses of it', () => {
  test('THEN the description opens on the summary and says so after it, escaped', () => {
    const [message] = briefing({ ...SECURITY_GUARANTEES, unstated: '@everyone*sent*' });
    const description = message!.embeds[0]!.description!;
    expect(description.startsWith(SECURITY_GUARANTEES.summary[0]!.text)).toBe(true);
    expect(description).toMatch(/\n\n\*No sentence says “[^\n]*\*$/);
    expect(description).toContain('of what the question asks about');
    expect(description).not.toContain('@everyone');
    expect(description).not.toContain('*sent*');
    expect(description).toContain(SECURITY_GUARANTEES.summary[0]!.text);
  });
});

describe('GIVEN a briefing over every Discord limit', () => {
  const original = oversizedBriefing();
  const messages = briefing(original);

  test('THEN every message holds every limit', () => {
    expect(messages.length).toBeGreaterThan(1);
    expect(messages.length).toBeLessThanOrEqual(MAX_MESSAGES_PER_ANSWER);
    for (const message of messages) {
      expect(limitViolations('discord', [message])).toEqual([]);
      expect(message.allowedMentions).toEqual({ parse: [] });
    }
  });

  test('THEN the summary keeps whole sentences, each with its citation, and marks the cut', () => {
    const description = messages[0]!.embeds[0]!.description!;
    expect(description.length).toBeLessThanOrEqual(L.embedDescription);
    expect(description.endsWith(' …')).toBe(true);
    const kept = description.slice(0, -2).split(/ (?=Sentence )/);
    kept.forEach((sentence, i) => expect(sentence).toBe(`${original.summary[i]!.text} [1]`));
  });

  test('THEN a point longer than a field is cut after a whole sentence, and keeps its citation', () => {
    const values = messages.flatMap((m) => m.embeds.flatMap((e) => e.fields ?? [])).map((f) => f.value);
    const long = values.flatMap((v) => v.split('\n')).find((line) => line.startsWith('• Sentence 0 says'))!;
    expect(long).toMatch(/^• Sentence 0 says .* and ends here\. … \[1\]$/);
    expect(original.keyPoints[0]!.text.startsWith(long.slice(2, -' … [1]'.length))).toBe(true);
  });

  test('THEN the title is cut at a word, the sources are kept, and what did not fit is counted in the footer', () => {
    const title = messages[0]!.embeds[0]!.title!;
    expect(title.length).toBeLessThanOrEqual(L.embedTitle);
    expect(title).toMatch(/^Briefing: Everything (very )+very…$/);
    expect(messages[1]!.embeds[0]!.title).toMatch(/^Briefing: Everything (very )+very… \(continued\)$/);
    const last = messages.at(-1)!.embeds.at(-1)!;
    expect(last.fields!.at(-1)!.name).toBe('Sources');
    expect(last.fields!.at(-1)!.value.split('\n')).toHaveLength(original.sources.length);
    const shownKeyPoints = messages
      .flatMap((m) => m.embeds.flatMap((e) => e.fields ?? []))
      .filter((f) => f.name.startsWith('Key points'))
      .flatMap((f) => f.value.split('\n')).length;
    expect(last.footer!.text).toMatch(new RegExp(`· left out to fit Discord: ${original.keyPoints.length - shownKeyPoints} key points(, \\d+ quotes)?$`));
  });

  test('THEN one character over each limit is still held', () => {
    const words = (n: number) =>
      Array.from({ length: n }, (_, i) => `w${i % 10}`)
        .join(' ')
        .slice(0, n);
    const at = (len: number) => `${words(len - 1)}.`;
    const cases: Briefing[] = [
      { ...SECURITY_GUARANTEES, summary: [{ text: at(L.embedDescription + 1), citations: [{ source: 1, paragraph: 0, sentence: 0 }] }] },
      { ...SECURITY_GUARANTEES, keyPoints: [{ text: at(L.fieldValue + 1), citations: [{ source: 1, paragraph: 0, sentence: 0 }] }] },
      { ...SECURITY_GUARANTEES, topic: { ...SECURITY_GUARANTEES.topic, title: at(L.embedTitle + 1) } },
      {
        ...SECURITY_GUARANTEES,
        keyPoints: Array.from({ length: L.fieldsPerEmbed + 1 }, (_, i) => ({ text: at(1000), citations: [{ source: 1, paragraph: 0, sentence: i }] })),
      },
    ];
    for (const b of cases) for (const m of briefing(b)) expect(limitViolations('discord', [m])).toEqual([]);
  });
});

describe('GIVEN the other answers', () => {
  test('THEN a topic list fits, and a notice escapes its text', () => {
    const [topics] = renderAnswer({ kind: 'topics', topics: { set: 'ukraine-peace-talks', documents: 5, topics: TOPICS } });
    expect(topics!.embeds[0]!.title).toBe('Topics in ukraine-peace-talks');
    expect(topics!.embeds[0]!.fields![0]!.value.split('\n')[0]).toBe('• **Security guarantees** (security-guarantees) — 4 sources');
    expect(limitViolations('discord', [topics!])).toEqual([]);
    expect(renderAnswer({ kind: 'notice', tone: 'error', code: 'invalid-input', text: 'bad “@everyone”\n**x**' })).toEqual([{ content: `⚠️ bad “@${ZWSP}everyone”\n\\*\\*x\\*\\*`, embeds: [], allowedMentions: { parse: [] } }]);
  });

  test('THEN an unknown topic suggests the closest ones', () => {
    const [message] = renderAnswer({
      kind: 'no-match',
      noMatch: { query: 'guarantees <@1234567890123456789>', suggestions: [{ slug: 'security-guarantees', title: 'Security guarantees', kind: 'curated' }] },
    });
    expect(message!.content).toBe(`I found nothing on “guarantees <${ZWSP}@1234567890123456789>”. Closest topics: **Security guarantees**. /topics lists every topic.`);
  });

  test('THEN a digest is one card: per topic its new sentences and where to read more, then the sources, within the limits', () => {
    const messages = renderAnswer({ kind: 'digest', digest: digestFrom([SECURITY_GUARANTEES, oversizedBriefing()], { since: '2025-08-19T07:00:00.000Z' }) });
    const embed = messages[0]!.embeds[0]!;
    expect(embed.description).toMatch(/^What is new since <t:1755586800:f>: \d+ new documents\.$/);
    const topic = embed.fields!.find((f) => f.name === 'Security guarantees')!;
    expect(topic.value).toContain(SECURITY_GUARANTEES.summary[0]!.text.slice(0, 40));
    expect(topic.value).toContain('Full briefing: `/brief security-guarantees`');
    expect(embed.fields!.some((f) => f.name === 'Sources')).toBe(true);
    for (const m of messages) expect(limitViolations('discord', [m])).toEqual([]);
  });

  test('WITH a page for a topic THEN the digest links to its full briefing there', () => {
    const [message] = renderDigest(digestFrom([SECURITY_GUARANTEES]), new Map([['security-guarantees', 'https://briefs.example/b/abc?expires=1&sig=x']]));
    expect(message!.embeds[0]!.fields!.find((f) => f.name === 'Security guarantees')!.value).toContain('[Full briefing](https://briefs.example/b/abc?expires=1&sig=x)');
  });

  test('THEN a quiet day is one line', () => {
    const messages = renderAnswer({ kind: 'digest', digest: digestFrom([], { since: '2025-08-19T07:00:00.000Z', newDocuments: [] }) });
    expect(messages).toHaveLength(1);
    expect(messages[0]!.embeds[0]!.description).toBe('Nothing new since <t:1755586800:f>.');
    expect(messages[0]!.embeds[0]!.fields ?? []).toEqual([]);
  });

  test('THEN subscriptions show time, zone, days and the next run in each reader’s time', () => {
    const [message] = renderAnswer({
      kind: 'subscriptions',
      subscriptions: [
        {
          id: 's1',
          channel: { platform: 'discord', id: '1' },
          time: '07:00',
          timezone: 'Europe/Kyiv',
          weekdays: [1, 2, 3, 4, 5],
          topics: ['security-guarantees'],
          length: 'short',
          nextRun: '2025-08-21T07:00:00+03:00',
          status: 'active',
        },
      ],
    });
    expect(message!.embeds[0]!.fields).toEqual([{ name: '07:00 Europe/Kyiv', value: 'Topics: security-guarantees\nDays: Mon, Tue, Wed, Thu, Fri\nLength: short\nNext: <t:1755748800:f>' }]);
  });
});

describe('GIVEN any briefing at all', () => {
  test('THEN rendering never throws, holds every limit, and leaves no live mention or masked link from the text', () => {
    const nasty = fc.constantFrom(
      '\u0000',
      '\u001b[31m',
      '@everyone',
      '@here',
      '<@123456789012345678>',
      '<#1>',
      '</cmd:1>',
      '<t:1:R>',
      '**',
      '__',
      '||',
      '`',
      '```',
      '> ',
      '# ',
      '-# ',
      '[a](https://x.y)',
      '\\',
      '\n',
      '…',
      '😀',
      'word',
      ' ',
    );
    const text = fc.oneof(
      fc.array(fc.oneof(nasty, fc.string({ maxLength: 12 })), { minLength: 1, maxLength: 30 }).map((parts) => parts.join('') || 'x'),
      fc.integer({ min: 1000, max: 5000 }).map((n) => 'long words here. '.repeat(n / 17)),
    );
    const cite = fc.record({ source: fc.constant(1), paragraph: fc.nat(9), sentence: fc.nat(9) });
    const point = fc.record({ text, citations: fc.array(cite, { minLength: 1, maxLength: 3 }) });
    const briefingArb = fc.record({
      topicTitle: text,
      summary: fc.array(point, { maxLength: 8 }),
      keyPoints: fc.array(point, { maxLength: 40 }),
      quotes: fc.array(fc.record({ speaker: text, text, citation: cite }), { maxLength: 10 }),
      differences: fc.array(fc.record({ question: text, sides: fc.array(point, { minLength: 2, maxLength: 3 }) }), { maxLength: 3 }),
      sourceTitle: text,
    });
    fc.assert(
      fc.property(briefingArb, (b) => {
        const messages = briefing({
          ...SECURITY_GUARANTEES,
          topic: { slug: 'x', title: b.topicTitle, kind: 'query' },
          summary: b.summary,
          keyPoints: b.keyPoints,
          quotes: b.quotes,
          differences: b.differences,
          sources: [{ n: 1, docId: 'a', title: b.sourceTitle }],
        });
        for (const message of messages) {
          expect(limitViolations('discord', [message])).toEqual([]);
          const texts = message.embeds.flatMap((e) => [e.title, e.description, e.footer?.text, ...(e.fields ?? []).flatMap((f) => [f.name, f.value])]);
          for (const shown of texts.filter((t): t is string => t !== undefined)) {
            expect(shown).not.toMatch(/@(everyone|here)|<[@#/]|<t:|[\u0000-\u0008\u000b-\u001f]/);
            // The only masked link allowed is a source's own URL, and these sources have none.
            expect(shown).not.toMatch(/(?<!\\)\[[^[\]]*\]\(/);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('GIVEN figures that differ between sources', () => {
  const value = (v: string, n: number) => ({ value: v, text: `The fire killed ${v} people. `.repeat(40), citations: [{ source: n, paragraph: 0, sentence: 0 }], published: `2024-05-0${n}`, revised: n === 3 });
  const withToll = (counts: string, values: ReturnType<typeof value>[]): Briefing => ({ ...SECURITY_GUARANTEES, figuresThatDiffer: [{ counts, values }] });

  test('THEN each value shows with its date, revision and source, latest first, within the field limit', () => {
    const [message] = briefing(withToll('people killed', [value('67', 3), value('65', 2), value('60', 1)]));
    const text = JSON.stringify(message);
    expect(text).toContain('**people killed**: 67 (2024-05-03, revised) [3] · 65 (2024-05-02) [2] · 60 (2024-05-01) [1]');
    expect(limitViolations('discord', [message!])).toEqual([]);
  });

  test('WITH @everyone in what is counted and many long values THEN nothing pings and the field still fits', () => {
    const values = Array.from({ length: 60 }, (_, i) => value(`${i}`.repeat(30), (i % 3) + 1));
    for (const m of briefing(withToll('@everyone people killed '.repeat(20), values))) {
      expect(limitViolations('discord', [m])).toEqual([]);
      expect(JSON.stringify(m)).not.toMatch(/(?<!\u200b)@everyone/);
    }
  });
});
