/**
 * Every "where sources differ" entry the standard briefings of every topic show, on sets with no gold:
 * one line per distinct entry (the same pair shown in two briefings is listed once), for reading each
 * by hand against the guide's conflict definition. Entries are marked by the extractor that made them:
 * `figures` (figures that differ), `claim` (a denial or opposite judgment), `slot` (one statement told two ways).
 *
 * Usage: npx tsx eval/shown-differences.ts [--data …/dev.json] [--sets d30001t,d30005t] [--skip d30015t,…]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Briefing } from '../src/core/briefing.js';
import { createLibrary } from '../src/core/library/open-folder.js';
import { loadDataset, toRawDocument } from './dataset.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/eval/duc2004/dev.json' },
    sets: { type: 'string' },
    skip: { type: 'string', default: '' },
  },
});

const short = (text: string) => (text.length > 200 ? `${text.slice(0, 197)}…` : text);

function entriesOf(b: Briefing): string[] {
  const doc = (n: number) => b.sources.find((s) => s.n === n)?.docId ?? '?';
  return [
    ...b.differences.map((d) => `claim/slot\t${d.question}\t${d.sides.map((s) => `[${doc(s.citations[0]!.source)}] ${short(s.text)}`).join(' || ')}`),
    ...(b.figuresThatDiffer ?? []).map((d) => `figures\t${d.counts}: ${d.values.map((v) => v.value).join(', ')}\t${d.values.map((v) => `${v.value} [${doc(v.citations[0]!.source)}] ${short(v.text)}`).join(' || ')}`),
  ];
}

function main(): number {
  const loaded = loadDataset(resolve(values.data!));
  if (!loaded.ok) {
    console.log(`skipped: ${loaded.message}`);
    return 0;
  }
  const wanted = values.sets ? new Set(values.sets.split(',')) : undefined;
  const skipped = new Set(values.skip!.split(',').filter(Boolean));
  let total = 0;
  let briefings = 0;
  let shown = 0;
  for (const cluster of loaded.dataset.clusters) {
    if ((wanted && !wanted.has(cluster.id)) || skipped.has(cluster.id)) continue;
    const library = createLibrary(cluster.id, cluster.docs.map(toRawDocument));
    const seen = new Map<string, string[]>();
    for (const t of library.topics().topics) {
      const r = library.brief(t.slug, { length: 'standard' });
      if (!r.ok) continue;
      briefings++;
      shown += entriesOf(r.briefing).length;
      for (const e of entriesOf(r.briefing)) seen.set(e, [...(seen.get(e) ?? []), t.slug]);
    }
    for (const [e, slugs] of seen) console.log(`${cluster.id}\t${e}\t(${slugs.length} briefing${slugs.length > 1 ? 's' : ''})`);
    total += seen.size;
  }
  console.log(`${total} distinct entries; ${shown} shown in ${briefings} briefings (${(shown / Math.max(1, briefings)).toFixed(2)} per briefing)`);
  return 0;
}

process.exitCode = main();
