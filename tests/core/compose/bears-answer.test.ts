import { describe, expect, it } from 'vitest';
import type { RawDocument } from '../../../src/core/ingest/document.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';

/** Made-up wire copy: an arrest and a bridge, each told by two agencies. */
const NOW = new Date('2026-04-20T12:00:00Z');
const doc = (id: string, published: string, text: string): RawDocument => ({ id, meta: { title: id, published }, addedAt: NOW.toISOString(), text });

const ARRESTED = doc(
  'arrested.txt',
  '2026-04-17',
  [
    'Customs broker Pavel Odrin, 52, was arrested by border police at the river port of Estava on Thursday, officials said.',
    'Pavel Odrin was questioned for six hours and denied any part in the smuggling ring, his lawyer said.',
    'The smuggling ring moved cigarettes and fuel across the border for at least three years, prosecutors said.',
  ].join(' '),
);
const CHARGED = doc(
  'charged.txt',
  '2026-04-18',
  ['Pavel Odrin was charged on Friday with bribery and smuggling, and a judge ordered him held for two months.', 'Relatives of Pavel Odrin gathered outside the court and said the charges were political.'].join(' '),
);

const BRIDGE = doc(
  'bridge.txt',
  '2026-04-15',
  [
    'The Halder river bridge cost 412 million euros, the transport ministry said on Wednesday.',
    'The Halder river bridge was opened by the transport minister in a ceremony attended by hundreds of residents.',
    'Critics of the Halder river bridge said the project had been delayed by disputes between the builders.',
  ].join(' '),
);

function answer(docs: RawDocument[], question: string): string[] {
  const library = createLibrary('made-up', docs, { topics: [], now: () => NOW });
  const r = library.brief(question, { length: 'short', now: NOW });
  if (!r.ok) throw new Error(`no answer to ${question}`);
  return r.briefing.summary.map((p) => p.text);
}

describe('after a question is answered, a summary point is shown only when it bears the asked answer (issue 16ans)', () => {
  it('answers "where was Pavel Odrin arrested" with the place, not with the rest of his story', () => {
    const summary = answer([ARRESTED, CHARGED], 'where was Pavel Odrin arrested');
    expect(summary[0]).toMatch(/river port of Estava/);
    // His questioning, the charges and his relatives are his story, not where he was arrested: not shown, nothing in their place.
    expect(summary.slice(1).filter((t) => /questioned for six hours|charged on Friday|Relatives|cigarettes and fuel/.test(t))).toEqual([]);
  });

  it('answers "how much did the Halder river bridge cost" with the cost alone', () => {
    const summary = answer([BRIDGE, ARRESTED], 'how much did the Halder river bridge cost');
    expect(summary[0]).toMatch(/412 million euros/);
    expect(summary.slice(1).filter((t) => /ceremony|delayed by disputes/.test(t))).toEqual([]);
  });
});
