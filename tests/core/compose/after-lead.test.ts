import { describe, expect, it } from 'vitest';
import { addsToQuestionTest } from '../../../src/core/compose/adds-to-question.js';
import { buildDocument } from '../../../src/core/index/build-document.js';
import type { Document, RawDocument } from '../../../src/core/ingest/document.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';
import { readQuestion } from '../../../src/core/topics/read-query.js';

/** Made-up wire copy: a city bans an opposition march; riot police break up a protest. Each told by several agencies. */
const NOW = new Date('2026-06-20T12:00:00Z');
const doc = (id: string, published: string, text: string): RawDocument => ({ id, meta: { title: id, published }, addedAt: NOW.toISOString(), text });

const BAN = [
  doc(
    'ban-1.txt',
    '2026-05-12',
    [
      'The Varna city council banned the opposition march on Monday.',
      'The council said the march route passed the main hospital and would block its ambulances.',
      'The opposition has marched in Varna for two weeks against the disputed election result.',
    ].join(' '),
  ),
  doc(
    'ban-2.txt',
    '2026-05-13',
    [
      'Opposition leader Mira Dobrev said the march in Varna would go ahead on Friday despite the ban.',
      'The Varna city council banned the opposition march, the mayor said.',
      'Thousands of opposition supporters gathered in the main square of Varna each evening.',
    ].join(' '),
  ),
  doc(
    'ban-3.txt',
    '2026-05-14',
    [
      'The interior minister backed the Varna city council over the ban on the opposition march.',
      'Opposition supporters in Varna have called for a general strike next week.',
      'The disputed election gave the ruling party a narrow majority, the election commission said.',
    ].join(' '),
  ),
  doc(
    'ban-4.txt',
    '2026-05-15',
    [
      'Opposition supporters marched through Varna on Friday in defiance of the ban.',
      'Police in Varna arrested twelve opposition supporters on Friday evening.',
      'The opposition in Varna said it would take the ban on its march to court.',
    ].join(' '),
  ),
];

const CRACKDOWN = [
  doc(
    'crackdown-1.txt',
    '2026-05-12',
    [
      'Doctors in Varna said several protesters died of their wounds after the clashes on Tuesday night.',
      'Riot police broke up the opposition protest in Varna on Tuesday.',
      'The opposition had protested in Varna for two weeks against the disputed election.',
    ].join(' '),
  ),
  doc(
    'crackdown-2.txt',
    '2026-05-13',
    [
      'The opposition said its protest in Varna would go on despite the police.',
      'Riot police used tear gas and batons to break up the protest in Varna, witnesses said.',
      'The opposition protest in Varna drew thousands to the main square each evening.',
    ].join(' '),
  ),
  doc(
    'crackdown-3.txt',
    '2026-05-14',
    ['The interior minister defended the riot police over the protest in Varna.', 'The opposition leader in Varna called for a general strike.', 'Riot police broke up the opposition protest in Varna, the opposition said.'].join(' '),
  ),
];

function shownAfterLead(docs: RawDocument[], question: string): string[] {
  const library = createLibrary('made-up', docs, { topics: [], now: () => NOW });
  const r = library.brief(question, { length: 'short', now: NOW });
  if (!r.ok) throw new Error(`no answer to ${question}`);
  return [...r.briefing.summary, ...r.briefing.keyPoints].slice(1).map((p) => p.text);
}

describe('after a question is answered, a point earns its place on the question as a key point does (issue 16after)', () => {
  it('does not follow "why did the council ban the march" with the opposition leader’s defiance', () => {
    const after = shownAfterLead(BAN, 'why did the Varna city council ban the opposition march');
    expect(after.filter((t) => /Mira Dobrev/.test(t))).toEqual([]);
  });

  it('does not follow "how many protesters died" with the size of the evening crowds', () => {
    const after = shownAfterLead(CRACKDOWN, 'how many protesters died when riot police broke up the opposition protest in Varna');
    expect(after.filter((t) => /drew thousands/.test(t))).toEqual([]);
  });
});

describe('an item after the lead adds something to the question (adds-to-question.ts)', () => {
  const documents = CRACKDOWN.map((raw) => {
    const built = buildDocument(raw);
    if (!('document' in built)) throw new Error('not built');
    return built.document;
  });
  const byId = new Map<string, Document>(documents.map((d) => [d.id, d]));
  const story = documents.flatMap((d) => d.sentences);
  const adds = addsToQuestionTest({ question: readQuestion('how many protesters died when riot police broke up the opposition protest in Varna')!, story, ofDocument: (id) => byId.get(id)?.sentences ?? [] });
  const sentence = (text: string) => story.find((s) => s.text.startsWith(text))!;

  it('leaves out the question told back in the story’s common words', () => {
    expect(adds(sentence('Riot police broke up the opposition protest in Varna, the opposition said.'))).toBe(false);
  });

  it('keeps an item that tells something the question does not', () => {
    expect(adds(sentence('Riot police used tear gas and batons'))).toBe(true);
    expect(adds(sentence('Doctors in Varna said several protesters died'))).toBe(true);
  });

  it('reads the same from the stems kept per document when asked again, and a replaced document afresh', () => {
    const question = readQuestion('how many protesters died when riot police broke up the opposition protest in Varna')!;
    const again = addsToQuestionTest({ question, story, ofDocument: (id) => byId.get(id)?.sentences ?? [] });
    for (const s of story) expect(again(s)).toBe(adds(s));
    // Every document but one replaced by a copy that also writes "tear gas": now most of the story writes it, so it adds nothing.
    const gas = sentence('Riot police used tear gas and batons');
    const replaced = new Map([...byId].map(([id, d]) => [id, id === gas.docId ? d.sentences : [...d.sentences, { ...gas, docId: id }]]));
    const afresh = addsToQuestionTest({ question, story, ofDocument: (id) => replaced.get(id) ?? [] });
    expect(afresh(gas)).toBe(false);
    expect(adds(gas)).toBe(true);
  });
});
