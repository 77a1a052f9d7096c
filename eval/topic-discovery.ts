import { inspectLibrary } from '../src/core/library/library.js';
import { createLibrary } from '../src/core/library/open-folder.js';
import { nmi, purity } from './cluster-metrics.js';
import { type Dataset, toRawDocument } from './dataset.js';

export interface DiscoveredTopic {
  slug: string;
  title: string;
  /** Documents assigned to it (each document goes to the topic that speaks to it most). */
  documents: number;
  /** The true story most of them come from, and how many do. */
  majority: string;
  majorityCount: number;
}

export interface TopicDiscoveryResult {
  stories: number;
  documents: number;
  topics: DiscoveredTopic[];
  /** Documents no topic speaks to; scored as one more predicted cluster. */
  unassigned: number;
  purity: number;
  nmi: number;
  ms: number;
}

export const UNASSIGNED = '(no topic)';

/**
 * Mixes every cluster's articles into one set with no topics file, runs the automatic topic
 * discovery, and scores the topics as a clustering of the documents against the true stories.
 */
export function evaluateTopicDiscovery(dataset: Dataset): TopicDiscoveryResult {
  const truth = new Map<string, string>();
  const raw = dataset.clusters.flatMap((c) => c.docs.map((d) => (truth.set(d.id, c.id), toRawDocument(d))));
  const started = performance.now();
  const library = inspectLibrary(createLibrary('mixed', raw));
  const list = library.topics();
  const ms = performance.now() - started;

  const best = new Map<string, { slug: string; weight: number }>();
  for (const topic of list.topics) {
    for (const { docId, weight } of library.topicDocuments(topic.slug)) {
      if (weight > (best.get(docId)?.weight ?? 0)) best.set(docId, { slug: topic.slug, weight });
    }
  }
  // A copy skipped as one source with the article whose text it repeats is found wherever that article is.
  const copyOf = new Map(library.problems().flatMap((p) => (p.code === 'duplicate-text' && p.copyOf ? [[p.file, p.copyOf] as const] : [])));
  const ids = [...truth.keys()];
  const predicted = ids.map((id) => best.get(copyOf.get(id) ?? id)?.slug ?? UNASSIGNED);
  const actual = ids.map((id) => truth.get(id)!);
  const topics = list.topics.map((t) => {
    const members = ids.filter((_, i) => predicted[i] === t.slug);
    const counts = new Map<string, number>();
    for (const id of members) counts.set(truth.get(id)!, (counts.get(truth.get(id)!) ?? 0) + 1);
    const [majority, majorityCount] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['-', 0];
    return { slug: t.slug, title: t.title, documents: members.length, majority, majorityCount };
  });
  return {
    stories: dataset.clusters.length,
    documents: ids.length,
    topics,
    unassigned: predicted.filter((p) => p === UNASSIGNED).length,
    purity: purity(predicted, actual),
    nmi: nmi(predicted, actual),
    ms,
  };
}
