import type { Briefing } from '../../src/core/briefing.js';
import type { RawDocument } from '../../src/core/ingest/document.js';
import { createLibrary } from '../../src/core/library/open-folder.js';

/** Made-up dated reports for tests of what a briefing shows: each test writes its own sentences of the shape it reads. */
export function reportsOn(now: Date): (id: string, published: string, text: string) => RawDocument {
  return (id, published, text) => ({ id, meta: { title: id, published }, addedAt: now.toISOString(), text });
}

/** The briefing a set of made-up reports gives for a query, as of `now`; throws when it gives none. */
export function briefingOf(docs: RawDocument[], query: string, now: Date, length: 'short' | 'standard' = 'short'): Briefing {
  const r = createLibrary('made-up', docs, { topics: [], now: () => now }).brief(query, { length, now });
  if (!r.ok) throw new Error(`no briefing for "${query}"`);
  return r.briefing;
}

/** The first point of a short briefing's summary: a question's lead. */
export function leadOf(docs: RawDocument[], question: string, now: Date): string | undefined {
  return briefingOf(docs, question, now).summary[0]?.text;
}

/** The documents a shown point (summary or key point) of the briefing cites, by id; undefined when no point shows `text`. */
export function citedDocs(b: Briefing, text: string): string[] | undefined {
  const point = [...b.summary, ...b.keyPoints].find((p) => p.text === text);
  return point?.citations.map((c) => b.sources.find((s) => s.n === c.source)?.docId ?? '');
}
