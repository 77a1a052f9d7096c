/**
 * `npx tsx eval/facet-rules.ts list <out.json>`: the topics of each DUC dev and TAC cluster loaded
 * alone (a one-story set: its facets) and the topic discovery of each split's mixed set (topics,
 * unassigned, purity, NMI and every name), as JSON, so two versions of the code can be compared.
 * `npx tsx eval/facet-rules.ts count <before.json> <after.json>`: how many facets of each list break
 * a rule of docs/quality.md "Facets a desk would name", judged by this version's rules on each set's
 * own index, and both lists side by side (markdown). Eval data is read from ../shared/eval, never copied.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { relatedStems } from '../src/core/index/related-words.js';
import type { TermIndex } from '../src/core/index/term-index.js';
import { stem } from '../src/core/nlp.js';
import { discover } from '../src/core/topics/discover-topics.js';
import { afterNumber, type FacetRule, phraseFault, storyEventStems } from '../src/core/topics/facet-names.js';
import { ANGLE_TITLES } from '../src/core/topics/news-angles.js';
import { loadDataset } from './dataset.js';
import { indexOf, SPLITS } from './story-count.js';
import { evaluateTopicDiscovery } from './topic-discovery.js';

interface Listed {
  sets: { id: string; split: string; stories: number; topics: { slug: string; title: string; aliases: string[] }[] }[];
  mixed: { split: string; topics: string[]; unassigned: number; purity: number; nmi: number }[];
}

function list(): Listed {
  const out: Listed = { sets: [], mixed: [] };
  for (const split of SPLITS) {
    const loaded = loadDataset(split.file);
    if (!loaded.ok) continue;
    for (const c of loaded.dataset.clusters) {
      const found = discover(indexOf(c.docs));
      out.sets.push({
        id: c.id,
        split: split.name,
        stories: found.stories ? found.stories.topicOf.size : 1,
        topics: found.topics.map((t) => ({ slug: t.ref.slug, title: t.ref.title, aliases: t.aliases })),
      });
      process.stderr.write(`${c.id}: ${found.topics.map((t) => t.ref.slug).join(' ')}\n`);
    }
    const mixed = evaluateTopicDiscovery(loaded.dataset);
    out.mixed.push({ split: split.name, topics: mixed.topics.map((t) => t.slug), unassigned: mixed.unassigned, purity: mixed.purity, nmi: mixed.nmi });
    process.stderr.write(`${split.name} mixed: ${mixed.topics.length} topics, ${mixed.unassigned} unassigned, purity ${mixed.purity.toFixed(3)}, NMI ${mixed.nmi.toFixed(3)}\n`);
  }
  return out;
}

/** Whether two heads are different words for one thing by the lexicon: related by meaning (either way), not the same word. */
function sameReferent(a: string, b: string): boolean {
  const [sa, sb] = [stem(a), stem(b)];
  if (sa === sb) return false;
  return relatedStems(a, (s) => s === sb).length > 0 || relatedStems(b, (s) => s === sa).length > 0;
}

/**
 * The facets of a one-story set that break a rule, by slug → rule, judged in their order (a later
 * facet whose head is a related word of an earlier one's breaks rule 3). The reader's angles are a
 * fixed schema and are not judged.
 */
function facetFaults(index: TermIndex, topics: readonly { slug: string; title: string }[]): Map<string, FacetRule> {
  const storyEvent = storyEventStems(index);
  const faults = new Map<string, FacetRule>();
  const heads: string[] = [];
  for (const t of topics) {
    if (ANGLE_TITLES.has(t.title)) continue;
    const words = t.title.toLowerCase().split(/[\s-]+/);
    const head = words.at(-1)!;
    const stems = words.map(stem);
    const counted = () =>
      afterNumber(
        (index.phraseSentences.get(stems.join(' ')) ?? []).map((id) => index.sentences[id]!),
        stems,
      );
    const fault = phraseFault(words, storyEvent, counted) ?? (heads.some((h) => sameReferent(h, head)) ? 3 : undefined);
    if (fault) faults.set(t.slug, fault);
    else heads.push(head);
  }
  return faults;
}

function count(beforeFile: string, afterFile: string): void {
  const before = JSON.parse(readFileSync(beforeFile, 'utf8')) as Listed;
  const after = JSON.parse(readFileSync(afterFile, 'utf8')) as Listed;
  const docsOf = new Map<string, Parameters<typeof indexOf>[0]>();
  for (const split of SPLITS) {
    const loaded = loadDataset(split.file);
    if (loaded.ok) for (const c of loaded.dataset.clusters) docsOf.set(c.id, c.docs);
  }
  const totals = { before: 0, after: 0, beforeFacets: 0, afterFacets: 0 };
  const shown = (t: { slug: string }, faults: Map<string, number>) => (faults.has(t.slug) ? `**${t.slug}** (${faults.get(t.slug)})` : t.slug);
  process.stdout.write('| set | stories | before (main) | after |\n|---|---|---|---|\n');
  for (const b of before.sets) {
    const a = after.sets.find((s) => s.id === b.id);
    const docs = docsOf.get(b.id);
    if (!a || !docs) continue;
    const index = indexOf(docs);
    // Facets are the topics of a set read as one story; the story topics of a split set are not judged.
    const fb = b.stories === 1 ? facetFaults(index, b.topics) : new Map<string, number>();
    const fa = a.stories === 1 ? facetFaults(index, a.topics) : new Map<string, number>();
    if (b.stories === 1) (totals.before += fb.size), (totals.beforeFacets += b.topics.length);
    if (a.stories === 1) (totals.after += fa.size), (totals.afterFacets += a.topics.length);
    process.stdout.write(`| ${b.id} | ${b.stories} → ${a.stories} | ${b.topics.map((t) => shown(t, fb)).join(', ')} | ${a.topics.map((t) => shown(t, fa)).join(', ')} |\n`);
  }
  process.stdout.write(`\nfacets that break a rule: before ${totals.before} of ${totals.beforeFacets}, after ${totals.after} of ${totals.afterFacets}\n`);
  for (const m of before.mixed) {
    const n = after.mixed.find((x) => x.split === m.split);
    const same = !!n && n.topics.join(' ') === m.topics.join(' ');
    process.stdout.write(
      `${m.split} mixed: before ${m.topics.length} topics, ${m.unassigned} unassigned, purity ${m.purity.toFixed(3)}, NMI ${m.nmi.toFixed(3)}; ` +
        `after ${n?.topics.length} topics, ${n?.unassigned} unassigned, purity ${n?.purity.toFixed(3)}, NMI ${n?.nmi.toFixed(3)}; names ${same ? 'identical' : `changed: ${n?.topics.join(' ')}`}\n`,
    );
  }
}

const [mode, first, second] = process.argv.slice(2);
if (mode === 'list' && first) writeFileSync(first, `${JSON.stringify(list(), null, 2)}\n`);
else if (mode === 'count' && first && second) count(first, second);
else process.stderr.write('usage: facet-rules.ts list <out.json> | count <before.json> <after.json>\n');
