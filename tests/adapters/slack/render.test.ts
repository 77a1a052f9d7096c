import { describe, expect, it } from 'vitest';
import { renderAnswer, renderBriefing } from '../../../src/adapters/slack/render.js';
import { renderDigest } from '../../../src/adapters/slack/render-digest.js';
import { parseBriefing } from '../../../src/core/briefing.js';
import { digestOf, HOSTILE_SENTENCE, hostileBriefing, oversizedBriefing, securityGuarantees } from '../../fixtures/slack/briefings.js';
import { SECURITY_GUARANTEES_BLOCKS } from '../../fixtures/slack/expected-blocks.js';
import { limitViolations, mrkdwnTexts } from '../platform-limits.js';

const SENTENCE = /Sentence number \d+ reports that negotiators met again in Geneva to discuss the security arrangements, the sequencing of a ceasefire and the return of prisoners\./g;

describe('renderBriefing', () => {
  it('GIVEN a briefing with every part THEN renders header, summary, cited points, quotes, figures, timeline, differences and linked sources', () => {
    const messages = renderBriefing(securityGuarantees);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.blocks).toEqual(SECURITY_GUARANTEES_BLOCKS);
    expect(messages[0]!.text).toBe('Briefing: Security guarantees. European leaders pressed for security guarantees for Ukraine after the Alaska summit. ' + 'Washington said it would help coordinate guarantees but ruled out U.S. troops.');
  });

  it('GIVEN document text with <!channel>, <@U123> and link syntax THEN Slack receives it escaped: no ping, no mention, no link', () => {
    const messages = renderBriefing(hostileBriefing);
    const summary = messages[0]!.blocks.find((b) => b.type === 'section');
    expect(summary).toEqual({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: '*Summary*\nAttention &lt;!channel&gt; and &lt;!here&gt;: &lt;@U123&gt; says &lt;http://evil.example|click&gt; &amp; see &lt;#C999&gt;. [1]',
      },
    });
    for (const text of mrkdwnTexts(messages)) {
      expect(text).not.toMatch(/<[!@#]/);
      expect(text).not.toContain('<http://evil');
      expect(text).not.toContain('javascript:');
    }
    // The source's javascript: URL is shown as its title only, never as a link.
    expect(messages[0]!.blocks.at(-1)).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: '[1] &lt;http://evil.example|Totally safe&gt; · &lt;!here&gt;' }] });
    expect(messages[0]!.text).toContain('&lt;!channel&gt;');
    expect(HOSTILE_SENTENCE).toContain('<!channel>');
  });

  it('GIVEN an answer to a question whose verb the set never uses of it THEN says so after the summary, escaped', () => {
    const messages = renderBriefing({ ...securityGuarantees, unstated: '<!channel>' });
    const blocks = messages[0]!.blocks;
    const at = blocks.findIndex((b) => JSON.stringify(b).includes('No sentence says'));
    expect(JSON.stringify(blocks.slice(0, at))).toContain('*Summary*');
    expect(JSON.stringify(blocks.slice(0, at))).not.toContain('*Key points*');
    const note = blocks[at];
    expect(note).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: expect.stringContaining('No sentence says “&lt;!channel&gt;') }] });
    expect(JSON.stringify(note)).not.toContain('<!channel>');
  });

  it('GIVEN an answer to "what did X say" where X never speaks THEN says so under the header, escaped', () => {
    const messages = renderBriefing({ ...securityGuarantees, unsaid: '<!channel>' });
    const note = messages[0]!.blocks[2];
    expect(note).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: expect.stringContaining("No sentence gives &lt;!channel&gt;'s own words") }] });
    expect(JSON.stringify(note)).not.toContain('<!channel>');
  });

  it('GIVEN a briefing far over every limit THEN it becomes several messages, each within Slack limits, nothing dropped', () => {
    const briefing = oversizedBriefing();
    const messages = renderBriefing(briefing);
    expect(messages.length).toBeGreaterThan(1);
    expect(messages.length).toBeLessThanOrEqual(5);
    expect(limitViolations('slack', messages)).toEqual([]);

    // Every sentence arrives exactly once and whole: splits fall between sentences.
    const sectionTexts = messages.flatMap((m) => m.blocks.flatMap((b) => (b.type === 'section' ? [b.text.text] : [])));
    const expected = [...briefing.summary.map((p) => p.text), ...briefing.keyPoints.flatMap((p) => p.text.match(SENTENCE) ?? []), ...briefing.quotes.map((q) => q.text.replace(/[“”]/g, ''))];
    const received = sectionTexts.flatMap((t) => t.match(SENTENCE) ?? []);
    expect(received).toEqual(expected);
    for (const text of sectionTexts) expect(text).toMatch(/(\.|\]|”)$/);

    // Later parts say which briefing they continue.
    expect(messages[1]!.blocks[0]).toMatchObject({ type: 'context', elements: [{ text: expect.stringMatching(/part 2 of \d_$/) }] });
    const sourceElements = messages.at(-1)!.blocks.flatMap((b) => (b.type === 'context' ? b.elements : []));
    expect(sourceElements.filter((e) => e.text.startsWith('['))).toHaveLength(25);
  });

  it('GIVEN a title one character over the header limit THEN the header is shortened to 150 with an ellipsis', () => {
    const title = `${'x'.repeat(140 - 'Briefing: '.length)} tail-words`;
    expect(`Briefing: ${title}`.length).toBe(151);
    const [message] = renderBriefing(parseBriefing({ ...securityGuarantees, topic: { ...securityGuarantees.topic, title } }));
    const head = message!.blocks[0]!;
    expect(head.type === 'header' && head.text.text.length).toBeLessThanOrEqual(150);
    expect(head.type === 'header' && head.text.text.endsWith('…')).toBe(true);
  });

  it('GIVEN one point whose escaped text is one character over a section THEN it splits at its sentence boundary', () => {
    // "&" is 5 characters once escaped: the limit is on what Slack receives.
    const first = `${'&'.repeat(290)} ends here.`;
    const second = `${'b'.repeat(1532)}.`;
    const text = `${first} ${second}`;
    // "• " + escaped text + " [1]" is 3001 characters: one over a section.
    expect(2 + text.replace(/&/g, '&amp;').length + 4).toBe(3001);
    const briefing = parseBriefing({ ...securityGuarantees, summary: [], quotes: [], figures: [], timeline: [], differences: [], keyPoints: [{ text, citations: [{ source: 1, paragraph: 0, sentence: 0 }] }] });
    const sections = renderBriefing(briefing).flatMap((m) => m.blocks.flatMap((b) => (b.type === 'section' ? [b.text.text] : [])));
    expect(limitViolations('slack', renderBriefing(briefing))).toEqual([]);
    expect(sections).toHaveLength(2);
    expect(sections[0]).toBe(`*Key points*\n• ${'&amp;'.repeat(290)} ends here.`);
    expect(sections[1]).toBe(`${second} [1]`);
  });

  it('GIVEN 11 sources THEN they take two context blocks of at most 10', () => {
    const sources = Array.from({ length: 11 }, (_, i) => ({ n: i + 1, docId: `d${i}`, title: `Source ${i + 1}` }));
    const [message] = renderBriefing(parseBriefing({ ...securityGuarantees, sources }));
    const contexts = message!.blocks.filter((b) => b.type === 'context').slice(1);
    expect(contexts.map((b) => b.type === 'context' && b.elements.length)).toEqual([10, 1]);
  });

  it('GIVEN a briefing with nothing citable THEN still sends a readable message, not an empty one', () => {
    const empty = parseBriefing({ ...securityGuarantees, summary: [], keyPoints: [], quotes: [], figures: [], timeline: [], differences: [], sources: [] });
    const messages = renderBriefing(empty);
    expect(limitViolations('slack', messages)).toEqual([]);
    expect(mrkdwnTexts(messages).join('\n')).toContain('nothing citable');
  });
});

describe('renderAnswer for the other answers', () => {
  it('GIVEN topics THEN lists each with its slug and source count', () => {
    const messages = renderAnswer({
      kind: 'topics',
      topics: { set: 'ukraine-peace-talks', documents: 5, topics: [{ slug: 'security-guarantees', title: 'Security guarantees', kind: 'curated', sources: 4, aliases: [] }] },
    });
    expect(limitViolations('slack', messages)).toEqual([]);
    expect(messages[0]!.blocks.at(-1)).toEqual({ type: 'section', text: { type: 'mrkdwn', text: '• Security guarantees `security-guarantees` · 4 sources' } });
  });

  it('GIVEN a query that matched nothing THEN says so and suggests the closest topics', () => {
    const messages = renderAnswer({ kind: 'no-match', noMatch: { query: 'tarrifs <!here>', suggestions: [securityGuarantees.topic] } });
    expect(limitViolations('slack', messages)).toEqual([]);
    expect(mrkdwnTexts(messages)).toContain('Nothing in the documents matches “tarrifs &lt;!here&gt;”.');
    expect(mrkdwnTexts(messages)).toContain('*Closest topics*\n• Security guarantees — `/brief security-guarantees`');
  });

  it('GIVEN a digest of an oversized and a hostile briefing THEN it stays within limits and escaped', () => {
    const messages = renderAnswer({ kind: 'digest', digest: digestOf(oversizedBriefing(), hostileBriefing) });
    expect(limitViolations('slack', messages)).toEqual([]);
    for (const text of mrkdwnTexts(messages)) expect(text).not.toMatch(/<[!@#]/);
    expect(mrkdwnTexts(messages).join('\n')).toContain('Full briefing: `/brief ');
  });

  it('GIVEN a page for a topic THEN the digest links to its full briefing there', () => {
    const messages = renderDigest(digestOf(securityGuarantees), new Map([['security-guarantees', 'https://briefs.example/b/abc?expires=1&sig=x']]));
    expect(mrkdwnTexts(messages).join('\n')).toMatch(/<https:\/\/briefs\.example\/b\/abc\?expires=1&(?:amp;)?sig=x\|Full briefing>/);
  });

  it('GIVEN a day with nothing new THEN the digest is one line', () => {
    const digest = { ...digestOf(), newDocuments: [] };
    const messages = renderAnswer({ kind: 'digest', digest });
    expect(limitViolations('slack', messages)).toEqual([]);
    expect(messages).toHaveLength(1);
    expect(mrkdwnTexts(messages)).toContain('Nothing new since 19 Aug 2025 07:00 UTC.');
  });

  it('GIVEN a digest of many huge briefings THEN it posts at most 10 messages, the last saying it was cut short', () => {
    const messages = renderAnswer({ kind: 'digest', digest: digestOf(...Array.from({ length: 400 }, () => oversizedBriefing())) });
    expect(limitViolations('slack', messages)).toEqual([]);
    expect(messages).toHaveLength(10);
    expect(mrkdwnTexts([messages.at(-1)!]).at(-1)).toMatch(/^_Cut short here/);
  });

  it('GIVEN an error notice with angle brackets THEN shows them literally', () => {
    const [message] = renderAnswer({ kind: 'notice', tone: 'error', code: 'invalid-input', text: 'Say what to brief on: /brief <topic or question>' });
    expect(message!.blocks).toEqual([{ type: 'section', text: { type: 'mrkdwn', text: ':warning: Say what to brief on: /brief &lt;topic or question&gt;' } }]);
  });

  it('GIVEN subscriptions THEN lists time, zone, days, topics and next run', () => {
    const messages = renderAnswer({
      kind: 'subscriptions',
      subscriptions: [
        {
          id: 's1',
          channel: { platform: 'slack', id: 'C1' },
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
    expect(mrkdwnTexts(messages)).toContain('*Scheduled digests for this channel*\n• 07:00 Europe/Kyiv, Mon, Tue, Wed, Thu, Fri — security-guarantees (short) — next 2025-08-21T07:00:00+03:00');
  });
});

describe('renderBriefing with figures that differ', () => {
  const value = (v: string, n: number) => ({ value: v, text: 'The fire killed many.', citations: [{ source: n, paragraph: 0, sentence: 0 }], published: `2024-05-0${n}`, revised: n === 3 });

  it('GIVEN a death toll reported as 67, 65 and 60 THEN one line lists them latest first with dates and sources', () => {
    const b = parseBriefing({ ...securityGuarantees, figuresThatDiffer: [{ counts: 'people killed', values: [value('67', 3), value('65', 2), value('60', 1)] }] });
    const texts = mrkdwnTexts(renderBriefing(b)).join('\n');
    expect(texts).toContain('*Figures that differ*\n• *people killed*: 67 (2024-05-03, revised) [3] · 65 (2024-05-02) [2] · 60 (2024-05-01) [1]');
  });

  it('GIVEN <!channel> in what is counted and hundreds of values THEN no ping and every block within limits', () => {
    const values = Array.from({ length: 300 }, (_, i) => value(`${i} <!channel>`, (i % 3) + 1));
    const b = parseBriefing({ ...securityGuarantees, figuresThatDiffer: [{ counts: '<!channel> people killed '.repeat(30), values }] });
    const messages = renderBriefing(b);
    expect(limitViolations('slack', messages)).toEqual([]);
    expect(mrkdwnTexts(messages).join('\n')).not.toContain('<!channel>');
  });
});
