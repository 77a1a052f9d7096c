import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/core/facts/timeline.js';
import { buildDocument } from '../../../src/core/index/build-document.js';
import { cleanText } from '../../../src/core/ingest/clean.js';
import { bestScaling } from '../scaling.js';

const seed = (name: string) => readFileSync(new URL(`../../../briefings/ukraine-peace-talks/${name}`, import.meta.url), 'utf8');
const joined = (c: { paragraphs: string[] }) => c.paragraphs.join('\n');

describe('cleanText on the seed set', () => {
  it('re-joins hard-wrapped lines into paragraphs and drops Related-article lines and URL blocks', () => {
    const c = cleanText(seed('003_a050edf1c91724d1.txt'));
    expect(c.paragraphs.every((p) => !p.includes('\n'))).toBe(true);
    expect(joined(c)).toContain('neither Russia nor the United States was prepared to take the confrontation to a new level.');
    expect(joined(c)).not.toMatch(/Related article/i);
    expect(joined(c)).not.toMatch(/https?:\/\//);
  });

  it('takes a repeated title off the top and cuts the comment form', () => {
    const c = cleanText(seed('002_8289c1f155d94d1b.txt'));
    expect(c.title).toBe('Trump Brokers Ukraine Peace Talks as Putin Signals Willingness for Security Deal');
    expect(c.paragraphs[0]).toMatch(/^President Donald Trump announced/);
    expect(joined(c)).not.toMatch(/Leave a (Comment|Reply)|email address will not be published|No comments yet/);
    expect(joined(c)).not.toMatch(/^\s*• /m);
  });

  it('reads the leading date line as the publication date and drops photo captions', () => {
    const c = cleanText(seed('001_22f4dfbdb29f33cc.txt'));
    expect(c.published).toBe('2025-08-19');
    expect(c.dateline).toBe('WASHINGTON');
    expect(c.paragraphs[0]).toMatch(/^After months of effort/);
    expect(joined(c)).not.toContain('Loved ones mourn');
    expect(joined(c)).not.toContain('at a press conference in Anchorage, Alaska.');
    expect(joined(c)).toContain('Now comes the hard part.');
  });

  // docs/quality.md, "Session 53", rule DT.
  it('takes a dateline with its day off the first paragraph', () => {
    const c = cleanText('Quake toll rises\n\nTARVEL, Sept. 7 — A strong earthquake struck the province before dawn.\n\nRescuers reached the valley.');
    expect(c.dateline).toBe('TARVEL');
    expect(c.paragraphs[0]).toBe('A strong earthquake struck the province before dawn.');
    const wire = cleanText('Talks resume\n\nGENEVA, Dec. 1 (Reuters) - Negotiators met again on Monday.\n\nNo date was set.');
    expect(wire.dateline).toBe('GENEVA (Reuters)');
    expect(wire.paragraphs[0]).toBe('Negotiators met again on Monday.');
  });

  // docs/quality.md, "Session 61", rule DY: made-up wire copy pasted as plain text, its date written only in the dateline.
  it('takes a dateline with its year off the first paragraph and dates the article by it', () => {
    const c = cleanText('Vote count narrows\n\nMARLOW, Oct. 14, 2026 — The recount cut the lead to 40 votes on Tuesday.\n\nThe board meets on Nov. 2.');
    expect(c.dateline).toBe('MARLOW');
    expect(c.paragraphs[0]).toBe('The recount cut the lead to 40 votes on Tuesday.');
    expect(c.published).toBe('2026-10-14');
    const british = cleanText('Ferry talks\n\nDOVER, 3 March 2027 (PA) - The operator met the union.\n\nTalks go on.');
    expect(british.dateline).toBe('DOVER (PA)');
    expect(british.published).toBe('2027-03-03');
    // The document's own date wins; a day without its year dates nothing (rule DT).
    const dated = buildDocument({ id: 'a.txt', text: 'Vote count narrows\n\nMARLOW, Oct. 14, 2026 — The recount went on.\n\nNo more.', meta: { published: '2026-10-15' } });
    expect('document' in dated && dated.document.meta.published).toBe('2026-10-15');
    expect(cleanText('Vote count narrows\n\nMARLOW, Oct. 14 — The recount went on.\n\nNo more.').published).toBeUndefined();
  });

  it("reads a later day without its year in the dateline's year", () => {
    const text = 'Vote count narrows\n\nMARLOW, Oct. 14, 2026 — The recount cut the lead to 40 votes.\n\nThe board is to certify the count on Nov. 2, its chair said.';
    const built = buildDocument({ id: 'count.txt', text });
    if (!('document' in built)) throw new Error('expected a document');
    expect(built.document.meta.published).toBe('2026-10-14');
    const found = findDates(built.document.sentences, () => built.document.meta.published);
    expect(found.map((d) => d.date)).toContain('2026-11-02');
    expect(built.document.sentences[0]!.text).toBe('The recount cut the lead to 40 votes.');
  });

  it('takes the closing author bio as the author and keeps bare headings out of the prose', () => {
    const c = cleanText(seed('000_1c555dc60daa8f41.txt'));
    expect(c.author).toBe('Fred Fleitz');
    expect(joined(c)).not.toContain('previously served as National Security Council chief of staff');
    expect(c.paragraphs).not.toContain('The Major Obstacles: Land Swaps and Security Guarantees');
    expect(c.paragraphs).not.toContain('Outlook');
  });
});

describe('cleanText on made-up mess (no rule knows these files)', () => {
  it("takes a wire editor's note in capitals out of the paragraph, and keeps the text's own capitals in brackets", () => {
    const text = [
      'The council voted on Tuesday to close the old harbour bridge to lorries. (OPTIONAL TRIM CAN BEGIN HERE) Engineers found cracks in two of its piers last spring.',
      'The harbour board (HBV) and the ferry lines (II, III, IV) will carry the extra freight, officials said (UTC-7 schedule).',
    ].join('\n\n');
    const { paragraphs } = cleanText(text);
    expect(paragraphs[0]).toBe('The council voted on Tuesday to close the old harbour bridge to lorries. Engineers found cracks in two of its piers last spring.');
    expect(paragraphs[1]).toBe('The harbour board (HBV) and the ferry lines (II, III, IV) will carry the extra freight, officials said (UTC-7 schedule).');
  });
  it('drops a line that credits a picture, with the caption before the credit', () => {
    const c = cleanText('Guards seized two ferries in the strait on Friday.\nA ferry like the two seized in the strait on March 3, 2024. (File photo: ferry seen in the harbour in 2019)\nThe crews were taken ashore on Saturday.');
    expect(c.paragraphs.join(' ')).not.toMatch(/File photo|A ferry like/);
    expect(c.paragraphs.join(' ')).toContain('The crews were taken ashore on Saturday.');
  });

  it("drops a caption sentence at a paragraph's head: the simple present closed by a past date (nineteenth round, 16read)", () => {
    const c = cleanText(
      "Harbour ferry MV Nordlys docks at Port Ellis on March 28, 2019. The ferry sank in the storm of last winter, killing all 40 people on board.\n\nDivers found the ferry's data recorder on Thursday, the port authority said.",
      '2021-05-06',
    );
    expect(joined(c)).not.toContain('docks at Port Ellis');
    expect(c.paragraphs[0]).toBe('The ferry sank in the storm of last winter, killing all 40 people on board.');
    // Without the document's date the form alone tells it.
    expect(cleanText('Harbour ferry MV Nordlys docks at Port Ellis on March 28, 2019.\n\nDivers found the ferry on Thursday.').paragraphs).toEqual(['Divers found the ferry on Thursday.']);
    // A wire credit "(AP Photo/…)" makes a short line a caption, as "(File photo: …)" does.
    expect(joined(cleanText('Divers found the ferry on Thursday.\nRescuers carry a survivor ashore at Port Ellis. (AP Photo/Lena Holt)\nThe search ended on Friday.'))).not.toContain('Rescuers carry');
  });

  it('keeps news in the present tense or the past that ends on a date', () => {
    // A date after the document's own is announced, not captioned; past tense and auxiliaries are news.
    expect(cleanText('The new harbour treaty expires in 2030.\n\nDivers found the ferry on Thursday.', '2021-05-06').paragraphs[0]).toBe('The new harbour treaty expires in 2030.');
    expect(cleanText('The port withdrew its last ferry in 1996.\n\nDivers found the ferry on Thursday.').paragraphs[0]).toBe('The port withdrew its last ferry in 1996.');
    expect(cleanText('The ferry was due to dock at Port Ellis on March 28, 2019.\n\nDivers found it on Thursday.').paragraphs[0]).toBe('The ferry was due to dock at Port Ellis on March 28, 2019.');
    // Not at a paragraph's head: a sentence of prose.
    expect(joined(cleanText('Divers found the ferry on Thursday. The ferry docks at Port Ellis on March 28, 2019.'))).toContain('docks at Port Ellis');
  });

  it('reads a line that is only a date as the day, not the headline', () => {
    const c = cleanText('Saturday, January 8, 2005\n\nFlood waters rose in the valley overnight, forcing hundreds of families from their homes.\n\nRescue teams reached the last village on Sunday.');
    expect(c.title).toBeUndefined();
    expect(c.published).toBe('2005-01-08');
    expect(c.paragraphs[0]).toMatch(/^Flood waters rose/);
    const titled = cleanText('8 March 2007\n\nRiver Town Floods Again\n\nFlood waters rose in the valley overnight, forcing hundreds of families from their homes.');
    expect(titled.title).toBe('River Town Floods Again');
  });

  it('handles each kind of mess in a document it has never seen', () => {
    const text = [
      'date 2023-01-05 Port officials announced a new schedule.',
      'The harbour will open two hours earlier from',
      'next month, officials said, after a review of',
      'traffic at the docks during the winter season.',
      '',
      'Read more: Harbour traffic hits record',
      '',
      'https://example.com/a',
      'https://example.com/b',
      '',
      'Ships waiting at anchor near the pier.',
      '',
      'The change follows complaints from shipping firms',
      'about long delays at the entrance of the port.',
      '',
      'Share this:',
      'Leave a Reply',
      'Your email address will not be published. Required fields are marked *',
    ].join('\n');
    const c = cleanText(text);
    expect(c.published).toBe('2023-01-05');
    expect(c.paragraphs).toEqual([
      'Port officials announced a new schedule. The harbour will open two hours earlier from next month, officials said, after a review of traffic at the docks during the winter season.',
      'The change follows complaints from shipping firms about long delays at the entrance of the port.',
    ]);
  });
});

describe('cleanText on hostile lines', () => {
  const prose = 'The council met on Tuesday and voted to repair the old bridge over the river.\n\n';

  it('cleans a line of repeated "www." in time proportional to its length (it once backtracked exponentially)', () => {
    // The least of three measurements: a busy machine can spoil one (CI once saw 3.1 on this 14-to-28 step), but exponential
    // backtracking spoils every one by orders of magnitude.
    const s = bestScaling(
      (n) => `${prose}${'www.'.repeat(n)} x\n`,
      (text) => cleanText(text),
      14,
      2.5,
    );
    expect(s.ratio).toBeLessThan(2.5);
  });

  it('still drops lines of bare links, and keeps a line that only starts with one', () => {
    const c = cleanText(`${prose}https://example.com/a <www.example.org/b>\nwww.example.net\n\nhttps://example.com/c is where the council posted its full report on the repairs.\n`);
    expect(c.paragraphs).toEqual(['The council met on Tuesday and voted to repair the old bridge over the river.', 'https://example.com/c is where the council posted its full report on the repairs.']);
  });
});

describe('markup left in prose', () => {
  const prose = 'The council met on Tuesday and voted to repair the old bridge over the river.\n\n';
  it("drops a paragraph's list marker and an image file's name standing as a word", () => {
    const c = cleanText(`${prose}* The repairs will close the bridge to lorries for two months from May.\n\nQuote1.svg \tWe will not let the bridge fall into the river, the mayor told the council.\n`);
    expect(c.paragraphs).toEqual([
      'The council met on Tuesday and voted to repair the old bridge over the river.',
      'The repairs will close the bridge to lorries for two months from May.',
      'We will not let the bridge fall into the river, the mayor told the council.',
    ]);
  });
});

describe('a leading date line', () => {
  it('is read only when the date is on the calendar', () => {
    const body = 'The council met on Tuesday and voted to repair the old bridge over the river.\n';
    expect(cleanText(`Date: 2024-02-29\n${body}`).published).toBe('2024-02-29');
    expect(cleanText(`Date: 2025-02-31\n${body}`).published).toBeUndefined();
    expect(cleanText(`Date: 2025-13-45\n${body}`).published).toBeUndefined();
    expect(cleanText(`Date: 0000-00-00\n${body}`).published).toBeUndefined();
  });
});

describe('rule HD: a headline, then a line that is only a date (docs/quality.md, "Session 61")', () => {
  const body = 'The council met on Tuesday and voted to repair the old bridge over the river, after a lorry cracked its deck.\n\nWork will start in May.';

  it('dates the article and keeps the headline as its title, in either form of date line', () => {
    for (const [line, day] of [
      ['November 16, 2026', '2026-11-16'],
      ['16 November 2026', '2026-11-16'],
      ['Published: 2026-11-24', '2026-11-24'],
    ] as const) {
      const c = cleanText(`Council votes to mend the old river bridge\n\n${line}\n\n${body}`);
      expect(c.published).toBe(day);
      expect(c.title).toBe('Council votes to mend the old river bridge');
      expect(c.paragraphs[0]).toMatch(/^The council met on Tuesday/);
    }
  });

  it('takes the headline over a byline under the date', () => {
    const built = buildDocument({ id: 'bridge.txt', text: `Opinion: the bridge we chose not to mend\n\n27 November 2026\n\nBy Hanna Vik\n\n${body}` });
    if (!('document' in built)) throw new Error('expected a document');
    expect(built.document.meta).toMatchObject({ title: 'Opinion: the bridge we chose not to mend', author: 'Hanna Vik', published: '2026-11-27' });
  });

  it('leaves a date under a sentence of prose in the text', () => {
    const c = cleanText(`The council met on Tuesday and voted.\n\nNovember 16, 2026\n\n${body}`);
    expect(c.published).toBeUndefined();
  });
});

describe('rules HB and WH: a wire story’s head read whole (docs/quality.md, "Session 62")', () => {
  const body = 'The council met on Tuesday and voted to repair the old bridge over the river, after a lorry cracked its deck.\n\nWork will start in May.';

  it('dates the article by a date line under its byline and outlet, and names the outlet', () => {
    const built = buildDocument({ id: 'bridge.txt', text: `Council votes to mend the old river bridge\n\nBy Hanna Vik\nThe Harstad Courier\nNovember 16, 2026\n\n${body}` });
    if (!('document' in built)) throw new Error('expected a document');
    expect(built.document.meta).toMatchObject({ title: 'Council votes to mend the old river bridge', author: 'Hanna Vik', outlet: 'The Harstad Courier', published: '2026-11-16' });
    expect(built.document.sentences[0]!.text).toMatch(/^The council met on Tuesday/);
  });

  it('takes the outlet after a byline’s comma, but not a newsroom role', () => {
    const named = buildDocument({ id: 'a.md', text: `# Council votes to mend the old river bridge\n\nBy Hanna Vik, Harstad Courier\n\n${body}` });
    const role = buildDocument({ id: 'b.md', text: `# Council votes to mend the old river bridge\n\nBy Hanna Vik, Staff Writer\n\n${body}` });
    if (!('document' in named) || !('document' in role)) throw new Error('expected documents');
    // A Markdown heading on top is the headline, without its marks.
    expect(named.document.meta).toMatchObject({ title: 'Council votes to mend the old river bridge', author: 'Hanna Vik', outlet: 'Harstad Courier' });
    expect(role.document.meta.outlet).toBeUndefined();
    // A place in capitals under the byline is a dateline, not an outlet.
    const place = buildDocument({ id: 'c.txt', text: `Council votes to mend the old river bridge\n\nBy Hanna Vik\nNEW YORK\n\n${body}` });
    if (!('document' in place)) throw new Error('expected a document');
    expect(place.document.meta.outlet).toBeUndefined();
  });

  it('takes a dateline’s agency as the outlet and keeps a day written after the dateline out of the first sentence', () => {
    const c = cleanText(`HARSTAD, Norway (AP) - Nov. 16, 2026 - The council met on Tuesday and voted to repair the old bridge.\n\nWork will start in May.`);
    expect(c.agency).toBe('AP');
    expect(c.published).toBe('2026-11-16');
    expect(c.paragraphs[0]).toMatch(/^The council met on Tuesday/);
    // Without its year the day dates nothing (rule DT), and is still no part of the sentence.
    const yearless = cleanText(`HARSTAD (Reuters) - Nov. 16 - The council met on Tuesday and voted to repair the old bridge.\n\nWork will start in May.`);
    expect(yearless).toMatchObject({ agency: 'Reuters', published: undefined });
    expect(yearless.paragraphs[0]).toMatch(/^The council met on Tuesday/);
  });
});

describe('rule MH: a page with its masthead on top (docs/quality.md, "Session 63")', () => {
  const body = 'The council met on Tuesday and voted to repair the old bridge over the river, after a lorry cracked its deck.\n\nWork will start in May.';
  const metaOf = (text: string) => {
    const built = buildDocument({ id: 'a.txt', text });
    if (!('document' in built)) throw new Error('expected a document');
    return { meta: built.document.meta, first: built.document.sentences[0]!.text };
  };

  it('reads the outlet, date, headline and byline under it, in the order the page gives them', () => {
    const { meta, first } = metaOf(`Harstad Courier\nNovember 16, 2026\n\nCouncil votes to mend the old river bridge\n\nBy Hanna Vik\n\n${body}`);
    expect(meta).toMatchObject({ title: 'Council votes to mend the old river bridge', outlet: 'Harstad Courier', author: 'Hanna Vik', published: '2026-11-16' });
    expect(meta.opinion).toBeUndefined();
    expect(first).toMatch(/^The council met on Tuesday/);
  });

  it('reads an opinion section’s label as the publisher calling the piece opinion', () => {
    const { meta } = metaOf(`Harstad Courier\nOpinion\n\nMend the bridge before it fails\n\nNovember 16, 2026\n\n${body}`);
    expect(meta).toMatchObject({ title: 'Mend the bridge before it fails', outlet: 'Harstad Courier', published: '2026-11-16', opinion: true });
  });

  it('reads a head opened by an opinion section’s label alone (amendment MH′)', () => {
    const { meta } = metaOf(`OPINION\nMend the bridge before it fails\nHanna Vik\nSunday, November 15, 2026\n\n${body}`);
    expect(meta).toMatchObject({ title: 'Mend the bridge before it fails', published: '2026-11-15', opinion: true });
    expect(meta.outlet).toBeUndefined();
  });

  it('leaves a headline written as a name over its date a headline', () => {
    const { meta } = metaOf(`Council Mends Old Bridge\nNovember 16, 2026\n\n${body}`);
    expect(meta).toMatchObject({ title: 'Council Mends Old Bridge', published: '2026-11-16' });
    expect(meta.outlet).toBeUndefined();
  });
});

describe('rule MG: a page’s head read whole, whatever stands between its outlet and its headline (docs/quality.md, "Session 64")', () => {
  const body = 'The council met on Tuesday and voted to repair the old bridge over the river, after a lorry cracked its deck.\n\nWork will start in May.';
  const read = (head: string) => {
    const built = buildDocument({ id: 'a.txt', text: `${head}\n\n${body}` });
    if (!('document' in built)) throw new Error('expected a document');
    return { meta: built.document.meta, first: built.document.sentences[0]!.text };
  };

  it('reads a masthead in capitals with a tagline before its date, and its headline a Markdown heading', () => {
    expect(read('THE HARSTAD COURIER\nServing the valley since 1889\nTuesday, Nov. 17, 2026\n\nCouncil votes to mend the old river bridge\n\nBy Hanna Vik').meta).toMatchObject({
      title: 'Council votes to mend the old river bridge',
      outlet: 'THE HARSTAD COURIER',
      published: '2026-11-17',
      author: 'Hanna Vik',
    });
    const { meta, first } = read('THE HARSTAD COURIER\nTuesday, Nov. 17, 2026\n\n# Council votes to mend the old river bridge');
    expect(meta).toMatchObject({ title: 'Council votes to mend the old river bridge', published: '2026-11-17' });
    expect(first).toMatch(/^The council met on Tuesday/);
  });

  it('reads a press release and a transcript: an office, a release line or a place between, a labelled date', () => {
    const release = read('HARSTAD ROADS DEPARTMENT\nDistrict 3 Office\n\nFOR IMMEDIATE RELEASE\nNov. 17, 2026\n\nRoads Department Announces Repair Plan for the Old River Bridge');
    expect(release.meta).toMatchObject({ title: 'Roads Department Announces Repair Plan for the Old River Bridge', published: '2026-11-17' });
    expect(release.first).toMatch(/^The council met on Tuesday/);
    const transcript = read('HARSTAD COUNCIL TRANSPORT COMMITTEE\nHearing on the Repair of the Old River Bridge\nPartial Transcript — Wednesday, Nov. 18, 2026\nCity Hall, Room 121');
    expect(transcript.meta).toMatchObject({ title: 'Hearing on the Repair of the Old River Bridge', published: '2026-11-18' });
  });

  it('reads a letter and a column as opinion by their section’s label, a heading’s stops and all', () => {
    expect(read('THE HARSTAD COURIER — OPINION\nLetters to the Editor\nSunday, Nov. 22, 2026\n\nHarstad cannot wait two years for its bridge\n\nTo the editor:').meta).toMatchObject({
      title: 'Harstad cannot wait two years for its bridge',
      outlet: 'THE HARSTAD COURIER',
      published: '2026-11-22',
      opinion: true,
    });
    const column = read('OPINION\n\n# Harstad does not need another study. It needs a bridge.\n\nBy Hanna Vik');
    expect(column.meta).toMatchObject({ title: 'Harstad does not need another study. It needs a bridge.', opinion: true, author: 'Hanna Vik' });
    expect(column.first).toMatch(/^The council met on Tuesday/);
  });

  it('dates a page by the stamp under its heading, and not by a date a headline announces', () => {
    expect(read('# The old river bridge: what you need to know\n\n*Updated Nov. 19, 2026 — Courier staff*').meta).toMatchObject({ title: 'The old river bridge: what you need to know', published: '2026-11-19' });
    expect(read('THE HARSTAD COURIER\nTuesday, Nov. 17, 2026\n\nVote on the bridge set for Dec. 3, 2026').meta).toMatchObject({ title: 'Vote on the bridge set for Dec. 3, 2026', published: '2026-11-17' });
  });
});

describe('amendment MG′: a stamp with its hour, a byline in bold, a byline under a long headline (docs/quality.md, "Session 64")', () => {
  const body = 'The council met on Tuesday and voted to repair the old bridge over the river, after a lorry cracked its deck.\n\nWork will start in May.';
  const metaOf = (head: string) => {
    const built = buildDocument({ id: 'a.md', text: `${head}\n\n${body}` });
    if (!('document' in built)) throw new Error('expected a document');
    return built.document.meta;
  };

  it('dates the page by "Updated Nov. 13, 2026, 4:12 p.m. ET" and reads the writer and outlet of a byline in bold', () => {
    expect(metaOf('# Council votes to mend the old river bridge\n\n*Updated Nov. 13, 2026, 4:12 p.m. ET*\n\n**By Hanna Vik, Harstad Business Journal**')).toMatchObject({
      published: '2026-11-13',
      author: 'Hanna Vik',
      outlet: 'Harstad Business Journal',
    });
  });

  it('reads a columnist’s headline of two sentences over the byline (amendment MG″)', () => {
    expect(metaOf('OPINION\n\nThe bridge was a warning. Will anyone listen?\n\nBy Hanna Vik')).toMatchObject({ title: 'The bridge was a warning. Will anyone listen?', author: 'Hanna Vik', opinion: true });
  });

  it('reads a masthead’s byline under a headline of sixteen words', () => {
    expect(metaOf('THE HARSTAD COURIER\nWednesday, Nov. 11, 2026\n\nHarstad council votes to mend the old river bridge after a lorry cracked its deck; work starts in May\n\nBy Hanna Vik, Staff Writer').author).toBe('Hanna Vik');
  });
});

describe('credit lines, live stamps and bylines of two (docs/quality.md, "Session 65": rules CL, SG, BA, LS, amendment MG‴)', () => {
  const body = 'The council met on Tuesday and voted to repair the old bridge over the river, after a lorry cracked its deck.\n\nWork will start in May.';
  const read = (head: string, rest = body) => {
    const built = buildDocument({ id: 'a.md', text: `${head}\n\n${rest}` });
    if (!('document' in built)) throw new Error('expected a document');
    return { meta: built.document.meta, texts: built.document.sentences.map((s) => s.text) };
  };

  it('reads the outlet, place and date of a credit line in italics under the headline, and shows none of it as prose (rule CL)', () => {
    const { meta, texts } = read('# Council votes to mend the old river bridge\n\n*Harstad Courier · HARSTAD, Norland · Tuesday, November 17, 2026*\n\nBy Hanna Vik');
    expect(meta).toMatchObject({ title: 'Council votes to mend the old river bridge', outlet: 'Harstad Courier', published: '2026-11-17', author: 'Hanna Vik' });
    expect(texts[0]).toMatch(/^The council met on Tuesday/);
    // An editor's note in italics with its date dates the page.
    const note = read('# Transcript: the council on the bridge\n\n*Excerpt from the council meeting held at City Hall, Tuesday, November 17, 2026, 6:00 p.m. Lightly edited.*');
    expect(note.meta.published).toBe('2026-11-17');
    expect(note.texts.join(' ')).not.toMatch(/Excerpt from/);
  });

  it('reads a credit line of parts between bars above or under the headline: section, outlet, byline, date (rule SG)', () => {
    expect(read('OPINION | The Harstad Courier | November 18, 2026\n\n# The bridge cannot wait\n\nBy Hanna Vik').meta).toMatchObject({
      title: 'The bridge cannot wait',
      outlet: 'The Harstad Courier',
      published: '2026-11-18',
      author: 'Hanna Vik',
      opinion: true,
    });
    expect(read('# What to know about the bridge\n\nNorland Public Radio | By Nadia Castel | Published November 13, 2026').meta).toMatchObject({ outlet: 'Norland Public Radio', author: 'Nadia Castel', published: '2026-11-13' });
    // The outlet's name on the date's line under the byline.
    expect(read('# Council votes to mend the bridge\n\nBy Anna Reiner, Transport Correspondent\nThe Harstad Ledger — Thursday, 12 November 2026').meta).toMatchObject({
      outlet: 'The Harstad Ledger',
      author: 'Anna Reiner',
      published: '2026-11-12',
    });
  });

  it('reads a byline of two writers, and one without "By" that gives a newsroom role (rule BA)', () => {
    expect(read('# Council votes to mend the bridge\n\nBy THOMAS GREAVE and ALICIA MONRO, Associated Press\nNovember 10, 2026').meta).toMatchObject({ author: 'Thomas Greave and Alicia Monro', outlet: 'Associated Press' });
    expect(read('# Council votes to mend the bridge\n\nHenrik Dahl, Markets Reporter\nHarstad Business Daily | Thursday 19 November 2026').meta).toMatchObject({
      author: 'Henrik Dahl',
      outlet: 'Harstad Business Daily',
      published: '2026-11-19',
    });
  });

  it('reads "FOR IMMEDIATE RELEASE" on top and "FOR RELEASE AT 2:00 P.M." as a release’s furniture, not its outlet or title (amendment MG‴)', () => {
    expect(read('FOR IMMEDIATE RELEASE\nNovember 3, 2026\n\nRoads Department Confirms Repair Plan for the Old River Bridge').meta).toMatchObject({
      title: 'Roads Department Confirms Repair Plan for the Old River Bridge',
      published: '2026-11-03',
    });
    expect(read('FOR IMMEDIATE RELEASE\nNovember 3, 2026\n\nRoads Department Confirms Repair Plan for the Old River Bridge').meta.outlet).toBeUndefined();
    expect(read('HARSTAD ROADS DEPARTMENT\nREPAIR STATEMENT\n\nFOR RELEASE AT 2:00 P.M., WEDNESDAY 18 NOVEMBER 2026\n\nOld river bridge repair decision').meta).toMatchObject({ outlet: 'HARSTAD ROADS DEPARTMENT', published: '2026-11-18' });
  });

  it('reads an outlet and its section after a middle dot, and "The Courier’s view" as an editorial (amendment MG‴)', () => {
    const { meta } = read('THE HARSTAD COURIER · OPINION\nTuesday, November 10, 2026\n\n# The Courier’s view: the bridge deserves answers\n\nThe Courier’s view');
    expect(meta).toMatchObject({ title: 'The Courier’s view: the bridge deserves answers', outlet: 'THE HARSTAD COURIER', published: '2026-11-10', opinion: true });
    expect(read('# Our view: the bridge deserves answers').meta.opinion).toBe(true);
    expect(read('# Council votes to mend the bridge').meta.opinion).toBeUndefined();
  });

  it('takes a live page’s time stamps off its entries (rule LS)', () => {
    const { texts } = read(
      '# LIVE: the bridge closes',
      '**7:05 a.m.** — Good morning. Crews closed the old bridge to lorries overnight.\n\n**UPDATE 1:05 p.m.:** The council has voted to repair the bridge.\n\n10:42 a.m. — Engineers say the deck is cracked in two places.',
    );
    expect(texts).toContain('Good morning.');
    expect(texts).toContain('The council has voted to repair the bridge.');
    expect(texts).toContain('Engineers say the deck is cracked in two places.');
    expect(texts.join(' ')).not.toMatch(/a\.m\.|p\.m\./);
  });
});

describe('amendment MG⁗: a masthead as the first heading, a letterhead’s address, two outlets on a line (docs/quality.md, "Session 65")', () => {
  const body = 'The council met on Tuesday and voted to repair the old bridge over the river, after a lorry cracked its deck.\n\nWork will start in May.';
  const metaOf = (head: string) => {
    const built = buildDocument({ id: 'a.md', text: `${head}\n\n${body}` });
    if (!('document' in built)) throw new Error('expected a document');
    return built.document.meta;
  };

  it('reads "# THE HARSTAD COURIER" over a second heading as the outlet, the second heading as the title', () => {
    expect(metaOf('# THE HARSTAD COURIER\n\n**Monday, November 16, 2026**\n\n## Council votes to mend the old river bridge')).toMatchObject({
      title: 'Council votes to mend the old river bridge',
      outlet: 'THE HARSTAD COURIER',
      published: '2026-11-16',
    });
  });

  it('titles a release by its headline in capitals, not by its letterhead’s office or address', () => {
    expect(metaOf('CITY OF HARSTAD\nOffice of the Mayor\n200 Civic Plaza, Harstad\n\nFOR IMMEDIATE RELEASE\nNovember 16, 2026\n\nCITY CLOSES THE OLD RIVER BRIDGE TO LORRIES AS REPAIRS BEGIN NEXT MONTH')).toMatchObject({
      title: 'CITY CLOSES THE OLD RIVER BRIDGE TO LORRIES AS REPAIRS BEGIN NEXT MONTH',
      published: '2026-11-16',
    });
  });

  it('reads a line of two outlets over the heading as a credit line, not the title', () => {
    expect(metaOf('Harstad Public Radio | Norland Valley News\n\n# The old river bridge: your questions answered')).toMatchObject({ title: 'The old river bridge: your questions answered', outlet: 'Harstad Public Radio' });
  });
});

/** A document as the index builds it, for reading what its head says. */
const built = (text: string) => {
  const b = buildDocument({ id: 'a.md', text });
  if (!('document' in b)) throw new Error('expected a document');
  return b.document;
};

describe('a web page’s furniture, deck, stamps and sign-off (docs/quality.md, "Session 66": rules PC, NH, DK, HS, IB, SO, BP)', () => {
  const body = 'The council met on Tuesday and voted to repair the old bridge over the river, after a lorry cracked its deck.\n\nWork will start in May, the council said.';
  const metaOf = (head: string, tail = '') => built(`${head}\n\n${body}${tail}`).meta;
  const proseOf = (head: string, tail = '') => built(`${head}\n\n${body}${tail}`).sentences.map((s) => s.text);

  it('reads a head under a site’s menus and breadcrumb, and takes the outlet from the first item (rule PC)', () => {
    const head = 'Skip to main content\n\nKNRA 7 | News | Weather | Traffic | Watch Live\n\nHome › Local › Harstad\n\n# Council votes to mend the old river bridge\n\nBy Tove Lindahl\n\nNovember 16, 2026';
    expect(metaOf(head)).toMatchObject({ title: 'Council votes to mend the old river bridge', outlet: 'KNRA 7', author: 'Tove Lindahl', published: '2026-11-16' });
    expect(metaOf('Harstad Tribune › Opinion › Letters\n\n# Mend the bridge before winter\n\nNovember 16, 2026')).toMatchObject({ title: 'Mend the bridge before winter', outlet: 'Harstad Tribune', opinion: true });
  });

  it('titles a wire story by its headline without the version slug, and its version note is no prose (rule PC)', () => {
    const text = `UPDATE 3-Harstad council votes to mend river bridge after lorry crash\n\n(Adds mayor's comments in paragraph 4)\n\nBy Tove Lindahl\n\n${body}`;
    expect(built(text).meta).toMatchObject({ title: 'Harstad council votes to mend river bridge after lorry crash', author: 'Tove Lindahl' });
    expect(
      built(text)
        .sentences.map((s) => s.text)
        .join(' '),
    ).not.toMatch(/Adds|UPDATE/);
  });

  it('reads a name over a Markdown heading as the masthead (rule NH)', () => {
    expect(metaOf('Harstad Roads Authority\n\n# Old river bridge — Works Notice #2\n\nIssued: Monday, November 16, 2026, 9:00 a.m.')).toMatchObject({
      title: 'Old river bridge — Works Notice #2',
      outlet: 'Harstad Roads Authority',
      published: '2026-11-16',
    });
  });

  it('reads a deck between the headline and the byline as neither title nor prose, and reads the byline and date under it (rule DK)', () => {
    const deck = 'Repairs will close the crossing for six weeks and send lorries on a forty-minute detour through the hills, officials say';
    const head = `THE HARSTAD COURIER\n\nLOCAL\n\n# Council votes to mend the old river bridge\n\n${deck}\n\nBy Tove Lindahl | Staff writer\n\nNovember 16, 2026`;
    expect(metaOf(head)).toMatchObject({ title: 'Council votes to mend the old river bridge', outlet: 'THE HARSTAD COURIER', author: 'Tove Lindahl', published: '2026-11-16' });
    expect(proseOf(head).join(' ')).not.toContain('forty-minute detour');
    const bare = `# Council votes to mend the old river bridge\n\n${deck}.\n\nBy Tove Lindahl, Senior Correspondent\n\nNovember 16, 2026`;
    expect(metaOf(bare)).toMatchObject({ title: 'Council votes to mend the old river bridge', author: 'Tove Lindahl', published: '2026-11-16' });
    expect(proseOf(bare).join(' ')).not.toContain('forty-minute detour');
  });

  it('dates a page by a stamp with the hour before the date or a tail after it, and reads no stamp as prose (rule HS)', () => {
    for (const stamp of ['Published 6:05 a.m. PT Nov. 16, 2026 | Updated 9:12 a.m.', 'Last updated 8:40 PM EST Nov 16, 2026', 'Nov. 16, 2026 · 9 min read', 'Monday, November 16, 2026 · Council Chamber, Town Hall']) {
      expect(metaOf(`# Council votes to mend the old river bridge\n\n${stamp}`).published, stamp).toBe('2026-11-16');
    }
    const head = '# Old river bridge — Works Notice #2\n\nIssued: Monday, November 16, 2026, 9:00 a.m.\nNext notice: Monday, November 23, 2026, 9:00 a.m.';
    expect(metaOf(head).published).toBe('2026-11-16');
    expect(proseOf(head).join(' ')).not.toMatch(/Next notice/);
  });

  it('names the writer of a column by the italic bio at its foot, whatever role it gives (rule IB)', () => {
    expect(metaOf('# Mend the bridge before winter', '\n\n*Anders Holm was a ferry captain on the fjord for thirty years and now keeps bees.*').author).toBe('Anders Holm');
    expect(metaOf('# Mend the bridge before winter', '\n\nAnders Holm was a ferry captain on the fjord for thirty years.').author).toBeUndefined();
    expect(metaOf('# Mend the bridge before winter', '\n\nThe Harstad Roads Bulletin is published every Friday by Fjord Data. Editor: Kari Dahl.').author).toBeUndefined();
  });

  it('names a letter’s writer by the name under its sign-off (rule SO)', () => {
    expect(metaOf('# A letter to residents about the bridge', '\n\nSincerely,\n\nDr. Ingrid Solberg\nChief Engineer').author).toBe('Dr. Ingrid Solberg');
    expect(metaOf('# A letter to residents about the bridge', '\n\nIngrid Solberg\nChief Engineer').author).toBeUndefined();
  });

  it('names a letter to the editor’s writer by the name and town on one of its last lines (rule LE)', () => {
    const head = 'THE HARSTAD COURIER\n\nOpinion › Letters to the Editor\n\n# Letter: mend the bridge before winter\n\nNov. 16, 2026\n\nTo the editor:';
    const policy = '\n\nLetters should be 250 words or fewer and give the writer’s full name and town.';
    expect(metaOf(head, `\n\nAnders Holm, Harstad${policy}`).author).toBe('Anders Holm');
    expect(metaOf(head.replace('\n\nTo the editor:', ''), `\n\nAnders Holm, Harstad${policy}`).author).toBeUndefined();
  });

  it('reads a release’s closing "About" section as boilerplate, not prose (rule BP)', () => {
    const tail = '\n\n### About Harstad Roads\n\nHarstad Roads maintains 1,200 kilometres of road and 86 bridges across four districts.\n\nMedia contact:\npress@roads.example';
    expect(proseOf('# Council votes to mend the old river bridge', tail).join(' ')).not.toMatch(/86 bridges/);
    expect(proseOf('# Council votes to mend the old river bridge', '\n\n## About the bridge\n\nThe bridge was built in 1931 and carries 9,000 vehicles a day.').join(' ')).toMatch(/9,000 vehicles/);
    // Amendment BP′ (docs/quality.md, "Session 67"): the issuer's name with its company suffix.
    expect(proseOf('# Council votes to mend the old river bridge', '\n\nAbout Harstad Roads Partners, Inc.\n\nHarstad Roads Partners maintains 86 bridges across four districts.').join(' ')).not.toMatch(/86 bridges/);
  });
});

describe('rule QH and amendment QH′: a heading in the body is no prose, a question heading opens its answer (docs/quality.md, "Session 66")', () => {
  it('reads a question heading as the first sentence of an answer that opens on its reply, without its marks, and drops the others', () => {
    const text =
      '# The old river bridge: what you need to know\n\nThe council voted on Tuesday to repair the old bridge over the river, after a lorry cracked its deck.\n\n## Will it reopen this year?\n\nNot yet, the council says: the work will run into January.\n\n## When will the work start?\n\nThe council says the work will start in May.\n\n**Can lorries still cross?**\nNo. Lorries must take the hill road until the repairs are done.\n\n## The detour\n\nThe hill road adds forty minutes to the trip.';
    const c = cleanText(text);
    expect(c.paragraphs).toContain('Will it reopen this year? Not yet, the council says: the work will run into January.');
    expect(c.paragraphs).toContain('Can lorries still cross? No. Lorries must take the hill road until the repairs are done.');
    expect(c.paragraphs).toContain('The council says the work will start in May.');
    expect(c.paragraphs.join('\n')).not.toMatch(/##|\*\*|When will the work start|The detour The hill/);
  });
});

describe('rule MI: a picture and its caption are no prose (docs/quality.md, "Session 66")', () => {
  const body = 'HARSTAD — The council met on Tuesday and voted to repair the old bridge over the river, after a lorry cracked its deck.\n\nWork will start in May, the council said.';
  it('reads no Markdown image, nor the caption under it, and reads the dateline of the first paragraph of prose', () => {
    for (const caption of [
      'A crane lifts a cracked beam from the old bridge on Monday. Ola Berg / Harstad Courier',
      '*A crane lifts a cracked beam from the old bridge on Monday.*',
      'Workers inspect the deck on Monday. Photograph: Ola Berg/The Courier',
    ]) {
      const c = cleanText(
        `# Council votes to mend the old river bridge\n\nBy Tove Lindahl\n\nPublished 9:12 a.m. Nov. 16, 2026 | Updated 11:02 a.m.\n\n![A crane lifts a cracked beam from the old bridge on Monday.](crane.jpg)\n\n${caption}\n\n${body}`,
      );
      expect(c.paragraphs[0], caption).toMatch(/^The council met on Tuesday/);
      expect(c.dateline).toBe('HARSTAD');
    }
  });

  it('keeps a paragraph of prose under a picture that has no caption', () => {
    const c = cleanText(`# Council votes to mend the old river bridge\n\n![Map of the detour](map.png)\n\n${body}`);
    expect(c.paragraphs[0]).toMatch(/^The council met on Tuesday/);
  });
});

describe('rule DW: a release’s dateline with its newswire (docs/quality.md, "Session 66")', () => {
  it('dates the release by the dateline before the distributor’s slashes, and keeps the dateline out of its first sentence', () => {
    const built = buildDocument({
      id: 'release.md',
      text: 'FOR IMMEDIATE RELEASE\n\n# Harstad Roads Authority Announces Bridge Repairs\n\nHARSTAD, Nov. 16, 2026 /PR Newswire/ -- Harstad Roads Authority today announced repairs to the old river bridge, to start in May.\n\nThe work will take six weeks.',
    });
    if (!('document' in built)) throw new Error('expected a document');
    expect(built.document.meta.published).toBe('2026-11-16');
    expect(built.document.meta.outlet).not.toBe('PR Newswire');
    expect(built.document.sentences[0]!.text).toMatch(/^Harstad Roads Authority today announced/);
  });
});

describe('a headline under a site’s labels, and the writer under it (docs/quality.md, "Session 67": rules MN, GL, WL, HH, NP, PH)', () => {
  const body = 'The council met on Tuesday and voted to repair the old bridge over the river, after a lorry cracked its deck.\n\nWork will start in May, the council said.';
  const metaOf = (head: string) => built(`${head}\n\n${body}`).meta;

  it('reads a menu whose items are set apart by runs of spaces, and a breadcrumb set apart by ">" (rule MN)', () => {
    expect(metaOf('THE HARSTAD COURIER    News | Fjord | Politics | Opinion\n\n# Council votes to mend the old river bridge\n\nNovember 16, 2026')).toMatchObject({
      title: 'Council votes to mend the old river bridge',
      outlet: 'THE HARSTAD COURIER',
    });
    expect(metaOf('Fjord7 News | Home  News  Weather  Traffic  Watch Live\n\n# Council votes to mend the old river bridge')).toMatchObject({ outlet: 'Fjord7 News' });
    expect(metaOf('HARSTAD ROADS AUTHORITY\nHome > News & Events > Newsroom > Notices\n\nCouncil votes to mend the old river bridge\n\nNovember 16, 2026').title).toBe('Council votes to mend the old river bridge');
  });

  it('titles a page by its heading under its site’s labels and links, the outlet by the page’s first line (rule GL)', () => {
    expect(metaOf('The Harstad Ledger\n\nTRENDING: Bridge repairs | Ferry fares | Winter roads\n\nLIVE\n\n# Council votes to mend the old river bridge\n\nBy Tove Lindahl')).toMatchObject({
      title: 'Council votes to mend the old river bridge',
      outlet: 'The Harstad Ledger',
      author: 'Tove Lindahl',
    });
    expect(metaOf('Fjord Daily › Local › Harstad\n\nEXPLAINER\n\n# The old river bridge: what you need to know')).toMatchObject({ title: 'The old river bridge: what you need to know', outlet: 'Fjord Daily' });
    // A sentence above the heading is prose, not a label: the page is not read from the heading.
    expect(metaOf('The council met again on Tuesday evening.\n\n# Council votes to mend the old river bridge').title).not.toBe('Council votes to mend the old river bridge');
  });

  it('names the writer by a name over a line that is only a newsroom role, and by a byline under a long heading (rules WL, HH)', () => {
    expect(metaOf('# Council votes to mend the old river bridge\n\nTove Lindahl\nStaff Writer\n\nNovember 16, 2026').author).toBe('Tove Lindahl');
    expect(metaOf('# Council votes to mend the old river bridge\n\nHarstad Roads\nNovember 16, 2026').author).toBeUndefined();
    const long = '# Council votes to mend the old river bridge after a lorry cracked its deck, closing the crossing for six weeks';
    expect(metaOf(`Harstad Public Radio | News | Politics\n\n${long}\n\nBy Tove Lindahl, Harstad Public Radio\nPublished November 16, 2026 at 4:42 PM`).author).toBe('Tove Lindahl');
  });

  it('names a release’s issuer under "NEWS PROVIDED BY", and reads its stamped date line as no headline (rule NP)', () => {
    expect(metaOf('NEWS PROVIDED BY\nHarstad Roads Authority\nNov 16, 2026, 11:30 CET\n\nShare this article\n\nHarstad Roads Authority Announces Bridge Repairs')).toMatchObject({
      title: 'Harstad Roads Authority Announces Bridge Repairs',
      outlet: 'Harstad Roads Authority',
      published: '2026-11-16',
    });
    // Amendment NP′: the issuer with its company suffix, and a date line over the headline's heading.
    expect(metaOf('NEWS PROVIDED BY\n\nHarstad Roads Partners, Inc.\n\nNov 16, 2026, 11:30 CET\n\n# Harstad Roads Partners Announces Bridge Repairs')).toMatchObject({
      title: 'Harstad Roads Partners Announces Bridge Repairs',
      outlet: 'Harstad Roads Partners, Inc.',
      published: '2026-11-16',
    });
  });

  it('reads a caption in brackets as no prose (rule PH)', () => {
    const text = `# Council votes to mend the old river bridge\n\n[Photo: The mayor speaks to reporters outside City Hall on Monday, after the vote.\n(Ola Berg / Harstad Ledger)]\n\n${body}`;
    expect(cleanText(text).paragraphs[0]).toMatch(/^The council met on Tuesday/);
    expect(cleanText(text).paragraphs.join(' ')).not.toMatch(/Photo:|Ola Berg/);
    // A bracket never closed is left as it is, and the prose under it with it.
    expect(cleanText(`# Council votes\n\n[Photo: The mayor speaks to reporters outside City Hall on Monday, after the vote.\n\n${body}`).paragraphs.join(' ')).toMatch(/council met on Tuesday/);
  });
});

describe('a page’s lists of other pages and an update’s header (docs/quality.md, "Session 67": rules RA, UH)', () => {
  const body = 'The council met on Tuesday and voted to repair the old bridge over the river, after a lorry cracked its deck.\n\nWork will start in May, the council said.';
  it('reads no item of a "Related Articles" or "MORE FROM" list, and reads the prose after the next heading', () => {
    const text = `# Council votes to mend the old river bridge\n\n${body}\n\n## Related Articles\n\n- Who pays for the bridge? A look at the council’s budget — Nov. 9, 2026\n- Ferry fares rise again — Nov. 12, 2026\n\nMORE FROM LOCAL\n\nSchool board swears in three newcomers\n\n## The detour\n\nLorries must take the hill road until the repairs are done.`;
    const prose = cleanText(text).paragraphs.join('\n');
    expect(prose).not.toMatch(/Who pays|Ferry fares|School board/);
    expect(prose).toContain('Lorries must take the hill road');
  });

  it('reads no update header that is only its label and its time, but keeps an update’s news', () => {
    const prose = cleanText(`# Council votes to mend the old river bridge\n\nUPDATE 1 — Tuesday, November 10, 2026, 4:15 p.m.\n\n${body}\n\n**UPDATE 2:** The council now says work will start in April.`).paragraphs.join('\n');
    expect(prose).not.toMatch(/UPDATE 1/);
    expect(prose).toContain('The council now says work will start in April.');
  });
});

describe('amendment LS′: an update’s stamp with its weekday (docs/quality.md, "Session 67")', () => {
  it('reads "**UPDATE, Wednesday 8:10 a.m.:**" as layout, not the entry’s words, and keeps a weekday that opens a sentence', () => {
    const c = cleanText('# Families wait at the pier\n\n**UPDATE, Wednesday 8:10 a.m.:** Police now say 34 people have died.\n\nMonday 9 a.m. was the deadline, officials said.');
    expect(c.paragraphs).toEqual(['Police now say 34 people have died.', 'Monday 9 a.m. was the deadline, officials said.']);
  });
});

describe('a column’s credit line, a byline on top, a caption glued to prose (docs/quality.md, "Session 79": rules OC, BT, GC)', () => {
  const body = 'The council met on Tuesday and voted to repair the old bridge over the river, after a lorry cracked its deck.\n\nWork will start in May, the council said.';
  const read = (text: string) => {
    const built = buildDocument({ id: 'a.md', text });
    if (!('document' in built)) throw new Error('expected a document');
    return { meta: built.document.meta, texts: built.document.sentences.map((s) => s.text) };
  };

  it('reads "OPINION | <writer>" over a column as its section and writer, not its headline (rule OC)', () => {
    for (const label of ['OPINION', 'Comment']) {
      const { meta, texts } = read(`${label} | Hanna Vik\n\n${body}`);
      expect(meta.opinion).toBe(true);
      expect(meta.author).toBe('Hanna Vik');
      expect(meta.title ?? '').not.toMatch(/Hanna Vik|OPINION|Comment/);
      expect(texts[0]).toMatch(/^The council met on Tuesday/);
    }
    expect(read(`The bridge cannot wait\n\nOpinion | Hanna Vik\n\n${body}`).meta).toMatchObject({ title: 'The bridge cannot wait', author: 'Hanna Vik', opinion: true });
    // An outlet's name beside the label is the outlet; a site's menu that lists the section among others is no credit.
    expect(read(`Comment | The Harstad Courier\n\n${body}`).meta).toMatchObject({ outlet: 'The Harstad Courier', opinion: true });
    expect(read(`Home | Local News | Opinion | Sport\n\nCouncil votes to mend the old river bridge\n\n${body}`).meta.opinion).not.toBe(true);
  });

  it('reads a byline on top as the writer, never as the headline or the outlet (rule BT)', () => {
    const alone = read(`By Hanna Vik, Harstad Courier\n\n${body}`).meta;
    expect(alone.title ?? '').not.toMatch(/^By /);
    expect(alone.author).toBe('Hanna Vik');
    expect(read(`By Hanna Vik | Harstad Courier\n\nCouncil votes to mend the old river bridge\n\n${body}`).meta).toMatchObject({
      title: 'Council votes to mend the old river bridge',
      outlet: 'Harstad Courier',
      author: 'Hanna Vik',
    });
    expect(read(`By Hanna Vik\n\nCouncil votes to mend the old river bridge\n\n${body}`).meta).toMatchObject({ title: 'Council votes to mend the old river bridge', author: 'Hanna Vik' });
  });

  it('drops a caption closed by its picture’s credit inside a paragraph, and keeps the prose after the credit (rule GC)', () => {
    const prose = (paragraph: string) => cleanText(`# Council votes to mend the old river bridge\n\n${body}\n\n${paragraph}`).paragraphs.join('\n');
    expect(prose('Workers lift a cracked slab from the deck on Monday. Photo: Harstad Courier / Ola Berg')).not.toMatch(/slab|Ola Berg/);
    const glued = prose('The old bridge at dawn. Traffic has been halted since March 3. (Courier photo) The mayor said the detour would add an hour.');
    expect(glued).toMatch(/^The mayor said the detour would add an hour\.$/m);
    expect(glued).not.toMatch(/dawn|Courier photo/);
    const wire = prose(
      'Divers search the river on Monday. (AP Photo/Ola Berg) The council met again on Tuesday and agreed that the repairs to the old bridge would be paid for from the roads budget, which had been set aside for resurfacing the high street, the council leader said after the vote.',
    );
    expect(wire).toMatch(/^The council met again on Tuesday and agreed/m);
    expect(wire).not.toMatch(/Divers|AP Photo/);
    const named = prose('The mayor at the bridge on Monday. Photo: Ola Berg for the Harstad Courier For drivers, the detour adds an hour.');
    expect(named).toMatch(/^For drivers, the detour adds an hour\.$/m);
    // Prose that quotes someone before a credit is no caption, and a credit deep in a long paragraph is left where it is.
    expect(prose('“We will fix it,” the mayor said on Monday. (Courier photo) Work starts in May.')).toContain('“We will fix it,”');
  });
});

describe('a page’s emphasis, subheads in capitals and a broadcaster’s dateline (docs/quality.md, "Session 80")', () => {
  const body = 'The river at Harstad burst its banks on Sunday night and flooded the lower town, the county said on Monday. About 300 homes were evacuated and two schools were closed for the week while the water went down.';
  const prose = (...paragraphs: string[]) => cleanText(`# Flood closes Harstad’s lower town\n\n${[body, ...paragraphs].join('\n\n')}`).paragraphs.join('\n');

  it('keeps a standfirst in bold as prose without its marks, and drops an italic caption with its credit (rule EM)', () => {
    const text = prose('**Families in the lower town will get 500 crowns each. The insurers say they will not pay.**', '*Photo: Volunteers fill sandbags on Church Road on Monday. Photo: Ola Berg/Courier*', 'The council met on Tuesday.');
    expect(text).toMatch(/^Families in the lower town will get 500 crowns each\. The insurers say they will not pay\.$/m);
    expect(text).not.toMatch(/\*|sandbags|Ola Berg/);
    // Emphasis inside a paragraph is no paragraph in emphasis: "*a* and *b*" is left as written.
    expect(prose('*Bold* claims and *faint* hopes met at the council on Tuesday, the mayor said.')).toContain('*Bold* claims and *faint* hopes');
  });

  it('drops a subhead set in capitals, as a Markdown heading is (rule KH)', () => {
    const text = prose('WHAT BROKE THE BARRIER?', 'The county said the barrier’s gate jammed at 10 p.m. on Sunday.');
    expect(text).not.toMatch(/WHAT BROKE/);
    expect(text).toMatch(/^The county said the barrier’s gate jammed/m);
  });

  it('reads a dateline whose agency holds a digit, and leaves it off the prose (rule DG)', () => {
    const c = cleanText('HARSTAD (TVN 6) — Classrooms at three Harstad schools were emptier on Wednesday as the order took effect.');
    expect(c.dateline).toBe('HARSTAD (TVN 6)');
    expect(c.paragraphs[0]).toMatch(/^Classrooms at three Harstad schools/);
  });
});
