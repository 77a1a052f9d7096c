import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset, toRawDocument } from '../../../eval/dataset.js';
import { ASKED_ON } from '../../../eval/question-sets.js';
import { questionsOf } from '../../../eval/questions.js';
import { speakerKey } from '../../../src/core/facts/quotes.js';
import { buildDocument } from '../../../src/core/index/build-document.js';
import type { Sentence } from '../../../src/core/ingest/document.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';

/** The second set, read from ../shared and never copied; absent, the test is skipped. */
const TAC = '../shared/eval/tac2011/en.json';

describe.skipIf(!existsSync(TAC))('who said what never prints another voice under a speaker (docs/quality.md, "Twenty-fourth round (issue 16quotes)", rule Q3)', () => {
  it('holds for every topic briefing and every design question of the TAC sets', () => {
    const loaded = loadDataset(TAC);
    if (!loaded.ok) throw new Error(loaded.message);
    const questions = questionsOf(readFileSync('docs/quality.md', 'utf8'));
    for (const cluster of loaded.dataset.clusters) {
      const docs = cluster.docs.map(toRawDocument);
      const library = createLibrary(cluster.id, docs);
      // Each sentence's speech as the document's analysis reads it, by document and text.
      const speech = new Map<string, Sentence['speech']>();
      for (const raw of docs) {
        const built = buildDocument(raw);
        if ('document' in built) for (const s of built.document.sentences) speech.set(`${raw.id}\u0001${s.text}`, s.speech);
      }
      type Asked = readonly [query: string, length: 'short' | 'standard'];
      const topics = library.topics().topics.flatMap((t): Asked[] => [
        [t.slug, 'short'],
        [t.slug, 'standard'],
      ]);
      const queries: Asked[] = [...topics, ...questions.filter((q) => q.set === cluster.id).map((q): Asked => [q.query, 'short'])];
      for (const [query, length] of queries) {
        const r = library.brief(query, { length, now: ASKED_ON });
        if (!r.ok) continue;
        for (const q of r.briefing.quotes.filter((x) => !x.shownAt)) {
          const docId = r.briefing.sources.find((s) => s.n === q.citation.source)?.docId ?? '';
          for (const part of q.parts ?? [q.text]) {
            const said = speech.get(`${docId}\u0001${part}`);
            if (said?.named) expect(speakerKey(said.speaker), `${cluster.id} "${query}": ${q.speaker}: ${part}`).toBe(speakerKey(q.speaker));
          }
        }
      }
    }
  }, 300_000);
});
