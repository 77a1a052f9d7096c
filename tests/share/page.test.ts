import { describe, expect, it } from 'vitest';
import type { Briefing } from '../../src/core/briefing.js';
import { renderBriefingPage } from '../../src/share/page.js';
import type { StoredBriefing } from '../../src/store/store.js';

/** A made-up fire story whose death toll moves between wire updates, and an opinion piece on it. */
const briefing: Briefing = {
  set: 'harbour-fire',
  topic: { slug: 'dance-hall-fire', title: 'Dance hall fire', kind: 'discovered', asked: 'the <b>fire</b>' },
  length: 'standard',
  generatedAt: '2024-05-04T09:00:00.000Z',
  summary: [{ text: 'A fire at the dance hall killed 60 people, police said.', citations: [{ source: 1, paragraph: 0, sentence: 0 }] }],
  keyPoints: [{ text: 'I believe the city failed its young people.', citations: [{ source: 2, paragraph: 0, sentence: 0 }], attribution: 'writes Ana Berg, in an opinion piece' }],
  quotes: [],
  figures: [{ value: '60', counts: 'people killed', text: 'A fire at the dance hall killed 60 people, police said.', citation: { source: 1, paragraph: 0, sentence: 0 }, shownAt: { section: 'summary', n: 1 } }],
  timeline: [{ date: '2024-05-02', when: 'May 2', text: 'The fire broke out on May 2 <script>.', citation: { source: 1, paragraph: 0, sentence: 1 }, inferred: true }],
  differences: [],
  figuresThatDiffer: [
    {
      counts: 'people killed',
      values: [
        { value: '67', text: 'Police revised the toll to 67.', citations: [{ source: 2, paragraph: 0, sentence: 1 }], published: '2024-05-04', revised: true },
        { value: '60', text: 'A fire at the dance hall killed 60 people, police said.', citations: [{ source: 1, paragraph: 0, sentence: 0 }], published: '2024-05-03', revised: false },
      ],
    },
  ],
  sources: [
    { n: 1, docId: 'wire-1.md', title: 'Dance hall fire', published: '2024-05-03' },
    { n: 2, docId: 'view.md', title: 'The city failed them', author: 'Ana Berg', opinion: true },
  ],
};

const stored: StoredBriefing = {
  id: 'b-1',
  channel: { platform: 'slack', id: 'C1', workspace: 'T1' },
  userId: 'U1',
  query: 'the fire',
  shared: true,
  briefing,
  articles: [
    { docId: 'wire-1.md', paragraphs: [['A fire at the dance hall killed 60 people, police said.', 'The fire broke out on May 2 <script>.']] },
    { docId: 'view.md', paragraphs: [['I believe the city failed its young people.', 'Police revised the toll to 67.']] },
  ],
  createdAt: '2024-05-04T09:00:00.000Z',
  expiresAt: '2024-05-11T09:00:00.000Z',
};

describe('the full briefing page', () => {
  const html = renderBriefingPage(stored);

  it('shows figures that differ with each value, its date, the revision and a citation to the sentence', () => {
    expect(html).toContain('Figures that differ');
    expect(html).toMatch(/67 \(2024-05-04, revised\) <a class="cite" href="#s2-p0-1"/);
    expect(html).toMatch(/60 \(2024-05-03\) <a class="cite" href="#s1-p0-0"/);
  });

  it('attributes opinion, marks the opinion source, says an inferred year, and titles the page in the reader’s words', () => {
    expect(html).toContain('(writes Ana Berg, in an opinion piece)');
    expect(html).toMatch(/<p class="meta">opinion · by Ana Berg<\/p>/);
    expect(html).toContain('2024-05-02 (year inferred)');
    expect(html).toContain('<h1>Briefing: the &#60;b&#62;fire&#60;/b&#62;</h1>');
  });

  it("prints the wire's underscore dash as a dash, in the briefing and in the article below it", () => {
    const text = 'The hall _ a former cinema _ had one exit.';
    const point = { text, citations: [{ source: 1, paragraph: 0, sentence: 0 }] };
    const page = renderBriefingPage({ ...stored, briefing: { ...briefing, summary: [point] }, articles: [{ docId: 'wire-1.md', paragraphs: [[text]] }] });
    expect(page.match(/The hall \u2014 a former cinema \u2014 had one exit\./g)).toHaveLength(2);
    expect(page).not.toContain(' _ ');
  });

  it('says so when the question’s verb is never stated of what it asks about, escaped', () => {
    expect(html).not.toContain('class="unstated"');
    const page = renderBriefingPage({ ...stored, briefing: { ...briefing, unstated: '<i>sent</i>' } });
    expect(page).toContain('<p class="unstated">No sentence says “&#60;i&#62;sent&#60;/i&#62;” of what the question asks about');
  });

  it('says, where the summary would be, that no passage can be shown on its own when a briefing has no point', () => {
    const page = renderBriefingPage({ ...stored, briefing: { ...briefing, summary: [], keyPoints: [] } });
    expect(page).toContain('<p class="unstated">The set has no passage to show on its own here; the sections below are what its sources say.</p>');
    expect(page.indexOf('The set has no passage')).toBeLessThan(page.indexOf('id="figures-heading"'));
  });

  it('says so when no sentence gives the asked speaker’s own words, escaped', () => {
    const page = renderBriefingPage({ ...stored, briefing: { ...briefing, unsaid: '<i>Graner</i>' } });
    expect(page).toContain('<p class="unstated">No sentence gives &#60;i&#62;Graner&#60;/i&#62;');
  });

  it('prints a sentence once: a figure already in the summary refers back to it', () => {
    expect(html).toContain('<strong>60 people killed</strong> — <em>(see summary sentence 1)</em>');
    expect(html.match(/killed 60 people, police said\./g)).toHaveLength(2); // the summary and the article, not the figure
    expect(html).not.toContain('<script>');
  });
});

describe('the full briefing page, opinion in every section (docs/quality.md, fifteenth round, issue 16fix)', () => {
  it('says whose view a timeline entry or a figure from an opinion piece is, after its sentence', () => {
    const fromView = { text: 'Police revised the toll to 67.', citation: { source: 2, paragraph: 0, sentence: 1 }, attribution: 'writes Ana Berg, in an opinion piece' };
    const html = renderBriefingPage({
      ...stored,
      briefing: { ...briefing, figures: [{ value: '67', counts: 'toll', ...fromView }], timeline: [{ date: '2024-05-03', when: 'on Friday', ...fromView, shownAt: { section: 'figures', n: 1 } }] },
    });
    expect(html).toContain('Police revised the toll to 67. <span class="attribution">(writes Ana Berg, in an opinion piece)</span>');
    // Where it refers back, the item it refers to says so: the reference does not repeat it.
    expect(html.split('(writes Ana Berg, in an opinion piece)').length - 1).toBe(2);
  });
});

describe('the full briefing page, a one-word name glossed (docs/quality.md, "Twenty-third round (issue 16names)")', () => {
  it('prints the sentence as written, then who the name is, marked as added like an attribution', () => {
    const point = { text: 'Holt ordered the hall closed <at once>.', citations: [{ source: 1, paragraph: 0, sentence: 0 }], names: [{ name: 'Holt', full: 'Fire chief Lena Holt' }] };
    const html = renderBriefingPage({ ...stored, briefing: { ...briefing, summary: [point] } });
    expect(html).toContain('Holt ordered the hall closed &#60;at once&#62;. <span class="attribution">(Holt: Fire chief Lena Holt)</span>');
  });
});

describe('the full briefing page, a secondary item’s one-word name glossed (docs/quality.md, "Twenty-fourth round (issue 16names4)")', () => {
  it('prints a quote’s, a key figure’s and a timeline entry’s gloss after its sentence, as a point’s', () => {
    const names = (name: string, full: string) => [{ name, full }];
    const citation = { source: 1, paragraph: 0, sentence: 0 };
    const html = renderBriefingPage({
      ...stored,
      briefing: {
        ...briefing,
        quotes: [{ speaker: 'Ana Ruiz', text: '“Holt moved fast,” she said.', citation, names: names('Holt', 'Fire chief Lena Holt') }],
        figures: [{ value: '40', counts: 'homes', text: 'Orban said 40 homes were cleared.', citation, names: names('Orban', 'Mayor Lajos Orban') }],
        timeline: [{ date: '2025-03-03', when: 'on Monday', text: 'On Monday Varga closed the bridge.', citation, names: names('Varga', 'Eva Varga') }],
      },
    });
    expect(html).toContain('“Holt moved fast,” she said. <span class="attribution">(Holt: Fire chief Lena Holt)</span>');
    expect(html).toContain('Orban said 40 homes were cleared. <span class="attribution">(Orban: Mayor Lajos Orban)</span>');
    expect(html).toContain('On Monday Varga closed the bridge. <span class="attribution">(Varga: Eva Varga)</span>');
  });
});
