/**
 * `npx tsx eval/topic-angles.ts [out.json] [--only id,id]`: each DUC dev and TAC cluster as a set of
 * its own (one story), with the topics discovery finds in it and, for each facet, the points a
 * reader is shown (summary and key points, short length), for judging whether a facet is a
 * reader's angle and its points speak to it. Eval data is read from ../shared/eval, never copied.
 */
import { writeFileSync } from 'node:fs';
import { createLibrary } from '../src/core/library/open-folder.js';
import { loadDataset, toRawDocument } from './dataset.js';

const ANGLE_SLUGS = new Set(['toll', 'damage', 'cause', 'investigation', 'rescue-and-aid', 'reactions', 'what-next', 'background']);
const only = process.argv.includes('--only') ? new Set(process.argv[process.argv.indexOf('--only') + 1]!.split(',')) : undefined;
const out = process.argv[2]?.startsWith('--') ? undefined : process.argv[2];

const sets: unknown[] = [];
let angleSets = 0;
let total = 0;
for (const file of ['../shared/eval/duc2004/dev.json', '../shared/eval/tac2011/en.json']) {
  const loaded = loadDataset(file);
  if (!loaded.ok) continue;
  for (const c of loaded.dataset.clusters) {
    if (only && !only.has(c.id)) continue;
    total++;
    const library = createLibrary(c.id, c.docs.map(toRawDocument));
    const topics = library.topics().topics;
    const angles = topics.filter((t) => ANGLE_SLUGS.has(t.slug)).length;
    if (angles >= 2) angleSets++;
    sets.push({
      id: c.id,
      topic: c.topic,
      topics: topics.map((t) => {
        const r = library.brief(t.slug, { length: 'short' });
        return { slug: t.slug, title: t.title, sources: t.sources, points: r.ok ? [...r.briefing.summary, ...r.briefing.keyPoints].map((p) => p.text) : [] };
      }),
    });
    process.stderr.write(`${c.id}: ${topics.map((t) => t.slug).join(' ')}\n`);
  }
}
process.stderr.write(`${total} one-story sets; ${angleSets} with two or more angles\n`);
const json = `${JSON.stringify(sets, null, 2)}\n`;
if (out) writeFileSync(out, json);
else process.stdout.write(json);
