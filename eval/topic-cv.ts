import { analyse } from '../src/core/index/analysis.js';
import { addToIndex, createTermIndex } from '../src/core/index/term-index.js';
import type { Document } from '../src/core/ingest/document.js';
import { clusterDocuments } from '../src/core/topics/cluster-documents.js';
import { nmi, purity } from './cluster-metrics.js';
import { type Dataset, toRawDocument } from './dataset.js';
import { meetsTopicBar } from './report.js';
import { UNASSIGNED } from './topic-discovery.js';

/** First-pass join similarities tried: from loose (few first-pass stories) to strict (many, left to merging). */
export const JOIN_GRID = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4] as const;
/** A story needs this many documents to be a topic, as in discovery. */
const MIN_STORY_DOCS = 2;

export interface ClusteringScore {
  join: number;
  stories: number;
  documents: number;
  topics: number;
  unassigned: number;
  purity: number;
  nmi: number;
}

export interface JoinFold {
  /** Stories held out: mixed into one set and scored with the value chosen on the other stories. */
  heldOut: string[];
  chosen: number;
  train: ClusteringScore;
  test: ClusteringScore;
}

/** A dataset's documents, analysed once, with the story each belongs to. */
export interface AnalysedStories {
  documents: { story: string; document: Document }[];
}

export function analyseStories(dataset: Dataset): AnalysedStories {
  const documents: AnalysedStories['documents'] = [];
  for (const c of dataset.clusters) {
    for (const d of c.docs) {
      const built = analyse(toRawDocument(d)).built;
      if ('document' in built) documents.push({ story: c.id, document: built.document });
    }
  }
  return { documents };
}

/** The stories given, mixed into one set, clustered with first-pass similarity `join`, and scored as `npm run eval` scores topics. */
export function scoreClustering(data: AnalysedStories, stories: ReadonlySet<string>, join: number): ClusteringScore {
  const index = createTermIndex();
  const truth = new Map<string, string>();
  for (const { story, document } of data.documents) {
    if (!stories.has(story)) continue;
    addToIndex(index, document);
    truth.set(document.id, story);
  }
  const label = new Map<string, string>();
  const { clusters } = clusterDocuments(index, join);
  clusters.forEach((c, i) => c.ids.forEach((id) => label.set(id, c.ids.length >= MIN_STORY_DOCS ? `t${i}` : UNASSIGNED)));
  const ids = [...truth.keys()];
  const predicted = ids.map((id) => label.get(id) ?? UNASSIGNED);
  const actual = ids.map((id) => truth.get(id)!);
  return {
    join,
    stories: stories.size,
    documents: ids.length,
    topics: clusters.filter((c) => c.ids.length >= MIN_STORY_DOCS).length,
    unassigned: predicted.filter((p) => p === UNASSIGNED).length,
    purity: purity(predicted, actual),
    nmi: nmi(predicted, actual),
  };
}

/**
 * The grid value with the best NMI on these stories among those that meet the bars there, or
 * the best NMI when none does (ties: the earlier value).
 */
export function chooseJoin(data: AnalysedStories, stories: ReadonlySet<string>): ClusteringScore {
  const scores = JOIN_GRID.map((join) => scoreClustering(data, stories, join));
  const meeting = scores.filter(meetsTopicBar);
  return (meeting.length ? meeting : scores).reduce((best, s) => (s.nmi > best.nmi ? s : best));
}

/**
 * k folds of stories (every k-th story held out): the first-pass similarity is chosen on the
 * other stories mixed together, then scored on the held-out stories mixed together.
 */
export function crossValidateJoin(data: AnalysedStories, folds: number): JoinFold[] {
  const stories = [...new Set(data.documents.map((d) => d.story))];
  return Array.from({ length: folds }, (_, f) => {
    const heldOut = stories.filter((_, i) => i % folds === f);
    const train = chooseJoin(data, new Set(stories.filter((s) => !heldOut.includes(s))));
    return { heldOut, chosen: train.join, train, test: scoreClustering(data, new Set(heldOut), train.join) };
  });
}
