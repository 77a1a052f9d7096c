/**
 * `npm run eval [-- --data <file>] [--gold <dir>] [--clusters a-b] [--verbose] [--markdown]`: briefing quality against human summaries.
 * Every cluster of a DUC-style file becomes a document set; briefbot's headline at 665 bytes, LEAD
 * and TextRank are scored by one ROUGE scorer in one run, then all articles are mixed into one set
 * to score automatic topic discovery. Exits 1 when a bar is missed, 0 when the data is absent.
 * `--clusters 0-8` scores only those clusters (0-based, inclusive), so a change can be checked on
 * two halves of the data apart: a change that only helps one half is fitted to it. `--gold` names the
 * folder of gold annotations (GUIDE.md there) that score quotes, figures, timeline and differences.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type Dataset, loadDataset, pickClusters } from './dataset.js';
import { checkBar, checkTopicBar, clusterRows, markdownTable, pct, rougeRows, table, topicRows } from './report.js';
import { evaluateCluster, SYSTEMS } from './summaries.js';
import { evaluateTopicDiscovery } from './topic-discovery.js';
import { loadGold } from './gold.js';
import { goldRows } from './gold-report.js';
import { evaluateGoldSet } from './gold-run.js';

const DEFAULT_DATA = '../shared/eval/duc2004/dev.json';
const DEFAULT_GOLD = '../shared/eval/gold';

function main(): number {
  const { values } = parseArgs({
    options: {
      data: { type: 'string', default: DEFAULT_DATA },
      verbose: { type: 'boolean', short: 'v', default: false },
      markdown: { type: 'boolean', default: false },
      clusters: { type: 'string' },
      gold: { type: 'string', default: DEFAULT_GOLD },
      'gold-only': { type: 'boolean', default: false },
    },
  });
  const file = resolve(values.data!);
  const loaded = loadDataset(file);
  if (!loaded.ok) {
    if (loaded.missing) {
      console.log(`eval skipped: ${loaded.message}.\nPass --data <file> with DUC-style clusters (see docs/quality.md).`);
      return 0;
    }
    console.error(`eval: ${loaded.message}`);
    return 2;
  }
  const picked = pickClusters(loaded.dataset, values.clusters);
  if (!picked.ok) {
    console.error(`eval: ${picked.message}`);
    return 2;
  }
  const { dataset } = picked;
  const started = performance.now();
  const range = values.clusters ? ` (clusters ${values.clusters} of ${loaded.dataset.clusters.length})` : '';
  console.log(`briefbot eval: ${dataset.clusters.length} clusters from ${file}${range}`);
  console.log(`${new Date().toISOString().slice(0, 10)}, commit ${commit()}\n`);

  const goldOk = goldSection(resolve(values.gold!), loaded.dataset, render(values.markdown!), values.verbose!);
  if (values['gold-only']) return goldOk ? 0 : 1;

  const results = dataset.clusters.map(evaluateCluster);
  const renderTable = render(values.markdown!);
  const summary = rougeRows(results);
  console.log('ROUGE at 665 bytes (Porter-stemmed, stop words kept, pooled over the references; %):');
  console.log(renderTable(summary.header, summary.rows));

  if (values.verbose) {
    const rows = clusterRows(results);
    console.log(`\nPer cluster (recall, %):\n${renderTable(rows.header, rows.rows)}`);
    for (const r of results) {
      console.log(`\n${r.id}`);
      for (const s of SYSTEMS) console.log(`  ${s}:\n${r.summaries[s].map((t) => `    - ${t}`).join('\n')}`);
    }
  }

  const bar = checkBar(results);
  const faithful = results.reduce((n, r) => n + r.faithful, 0);
  const sentences = results.reduce((n, r) => n + r.sentences, 0);
  console.log(`\nFaithfulness: ${faithful}/${sentences} summary sentences verbatim in their cited article (${pct(sentences ? faithful / sentences : 1)}%)`);
  console.log(`briefbot vs TextRank on ROUGE-2 recall per cluster: ${bar.wins} wins, ${bar.ties} ties, ${bar.losses} losses`);
  console.log(`Bar: ROUGE-2 recall above TextRank: ${yes(bar.rouge2Above)}; ROUGE-1 recall at least TextRank: ${yes(bar.rouge1AtLeast)}; all sentences verbatim: ${yes(bar.faithful)}`);

  const topics = evaluateTopicDiscovery(dataset);
  console.log(`\nTopic discovery: ${topics.documents} articles of ${topics.stories} stories mixed into one set, no topics file`);
  if (!topics.scored) console.log('  (this Library cannot list a topic\'s documents: purity and NMI are not meaningful)');
  const tb = checkTopicBar(topics);
  const rows = topicRows(topics);
  if (values.verbose) console.log(renderTable(rows.header, rows.rows));
  console.log(
    renderTable(
      ['stories', 'topics found', 'unassigned docs', 'purity', 'NMI', 'ms'],
      [[String(topics.stories), String(topics.topics.length), String(topics.unassigned), topics.purity.toFixed(3), topics.nmi.toFixed(3), topics.ms.toFixed(0)]],
    ),
  );
  console.log(`Bar: topics within ±30% of stories: ${yes(tb.countWithin)}; purity ≥ 0.8: ${yes(tb.purity)}`);
  console.log(`Slugs: ${topics.topics.map((t) => t.slug).join(', ')}`);
  console.log(`\n(${((performance.now() - started) / 1000).toFixed(1)} s)`);
  return bar.rouge2Above && bar.rouge1AtLeast && bar.faithful && tb.countWithin && tb.purity && goldOk ? 0 : 1;
}

/**
 * Facts against gold annotations: each gold set's cluster is briefed on each of its topics; prints
 * precision/recall per extractor and whether every shown sentence is verbatim. False when one is not.
 */
function goldSection(dir: string, dataset: Dataset, renderTable: (header: string[], rows: string[][]) => string, verbose: boolean): boolean {
  const gold = loadGold(dir);
  if (!gold.ok) {
    console.log(gold.missing ? `gold scoring skipped: ${gold.message}.\n` : `gold: ${gold.message}\n`);
    return gold.missing;
  }
  const results = gold.sets.flatMap((set) => {
    const cluster = dataset.clusters.find((c) => c.id === set.id);
    if (!cluster) console.log(`gold set ${set.id}: no cluster of that id in the data; skipped`);
    return cluster ? [evaluateGoldSet(set, cluster)] : [];
  });
  const rows = goldRows(results);
  console.log(`Facts against gold annotations (${dir}; briefings at standard on every topic of each set):`);
  console.log(renderTable(rows.header, rows.rows));
  const verbatim = results.reduce((s, r) => ({ right: s.right + r.verbatim.right, total: s.total + r.verbatim.total }), { right: 0, total: 0 });
  if (verbose) {
    for (const r of results) for (const w of r.wrong) console.log(`  wrong ${w.extractor} in ${r.id}: ${JSON.stringify(w.item).slice(0, 400)}`);
  }
  console.log(`Faithfulness of those briefings: ${verbatim.right}/${verbatim.total} shown sentences verbatim in their cited article\n`);
  return verbatim.right === verbatim.total;
}

const render = (markdown: boolean) => (markdown ? markdownTable : table);

const yes = (ok: boolean) => (ok ? 'yes' : 'NO');

function commit(): string {
  try {
    const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { encoding: 'utf8' }).trim() !== '';
    return dirty ? `${sha} (with uncommitted changes)` : sha;
  } catch {
    return 'unknown';
  }
}

process.exitCode = main();
