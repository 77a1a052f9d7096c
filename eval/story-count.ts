/**
 * `npx tsx eval/story-count.ts`: each DUC dev and TAC cluster loaded alone is one story; how many
 * story topics does discovery find in it (a set found to be one story gets facets: 1)? DUC dev is
 * the design split, TAC the confirming one. Also scores topic discovery on each split's mixed set,
 * and with `--pairs` counts the pairs of two different clusters that discovery reads as one story.
 * Eval data is read from ../shared/eval, never copied.
 */
import { buildDocument } from '../src/core/index/build-document.js';
import { addToIndex, createTermIndex } from '../src/core/index/term-index.js';
import { discover } from '../src/core/topics/discover-topics.js';
import { loadDataset, toRawDocument } from './dataset.js';
import { checkTopicBar } from './report.js';
import { evaluateTopicDiscovery } from './topic-discovery.js';

export const SPLITS = [
  { name: 'DUC dev (design)', file: '../shared/eval/duc2004/dev.json' },
  { name: 'TAC 2011 (confirm)', file: '../shared/eval/tac2011/en.json' },
];

/** Story topics discovery finds in each cluster of a dataset loaded alone (1 when the set gets facets). */
export function storiesPerCluster(file: string): { id: string; stories: number; slugs: string[] }[] | undefined {
  const loaded = loadDataset(file);
  if (!loaded.ok) return undefined;
  return loaded.dataset.clusters.map((c) => {
    const found = discover(indexOf(c.docs));
    return { id: c.id, stories: found.stories ? found.stories.topicOf.size : 1, slugs: found.topics.map((t) => t.ref.slug) };
  });
}

/** Pairs of two different clusters, mixed into one set, that discovery reads as one story. */
export function pairsReadAsOne(file: string): { pairs: number; joined: string[] } | undefined {
  const loaded = loadDataset(file);
  if (!loaded.ok) return undefined;
  const clusters = loaded.dataset.clusters;
  const joined: string[] = [];
  let pairs = 0;
  clusters.forEach((a, i) =>
    clusters.slice(i + 1).forEach((b) => {
      pairs++;
      if (!discover(indexOf([...a.docs, ...b.docs])).stories) joined.push(`${a.id}+${b.id}`);
    }),
  );
  return { pairs, joined };
}

export function indexOf(docs: Parameters<typeof toRawDocument>[0][]) {
  const index = createTermIndex();
  for (const raw of docs.map(toRawDocument)) {
    const built = buildDocument(raw, index.surfaces);
    if ('document' in built) addToIndex(index, built.document);
  }
  return index;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // `--design`: the design split alone, for choosing SAME_STORY without seeing the confirming one.
  for (const split of process.argv.includes('--design') ? SPLITS.slice(0, 1) : SPLITS) {
    const rows = storiesPerCluster(split.file);
    if (!rows) {
      process.stdout.write(`${split.name}: data absent, skipped\n`);
      continue;
    }
    for (const r of rows) process.stdout.write(`${r.id}\t${r.stories}\t${r.slugs.join(' ')}\n`);
    const one = rows.filter((r) => r.stories === 1).length;
    const total = rows.reduce((n, r) => n + r.stories, 0);
    process.stdout.write(`${split.name}: ${one} of ${rows.length} clusters read as one story; ${total} story topics in all\n`);
    if (process.argv.includes('--pairs')) {
      const p = pairsReadAsOne(split.file)!;
      process.stdout.write(`${split.name}, pairs of different stories: ${p.joined.length} of ${p.pairs} read as one story ${p.joined.join(' ')}\n`);
    }
    const loaded = loadDataset(split.file);
    if (!loaded.ok) continue;
    const mixed = evaluateTopicDiscovery(loaded.dataset);
    const bar = checkTopicBar({ ...mixed, topics: mixed.topics.length });
    process.stdout.write(
      `${split.name}, mixed: ${mixed.stories} stories, ${mixed.topics.length} topics, ${mixed.unassigned} unassigned, purity ${mixed.purity.toFixed(3)}, NMI ${mixed.nmi.toFixed(3)}; bars ${bar.countWithin && bar.purity && bar.assigned ? 'met' : 'MISSED'}\n`,
    );
  }
}
