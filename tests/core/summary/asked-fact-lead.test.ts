import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/core/index/build-document.js';
import type { RawDocument } from '../../../src/core/ingest/document.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';
import { normalsOf } from '../../../src/core/nlp.js';
import { answersNear } from '../../../src/core/summary/answer-first.js';
import { queryStems, readQuestion } from '../../../src/core/topics/read-query.js';
import { stemsOf } from '../../../src/core/topics/relevance.js';

/** Made-up wire copy (docs/quality.md, fifteenth round, issue 16lead): a question's lead gives the asked fact. */
const NOW = new Date('2026-03-20T12:00:00Z');
const doc = (id: string, published: string, text: string): RawDocument => ({ id, meta: { title: id, published }, addedAt: NOW.toISOString(), text });

function answer(docs: RawDocument[], question: string) {
  const library = createLibrary('made-up', docs, { topics: [], now: () => NOW });
  return library.brief(question, { length: 'short', now: NOW });
}
const leadOf = (docs: RawDocument[], question: string) => {
  const r = answer(docs, question);
  return r.ok ? r.briefing.summary[0]?.text : undefined;
};

describe('a question frame is not its subject (fifteenth round, issue 16lead)', () => {
  it('does not match "time" of "what time", nor an adverb in -ly, as words the answer must hold', () => {
    expect(queryStems('what time did the shuttle lift off')).toEqual(stemsOf('shuttle lift'));
    expect(queryStems('where exactly was the epicentre of the quake')).toEqual(stemsOf('epicentre quake'));
    expect(queryStems('when did the probe finally land')).toEqual(stemsOf('probe land'));
  });
});

describe('"what time" is led by a clock time (fifteenth round, issue 16lead)', () => {
  const plan = doc('plan.txt', '2026-03-12', 'The Varnia probe will lift off again on March 14, the space agency said on Thursday. Engineers replaced a faulty valve.');
  const launch = doc('launch.txt', '2026-03-14', 'The rocket carrying the Varnia probe rose from the pad at 4:12 a.m., a day late. Crowds watched from the beach.');
  it('leads "what time did the Varnia probe lift off" with the hour, not with the day', () => {
    expect(leadOf([plan, launch], 'what time did the Varnia probe lift off')).toBe('The rocket carrying the Varnia probe rose from the pad at 4:12 a.m., a day late.');
  });
});

describe("a word spelt the British way is the question's word (fifteenth round, issue 16lead)", () => {
  it('reads "the epicentre … was southwest of Port Anvar", as the index reads it, as giving a place next to the asked "epicenter"', () => {
    const built = buildDocument({ id: 'survey.txt', text: 'The survey said the epicentre of the quake was southwest of Port Anvar. The quake struck at dawn.' });
    if (!('document' in built)) throw new Error('not built');
    const sentence = built.document.sentences[0]!;
    expect(answersNear(sentence, readQuestion('where was the epicenter of the quake')!)).toBe(true);
  });
});

describe('normal forms read as the index reads them (fifteenth round, issue 16lead)', () => {
  it('reads a British spelling the American way, whatever word wink splits is read with it', () => {
    expect(normalsOf(['cannot', 'labour', 'kilometres'])).toEqual(['cannot', 'labor', 'kilometers']);
    expect(normalsOf(['labour'])).toEqual(['labor']);
  });
});

describe('an asked name the set never uses lowers a match instead of voiding it (fifteenth round, issue 16lead)', () => {
  const fire = doc('fire.txt', '2026-03-05', 'Licensed to hold a maximum of 150 people, the dance hall in Kesston held at least 300 when the fire broke out. Firefighters arrived within minutes.');
  const city = doc('city.txt', '2026-03-06', 'Kesston, the second city of the region, mourned the dead on Friday. The mayor ordered flags lowered.');
  it('answers "the Kessington dance hall" from what the set says of the dance hall', () => {
    expect(leadOf([fire, city], 'how many people was the Kessington dance hall allowed to hold')).toBe('Licensed to hold a maximum of 150 people, the dance hall in Kesston held at least 300 when the fire broke out.');
  });
  it('still says nothing matches when the rest of the question never meets in the set', () => {
    expect(answer([fire, city], 'how did Dutch farmers react to the ban').ok).toBe(false);
  });
});
