import { describe, expect, it } from 'vitest';
import { renderText } from '../../../src/adapters/console/render.js';
import { briefingCard } from '../../../src/adapters/discord/render-briefing.js';
import { briefingBlocks } from '../../../src/adapters/slack/render-briefing.js';
import { buildDocument } from '../../../src/core/index/build-document.js';
import { httpUrl } from '../../../src/core/ingest/meta-values.js';
import { sourceFacts } from '../../../src/core/ingest/source-facts.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';

/** Made-up copy: a wire story with a byline and its own link, and a first-person op-ed with a bio. */
const WIRE = [
  'Rebels Agree to Talks in Phnom Penh',
  'By JOHN HARLAN, Associated Press',
  'https://www.example-wire.com/world/1998/rebels-talks',
  '',
  'Cambodian rebels agreed on Tuesday to hold talks with the government in Phnom Penh next month. The king offered his palace for the talks. "I think this is a good step," a rebel spokesman said.',
].join('\n');
const OPED = [
  'The government in Phnom Penh has wasted a year of talks with the rebels. I believe the king should host the talks himself. I have long argued that the rebels will not come to the capital without guarantees. In my view the talks will fail again if nothing changes.',
  '',
  'The rebels have refused three offers this year. Observers expect the talks to resume in the spring.',
  '',
  'Maria Olsen is a senior fellow at a research institute and a former analyst on Southeast Asia.',
].join('\n');

function meta(id: string, text: string) {
  const built = buildDocument({ id, text });
  if (!('document' in built)) throw new Error(built.error.message);
  return built.document.meta;
}

describe('sources without front matter', () => {
  it('keeps a full stop after the article’s own address out of its link', () => {
    expect(sourceFacts('Source: https://news.example.org/story/42.\n\nThe council met on Monday.')).toMatchObject({ url: 'https://news.example.org/story/42', outlet: 'news.example.org' });
  });

  it('takes the headline line, the byline author and the outlet its byline names over its own link’s host', () => {
    expect(meta('wire.txt', WIRE)).toMatchObject({
      title: 'Rebels Agree to Talks in Phnom Penh',
      author: 'John Harlan',
      outlet: 'Associated Press',
      url: 'https://www.example-wire.com/world/1998/rebels-talks',
    });
    expect(meta('wire.txt', WIRE).opinion).toBeUndefined();
    // Without a name in the byline, the link's host names the outlet.
    expect(meta('wire.txt', WIRE.replace(', Associated Press', '')).outlet).toBe('example-wire.com');
  });

  // docs/quality.md, "Session 71", rule OU: a publisher's opinion section, as its address files the piece.
  it("marks as opinion a piece filed under its paper's opinion section, and not a news page", () => {
    const column = ['For two weeks my kitchen has looked like a warehouse.', '', 'We are not asking for miracles. We are asking for one set of numbers.'].join('\n');
    const built = (url: string) => {
      const b = buildDocument({ id: 'col.md', text: column, meta: { title: 'Two weeks of bottled water', url } });
      if (!('document' in b)) throw new Error(b.error.message);
      return b.document.meta.opinion;
    };
    expect(built('https://www.example-courier.com/opinion/2025/03/17/two-weeks-bottled-water')).toBe(true);
    expect(built('https://www.example-courier.com/columns/two-weeks')).toBe(true);
    expect(built('https://www.example-courier.com/news/2025/03/17/two-weeks-bottled-water')).toBeUndefined();
    expect(built('https://www.example-courier.com/news/opinion-poll-shows-support')).toBeUndefined();
  });

  // docs/quality.md, "Session 71", rule FD: a newsroom's file name dates an article pasted without its date.
  it('dates an article that gives no date of its own by the date its file name writes, and reads its weekdays from it', () => {
    const pasted = ['Ferry service resumes to the outer islands', '', 'By Ines Alvar', '', 'KIRKHOLM, 14 May — The island ferry sailed again on Wednesday after a week of repairs, its operator said.'].join('\n');
    expect(meta('03-gazette-ferry-resumes-2025-05-14.txt', pasted).published).toBe('2025-05-14');
    expect(meta('briefings/2025_05_14-ferry.md', pasted).published).toBe('2025-05-14');
    // No date in the name, or none on the calendar: no date.
    expect(meta('03-gazette-ferry-resumes.txt', pasted).published).toBeUndefined();
    expect(meta('ferry-2025-02-31.txt', pasted).published).toBeUndefined();
    // A date the article gives wins over its file's.
    expect(meta('ferry-2025-05-14.txt', pasted.replace('KIRKHOLM, 14 May —', 'KIRKHOLM, May 12, 2025 —')).published).toBe('2025-05-12');
    const built = buildDocument({ id: 'ferry-2025-05-14.txt', text: pasted });
    if (!('document' in built)) throw new Error(built.error.message);
    expect(built.document.sentences.some((s) => s.chronoReading)).toBe(true);
  });

  // docs/quality.md, "Session 65", rule BS: a newsroom signing as itself is no writer.
  it('reads a byline signed by a newsroom as its outlet, not as a person', () => {
    const story = (byline: string) => ['Storm Closes Three Ports', '', byline, '', 'A storm closed three ports on Tuesday and left dozens of ships waiting offshore, officials said.'].join('\n');
    expect(meta('a.txt', story('By Reuters staff'))).toMatchObject({ outlet: 'Reuters' });
    expect(meta('a.txt', story('By Reuters staff')).author).toBeUndefined();
    expect(meta('b.txt', story('By The Associated Press')).author).toBeUndefined();
    expect(meta('b.txt', story('By The Associated Press')).outlet).toBe('The Associated Press');
    expect(meta('c.txt', story('By Staff Reports')).author).toBeUndefined();
    expect(meta('c.txt', story('By Staff Reports')).outlet).toBeUndefined();
    // A person's byline, and the editorial board's, still sign the piece.
    expect(meta('d.txt', story('By Dana Staffordshire')).author).toBe('Dana Staffordshire');
    expect(meta('e.txt', story('By the Editorial Board'))).toMatchObject({ author: 'the Editorial Board', opinion: true });
  });

  it('names a document with no headline by its whole first sentence, and marks a first-person piece with a bio as opinion', () => {
    const m = meta('oped.txt', OPED);
    expect(m.title).toBe('The government in Phnom Penh has wasted a year of talks with the rebels.');
    expect(m.author).toBe('Maria Olsen');
    expect(m.opinion).toBe(true);
  });

  // docs/quality.md, "Session 55", rule OL: a column whose one stance sits in a sentence that also tells what another said.
  it('marks a piece whose headline carries an opinion section label as opinion, and not a headline that only mentions one', () => {
    const column = [
      'I have covered the strike for a month, and the wards are running on overtime.',
      '',
      'In my view, the minister made his worst mistake when he told the province the demand would cost a billion.',
      '',
      'Dana Reyes is a columnist for the Tribune.',
    ].join('\n');
    const titled = (title: string, text = column) => {
      const built = buildDocument({ id: 'col.md', text, meta: { title } });
      if (!('document' in built)) throw new Error(built.error.message);
      return built.document.meta.opinion;
    };
    expect(titled('Strike enters third week')).toBeUndefined();
    expect(titled('Opinion: The nurses won the argument')).toBe(true);
    expect(titled('COMMENTARY | A strike the public backed')).toBe(true);
    expect(titled('Op-Ed — Pay the nurses')).toBe(true);
    // The label as the headline's own words, or a reported piece's label, is no section label.
    expect(titled('Opinion polls show support for striking nurses', WIRE)).toBeUndefined();
    expect(titled('Analysis: What the strike cost', WIRE)).toBeUndefined();
    // Without front matter, the article's own headline line is read.
    expect(meta('col.txt', `Opinion: The nurses won the argument\n\n${column}`).opinion).toBe(true);
  });

  // docs/quality.md, "Session 56", rule ED: an editorial argued in "we" once, signed by the board.
  it('marks a piece signed by the editorial board or the editors as opinion, and not one signed by a writer', () => {
    const editorial = [
      'Two weeks after election night, the city has a mayor, and the margin is larger than the one first reported.',
      '',
      'We believe the challenger has every right to go to court. But the recount was open and audited by hand.',
    ].join('\n');
    expect(meta('ed.txt', `The recount shows the system works\nBy the Editorial Board\n\n${editorial}`)).toMatchObject({ opinion: true, author: 'the Editorial Board' });
    const signed = (author: string) => {
      const built = buildDocument({ id: 'ed.md', text: editorial, meta: { title: 'The recount shows the system works', author } });
      if (!('document' in built)) throw new Error(built.error.message);
      return built.document.meta.opinion;
    };
    expect(signed('The Editors')).toBe(true);
    expect(signed('Tribune Editorial Board')).toBe(true);
    expect(signed('Maria Olsen')).toBeUndefined();
    expect(signed('Editor Maria Olsen')).toBeUndefined();
  });

  it('does not take a news story for opinion when the first person is inside quotations running over several sentences', () => {
    const news = [
      'Flood survivors in the delta are running short of clean water, aid officials warned on Thursday.',
      '',
      '"We need tents, water and medicine. I think we are nowhere near what is needed. I believe it will take months," the agency\'s director said.',
      '',
      '“At night the camps are dark. I do not feel safe. My children cannot sleep,” one resident told reporters.',
      '',
      'The government said 40 trucks of supplies would reach the region by Sunday.',
    ].join('\n');
    expect(meta('news.txt', news).opinion).toBeUndefined();
    // The same sentences in the writer's own voice are an opinion piece.
    expect(meta('oped.txt', news.replace(/["“”]/g, '')).opinion).toBe(true);
  });

  // docs/quality.md, "Session 53", rule PF.
  it('reads a piece argued in "I" and "we" as opinion, and not "we" alone in unmarked speech', () => {
    const piece = [
      'I grew up beside the river, and I have always known the levee would fail one day.',
      '',
      'In my view, the families who lost their homes were let down by years of neglect. The council had the plans for a decade.',
      '',
      'We should stop calling this a natural disaster.',
    ].join('\n');
    expect(meta('river.txt', piece).opinion).toBe(true);
    const report = [
      'The levee failed on Sunday night, the council said.',
      '',
      'We are doing everything we can, the mayor told reporters. We will rebuild. Our teams are on the ground.',
      '',
      'In my view the repairs will take months, said an engineer at the site.',
    ].join('\n');
    expect(meta('levee.txt', report).opinion).toBeUndefined();
  });

  it('takes no link from a reference list at the end, nor one that is not http(s)', () => {
    const refs = `${OPED.split('\n\n')[0]}\n\nSources:\nhttps://example.org/a\nhttps://example.org/b`;
    expect(sourceFacts(refs).url).toBeUndefined();
    expect(httpUrl('javascript:alert(1)')).toBeUndefined();
    expect(httpUrl('ftp://example.org/file')).toBeUndefined();
    expect(httpUrl('https://example.org/a')).toBe('https://example.org/a');
    expect(meta('x.txt', OPED).url).toBeUndefined();
    const fm = buildDocument({ id: 'y.txt', text: OPED, meta: { url: 'javascript:alert(1)' } });
    expect('document' in fm).toBe(true);
    if ('document' in fm) expect(fm.document.meta.url).toBeUndefined();
  });
});

describe('opinion in a briefing', () => {
  const library = createLibrary('cambodia', [
    { id: 'wire.txt', text: WIRE },
    { id: 'oped.txt', text: OPED },
    { id: 'wire2.txt', text: 'Cambodian rebels and the government will hold talks in Phnom Penh next month, officials said on Wednesday. The talks will take place at the royal palace, the king said.' },
  ]);
  const r = library.brief('talks');

  it('marks the opinion piece in the sources and attributes its sentences, leading the summary with reported ones', () => {
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const b = r.briefing;
    const oped = b.sources.find((s) => s.docId === 'oped.txt');
    if (oped) expect(oped.opinion).toBe(true);
    for (const p of [...b.summary, ...b.keyPoints]) {
      const source = b.sources.find((s) => s.n === p.citations[0]!.source)!;
      expect(p.attribution, p.text).toBe(source.opinion ? 'writes Maria Olsen, in an opinion piece' : undefined);
    }
    expect(b.summary.every((p) => b.sources.find((s) => s.n === p.citations[0]!.source)!.opinion !== true)).toBe(true);
  });

  it('renders opinion marks and attributions on the console, Slack and Discord', () => {
    if (!r.ok) return;
    const b = r.briefing;
    if (!b.sources.some((s) => s.opinion)) return;
    expect(renderText({ kind: 'briefing', briefing: b })).toMatch(/— opinion —/);
    expect(JSON.stringify(briefingBlocks(b))).toContain('opinion');
    expect(JSON.stringify(briefingCard(b))).toContain('opinion');
    for (const p of b.keyPoints.filter((k) => k.attribution)) {
      expect(renderText({ kind: 'briefing', briefing: b })).toContain(p.attribution!);
      expect(JSON.stringify(briefingBlocks(b))).toContain(p.attribution!);
    }
  });
});
