import type { Point, Source } from '../src/core/briefing.js';
import { buildDocument } from '../src/core/build-document.js';
import type { Sentence } from '../src/core/document.js';
import { createLibrary } from '../src/core/pipeline.js';
import { type Cluster, toRawDocument } from './dataset.js';
import { lead } from './lead.js';
import { DUC_BYTE_LIMIT, rouge, type RougeScores } from './rouge.js';
import { textRank } from './textrank.js';

/** `briefbot, sentences alone`: the same headline with passages off (each sentence its own point), scored in the same run. */
export const SYSTEMS = ['briefbot', 'briefbot, sentences alone', 'TextRank', 'LEAD'] as const;
export type SystemName = (typeof SYSTEMS)[number];

export interface ClusterResult {
  id: string;
  scores: Record<SystemName, RougeScores>;
  /** Summary sentences of briefbot found verbatim in the article their first citation names. */
  faithful: number;
  sentences: number;
  /** What each system chose, for --verbose. */
  summaries: Record<SystemName, string[]>;
  ms: number;
}

/**
 * One cluster: its articles become one document set; the product's headline at DUC's budget goes
 * through the public core API, and the baselines read the same cleaned sentences the product reads.
 */
export function evaluateCluster(cluster: Cluster): ClusterResult {
  const raw = cluster.docs.map(toRawDocument);
  const started = performance.now();
  const library = createLibrary(cluster.id, raw);
  const headline = library.headlineWithSources
    ? library.headlineWithSources({ maxBytes: DUC_BYTE_LIMIT })
    : { points: library.headline({ maxBytes: DUC_BYTE_LIMIT }), sources: [] };
  const ms = performance.now() - started;

  const sentences = raw.flatMap((r) => {
    const built = buildDocument(r);
    return 'document' in built ? built.document.sentences : [];
  });
  const published = new Map(raw.map((r) => [r.id, r.meta?.published]));
  const summaries: Record<SystemName, string[]> = {
    briefbot: headline.points.map((p) => p.text),
    'briefbot, sentences alone': library.headline({ maxBytes: DUC_BYTE_LIMIT, passages: false }).map((p) => p.text),
    TextRank: textRank(sentences, DUC_BYTE_LIMIT).map(textOf),
    LEAD: lead(sentences, published, DUC_BYTE_LIMIT).map(textOf),
  };
  const scores = Object.fromEntries(SYSTEMS.map((s) => [s, rouge(summaries[s], cluster.references)])) as Record<SystemName, RougeScores>;
  const articles = new Map(cluster.docs.map((d) => [d.id, d.text]));
  return {
    id: cluster.id,
    scores,
    faithful: headline.points.filter((p) => isVerbatim(p, headline.sources, articles)).length,
    sentences: headline.points.length,
    summaries,
    ms,
  };
}

function textOf(s: Sentence): string {
  return s.text;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The point's text stands, word for word, in the article its first citation names. */
export function isVerbatim(point: Point, sources: readonly Source[], articles: ReadonlyMap<string, string>): boolean {
  const first = point.citations[0];
  const source = sources.find((s) => s.n === first?.source);
  const article = source ? articles.get(source.docId) : undefined;
  return article !== undefined && squash(article).includes(squash(point.text));
}
