import { describe, expect, it } from 'vitest';
import type { RawDocument } from '../../../src/core/ingest/document.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';

/** Made-up wire copy: a reporter's funeral, told with her birthplace, her studies and the vigils for her. */
const NOW = new Date('2026-06-20T12:00:00Z');
const doc = (id: string, published: string, text: string): RawDocument => ({ id, meta: { title: id, published }, addedAt: NOW.toISOString(), text });

const FUNERAL = [
  doc(
    'funeral-1.txt',
    '2026-05-12',
    ['The funeral of Dana Whitlow was held at St. Mark’s Church in Redfield on Friday.', 'Hundreds of mourners stood outside the church in the rain.', 'Whitlow, 34, drowned while reporting on the floods last week.'].join(' '),
  ),
  doc(
    'funeral-2.txt',
    '2026-05-11',
    ['Dana Whitlow was born in Harwick and grew up on a sheep farm outside the town.', 'Vigils for Dana Whitlow were held in Marston and Ellisport on Thursday night.', 'Her newspaper said it would set up a scholarship in her name.'].join(
      ' ',
    ),
  ),
  doc(
    'funeral-3.txt',
    '2026-05-10',
    ['Friends of Dana Whitlow lit candles in Marston on Thursday.', 'Dana Whitlow studied journalism in Ellisport before joining the Harwick Courier.', 'Her family said Whitlow would be buried in Redfield, where her parents live.'].join(
      ' ',
    ),
  ),
];

function briefing(docs: RawDocument[], question: string): string[] {
  const library = createLibrary('made-up', docs, { topics: [], now: () => NOW });
  const r = library.brief(question, { length: 'short', now: NOW });
  if (!r.ok) throw new Error(`no answer to ${question}`);
  return [...r.briefing.summary, ...r.briefing.keyPoints].map((p) => p.text);
}

describe('after a question’s lead, an item names the asked thing (asked-thing.ts)', () => {
  it('answers "where was the funeral" with the funeral, not the birthplace or the vigils', () => {
    const [lead, ...after] = briefing(FUNERAL, 'where was Dana Whitlow’s funeral');
    expect(lead).toMatch(/funeral|buried/);
    expect(after.filter((t) => /born in|Vigils|studied/.test(t))).toEqual([]);
  });
});

describe('after a question’s lead, an item bears the asked kind, also when no article gives it', () => {
  it('does not follow "how long did she work for the paper", which no article says, with her birthplace and studies', () => {
    const [, ...after] = briefing(FUNERAL, 'how long did Dana Whitlow work for the Harwick Courier');
    expect(after).toEqual([]);
  });
});
